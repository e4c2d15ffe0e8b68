// use-intl's core (the library under next-intl, pinned to next-intl's version): no React, so the
// mail job also runs in the standalone worker, whose react-server React has no hooks.
import { createTranslator } from "use-intl/core";
import { directionOf, INTL_LOCALES, TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { FORMATS } from "@/lib/i18n/formats";
import ar from "@/lib/i18n/messages/ar.json";
import en from "@/lib/i18n/messages/en.json";
import { KIND_MESSAGE_KEYS, messageArguments, type NotificationKind, type NotificationValues } from "./events";

const MESSAGES = { en, ar } satisfies Record<Locale, typeof en>;

export type NotificationMail = { subject: string; text: string; html: string };

type Input = { kind: NotificationKind; values: NotificationValues; requestId: string; locale: Locale; portalUrl: string };

/**
 * A notification as an e-mail in its recipient's language: the same title and sentence as the
 * bell (the `notifications` catalogue), framed by the `mail` catalogue, as plain text and as
 * HTML (right to left in Arabic), with a link to the request. The file name is the bank's own
 * and shown isolated; no customer data exists in the values to show.
 */
export function renderNotificationMail({ kind, values, requestId, locale, portalUrl }: Input): NotificationMail {
  const options = { locale: INTL_LOCALES[locale], messages: MESSAGES[locale], formats: FORMATS, timeZone: TIME_ZONE };
  const tn = createTranslator({ ...options, namespace: "notifications" });
  const tm = createTranslator({ ...options, namespace: "mail" });
  const key = KIND_MESSAGE_KEYS[kind];
  const args = messageArguments(values);
  const title = tn(`kinds.${key}.title`, args);
  const sentence = tn(`kinds.${key}.body`, args);
  const link = `${portalUrl.replace(/\/$/, "")}/population-migration/${encodeURIComponent(requestId)}`;
  const facts: [string, string][] = [];
  if (values.fileName !== undefined) facts.push([tn("fileLabel"), values.fileName]);
  facts.push([tn("requestLabel"), requestId]);
  if (values.reason !== undefined) facts.push([tn("reasonLabel"), values.reason]);

  const text = [
    tm("greeting"),
    "",
    sentence,
    "",
    ...facts.map(([label, value]) => `${label}: ${value}`),
    "",
    `${tm("openRequest")}: ${link}`,
    "",
    tm("footer"),
  ].join("\n");

  const dir = directionOf(locale);
  const html = `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body dir="${dir}" style="font-family: Arial, sans-serif; color: #0f172a; text-align: ${dir === "rtl" ? "right" : "left"}">
<p>${escapeHtml(tm("greeting"))}</p>
<p>${escapeHtml(sentence)}</p>
<table role="presentation">${facts.map(([label, value]) => `<tr><td>${escapeHtml(label)}</td><td><bdi>${escapeHtml(value)}</bdi></td></tr>`).join("")}</table>
<p><a href="${escapeHtml(link)}">${escapeHtml(tm("openRequest"))}</a></p>
<p style="color: #475569; font-size: 12px">${escapeHtml(tm("footer"))}</p>
</body>
</html>`;
  return { subject: `${tm("subjectPrefix")} ${title}`, text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
