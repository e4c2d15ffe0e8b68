import { authorizeUpload } from "@/lib/uploads/authorize-upload";
import { tusServer } from "@/lib/uploads/tus-server";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// The tus protocol endpoint (resumable uploads). Every call is authorised against the request
// the bytes belong to before the tus server sees it.
async function handle(request: Request): Promise<Response> {
  const refusal = await authorizeUpload(request);
  if (refusal) return refusal;
  return tusServer().handleWeb(request);
}

export { handle as GET, handle as HEAD, handle as POST, handle as PATCH, handle as DELETE, handle as OPTIONS };
