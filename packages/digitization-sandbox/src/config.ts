import { z } from "zod";

// The sandbox's settings, read and validated once at start (README "Settings", docs/sandbox.md).
const schema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(3100),
  /** Listen address; loopback unless an operator opens it on purpose. */
  SANDBOX_HOST: z.string().min(1).default("127.0.0.1"),
  SANDBOX_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL"),
  /** Protects /admin/v1 (key provisioning). Absent → the admin endpoint answers 401 to everyone. */
  SANDBOX_ADMIN_SECRET: z.string().min(32, "at least 32 characters").optional(),
  SANDBOX_DIALECT: z.enum(["guide", "reference"]).default("guide"),
  SANDBOX_RECORDS_PER_SECOND: z.coerce.number().positive().default(50),
  SANDBOX_START_DELAY_MS: z.coerce.number().int().min(0).default(5_000),
  SANDBOX_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(300 * 1024 * 1024),
  /** Registers the two demo keys at start (docs/sandbox.md). */
  SANDBOX_SEED_DEMO: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
});

export type SandboxConfig = z.output<typeof schema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): SandboxConfig {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new Error(`Invalid sandbox configuration — ${problems}`);
}
