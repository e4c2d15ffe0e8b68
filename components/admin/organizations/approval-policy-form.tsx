"use client";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/error-text";
import { approvalPolicyBody, type OrganizationDto } from "@/lib/admin/organizations/contracts";
import { InputField } from "../shared/field";
import { useFieldErrors, type FieldErrors } from "../shared/field-errors";
import { FormAlert } from "../shared/form-alert";
import { useSetApprovalPolicy } from "./use-organizations";

const RULES = [
  { name: "secondApproverAboveRows", label: "secondApproverAbove", hint: "secondApproverHint" },
  { name: "expiryDays", label: "expiryDays", hint: "expiryHint" },
  { name: "controlTotalAboveRows", label: "controlTotalAbove", hint: "controlTotalAboveHint" },
] as const;

/** An empty box turns the rule off (null); anything else must be a whole number. */
function ruleValue(raw: FormDataEntryValue | null): number | null | string {
  const text = String(raw ?? "").trim();
  if (text === "") return null;
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** The organization's approval policy: three rules, each off when left empty. */
export function ApprovalPolicyForm({ organization }: { organization: OrganizationDto }) {
  const t = useTranslations("approvals");
  const ta = useTranslations("admin");
  const errorText = useErrorText();
  const { fieldErrors, summarize } = useFieldErrors();
  const save = useSetApprovalPolicy(organization.id);
  const [errors, setErrors] = useState<FieldErrors>({});
  const policy = organization.approvalPolicy;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(RULES.map((r) => [r.name, ruleValue(data.get(r.name))]));
    const notNumbers = RULES.filter((r) => typeof values[r.name] === "string");
    if (notNumbers.length) return setErrors(Object.fromEntries(notNumbers.map((r) => [r.name, t("notWholeNumber")])));
    const parsed = approvalPolicyBody.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    save.mutate(parsed.data);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("policyTitle")} className="mt-4 space-y-3 border-t border-slate-200 pt-4">
      <h3 className="text-sm font-semibold">{t("policyTitle")}</h3>
      <p className="text-xs text-slate-600">{t("policyIntro")}</p>
      <div className="grid gap-3 md:grid-cols-3">
        {RULES.map((rule) => (
          <InputField
            key={rule.name}
            label={t(rule.label)}
            name={rule.name}
            inputMode="numeric"
            defaultValue={policy[rule.name] ?? ""}
            error={errors[rule.name]}
            hint={t(rule.hint)}
          />
        ))}
      </div>
      <FormAlert message={summarize(errors) ?? (save.error ? errorText(save.error) : null)} />
      {save.isSuccess && <p role="status" className="text-sm text-green-800">{t("policySaved", { version: save.data.approvalPolicy.version })}</p>}
      <Button type="submit" disabled={save.isPending}>{save.isPending ? ta("saving") : t("savePolicy")}</Button>
    </form>
  );
}
