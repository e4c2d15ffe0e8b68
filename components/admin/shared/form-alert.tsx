import { ApiError } from "@/lib/http/fetch-json";

/** What to tell the user about a failed call: the server's own message for the errors it expects. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.status >= 500 && error.requestId ? `${error.message} (reference ${error.requestId})` : error.message;
  return "Something went wrong. Check your connection and try again.";
}

/** Announced as soon as it appears (role="alert"); nothing is rendered without a message. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">{message}</p>;
}

export function FormStatus({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">{message}</p>;
}
