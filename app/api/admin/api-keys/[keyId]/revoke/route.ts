import { apiKeyParams } from "@/lib/api-keys/contracts";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route({ permission: "admin:api-keys", params: apiKeyParams }, (ctx) => revokeApiKey(ctx, ctx.params.keyId));
