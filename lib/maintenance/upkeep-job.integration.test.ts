import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { forgetEnv, getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { startS3rver, type S3StandIn } from "@/lib/storage/testing/start-s3rver";
import { databaseTargets } from "@/test/database-targets";
import { usePortalDatabase } from "@/test/use-portal-database";
import { LOCAL_UPLOADS, sendToTus } from "@/lib/uploads/tus-server";
import { uploadIdsInStore } from "@/lib/uploads/uploaded-file";
import { upkeepJob } from "./upkeep-job";

// Uploads whose discard should fail (once): the store is down, say.
const failing = vi.hoisted(() => new Set<string>());
vi.mock("@/lib/uploads/uploaded-file", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/uploads/uploaded-file")>();
  return {
    ...original,
    discardUpload: async (id: string) => {
      if (failing.has(id)) throw new Error("store unavailable");
      return original.discardUpload(id);
    },
  };
});

const HOUR = 3_600_000;
const TUS = { "Tus-Resumable": "1.0.0" };
const attempt = { number: 1, isLast: false, signal: new AbortController().signal };
let s3: S3StandIn;
const saved = { ...process.env };

beforeAll(async () => {
  s3 = await startS3rver();
});
afterAll(async () => {
  await s3.stop();
  process.env = saved;
  forgetEnv();
});

/** Every file under a folder that holds `marker` somewhere in its bytes. */
async function filesHolding(folder: string, marker: string): Promise<string[]> {
  const files = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const holding = await Promise.all(files.filter((f) => f.isFile()).map(async (f) => {
    const file = path.join(f.parentPath, f.name);
    return (await readFile(file)).includes(marker) ? [file] : [];
  }));
  return holding.flat();
}

describe.each(["local", "s3"] as const)("abandoned uploads (STORAGE=%s)", (storage) => {
  describe.each(databaseTargets())("on %s", (_name, target) => {
    usePortalDatabase(target);
    beforeAll(() => {
      if (storage === "s3") Object.assign(process.env, s3.settings);
      else process.env.STORAGE = "local";
      forgetEnv();
    });
    const storeFolder = () => (storage === "s3" ? s3.directory : path.resolve(getEnv().DATA_DIR, LOCAL_UPLOADS));

    /** A request with `sent` of its bytes received by the tus server; the bytes start with a marker of their own. */
    async function requestWithUpload(status: RequestStatus, ageHours: number, size: number, sent: number) {
      const prisma = await db();
      const org = await prisma.organization.create({ data: { name: `Org ${randomUUID()}` } });
      const user = await prisma.user.create({ data: { email: `up-${org.id}@x.example`, name: "Up", roles: ["UPLOADER"], organizationId: org.id, passwordHash: "x" } });
      const request = await prisma.migrationRequest.create({
        data: { organizationId: org.id, uploadedById: user.id, fileName: "f.csv", fileSize: BigInt(size), sha256: "a".repeat(64), status, createdAt: new Date(Date.now() - ageHours * HOUR) },
      });
      const marker = `marker-${randomUUID()}`;
      const bytes = Buffer.alloc(sent, "x");
      bytes.write(marker);
      const authorized = { uploadId: request.id, metadata: { requestId: request.id } };
      const created = await sendToTus(new Request("http://portal.test/api/uploads", { method: "POST", headers: { ...TUS, "Upload-Length": String(size) } }), authorized);
      expect(created.status).toBe(201);
      const patched = await sendToTus(new Request(`http://portal.test/api/uploads/${request.id}`, {
        method: "PATCH",
        headers: { ...TUS, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream" },
        body: new Uint8Array(bytes),
      }), authorized);
      expect(patched.status).toBe(204);
      expect(await filesHolding(storeFolder(), marker)).not.toEqual([]);
      return { id: request.id, marker };
    }

    it("marks them failed and deletes their bytes and tus state, retrying a failed delete on the next run", async () => {
      // More than one 8 MiB part sent: with S3, part of it sits in an open multipart upload.
      const abandoned = await requestWithUpload("UPLOADING", 48, 9 * 1024 * 1024, 8 * 1024 * 1024 + 100);
      const alsoAbandoned = await requestWithUpload("UPLOADING", 30, 1000, 100);
      const inProgress = await requestWithUpload("UPLOADING", 1, 1000, 100);
      // Verified, but the instance crashed before it discarded the upload.
      const verified = await requestWithUpload("PENDING_APPROVAL", 1, 1000, 1000);

      failing.add(abandoned.id);
      await upkeepJob.run({}, attempt);
      const prisma = await db();
      const statusOf = async (id: string) => (await prisma.migrationRequest.findUniqueOrThrow({ where: { id } })).status;
      expect(await statusOf(abandoned.id)).toBe("UPLOAD_FAILED");
      expect(await statusOf(alsoAbandoned.id)).toBe("UPLOAD_FAILED");
      expect(await statusOf(inProgress.id)).toBe("UPLOADING");
      expect(await filesHolding(storeFolder(), abandoned.marker)).not.toEqual([]); // the delete failed: not forgotten
      expect(await filesHolding(storeFolder(), alsoAbandoned.marker)).toEqual([]);
      expect(await filesHolding(storeFolder(), verified.marker)).toEqual([]);

      failing.clear();
      await upkeepJob.run({}, attempt);
      expect(await filesHolding(storeFolder(), abandoned.marker)).toEqual([]);
      const left = await uploadIdsInStore();
      expect(left).toContain(inProgress.id);
      expect(left).not.toEqual(expect.arrayContaining([abandoned.id]));
      expect(left).not.toEqual(expect.arrayContaining([alsoAbandoned.id]));
      expect(left).not.toEqual(expect.arrayContaining([verified.id]));
      expect(await filesHolding(storeFolder(), inProgress.marker)).not.toEqual([]);
    });
  });
});
