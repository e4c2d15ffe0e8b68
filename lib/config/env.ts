import "server-only";
import { z } from "zod";
import { trustFrom } from "@/lib/server/client-address";
import { JOB_POLL_DEFAULT_MS, STATUS_CHECK_DEFAULTS } from "./polling";

// Every setting the portal reads, parsed once. A missing or malformed value stops start-up
// with a message naming it (see README "Settings").
const boolish = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  PORTAL_MODE: z.enum(["demo", "production"]).optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  ENCRYPTION_KEY: z.base64().refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64").optional(),
  PUBLIC_URL: z.url().optional(),
  DIGITIZATION_API_BASE_URL: z.url().optional(),
  /**
   * The Digitization sandbox's admin endpoint and its secret: keys issued here are provisioned
   * there (lib/api-keys/sync-sandbox-keys.ts). Set by lib/server/serve.ts when it launches the
   * sandbox in demo mode; absent → no sandbox to tell.
   */
  SANDBOX_ADMIN_URL: z.url({ protocol: /^https?$/ }).optional(),
  SANDBOX_ADMIN_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  STATUS_POLL_INTERVAL_MS: z.coerce.number().int().min(500).default(STATUS_CHECK_DEFAULTS.intervalMs),
  STATUS_FIRST_POLL_DELAY_MS: z.coerce.number().int().min(0).default(STATUS_CHECK_DEFAULTS.firstDelayMs),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCK_SECONDS: z.coerce.number().int().min(1).default(900),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(300 * 1024 * 1024),
  /** How often an idle worker asks pg-boss for due jobs (its pollingIntervalSeconds; at least 500 ms). */
  JOB_POLL_INTERVAL_MS: z.coerce.number().int().min(500).default(JOB_POLL_DEFAULT_MS),
  /**
   * A running job's heartbeat (pg-boss heartbeatSeconds, at least 10): a job whose worker stopped
   * beating (killed, frozen) is handed to another worker about this long after the last beat.
   */
  JOB_HEARTBEAT_SECONDS: z.coerce.number().int().min(10).default(30),
  /** What this process does: serve pages and the API (`web`), run background jobs (`worker`), or both. */
  PORTAL_PROCESS: z.enum(["web", "worker", "all"]).default("all"),
  /** An upload not finished within this many hours is marked failed (its file can then be sent again). */
  UPLOAD_ABANDON_HOURS: z.coerce.number().positive().default(24),
  /** Stored customer files are deleted this many days after their request is finished; the request's record stays. */
  FILE_RETENTION_DAYS: z.coerce.number().positive().default(90),
  /** When upkeep runs (a cron line, UTC): it also expires requests left undecided past their policy's expiry. */
  UPKEEP_CRON: z.string().trim().min(9).default("0 * * * *"),
  /**
   * What an approval policy's expiry counts: days, as administrators set it; `minutes` lets a
   * test or a demonstration watch a request expire without waiting days.
   */
  APPROVAL_EXPIRY_UNIT: z.enum(["days", "minutes"]).default("days"),
  /** How long a rotated API key keeps working, so other callers can switch without an outage. */
  API_KEY_ROTATION_GRACE_HOURS: z.coerce.number().min(0).max(720).default(24),
  /**
   * Proxies in front of the portal whose X-Forwarded-For entries are believed: a hop count
   * ("1") or comma-separated addresses and CIDR ranges. Empty: the client is the socket's peer.
   */
  TRUSTED_PROXIES: z.string().default("").refine((v) => {
    try {
      return Boolean(trustFrom(v));
    } catch {
      return false;
    }
  }, "must be empty, a hop count, or comma-separated addresses and CIDR ranges"),
  /**
   * Hosts (host or host:port, comma-separated) the portal may send an organization's API key to.
   * Default: the host of DIGITIZATION_API_BASE_URL.
   */
  DIGITIZATION_ALLOWED_HOSTS: z.string().optional(),
  /** New upload requests one user may start per hour (shared by every instance). */
  UPLOADS_PER_USER_PER_HOUR: z.coerce.number().int().min(1).default(60),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Where uploads in progress and stored files live: `local` (DATA_DIR) or `s3` (one bucket shared by every instance). */
  STORAGE: z.enum(["local", "s3"]).default("local"),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: boolish.default(false),
  /** The SMTP server notifications are e-mailed through (`smtp://user:pass@host:587`, `smtps://…`); absent → e-mail is off. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The e-mails' sender (`Portal <no-reply@bank.example>`); default no-reply at PUBLIC_URL's host. */
  MAIL_FROM: z.string().min(3).optional(),
});

export type Env = ReturnType<typeof resolve>;

function resolve(raw: z.infer<typeof schema>) {
  const mode = raw.PORTAL_MODE ?? (raw.DATABASE_URL ? "production" : "demo");
  if (mode === "production" && !raw.AUTH_SECRET) throw new ConfigError("AUTH_SECRET is required in production mode");
  if (mode === "production" && !raw.ENCRYPTION_KEY) throw new ConfigError("ENCRYPTION_KEY is required in production mode");
  if (raw.STORAGE === "s3" && !raw.S3_BUCKET) throw new ConfigError("S3_BUCKET is required when STORAGE=s3");
  const publicUrl = raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`;
  if (Boolean(raw.SANDBOX_ADMIN_URL) !== Boolean(raw.SANDBOX_ADMIN_SECRET)) throw new ConfigError("SANDBOX_ADMIN_URL and SANDBOX_ADMIN_SECRET go together");
  // The sandbox's default address; lib/server/serve.ts sets the address of the one it launched.
  const digitizationBaseUrl = raw.DIGITIZATION_API_BASE_URL ?? "http://127.0.0.1:3100";
  return {
    ...raw,
    mode,
    publicUrl,
    sandboxAdmin: raw.SANDBOX_ADMIN_URL && raw.SANDBOX_ADMIN_SECRET ? { url: raw.SANDBOX_ADMIN_URL, secret: raw.SANDBOX_ADMIN_SECRET } : null,
    digitizationBaseUrl,
    mailFrom: raw.MAIL_FROM ?? `Population Migration <no-reply@${new URL(publicUrl).hostname}>`,
    digitizationAllowedHosts: (raw.DIGITIZATION_ALLOWED_HOSTS ?? new URL(digitizationBaseUrl).host)
      .split(",").map((h) => h.trim().toLowerCase()).filter(Boolean),
  } as const;
}

export class ConfigError extends Error {}

let cached: Env | undefined;

/** Tests that switch databases re-read the environment. */
export function forgetEnv() {
  cached = undefined;
}

/** The parsed configuration; throws a ConfigError naming every bad setting. */
export function getEnv(source: Record<string, string | undefined> = process.env): Env {
  if (cached && source === process.env) return cached;
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`Invalid configuration — ${problems}`);
  }
  const env = resolve(parsed.data);
  if (source === process.env) cached = env;
  return env;
}
