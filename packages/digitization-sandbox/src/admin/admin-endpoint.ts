import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { countKeyFailure, keyFailureState } from "../keys/key-failure-brake";
import { registerSandboxKey, SandboxKeyConflictError } from "../keys/register-sandbox-key";
import { revokeSandboxKey } from "../keys/revoke-sandbox-key";
import { logger } from "../log";
import { SandboxApiError, internalError, invalidRequest, tooManyKeyFailures } from "../http/api-error";
import { readLimitedText, refuseDeclaredOverLimit } from "../http/body-limit";
import { correlationIdOf } from "../http/correlation-id";
import { jsonResponse } from "../http/respond";
import type { SandboxDeps } from "../http/sandbox-deps";

// PUT /admin/v1/clients/{ref}/keys — key provisioning, the one way keys reach the sandbox (the
// real platform's onboarding). The caller states a client's name and the state of some of its
// keys; the call is idempotent, so repeating it repairs an earlier failed one. Keys not named
// are left as they are; a revoked key stays revoked. Protected by SANDBOX_ADMIN_SECRET as a
// bearer token; a wrong or missing secret counts against the same per-address brake as a
// wrong x-transaction-key.

const ADMIN_MAX_BODY_BYTES = 64 * 1024;

const keyState = z.union([
  z.object({ key: z.string(), revoked: z.literal(true) }).strict(),
  z.object({ key: z.string(), expiresAt: z.iso.datetime({ offset: true }).nullable().optional() }).strict(),
]);
const body = z.object({ name: z.string().trim().min(1).max(200), keys: z.array(keyState).max(100) }).strict();
export type ClientKeysBody = z.input<typeof body>;

const unauthorized = () => new SandboxApiError(401, "ADMIN_UNAUTHORIZED", "Missing or wrong admin secret");

/** Constant-time comparison; digests make both sides the same length whatever was sent. */
function secretMatches(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export type AdminHandler = (request: Request, clientRef: string, sourceIp: string | null) => Promise<Response>;

export function clientKeysEndpoint(deps: Pick<SandboxDeps, "database">, adminSecret: string | undefined): AdminHandler {
  return async (request, clientRef, sourceIp) => {
    const requestId = correlationIdOf(request.headers);
    try {
      refuseDeclaredOverLimit(request, ADMIN_MAX_BODY_BYTES);
      const { prisma } = await deps.database();
      if (sourceIp) {
        const state = await keyFailureState(prisma, sourceIp);
        if (state.held) throw tooManyKeyFailures(state.retryAfterSeconds);
      }
      const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
      // Without a configured secret nobody is let in (never an open admin endpoint).
      if (!adminSecret || !secretMatches(given, adminSecret)) {
        if (sourceIp) await countKeyFailure(prisma, sourceIp);
        throw unauthorized();
      }
      let json: unknown;
      try {
        json = JSON.parse(await readLimitedText(request, ADMIN_MAX_BODY_BYTES));
      } catch (error) {
        if (error instanceof SandboxApiError) throw error;
        throw invalidRequest("The body must be JSON", "body");
      }
      const parsed = body.safeParse(json);
      if (!parsed.success) throw invalidRequest(`Invalid body: ${parsed.error.issues[0]?.message ?? "invalid"}`, parsed.error.issues[0]?.path.join(".") ?? "");
      const { name, keys } = parsed.data;
      for (const k of keys) {
        if ("revoked" in k) await revokeSandboxKey(prisma, { key: k.key });
        else await registerSandboxKey(prisma, { clientRef, clientName: name, key: k.key, ...(k.expiresAt ? { expiresAt: new Date(k.expiresAt) } : {}) });
      }
      return jsonResponse(200, { data: { client_ref: clientRef, keys: keys.length }, message: "Client keys updated", success: true }, { "x-request-id": requestId });
    } catch (error) {
      let known = error instanceof SandboxApiError ? error : null;
      if (error instanceof SandboxKeyConflictError) known = new SandboxApiError(409, "KEY_OF_ANOTHER_CLIENT", error.message, "keys");
      if (error instanceof z.ZodError) known = invalidRequest(`Invalid key: ${error.issues[0]?.message ?? "invalid"}`, "keys");
      if (!known) {
        const { name, code } = error as { name?: string; code?: string };
        logger.error({ requestId, err: { name, code } }, "sandbox admin request failed");
      }
      const e = known ?? internalError();
      return jsonResponse(e.status, e.body(), { ...e.headers, "x-request-id": requestId });
    }
  };
}
