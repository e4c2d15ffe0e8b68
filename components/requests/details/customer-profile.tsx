import type { CustomerResultDto } from "@/lib/batches/contracts";
import { RevealEid } from "./reveal-eid";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { Ltr } from "@/components/ui/ltr";
import { fieldLabel, fieldValue, sectionTitle } from "./profile-text";

type Profile = Extract<CustomerResultDto, { kind: "profile" }>;

/** The profile's sections as label/value lists; the Emirates ID masked, with an audited reveal. */
export function CustomerProfile({ requestId, profile, canReveal }: { requestId: string; profile: Profile; canReveal: boolean }) {
  const t = useTranslations("details");
  const tAll = useTranslations();
  const f = useFormat();
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        {t("customerLabel", { id: "" })}<Ltr className="font-medium text-slate-900">{profile.customerId}</Ltr>
        {profile.digitisedOn && t("digitised", { when: f.dateTime(profile.digitisedOn) })}
        {profile.biometricCompleted !== null && t(profile.biometricCompleted ? "biometricsDone" : "biometricsNotDone")}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        {profile.sections.map((section) => (
          <section key={section.key} aria-labelledby={`profile-${section.key}`} className="rounded-md border border-slate-200 p-4">
            <h3 id={`profile-${section.key}`} className="font-semibold">{sectionTitle(section.key, tAll)}</h3>
            <dl className="mt-2 divide-y divide-slate-100 text-sm">
              {section.fields.map((field) => (
                <div key={field.key} className="grid grid-cols-2 gap-3 py-1.5">
                  <dt className="text-slate-600">{fieldLabel(field.key, tAll)}</dt>
                  <dd className="break-words">
                    {field.key === "emiratesIdNumber" && section.key === "residenceInfo" ? (
                      <RevealEid requestId={requestId} customerId={profile.customerId} masked={profile.emiratesIdMasked} canReveal={canReveal} />
                    ) : (
                      <bdi>{fieldValue(field.value, tAll, f, field.key)}</bdi>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}
