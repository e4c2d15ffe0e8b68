import { useId } from "react";

type Option = { value: string; label: string };
type Props = { label: string; value: string | undefined; allLabel: string; options: readonly Option[]; onChange: (value: string | undefined) => void };

/** A labelled select where the empty choice means "no filter". */
export function FilterSelect({ label, value, allLabel, options, onChange }: Props) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">{label}</label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value || undefined)}
        className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}
