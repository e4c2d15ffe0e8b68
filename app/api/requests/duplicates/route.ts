import { z } from "zod";
import { forbidden } from "@/lib/http/errors";
import { route } from "@/lib/http/route";
import { findDuplicates } from "@/lib/requests/find-duplicates";

export const dynamic = "force-dynamic";

const query = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be a lower-case hex SHA-256") });

export const GET = route({ permission: "requests:upload", query }, async ({ actor, query }) => {
  if (!actor.organizationId) throw forbidden();
  return { duplicates: await findDuplicates(actor.organizationId, query.sha256) };
});
