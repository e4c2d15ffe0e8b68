import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes } from "react";

type Common = { label: string; error?: string | null | undefined; hint?: ReactNode };

const control = "mt-1 block w-full rounded-md border px-3 py-2 text-sm shadow-sm";
const border = (error: unknown) => (error ? "border-red-600" : "border-slate-300");

/** A labelled input whose hint and error are tied to it (aria-describedby), so both are read out. */
export function InputField({ label, error, hint, className = "", ...props }: Common & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={`${control} ${border(error)}`} {...props} />
      <Help id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({ label, error, hint, className = "", children, ...props }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={`${control} bg-white ${border(error)}`} {...props}>
        {children}
      </select>
      <Help id={id} error={error} hint={hint} />
    </div>
  );
}

function describedBy(id: string, error: unknown, hint: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Help({ id, error, hint }: { id: string; error?: string | null | undefined; hint?: ReactNode }) {
  return (
    <>
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p>}
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p>}
    </>
  );
}
