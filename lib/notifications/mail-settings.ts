import "server-only";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { getEnv } from "@/lib/config/env";

/** E-mail is on exactly when SMTP_URL is set; otherwise nothing is enqueued and administrators are told. */
export function mailEnabled(): boolean {
  return Boolean(getEnv().SMTP_URL);
}

/**
 * SMTP_URL as nodemailer's options, read with the WHATWG URL parser: handing nodemailer the URL
 * itself makes it call Node's deprecated url.parse (a DEP0169 warning in every worker's log).
 * `smtps:` is TLS from the start; `smtp:` upgrades with STARTTLS when the server offers it.
 */
export function smtpOptionsOf(smtpUrl: string): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
  };
}
