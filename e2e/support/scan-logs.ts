import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { MAIL_DIR, readMailbox } from "./mailbox";
import { findPersonalData, type Finding } from "./personal-data-patterns";
import { E2E_SERVERS } from "./sandbox-url";
import { scanDatabase } from "./scan-database";
import { stopPortal } from "./stop-portal";

// Personal data and secrets must never reach a log, nor an error or audit text. After the whole
// e2e run (every journey uploads real-looking customers and uses real keys), each server is
// stopped, then its whole log (LOG_LEVEL=info) and its database's free-text columns are searched.

export default async function scanLogs(config: FullConfig) {
  const root = path.dirname(config.configFile ?? path.resolve("playwright.config.ts"));
  const findings: Finding[] = [];
  const scanned: string[] = [];
  for (const server of E2E_SERVERS) {
    // Stopped first: the log is then complete (scanDatabase starts its embedded PostgreSQL again).
    await stopPortal(server.port);
    const log = await readFile(path.resolve(root, server.log), "utf8").catch(() => null);
    if (log === null) throw new Error(`No server log at ${server.log}: the scan for personal data could not run`);
    // The demo banner prints the demo password on purpose, once, at start.
    const body = log.replace(/all use the password Demo-Passw0rd!\./g, "");
    const { findings: inDatabase, rowsScanned } = await scanDatabase(path.resolve(root, server.dataDir));
    findings.push(...findPersonalData(server.log, body), ...inDatabase);
    scanned.push(`server ${server.name}: ${Math.round(body.length / 1024)} KiB of log, rows ${JSON.stringify(rowsScanned)}`);
  }
  // Every e-mail the portal sent during the run: subject, text and HTML.
  const mails = await readMailbox(path.resolve(root, MAIL_DIR));
  mails.forEach((m, i) => findings.push(...findPersonalData(`e-mail ${i + 1} of ${MAIL_DIR}`, `${m.subject ?? ""}\n${m.text ?? ""}\n${m.html || ""}`)));

  if (findings.length) {
    const lines = findings.map((f) => `  - ${f.what} in ${f.where} (at offset ${f.offset})`);
    throw new Error(`Personal data or keys were written where they must never be:\n${lines.join("\n")}`);
  }
  console.log(`Personal-data scan: clean (${scanned.join("; ")}; ${mails.length} e-mails).`);
}
