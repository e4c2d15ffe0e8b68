import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetEnv } from "@/lib/config/env";
import { LOCAL_UPLOADS } from "./tus-server";
import { discardUpload } from "./uploaded-file";

describe("discardUpload", () => {
  let folder: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "pm-discard-"));
    Object.assign(process.env, { DATA_DIR: dataDir, STORAGE: "local" });
    forgetEnv();
    folder = path.join(dataDir, LOCAL_UPLOADS);
    await mkdir(folder, { recursive: true });
  });
  afterAll(() => {
    process.env = saved;
    forgetEnv();
  });

  it("removes an upload whose tus state file is already gone, and may be called again", async () => {
    const id = randomUUID();
    await writeFile(path.join(folder, id), "bytes of an abandoned upload");
    await discardUpload(id);
    await discardUpload(id);
    expect(await readdir(folder)).toEqual([]);
  });
});
