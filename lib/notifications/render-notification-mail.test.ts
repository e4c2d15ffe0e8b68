import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "./events";
import { renderNotificationMail } from "./render-notification-mail";

const requestId = "0b7d9a52-5f0e-4a57-9a39-3c1f6f0f2b11";
const values = { fileName: "Q1 <customers> & co.csv", rows: 3, reason: "Wrong template", total: 3, successful: 2, failed: 1 };

describe("notification e-mails", () => {
  it.each(NOTIFICATION_KINDS.flatMap((kind) => (["en", "ar"] as const).map((locale) => [kind, locale] as const)))("word %s in %s from the catalogues, with the link and every value escaped", (kind, locale) => {
    const mail = renderNotificationMail({ kind, values, requestId, locale, portalUrl: "https://portal.bank.example/" });
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toMatch(/\{\w+|kinds\.|notifications\./);
      expect(part.length).toBeGreaterThan(10);
    }
    expect(mail.text).toContain(`https://portal.bank.example/population-migration/${requestId}`);
    expect(mail.html).toContain(`<html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}">`);
    expect(mail.html).toContain("<bdi>Q1 &#60;customers&#62; &#38; co.csv</bdi>");
    expect(mail.html).not.toContain("<customers>");
  });

  it("tells an uploader their request expired, in both languages", () => {
    const en = renderNotificationMail({ kind: "request.expired", values: { fileName: "march.csv" }, requestId, locale: "en", portalUrl: "http://localhost:3000" });
    expect(en.subject).toBe("KYC Portal: Your file's approval expired");
    expect(en.text).toContain("Nobody decided on it in time. You may upload it again.");
    const ar = renderNotificationMail({ kind: "request.expired", values: { fileName: "march.csv" }, requestId, locale: "ar", portalUrl: "http://localhost:3000" });
    expect(ar.subject).toBe("بوابة اعرف عميلك: انتهت مهلة الموافقة على ملفك");
  });

  it("names no file for a platform administrator's notification, only the request", () => {
    const mail = renderNotificationMail({ kind: "submission.needs-attention", values: {}, requestId, locale: "en", portalUrl: "http://localhost:3000" });
    expect(mail.text).not.toContain("File:");
    expect(mail.text).toContain(`Request: ${requestId}`);
  });
});
