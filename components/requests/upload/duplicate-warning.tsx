import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import type { DuplicateCheckResponse } from "@/lib/requests/contracts";

type Duplicate = DuplicateCheckResponse["duplicates"][number];

/** The same bytes were already uploaded: the platform must never receive a file twice. */
export function DuplicateWarning({ duplicates }: { duplicates: Duplicate[] }) {
  const t = useTranslations("upload");
  const f = useFormat();
  if (!duplicates.length) return null;
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
      <p className="font-semibold">{t("dupTitle")}</p>
      <ul className="mt-1 list-disc ps-5">
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/population-migration/${encodeURIComponent(d.id)}`} className="font-medium underline"><bdi>{d.fileName}</bdi></Link>
            {" — "}{t.has(`dup_${d.status}`) ? t(`dup_${d.status}`) : d.status}, {t("dupUploaded", { when: f.dateTime(d.createdAt) })}
          </li>
        ))}
      </ul>
      <p className="mt-1">{t("dupHint")}</p>
    </div>
  );
}
