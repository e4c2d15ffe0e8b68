import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/current-actor";
import { permissionsOf } from "@/lib/auth/permissions";

// The wrapper's own guarantees, with the session and the audit log stubbed: what reaches a
// handler has passed them, and what a client sends never turns into a 500.
const getActor = vi.fn<() => Promise<Actor | null>>();
vi.mock("@/lib/auth/current-actor", () => ({ getActor: () => getActor() }));
vi.mock("@/lib/audit/write-audit", async (importOriginal) => ({ ...(await importOriginal<object>()), recordAudit: vi.fn() }));

const { route } = await import("./route");
const { JSON_BODY_MAX_BYTES } = await import("./read-body");

const uploader: Actor = {
  id: "0b6f9a52-5a43-4f0e-9b3e-1c0f3b0f0a01", email: "u@alpha.example", name: "U", roles: ["UPLOADER"],
  organizationId: "1b6f9a52-5a43-4f0e-9b3e-1c0f3b0f0a01", organizationName: "Alpha", permissions: permissionsOf(["UPLOADER"]), mustChangePassword: false,
};
const handler = vi.fn(async (ctx: { params: unknown; body: unknown; correlationId: string }) => ({ params: ctx.params, body: ctx.body, requestId: ctx.correlationId }));
const post = route({ permission: "requests:upload", params: z.object({ requestId: z.uuid() }), body: z.object({ note: z.string() }) }, handler);
const id = "2b6f9a52-5a43-4f0e-9b3e-1c0f3b0f0a01";
const call = (init: RequestInit & { params?: Record<string, string> }) =>
  post(new Request(`http://localhost/api/x/${init.params?.requestId ?? id}`, { method: "POST", ...init }), { params: Promise.resolve(init.params ?? { requestId: id }) });

beforeEach(() => {
  handler.mockClear();
  getActor.mockResolvedValue(uploader);
});

describe("route()", () => {
  it("answers a malformed path id with the same 404 as a missing one, without calling the handler", async () => {
    for (const bad of ["not-a-uuid", "../etc", "' OR 1=1 --", id.toUpperCase() + "0"]) {
      const response = await call({ params: { requestId: bad }, body: JSON.stringify({ note: "x" }) });
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("NOT_FOUND");
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a declared oversized body with 413 before reading it", async () => {
    let pulled = 0;
    const body = new ReadableStream({ pull(c) { pulled += 1; c.enqueue(new Uint8Array(1024)); } });
    const response = await call({ body, headers: { "content-length": String(30 * 1024 * 1024) }, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1); // a stream may be primed once; nothing is consumed
    expect(handler).not.toHaveBeenCalled();
  });

  it("stops reading an undeclared (chunked) body as soon as it passes the limit", async () => {
    let sent = 0;
    const body = new ReadableStream({
      pull(c) {
        sent += 16 * 1024;
        if (sent > 30 * 1024 * 1024) c.close();
        else c.enqueue(new Uint8Array(16 * 1024).fill(32));
      },
    });
    const response = await call({ body, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(JSON_BODY_MAX_BYTES + 64 * 1024);
  });

  it("accepts a body within the limit", async () => {
    const response = await call({ body: JSON.stringify({ note: "fine" }) });
    expect(response.status).toBe(200);
    expect((await response.json()).body).toEqual({ note: "fine" });
  });

  it("echoes a safe x-request-id and replaces anything else", async () => {
    const safe = await call({ body: JSON.stringify({ note: "x" }), headers: { "x-request-id": "abc-123.DEF_4" } });
    expect(safe.headers.get("x-request-id")).toBe("abc-123.DEF_4");
    for (const unsafe of ["=1+1", "<script>alert(1)</script>", "a b", "x".repeat(65), "ok\tevil", "é"]) {
      const response = await call({ body: JSON.stringify({ note: "x" }), headers: { "x-request-id": unsafe } });
      const echoed = response.headers.get("x-request-id")!;
      expect(echoed).not.toBe(unsafe);
      expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
      expect((await response.json()).requestId).toBe(echoed);
    }
  });

  it("answers a transaction that could not start (every connection busy) with 503 and Retry-After, not 500", async () => {
    const { Prisma } = await import("@/lib/generated/prisma/client");
    handler.mockRejectedValueOnce(new Prisma.PrismaClientKnownRequestError("Transaction API error: Unable to start a transaction in the given time.", { code: "P2028", clientVersion: "7" }));
    const response = await call({ body: JSON.stringify({ note: "x" }) });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect((await response.json()).error.code).toBe("SERVER_BUSY");
    // Any other failure stays a 500 with a reference.
    handler.mockRejectedValueOnce(new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: "7" }));
    expect((await call({ body: JSON.stringify({ note: "x" }) })).status).toBe(500);
  });

  it("answers 401 without a session and 403 without the permission", async () => {
    getActor.mockResolvedValueOnce(null);
    expect((await call({ body: "{}" })).status).toBe(401);
    getActor.mockResolvedValueOnce({ ...uploader, permissions: permissionsOf(["APPROVER"]) });
    expect((await call({ body: "{}" })).status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });
});
