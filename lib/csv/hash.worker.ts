/// <reference lib="webworker" />
import { hashBlob } from "./hash-blob";
import type { HashJob, HashWorkerMessage } from "./worker-protocol";

// Hashes the file on the second core while validation.worker.ts parses it on the first.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: HashWorkerMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<HashJob>) => {
  hashBlob(event.data.file).then(
    (sha256) => post({ type: "done", sha256 }),
    (error: unknown) => post({ type: "error", message: error instanceof Error ? error.message : String(error) }),
  );
};
