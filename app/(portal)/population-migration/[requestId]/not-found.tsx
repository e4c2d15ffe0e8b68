import Link from "next/link";

export default function RequestNotFound() {
  return (
    <section className="mx-auto max-w-lg py-10 text-center">
      <h1 className="text-2xl font-semibold">Request not found</h1>
      <p className="mt-3 text-slate-600">It does not exist, or it belongs to another organization.</p>
      <Link href="/population-migration" className="mt-6 inline-block text-brand-700 underline">Back to Population Migration Requests</Link>
    </section>
  );
}
