import { z } from "zod";

// The API key management shapes, shared by the route handlers and the browser. Pure. A key's
// secret appears in exactly one response, `IssuedApiKey`, when it is generated or rotated.

export type ApiKeyStatus = "ACTIVE" | "ROTATED" | "REVOKED";

/** What the key does now: a rotated key works until its grace period ends. */
export type ApiKeyState = "active" | "grace" | "expired" | "revoked" | "suspended";

export type ApiKeyDto = {
  id: string;
  organizationId: string;
  organizationName: string;
  prefix: string;
  last4: string;
  status: ApiKeyStatus;
  state: ApiKeyState;
  graceEndsAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
  revokedAt: string | null;
};

export type ListApiKeysResponse = { keys: ApiKeyDto[] };

export type IssuedApiKey = {
  key: ApiKeyDto;
  /** The x-transaction-key in full. Shown once; never retrievable again. */
  secret: string;
};

export type RotatedApiKey = IssuedApiKey & { previous: ApiKeyDto };

export const generateApiKeyBody = z.object({ organizationId: z.uuid("organizationRequired") });
export const listApiKeysQuery = z.object({ organizationId: z.uuid().optional() });
export const apiKeyParams = z.object({ keyId: z.uuid() });
