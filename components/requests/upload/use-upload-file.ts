"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { ApiError, fetchJson } from "@/lib/http/fetch-json";
import type { CorrectionBody, CreateRequestBody, CreateRequestResponse, RequestDetail } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";
import { sendWithTus } from "./send-with-tus";

/**
 * The server refused the file and ended its request (UPLOAD_FAILED): its rules, the same file
 * already active, or a correction whose place another correction took meanwhile. Sending the
 * same file again needs a new request; the dialog says why and offers no retry of this one.
 */
export const refusedByServer = (error: unknown) =>
  error instanceof ApiError && (error.status === 422 || ["DUPLICATE_FILE", "CORRECTION_IN_PROGRESS", "NOT_CORRECTABLE", "CORRECTION_CODES_MISMATCH"].includes(error.code));

export type UploadStage = { stage: "creating" | "verifying" } | { stage: "sending"; percent: number };
/** `correction`: how the file was corrected in the browser (#15); counts and codes only. */
type Variables = { file: File; sha256: string; resubmissionOfId?: string | undefined; correction?: CorrectionBody | undefined };
type Created = CreateRequestResponse & { sha256: string };

/**
 * The three steps of an upload: declare the file (the request), send the bytes (tus,
 * resumable), ask the server to verify them. A retry after a lost connection reuses the
 * request already declared and resumes the bytes; a refused verification starts afresh.
 */
export function useUploadFile({ onUploaded }: { onUploaded: (request: RequestDetail) => void }) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadStage | null>(null);
  const created = useRef<Created | null>(null);
  const controller = useRef<AbortController | null>(null);

  const mutation = useMutation({
    mutationFn: async ({ file, sha256, resubmissionOfId, correction }: Variables) => {
      const run = new AbortController();
      controller.current = run;
      let target = created.current?.sha256 === sha256 ? created.current : null;
      if (!target) {
        setProgress({ stage: "creating" });
        const body: CreateRequestBody = { fileName: file.name, fileSize: file.size, sha256, ...(resubmissionOfId ? { resubmissionOfId } : {}), ...(correction ? { correction } : {}) };
        target = { ...(await fetchJson<CreateRequestResponse>("/api/requests", { method: "POST", json: body, signal: run.signal })), sha256 };
        created.current = target;
      }
      setProgress({ stage: "sending", percent: 0 });
      await sendWithTus(file, target, { signal: run.signal, onProgress: (percent) => setProgress({ stage: "sending", percent }) });
      setProgress({ stage: "verifying" });
      try {
        return await fetchJson<RequestDetail>(`/api/requests/${encodeURIComponent(target.id)}/complete`, { method: "POST", signal: run.signal });
      } catch (error) {
        // A refused file is discarded by the server together with its request: a retry must declare a new one.
        if (refusedByServer(error)) created.current = null;
        throw error;
      }
    },
    onSuccess: (request) => {
      created.current = null;
      void queryClient.invalidateQueries({ queryKey: requestKeys.all });
      onUploaded(request);
    },
    onSettled: () => setProgress(null),
  });

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { mutation, progress, cancel };
}
