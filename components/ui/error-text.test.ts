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
