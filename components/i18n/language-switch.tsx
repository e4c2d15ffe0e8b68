"use client";
import { useRouter } from "next/navigation";
import { useId, useTransition } from "react";
import { useLocale } from "next-intl";
import { fetchJson } from "@/lib/http/fetch-json";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_NAMES, LOCALES, directionOf, isLocale, languageOf } from "@/lib/i18n/config";

/**
 * English / العربية. The choice is a long-lived cookie the server reads on every request, so it
 * is remembered across sign-outs; the page re-renders on the server in the new language.
 * The label is bilingual: someone who cannot read the current language can still find it.
 */
export function LanguageSwitch({ className = "", signedIn = false }: { className?: string; signedIn?: boolean }) {
  const locale = languageOf(useLocale());
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();

  function choose(next: string) {
    if (!isLocale(next) || next === locale) return;
    const secure = window.location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `${LOCALE_COOKIE}=${next}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure}`;
    document.documentElement.lang = next;
    document.documentElement.dir = directionOf(next);
    // Signed in: the account remembers it too, for e-mails. Not fatal if it fails: the page
    // still switches, and the next sign-in records the cookie's language.
    if (signedIn) {
      fetchJson("/api/account/language", { method: "PUT", json: { language: next } }).catch((error: unknown) => console.error("The language was not saved to the account", error));
    }
    startTransition(() => router.refresh());
  }

  return (
    <div className={`flex items-center gap-2 text-sm ${className}`}>
      <label htmlFor={id} className="text-slate-700">
        <span lang="en">Language</span> / <span lang="ar">اللغة</span>
      </label>
      <select
        id={id}
        value={locale}
        aria-busy={pending}
        onChange={(event) => choose(event.target.value)}
        className="rounded-md border border-slate-400 bg-white px-2 py-1 text-slate-900"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>
        ))}
      </select>
    </div>
  );
}
