"use client";
import { useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The only list state kept in the component is the text being typed; it reaches the URL
 * (and the server) once typing pauses. A URL change from elsewhere (back button) wins.
 */
export function SearchBox({ value, onSearch }: { value: string | undefined; onSearch: (q: string | undefined) => void }) {
  const t = useTranslations("list");
  const id = useId();
  const [text, setText] = useState(value ?? "");
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if ((value ?? "") !== text.trim()) setText(value ?? "");
  }

  useEffect(() => {
    const q = text.trim();
    if (q === (value ?? "")) return;
    const timer = setTimeout(() => onSearch(q || undefined), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <div className="min-w-64 flex-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">{t("search")}</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={100}
        onChange={(event) => setText(event.target.value)}
        placeholder={t("searchPlaceholder")}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
      />
    </div>
  );
}
