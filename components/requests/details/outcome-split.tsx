"use client";
import { useTranslations } from "next-intl";

const percent = (n: number, total: number) => (total > 0 ? Math.round((n / total) * 1000) / 10 : 0);

/** One stacked bar of successful vs failed records, with the numbers as text beside it. */
export function OutcomeSplit({ successful, failed }: { successful: number; failed: number }) {
  const t = useTranslations("details");
  const total = successful + failed;
  return (
    <div>
      <h3 className="mb-2 font-semibold">{t("successAndFailure")}</h3>
      <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="h-5 w-full overflow-hidden rounded rtl:-scale-x-100" aria-hidden="true">
        <rect x="0" y="0" width="100" height="6" className="fill-slate-200" />
        <rect x="0" y="0" width={percent(successful, total)} height="6" className="fill-green-600" />
        <rect x={percent(successful, total)} y="0" width={percent(failed, total)} height="6" className="fill-red-500" />
      </svg>
      <ul className="mt-2 flex flex-wrap gap-x-6 text-sm">
        <li><span aria-hidden="true" className="me-1 inline-block h-3 w-3 rounded-sm bg-green-600" />{t("successfulN", { n: successful, p: percent(successful, total) })}</li>
        <li><span aria-hidden="true" className="me-1 inline-block h-3 w-3 rounded-sm bg-red-500" />{t("failedN", { n: failed, p: percent(failed, total) })}</li>
      </ul>
    </div>
  );
}
