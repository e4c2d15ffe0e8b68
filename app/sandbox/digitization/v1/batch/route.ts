// The Digitization sandbox's submit endpoint (lib/sandbox, docs/sandbox.md).
import { clientIp } from "@/lib/http/client-ip";
import { sandboxHandlers } from "@/lib/sandbox/http/sandbox-handlers";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function POST(request: Request): Promise<Response> {
  return sandboxHandlers().submitBatch(request, {}, clientIp(request.headers));
}
