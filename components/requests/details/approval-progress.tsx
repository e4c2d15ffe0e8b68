"use client";
import { useTranslations } from "next-intl";
import type { RequestDetail } from "@/lib/requests/contracts";
import { useFormat } from "@/lib/i18n/use-format";

/**
 * What approving this file takes under the organization's policy: "1 of 2 approvals" and who gave
 * them, and when an undecided request expires. Nothing is shown under plain four eyes.
 */
export function ApprovalProgress({ approval }: { approval: RequestDetail["approval"] }) {
  const t = useTranslations("approvals");
  const f = useFormat();
  if (approval.required === 1 && !approval.dueAt) return null;
  return (
    <div className="space-y-1 rounded-md bg-slate-50 p-3 text-sm" data-testid="approval-progress">
      {approval.required === 2 && (
        <p className="font-medium">{t("progress", { given: approval.approvals.length, required: approval.required })}</p>
      )}
      {approval.approvals.length > 0 && (
        <ul className="list-inside list-disc text-slate-700">
          {approval.approvals.map((a) => (
            <li key={a.email}><bdi>{a.name}</bdi> · {f.dateTime(a.at)}</li>
          ))}
        </ul>
      )}
      {approval.dueAt && <p className="text-slate-700">{t("dueAt", { when: f.dateTime(approval.dueAt) })}</p>}
    </div>
  );
}
