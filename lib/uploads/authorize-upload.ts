import "server-only";
import { randomUUID } from "node:crypto";
import { getActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { checkOrigin } from "@/lib/http/check-origin";
import { AppError, forbidden, notFound, unauthorized } from "@/lib/http/errors";
import { toErrorResponse } from "@/lib/http/route";

/**
 * Only the uploader of a request still in UPLOADING may send its bytes, and only as many as
 * they declared. Returns a refusal response, or null to let the tus server handle the call.
 */
export async function authorizeUpload(request: Request): Promise<Response | null> {
  try {
    checkOrigin(request);
    const actor = await getActor();
    if (!actor) throw unauthorized();
    if (!actor.permissions.has("requests:upload")) throw forbidden();
    const requestId = request.method === "POST" ? metadataRequestId(request) : new URL(request.url).pathname.split("/").pop();
    const prisma = await db();
    const target = requestId && /^[0-9a-f-]{36}$/.test(requestId)
      ? await prisma.migrationRequest.findFirst({ where: { id: requestId, organizationId: actor.organizationId ?? "", uploadedById: actor.id } })
      : null;
    if (!target) throw notFound("Request not found");
    if (target.status !== "UPLOADING") throw new AppError(409, "NOT_UPLOADING", "This request is no longer accepting a file.");
    const declared = request.headers.get("upload-length");
    if (request.method === "POST" && declared !== String(target.fileSize)) {
      throw new AppError(400, "SIZE_MISMATCH", "The file's size differs from the size declared for this request.");
    }
    return null;
  } catch (error) {
    return toErrorResponse(error, randomUUID());
  }
}

/** tus sends metadata as "key base64,key base64". */
function metadataRequestId(request: Request): string | undefined {
  const header = request.headers.get("upload-metadata") ?? "";
  const entry = header.split(",").map((p) => p.trim().split(" ")).find(([k]) => k === "requestId");
  return entry?.[1] ? Buffer.from(entry[1], "base64").toString("utf8") : undefined;
}
