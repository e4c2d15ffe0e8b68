import { describe, expect, it } from "vitest";
import { smtpOptionsOf } from "./mail-settings";

describe("SMTP_URL", () => {
  it("reads host, port, TLS and percent-encoded credentials", () => {
    expect(smtpOptionsOf("smtps://mailer%40bank.example:p%3Ass%2Fword@smtp.bank.example:2465")).toEqual({
      host: "smtp.bank.example", port: 2465, secure: true, auth: { user: "mailer@bank.example", pass: "p:ss/word" },
    });
  });
  it("defaults the port by scheme and sends no credentials when none are given", () => {
    expect(smtpOptionsOf("smtp://127.0.0.1")).toEqual({ host: "127.0.0.1", port: 587, secure: false });
    expect(smtpOptionsOf("smtps://smtp.bank.example")).toMatchObject({ port: 465, secure: true });
  });
});
