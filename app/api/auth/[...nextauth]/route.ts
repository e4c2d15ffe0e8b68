import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { correlationIdOf } from "@/lib/http/correlation-id";
import { readBodyText } from "@/lib/http/read-body";
import { toErrorResponse } from "@/lib/http/route";

type Context = { params: Promise<{ nextauth: string[] }> };

/** Sign-in and sign-out forms are a few hundred bytes; nothing larger is read. */
const AUTH_BODY_MAX_BYTES = 8 * 1024;

async function handler(request: NextRequest, context: Context) {
  let bounded = request;
  if (request.method === "POST") {
    try {
      const body = await readBodyText(request, AUTH_BODY_MAX_BYTES);
      bounded = new NextRequest(request.url, { method: "POST", headers: request.headers, body });
    } catch (error) {
      return toErrorResponse(error, correlationIdOf(request.headers));
    }
  }
  return NextAuth(bounded as never, context as never, await getAuthOptions());
}

export { handler as GET, handler as POST };
