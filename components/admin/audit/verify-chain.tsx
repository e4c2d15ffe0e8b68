"use client";
import { Button } from "@/components/ui/button";
import { FormAlert } from "../shared/form-alert";
import { useErrorText } from "@/components/ui/error-text";
import { useVerifyChain } from "./use-audit";
import { useTranslations } from "next-intl";

/** Recomputes the whole hash chain on the server and says whether it is intact. */
export function VerifyChain() {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const verify = useVerifyChain();
  const result = verify.data;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" onClick={() => verify.mutate()} disabled={verify.isPending}>{verify.isPending ? t("verifying") : t("verifyChain")}</Button>
      <p role="status" className={`whitespace-pre-line break-all text-sm ${result && !result.intact ? "font-medium text-red-700" : "text-slate-700"}`} data-testid="chain-status">
        {!result ? "" : result.intact ? t("chainIntact", { entries: result.entries }) : t("chainBroken", { id: result.brokenId ?? "", reason: result.brokenReason ?? "content", entries: result.entries })}
      </p>
      <FormAlert message={verify.error ? errorText(verify.error) : null} />
    </div>
  );
}
