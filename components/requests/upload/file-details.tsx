import type { ValidationReport } from "@/lib/csv/validation-report";
import { Ltr } from "@/components/ui/ltr";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";

export function FileDetails({ file, report }: { file: File; report: ValidationReport }) {
  const t = useTranslations("upload");
  const f = useFormat();
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-slate-600">{t("file")}</dt>
      <dd className="break-all font-medium"><bdi>{file.name}</bdi></dd>
      <dt className="text-slate-600">{t("size")}</dt>
      <dd><bdi>{f.bytes(file.size)}</bdi></dd>
      <dt className="text-slate-600">{t("records")}</dt>
      <dd>{f.count(report.rows)}</dd>
      <dt className="text-slate-600">SHA-256</dt>
      <dd className="break-all font-mono text-xs"><Ltr>{report.sha256}</Ltr></dd>
    </dl>
  );
}
