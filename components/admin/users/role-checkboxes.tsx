import { useId } from "react";
import type { RoleName } from "@/lib/admin/users/contracts";
import { useTranslations } from "next-intl";

type Props = { roles: readonly RoleName[]; checked?: readonly RoleName[]; error?: string | undefined; legend?: string };

/** The roles as a group of checkboxes named "roles"; the legend labels the group, the error describes it. */
export function RoleCheckboxes({ roles, checked = [], error, legend }: Props) {
  const t = useTranslations("admin");
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-700">{legend ?? t("roles")}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {roles.map((role) => (
          <label key={role} className="inline-flex items-center gap-2 text-sm">
            <input type="checkbox" name="roles" value={role} defaultChecked={checked.includes(role)} className="size-4" />
            {t(`role_${role}`)}
          </label>
        ))}
      </div>
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p>}
    </fieldset>
  );
}
