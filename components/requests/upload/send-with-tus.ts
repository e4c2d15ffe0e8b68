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

type ErrorBody = { error?: { code?: unknown; message?: unknown; details?: unknown }; requestId?: unknown };

/**
 * The portal's typed refusal when it sent one (an ApiError, worded in the user's language by its
 * code like any other), else the tus server's plain-text answer, else the network error (which the
 * upload dialog words as "could not be reached").
 */
function tusError(error: Error | tus.DetailedError): Error {
  const response = "originalResponse" in error ? error.originalResponse : null;
  if (!response) return new Error("The connection was lost while uploading.");
  const body = response.getBody() ?? "";
  const status = response.getStatus();
  try {
    const { error: refusal, requestId } = JSON.parse(body) as ErrorBody;
    if (typeof refusal?.code === "string") {
      return new ApiError(status, refusal.code, String(refusal.message ?? ""), refusal.details, typeof requestId === "string" ? requestId : undefined);
    }
  } catch {
    // Not JSON: the tus server answers in plain text.
  }
  return new ApiError(status, "HTTP_ERROR", `The upload was refused (HTTP ${status})${body.trim() ? `: ${body.trim().slice(0, 200)}` : "."}`);
}
