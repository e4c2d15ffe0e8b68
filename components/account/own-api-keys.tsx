"use client";
import { ApiKeyTable } from "@/components/admin/api-keys/api-key-table";
import { useOwnApiKeys } from "@/components/admin/api-keys/use-api-keys";
import { FormAlert } from "@/components/admin/shared/form-alert";
import { useErrorText } from "@/components/ui/error-text";
import { useTranslations } from "next-intl";

/** Read-only: an approver sees which key their organization's batches run under, never the key itself. */
export function OwnApiKeys() {
  const t = useTranslations("account");
  const errorText = useErrorText();
  const { data, error, isPending } = useOwnApiKeys();
  if (isPending) return <p className="mt-4 text-sm text-slate-600">{t("loadingKeys")}</p>;
  if (error) return <FormAlert message={errorText(error)} />;
  return <ApiKeyTable keys={data.keys} showOrganization={false} />;
}
