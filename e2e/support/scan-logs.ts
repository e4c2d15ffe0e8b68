import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { MAIL_DIR, readMailbox } from "./mailbox";
import { findPersonalData } from "./personal-data-patterns";
import { scanDatabase } from "./scan-database";
import { stopPortal } from "./stop-portal";

// Personal data and secrets must never reach a log, nor an error or audit text. After the whole
// e2e run (every journey uploads real-looking customers and uses real keys), the server is
// stopped, then its whole log (LOG_LEVEL=info) and the database's free-text columns are searched.
export const PORTAL_LOG = ".data/e2e-portal.log";
export const E2E_DATA_DIR = ".data/e2e";

function portOf(config: FullConfig): number {
  const url = config.webServer?.url ?? config.projects[0]?.use.baseURL;
  if (!url) throw new Error("The e2e server's address is unknown: the scan for personal data could not run");
  return Number(new URL(url).port);
}

export default async function scanLogs(config: FullConfig) {
  const root = path.dirname(config.configFile ?? path.resolve("playwright.config.ts"));
  // Stopped first: the log is then complete (scanDatabase starts its embedded PostgreSQL again).
  await stopPortal(portOf(config));

  const logFile = path.resolve(root, PORTAL_LOG);
  const log = await readFile(logFile, "utf8").catch(() => null);
  if (log === null) throw new Error(`No server log at ${PORTAL_LOG}: the scan for personal data could not run`);
  // The demo banner prints the demo password on purpose, once, at start.
  const body = log.replace(/all use the password Demo-Passw0rd!\./g, "");
  const { findings, rowsScanned } = await scanDatabase(path.resolve(root, E2E_DATA_DIR));
  findings.unshift(...findPersonalData(PORTAL_LOG, body));
  // Every e-mail the portal sent during the run: subject, text and HTML.
  const mails = await readMailbox(path.resolve(root, MAIL_DIR));
  mails.forEach((m, i) => findings.push(...findPersonalData(`e-mail ${i + 1} of ${MAIL_DIR}`, `${m.subject ?? ""}\n${m.text ?? ""}\n${m.html || ""}`)));

  if (findings.length) {
    const lines = findings.map((f) => `  - ${f.what} in ${f.where} (at offset ${f.offset})`);
    throw new Error(`Personal data or keys were written where they must never be:\n${lines.join("\n")}`);
  }
  console.log(`Personal-data scan: clean (${Math.round(body.length / 1024)} KiB of log; rows ${JSON.stringify(rowsScanned)}; ${mails.length} e-mails).`);
}
