import { ApiError } from "@/lib/http/fetch-json";

export function ListError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <div role="alert" className="m-4 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-800">
      <p className="font-medium">The requests could not be loaded.</p>
      <p className="mt-1">{error.message}</p>
      {requestId && <p className="mt-1 text-xs">Reference: <span className="font-mono">{requestId}</span></p>}
      <button type="button" onClick={onRetry} className="mt-2 font-medium underline">Try again</button>
    </div>
  );
}

export function ListEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return (
    <div className="p-10 text-center text-sm text-slate-600">
      <p className="font-medium text-slate-800">{filtered ? "No requests match these filters." : "No requests yet."}</p>
      {filtered ? (
        <button type="button" onClick={onClear} className="mt-2 font-medium text-brand-700 underline">Clear filters</button>
      ) : (
        <p className="mt-1">Uploaded files appear here with their approval and batch status.</p>
      )}
    </div>
  );
}
