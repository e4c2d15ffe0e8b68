import { wrap, type Remote } from "comlink";
import type { CorrectionSession } from "./correction-api";

export type OpenSession = {
  /** The engine in its worker; callbacks passed to it (open's onProgress) go through comlink's proxy(). */
  readonly session: Remote<CorrectionSession>;
  /** Ends the session: the worker and every row it held are gone. */
  dispose(): void;
};

/**
 * Starts a correction session in its own module worker (browser only). The literal
 * `new Worker(new URL("./x.worker.ts", import.meta.url), { type: "module" })` form is what
 * Next.js recognises and bundles (see lib/csv/validate-in-worker.ts), so it stays written out.
 */
export function openCorrectionSession(): OpenSession {
  const worker = new Worker(new URL("./correction.worker.ts", import.meta.url), { type: "module" });
  return { session: wrap<CorrectionSession>(worker), dispose: () => worker.terminate() };
}
