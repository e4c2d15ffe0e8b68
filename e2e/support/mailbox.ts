import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { E2E_PORT } from "./sandbox-url";
import { startSmtpSink } from "./smtp-sink";

// The e2e portal's SMTP server (playwright.config.ts sets its SMTP_URL here): a real SMTP server
// on loopback, started by Playwright's global setup before the first spec and kept for the run.
// Each message it accepts is stored as a file, so the specs (other processes) and the
// personal-data scan (e2e/support/scan-logs.ts) read what arrived.
export const SMTP_PORT = E2E_PORT + 2;
export const MAIL_DIR = ".data/e2e-mail";

/** Playwright's global setup: an empty mailbox and the server; what it returns is its teardown. */
export default async function startMailbox() {
  await rm(MAIL_DIR, { recursive: true, force: true });
  await mkdir(MAIL_DIR, { recursive: true });
  let count = 0;
  const sink = await startSmtpSink(SMTP_PORT, (raw) => writeFile(path.join(MAIL_DIR, `${Date.now()}-${++count}.eml`), raw));
  return () => sink.close();
}

/** Every e-mail received so far, parsed. */
export async function readMailbox(dir = MAIL_DIR): Promise<ParsedMail[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".eml")).sort();
  return Promise.all(files.map(async (f) => simpleParser(await readFile(path.join(dir, f)))));
}

/** The recipient's address of a parsed e-mail. */
export function recipientOf(mail: ParsedMail): string | undefined {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address;
}
