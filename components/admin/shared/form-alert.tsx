/** Announced as soon as it appears (role="alert"); nothing is rendered without a message. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">{message}</p>;
}

export function FormStatus({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">{message}</p>;
}
