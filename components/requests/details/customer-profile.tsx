import type { CustomerResultDto, ProfileField } from "@/lib/batches/contracts";
import { RevealEid } from "./reveal-eid";
import { useTranslations } from "@/lib/i18n/client";
import { useFormat } from "@/lib/i18n/use-format";
import type { Translator } from "@/lib/i18n/translate";

type Profile = Extract<CustomerResultDto, { kind: "profile" }>;

function show(value: ProfileField["value"], t: Translator): string {
  if (value === null) return "—";
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  return String(value);
}

/** The profile's sections as label/value lists; the Emirates ID masked, with an audited reveal. */
export function CustomerProfile({ requestId, profile, canReveal }: { requestId: string; profile: Profile; canReveal: boolean }) {
  const t = useTranslations("details");
  const f = useFormat();
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        {t("customerLabel", { id: "" })}<bdi className="font-medium text-slate-900">{profile.customerId}</bdi>
        {profile.digitisedOn && t("digitised", { when: f.dateTime(profile.digitisedOn) })}
        {profile.biometricCompleted !== null && t(profile.biometricCompleted ? "biometricsDone" : "biometricsNotDone")}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        {profile.sections.map((section) => (
          <section key={section.key} aria-labelledby={`profile-${section.key}`} className="rounded-md border border-slate-200 p-4">
            <h3 id={`profile-${section.key}`} className="font-semibold">{section.title}</h3>
            <dl className="mt-2 divide-y divide-slate-100 text-sm">
              {section.fields.map((field) => (
                <div key={field.key} className="grid grid-cols-2 gap-3 py-1.5">
                  <dt className="text-slate-600">{field.label}</dt>
                  <dd className="break-words">
                    {field.key === "emiratesIdNumber" && section.key === "residenceInfo" ? (
                      <RevealEid requestId={requestId} customerId={profile.customerId} masked={profile.emiratesIdMasked} canReveal={canReveal} />
                    ) : (
                      <bdi>{show(field.value, t)}</bdi>
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
