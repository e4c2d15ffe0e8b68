import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as uploadRoute from "@/app/api/uploads/[[...path]]/route";
import type { Actor } from "@/lib/auth/current-actor";
import { permissionsOf } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { databaseTargets } from "@/test/database-targets";
import { usePortalDatabase } from "@/test/use-portal-database";
import { sendToTus, LOCAL_UPLOADS } from "./tus-server";

// Issue #11: Beta's uploader sent "filename eA==,<TAB>requestId <own id>,requestId <Alpha's id>".
// The portal authorized the first requestId, tus named the upload after the last one, and
// Beta overwrote Alpha's upload in progress and wrote files of its choosing into the store.
const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => signedIn.actor }));

const BASE = "http://portal.test";
const TUS = { "Tus-Resumable": "1.0.0" };
const b64 = (text: string) => Buffer.from(text).toString("base64");
const CONTENT = Buffer.from("customer_id,eid_number\n1,784-1990-1234567-1\n");

async function uploaderOf(orgName: string): Promise<Actor> {
  const prisma = await db();
  const org = await prisma.organization.create({ data: { name: `${orgName} ${randomUUID()}` } });
  const email = `up-${org.id}@x.example`;
  const user = await prisma.user.create({ data: { email, name: email, roles: ["UPLOADER"], organizationId: org.id, passwordHash: "x" } });
  return { id: user.id, email, name: email, roles: ["UPLOADER"], organizationId: org.id, organizationName: orgName, permissions: permissionsOf(["UPLOADER"]), mustChangePassword: false };
}

async function requestOf(uploader: Actor) {
  const prisma = await db();
  return prisma.migrationRequest.create({
    data: { organizationId: uploader.organizationId!, uploadedById: uploader.id, fileName: "f.csv", fileSize: BigInt(CONTENT.length), sha256: "a".repeat(64) },
  });
}

function call(method: string, pathname: string, headers: Record<string, string> = {}, body?: Buffer) {
  const request = new Request(`${BASE}${pathname}`, { method, headers: { ...TUS, ...headers }, ...(body ? { body: new Uint8Array(body) } : {}) });
  return uploadRoute[method as "GET" | "HEAD" | "POST" | "PATCH" | "DELETE"](request);
}

const create = (metadata: string, pathname = "/api/uploads") =>
  call("POST", pathname, { "Upload-Length": String(CONTENT.length), "Upload-Metadata": metadata });
const patch = (pathname: string, bytes: Buffer, offset = 0) =>
  call("PATCH", pathname, { "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream" }, bytes);

/** Every file in the upload store, with its contents: "nothing written" is checked against this. */
async function storeContents(): Promise<Record<string, string>> {
  const root = path.resolve(getEnv().DATA_DIR, LOCAL_UPLOADS);
  const files = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const entries = await Promise.all(files.filter((f) => f.isFile()).map(async (f) => {
    const file = path.join(f.parentPath, f.name);
    return [path.relative(root, file), await readFile(file, "utf8")] as const;
  }));
  return Object.fromEntries(entries);
}

describe.each(databaseTargets())("tus uploads on %s", (_name, target) => {
  usePortalDatabase(target);
  let alpha: Actor, beta: Actor;
  let alphaRequest: { id: string }, betaRequest: { id: string };

  beforeEach(async () => {
    [alpha, beta] = await Promise.all([uploaderOf("Alpha"), uploaderOf("Beta")]);
    [alphaRequest, betaRequest] = await Promise.all([requestOf(alpha), requestOf(beta)]);
    // Alpha's upload is in progress: half the bytes are in.
    signedIn.actor = alpha;
    expect((await create(`requestId ${b64(alphaRequest.id)},filename ${b64("f.csv")}`)).status).toBe(201);
    expect((await patch(`/api/uploads/${alphaRequest.id}`, CONTENT.subarray(0, 10))).status).toBe(204);
    signedIn.actor = beta;
  });

  it.each([
    ["the reported attack (a tab before a second requestId)", (own: string, victim: string) => `filename ${b64("x")},\trequestId ${b64(own)},requestId ${b64(victim)}`],
    ["a repeated requestId", (own: string, victim: string) => `requestId ${b64(own)},requestId ${b64(victim)}`],
    ["a key with whitespace", (own: string, victim: string) => `requestId ${b64(own)},requestId\u000b ${b64(victim)}`],
    ["an unknown key", (own: string) => `requestId ${b64(own)},filetype ${b64("text/csv")}`],
    ["a key without a value", (own: string) => `requestId ${b64(own)},filename`],
    ["a value that is not base64", (own: string) => `requestId ${b64(own)},filename f.csv!`],
    ["a value that is not UTF-8", (own: string) => `requestId ${b64(own)},filename ${Buffer.from([0xff, 0xfe, 0x41]).toString("base64")}`],
    ["a file name with a right-to-left override", (own: string) => `requestId ${b64(own)},filename ${b64("invoice\u202Evsc.exe")}`],
    ["a path as the upload's name", () => `requestId ${b64("sub/dir/evil")}`],
    ["a tus state file as the upload's name", (own: string) => `requestId ${b64(`${own}.json`)}`],
  ])("refuses metadata with %s (400) and writes nothing", async (_what, metadataOf) => {
    const before = await storeContents();
    const response = await create(metadataOf(betaRequest.id, alphaRequest.id));
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/Upload-Metadata/);
    expect(await storeContents()).toEqual(before);
  });

  it("answers 404 for another organization's request and leaves Alpha's upload alone", async () => {
    const before = await storeContents();
    expect((await create(`requestId ${b64(alphaRequest.id)}`)).status).toBe(404);
    expect((await patch(`/api/uploads/${alphaRequest.id}`, Buffer.from("overwritten"), 10)).status).toBe(404);
    expect((await call("HEAD", `/api/uploads/${alphaRequest.id}`)).status).toBe(404);
    expect((await call("DELETE", `/api/uploads/${alphaRequest.id}`)).status).toBe(404);
    expect(await storeContents()).toEqual(before);
  });

  it.each([
    ["PATCH", "/api/uploads/sub/dir/evil"],
    ["PATCH", "/api/uploads/ID.json"],
    ["PATCH", "/api/uploads/ID/ID"],
    ["HEAD", "/api/uploads/ID.json"],
    ["DELETE", "/api/uploads/ID/"],
    ["POST", "/api/uploads/sub/dir/evil"],
    ["POST", "/api/uploads/ID"],
  ])("refuses %s %s and writes nothing", async (method, pattern) => {
    const before = await storeContents();
    const pathname = pattern.replaceAll("ID", betaRequest.id);
    const response = method === "POST"
      ? await create(`requestId ${b64(betaRequest.id)}`, pathname)
      : method === "PATCH" ? await patch(pathname, Buffer.from("evil")) : await call(method, pathname);
    expect(response.status).toBe(404);
    expect(await storeContents()).toEqual(before);
  });

  it("refuses GET: the store's bytes are never served back", async () => {
    expect((await call("GET", `/api/uploads/${alphaRequest.id}`)).status).toBe(405);
  });

  it("names the upload after the authorized request and lets its uploader finish it", async () => {
    const created = await create(`requestId ${b64(betaRequest.id)},filename ${b64("re\u0301sume\u0301.csv")}`);
    expect(created.status).toBe(201);
    expect(new URL(created.headers.get("location")!).pathname).toBe(`/api/uploads/${betaRequest.id}`);
    expect((await patch(`/api/uploads/${betaRequest.id}`, CONTENT)).status).toBe(204);
    const store = await storeContents();
    expect(store[betaRequest.id]).toBe(CONTENT.toString());
    // The stored metadata is the portal's parsed, normalised reading.
    expect(JSON.parse(store[`${betaRequest.id}.json`]!).metadata).toEqual({ requestId: betaRequest.id, filename: "r\u00e9sum\u00e9.csv" });
    // Alpha's upload in progress is untouched.
    expect(store[alphaRequest.id]).toBe(CONTENT.subarray(0, 10).toString());
  });

  it("names the upload after the authorization even if the metadata named another request", async () => {
    const request = new Request(`${BASE}/api/uploads`, { method: "POST", headers: { ...TUS, "Upload-Length": String(CONTENT.length), "Upload-Metadata": `requestId ${b64(alphaRequest.id)}` } });
    const response = await sendToTus(request, { uploadId: betaRequest.id, metadata: { requestId: betaRequest.id } });
    expect(new URL(response.headers.get("location")!).pathname).toBe(`/api/uploads/${betaRequest.id}`);
  });

  it("lets the tus server name nothing without an authorization", async () => {
    const { tusServer } = await import("./tus-server");
    const before = await storeContents();
    const response = await tusServer().handleWeb(new Request(`${BASE}/api/uploads`, { method: "POST", headers: { ...TUS, "Upload-Length": "5", "Upload-Metadata": `requestId ${b64(randomUUID())}` } }));
    expect(response.status).toBe(403);
    expect(await storeContents()).toEqual(before);
  });
});
