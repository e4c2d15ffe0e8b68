// Digitization sandbox: GET /digitization/v1/batch/{batchId}/errored (lib/sandbox, docs/sandbox.md).
import { clientIp } from "@/lib/http/client-ip";
import { sandboxHandlers } from "@/lib/sandbox/http/sandbox-handlers";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, context: { params: Promise<{ batchId: string }> }): Promise<Response> {
  return sandboxHandlers().getErrored(request, await context.params, clientIp(request.headers));
}
