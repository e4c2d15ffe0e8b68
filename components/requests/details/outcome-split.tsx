import { formatCount } from "@/components/requests/format";

const percent = (n: number, total: number) => (total > 0 ? Math.round((n / total) * 1000) / 10 : 0);

/** One stacked bar of successful vs failed records, with the numbers as text beside it. */
export function OutcomeSplit({ successful, failed }: { successful: number; failed: number }) {
  const total = successful + failed;
  return (
    <div>
      <h3 className="mb-2 font-semibold">Success and failure</h3>
      <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="h-5 w-full overflow-hidden rounded" aria-hidden="true">
        <rect x="0" y="0" width="100" height="6" className="fill-slate-200" />
        <rect x="0" y="0" width={percent(successful, total)} height="6" className="fill-green-600" />
        <rect x={percent(successful, total)} y="0" width={percent(failed, total)} height="6" className="fill-red-500" />
      </svg>
      <ul className="mt-2 flex flex-wrap gap-x-6 text-sm">
        <li><span aria-hidden="true" className="me-1 inline-block h-3 w-3 rounded-sm bg-green-600" />Successful: {formatCount(successful)} ({percent(successful, total)}%)</li>
        <li><span aria-hidden="true" className="me-1 inline-block h-3 w-3 rounded-sm bg-red-500" />Failed: {formatCount(failed)} ({percent(failed, total)}%)</li>
      </ul>
    </div>
  );
}
