import "server-only";
import { getActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { checkOrigin } from "@/lib/http/check-origin";
import { AppError, forbidden, notFound, unauthorized } from "@/lib/http/errors";
import { correlationIdOf } from "@/lib/http/correlation-id";
import { toErrorResponse } from "@/lib/http/route";
import { parseUploadMetadata, type UploadMetadata } from "./upload-metadata";

/** What the tus server may do for this call: only ever the upload named after this request. */
export type AuthorizedUpload = { uploadId: string; metadata: UploadMetadata | null };

export const UPLOADS_PATH = "/api/uploads";
// tus-js-client's calls: POST to create, then HEAD (resume), PATCH (bytes), DELETE (cancel).
// GET (tus would serve the bytes back) and OPTIONS (cross-origin only) are not needed.
const METHODS = new Set(["POST", "HEAD", "PATCH", "DELETE"]);
const UPLOAD_PATH = /^\/api\/uploads\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * Only the uploader of a request still in UPLOADING may send its bytes, and only as many as
 * they declared. The request is named by the metadata of a POST, or by the path of the other
 * calls, which must be exactly /api/uploads/<uuid>. Returns a refusal response, or the upload
 * the tus server may touch: its id is the authorized request's id, never a client's string.
 */
export async function authorizeUpload(request: Request): Promise<Response | AuthorizedUpload> {
  try {
    checkOrigin(request);
    const actor = await getActor();
    if (!actor) throw unauthorized();
    if (!actor.permissions.has("requests:upload")) throw forbidden();
    if (!METHODS.has(request.method)) throw new AppError(405, "METHOD_NOT_ALLOWED", "This method is not used for uploads.");
    const pathname = new URL(request.url).pathname;
    const metadata = request.method === "POST" ? parseUploadMetadata(request.headers.get("upload-metadata")) : null;
    const requestId = metadata ? (pathname === UPLOADS_PATH ? metadata.requestId : null) : UPLOAD_PATH.exec(pathname)?.[1];
    if (!requestId) throw notFound("Upload not found");
    const prisma = await db();
    const target = await prisma.migrationRequest.findFirst({ where: { id: requestId, organizationId: actor.organizationId ?? "", uploadedById: actor.id } });
    if (!target) throw notFound("Request not found");
    if (target.status !== "UPLOADING") throw new AppError(409, "NOT_UPLOADING", "This request is no longer accepting a file.");
    if (metadata && request.headers.get("upload-length") !== String(target.fileSize)) {
      throw new AppError(400, "SIZE_MISMATCH", "The file's size differs from the size declared for this request.");
    }
    return { uploadId: target.id, metadata };
  } catch (error) {
    return toErrorResponse(error, correlationIdOf(request.headers));
  }
}
