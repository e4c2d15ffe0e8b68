import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-semibold">Access denied</h1>
      <p className="mt-3 text-slate-600">Your role does not allow you to open this page. If you need access, ask a platform administrator.</p>
      <Link href="/population-migration" className="mt-6 inline-block text-brand-700 underline">Back to Population Migration</Link>
    </main>
  );
}
