import { useId } from "react";

/** Warnings do not block, but the uploader confirms they read them before Upload is enabled. */
export function WarningAcknowledgement({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="mt-0.5 size-4" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
