/// <reference lib="webworker" />
import { runValidationJob } from "./run-validation-job";
import type { ValidationJob } from "./worker-protocol";

// Worker entry: one job per worker; validate-in-worker.ts terminates it when done or aborted.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ValidationJob>) => {
  void runValidationJob(event.data, (message) => scope.postMessage(message));
};
