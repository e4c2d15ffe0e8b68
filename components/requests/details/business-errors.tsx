import type { BusinessError } from "@/lib/digitization/client/model";
import { useTranslations } from "next-intl";
import { Ltr } from "@/components/ui/ltr";
import { businessErrorText } from "./business-error-text";

/** Each business error as its code (left to right, kept whole) beside what it means, in the user's language. */
export function BusinessErrors({ errors }: { errors: BusinessError[] }) {
  const t = useTranslations("details");
  const tAll = useTranslations();
  if (errors.length === 0) return <>—</>;
  return (
    <ul className="space-y-1">
      {errors.map((e, i) => (
        <li key={i}>
          <Ltr className="whitespace-nowrap font-mono text-xs font-semibold text-red-800">{e.error}</Ltr>{" "}
          <span>{businessErrorText(e.error, e.message, tAll) ?? t("noMessage")}</span>
          {e.step && <span className="text-xs text-slate-600"> {t("atStep", { step: "" })}<Ltr>{e.step}</Ltr></span>}
        </li>
      ))}
    </ul>
  );
}
