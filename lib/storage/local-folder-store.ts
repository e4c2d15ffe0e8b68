import "server-only";
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { checkKey, keyIn, type ObjectStore } from "./object-store";

/** Objects as files under `root`. Written to a temporary name and renamed, so a crash never leaves half a file under a key. */
export function localFolderStore(root: string): ObjectStore {
  const fileOf = (key: string) => path.join(root, checkKey(key));
  return {
    async read(key, range) {
      const file = fileOf(key);
      await stat(file); // rejects now (ENOENT) rather than on the stream's first read
      return createReadStream(file, range ?? {});
    },
    async size(key) {
      return stat(fileOf(key)).then((s) => s.size, () => null);
    },
    async write(key, body) {
      const target = fileOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
      try {
        await pipeline(Readable.from(body), createWriteStream(temp, { mode: 0o600 }));
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
    async list(folder) {
      const entries = await readdir(folder === "" ? root : fileOf(folder), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return [];
        throw error;
      });
      return entries.filter((entry) => entry.isFile()).map((entry) => keyIn(folder, entry.name));
    },
  };
}
