import { formatDateTime } from "@/components/requests/format";
import type { CustomerResultDto, ProfileField } from "@/lib/batches/contracts";
import { RevealEid } from "./reveal-eid";

type Profile = Extract<CustomerResultDto, { kind: "profile" }>;

function show(value: ProfileField["value"]): string {
  if (value === null) return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

/** The profile's sections as label/value lists; the Emirates ID masked, with an audited reveal. */
export function CustomerProfile({ requestId, profile, canReveal }: { requestId: string; profile: Profile; canReveal: boolean }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Customer <span className="font-medium text-slate-900">{profile.customerId}</span>
        {profile.digitisedOn && ` · digitised ${formatDateTime(profile.digitisedOn)}`}
        {profile.biometricCompleted !== null && ` · biometrics ${profile.biometricCompleted ? "completed" : "not completed"}`}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        {profile.sections.map((section) => (
          <section key={section.key} aria-labelledby={`profile-${section.key}`} className="rounded-md border border-slate-200 p-4">
            <h3 id={`profile-${section.key}`} className="font-semibold">{section.title}</h3>
            <dl className="mt-2 divide-y divide-slate-100 text-sm">
              {section.fields.map((f) => (
                <div key={f.key} className="grid grid-cols-2 gap-3 py-1.5">
                  <dt className="text-slate-500">{f.label}</dt>
                  <dd className="break-words">
                    {f.key === "emiratesIdNumber" && section.key === "residenceInfo" ? (
                      <RevealEid requestId={requestId} customerId={profile.customerId} masked={profile.emiratesIdMasked} canReveal={canReveal} />
                    ) : (
                      show(f.value)
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
