import type { BusinessError } from "@/lib/digitization/client/model";
import { useTranslations } from "@/lib/i18n/client";

/** Each business error as its code (left to right, kept whole) beside its readable message. */
export function BusinessErrors({ errors }: { errors: BusinessError[] }) {
  const t = useTranslations("details");
  if (errors.length === 0) return <>—</>;
  return (
    <ul className="space-y-1">
      {errors.map((e, i) => (
        <li key={i}>
          <span dir="ltr" className="whitespace-nowrap font-mono text-xs font-semibold text-red-800">{e.error}</span>{" "}
          <bdi>{e.message ?? t("noMessage")}</bdi>
          {e.step && <span className="text-xs text-slate-600"> {t("atStep", { step: e.step })}</span>}
        </li>
      ))}
    </ul>
  );
}
