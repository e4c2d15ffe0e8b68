"use client";
import * as tus from "tus-js-client";
import { ApiError } from "@/lib/http/fetch-json";

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
      onError: (error) => done(() => reject(tusError(error))),
      onSuccess: () => done(resolve),
    });
    // Cancel also removes the partial bytes on the server: nothing half-sent is left behind.
    const onAbort = () => done(() => {
      void upload.abort(true).catch(() => undefined);
      // Named AbortError, which the dialog words as "cancelled"; the text is for logs only.
      reject(new DOMException("upload cancelled", "AbortError"));
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

/**
 * The portal's JSON refusal (413 too large, 429, 404…) as the ApiError fetchJson would throw, so
 * the dialog words it from the catalogues by its code like any other API error. Anything else
 * (a lost connection, a proxy's page) is a plain Error whose text is for logs only: the dialog
 * shows the catalogue's "could not reach the portal" sentence for it.
 */
export function tusError(error: Error | tus.DetailedError): Error {
  const response = "originalResponse" in error ? error.originalResponse : null;
  if (!response) return new Error("tus: no response (connection lost)");
  const status = response.getStatus();
  try {
    const body = JSON.parse(response.getBody() ?? "") as { error?: { code?: unknown; message?: unknown; details?: unknown }; requestId?: unknown };
    const { code, message, details } = body.error ?? {};
    if (typeof code === "string") {
      return new ApiError(status, code, typeof message === "string" ? message : code, details, typeof body.requestId === "string" ? body.requestId : undefined);
    }
  } catch {
    // Not JSON: the tus server answers in plain text.
  }
  return new Error(`tus: HTTP ${status}`);
}
