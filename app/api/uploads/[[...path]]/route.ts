import { authorizeUpload } from "@/lib/uploads/authorize-upload";
import { sendToTus } from "@/lib/uploads/tus-server";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// The tus protocol endpoint (resumable uploads). Every call is authorised against the request
// the bytes belong to before the tus server sees it, and the tus server may then touch only
// the upload named after that request.
async function handle(request: Request): Promise<Response> {
  const authorization = await authorizeUpload(request);
  if (authorization instanceof Response) return authorization;
  return sendToTus(request, authorization);
}

export { handle as GET, handle as HEAD, handle as POST, handle as PATCH, handle as DELETE, handle as OPTIONS };
