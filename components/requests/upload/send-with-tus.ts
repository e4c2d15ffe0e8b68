"use client";
import * as tus from "tus-js-client";

export const TUS_CHUNK_BYTES = 8 * 1024 * 1024;

type Target = { id: string; uploadUrl: string };
type Options = { onProgress: (percent: number) => void; signal: AbortSignal };

/**
 * Sends the file's bytes to the request's tus upload, resuming a partial upload of the same
 * request if this browser has one (tus-js-client keeps fingerprints in localStorage). The
 * fingerprint is per file, so only an upload made for this very request is resumed.
 */
export function sendWithTus(file: File, target: Target, { onProgress, signal }: Options): Promise<void> {
  return new Promise((resolve, reject) => {
    const upload = new tus.Upload(file, {
      endpoint: target.uploadUrl,
      chunkSize: TUS_CHUNK_BYTES,
      retryDelays: [0, 1000, 3000, 5000],
      metadata: { requestId: target.id, filename: file.name },
      removeFingerprintOnSuccess: true,
      onProgress: (sent, total) => onProgress(total > 0 ? Math.floor((sent / total) * 100) : 0),
      onError: (error) => done(() => reject(new Error(tusErrorMessage(error)))),
      onSuccess: () => done(resolve),
    });
    // Cancel also removes the partial bytes on the server: nothing half-sent is left behind.
    const onAbort = () => done(() => {
      void upload.abort(true).catch(() => undefined);
      reject(new DOMException("The upload was cancelled.", "AbortError"));
    });
    const done = (settle: () => void) => {
      signal.removeEventListener("abort", onAbort);
      settle();
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    upload.findPreviousUploads().then((previous) => {
      const mine = previous.find((p) => p.metadata.requestId === target.id);
      if (mine) upload.resumeFromPreviousUpload(mine);
      if (!signal.aborted) upload.start();
    }, (error: unknown) => done(() => reject(error)));
  });
}

/** The portal's JSON error message when it sent one, else the tus server's text, else the network error. */
function tusErrorMessage(error: Error | tus.DetailedError): string {
  const response = "originalResponse" in error ? error.originalResponse : null;
  if (!response) return "The connection was lost while uploading. Try again to resume where it stopped.";
  const body = response.getBody() ?? "";
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === "string") return message;
  } catch {
    // Not JSON: the tus server answers in plain text.
  }
  return `The upload was refused (HTTP ${response.getStatus()})${body.trim() ? `: ${body.trim().slice(0, 200)}` : "."}`;
}
