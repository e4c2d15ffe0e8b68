import type { ValidationReport } from "./validation-report";
import type { HashWorkerMessage, ValidationJob, ValidationWorkerMessage } from "./worker-protocol";

export type ValidateInWorkerOptions = {
  /** YYYY-MM-DD, see todayInUae. */
  readonly today: string;
  readonly onProgress?: (bytes: number, total: number) => void;
  /** Aborting terminates the workers and rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /** Hash in a second worker so SHA-256 runs on another core (default true). */
  readonly parallelHash?: boolean;
};

/**
 * Browser helper: validates a File off the main thread and resolves with the report. The
 * literal `new Worker(new URL("./x.worker.ts", import.meta.url), { type: "module" })` form is
 * what Next.js recognises and bundles, so it must stay written out like this.
 */
export function validateInWorker(file: File, options: ValidateInWorkerOptions): Promise<ValidationReport> {
  const { today, onProgress, signal, parallelHash = true } = options;
  return new Promise<ValidationReport>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const validator = new Worker(new URL("./validation.worker.ts", import.meta.url), { type: "module" });
    const hasher = parallelHash ? new Worker(new URL("./hash.worker.ts", import.meta.url), { type: "module" }) : null;
    let report: ValidationReport | null = null;
    let sha256: string | null = null;

    const settle = (outcome: () => void) => {
      validator.terminate();
      hasher?.terminate();
      signal?.removeEventListener("abort", onAbort);
      outcome();
    };
    const fail = (message: string) => settle(() => reject(new Error(message)));
    const finishIfComplete = () => {
      if (!report || (hasher && sha256 === null)) return;
      const complete = hasher ? { ...report, sha256: sha256! } : report;
      settle(() => resolve(complete));
    };
    const onAbort = () => settle(() => reject(abortError(signal!)));
    signal?.addEventListener("abort", onAbort, { once: true });

    validator.onmessage = ({ data }: MessageEvent<ValidationWorkerMessage>) => {
      if (data.type === "progress") onProgress?.(data.bytes, data.total);
      else if (data.type === "error") fail(`Validation failed: ${data.message}`);
      else {
        report = data.report;
        finishIfComplete();
      }
    };
    validator.onerror = (event) => fail(`Validation worker crashed: ${event.message ?? "unknown error"}`);
    if (hasher) {
      hasher.onmessage = ({ data }: MessageEvent<HashWorkerMessage>) => {
        if (data.type === "error") return fail(`Hashing failed: ${data.message}`);
        sha256 = data.sha256;
        finishIfComplete();
      };
      hasher.onerror = (event) => fail(`Hash worker crashed: ${event.message ?? "unknown error"}`);
      hasher.postMessage({ file });
    }
    validator.postMessage({ file, today, hash: !hasher } satisfies ValidationJob);
  });
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("Validation aborted", "AbortError");
}
