import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/http/fetch-json";
import { INTL_LOCALES } from "@/lib/i18n/config";
import ar from "@/lib/i18n/messages/ar.json";
import en from "@/lib/i18n/messages/en.json";
import { errorMessage } from "./error-text";

const tEn = createTranslator({ locale: INTL_LOCALES.en, messages: en, namespace: "common" });
const tAr = createTranslator({ locale: INTL_LOCALES.ar, messages: ar, namespace: "common" });

describe("API errors in the user's language", () => {
  it("words a known code from the catalogue, with the details' values", () => {
    const taken = new ApiError(409, "EMAIL_TAKEN", "A user with the email a@b.example already exists.", { email: "a@b.example" });
    expect(errorMessage(taken, tEn)).toBe("A user with the email a@b.example already exists.");
    expect(errorMessage(taken, tAr)).toBe("يوجد مستخدم بالبريد الإلكتروني a@b.example بالفعل.");
  });
  it("words a refused form's problems from their codes and values, in either language", () => {
    const refused = new ApiError(400, "BAD_REQUEST", "Invalid input: password tooShort", { issues: [{ field: "password", code: "tooShort", values: { minimum: 12 } }] });
    expect(errorMessage(refused, tEn)).toBe("Please correct the form: Enter at least 12 characters.");
    expect(errorMessage(refused, tAr)).toBe("يرجى تصحيح النموذج: أدخل 12 حرفًا على الأقل.");
    // A code the catalogue lacks reads as "not valid", never as the server's English.
    const unknown = new ApiError(400, "BAD_REQUEST", "Invalid input: x brandNew", { issues: [{ field: "x", code: "brandNew", values: {} }] });
    expect(errorMessage(unknown, tAr)).toBe("يرجى تصحيح النموذج: هذه القيمة غير صالحة.");
    expect(errorMessage(new ApiError(400, "BAD_REQUEST", "The request body must be valid JSON."), tAr)).not.toMatch(/[A-Za-z]/);
  });
  it("words a refused base URL by its reason", () => {
    const refused = new ApiError(400, "BASE_URL_NOT_ALLOWED", "english", { reason: "host_not_allowed", host: "evil.example", allowed: "api.example" });
    expect(errorMessage(refused, tEn)).toBe("evil.example is not an allowed Digitization API host. Use one of api.example, or ask the platform operator to add it to DIGITIZATION_ALLOWED_HOSTS.");
    expect(errorMessage(refused, tAr)).toContain("المضيف evil.example غير مسموح به");
    expect(errorMessage(new ApiError(400, "BASE_URL_NOT_ALLOWED", "english", { reason: "http_not_allowed", host: "a", allowed: "—" }), tAr)).toMatch(/^استخدم عنوانًا يبدأ بـ https/);
  });
  it("keeps the server's text for a code the catalogues do not know", () => {
    expect(errorMessage(new ApiError(400, "BRAND_NEW", "Server words"), tAr)).toBe("Server words");
  });
  it("adds the reference to a server failure, never to a refusal", () => {
    expect(errorMessage(new ApiError(500, "INTERNAL", "x", undefined, "req-1"), tEn)).toMatch(/\(reference req-1\)$/);
    expect(errorMessage(new ApiError(409, "STATE_CHANGED", "x", undefined, "req-1"), tEn)).not.toContain("req-1");
  });
  it("says the portal could not be reached when there was no answer", () => {
    expect(errorMessage(new TypeError("fetch failed"), tAr)).toMatch(/[\u0600-\u06FF]/);
  });
});
