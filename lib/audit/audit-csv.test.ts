import { describe, expect, it } from "vitest";
import { AUDIT_CSV_COLUMNS, auditCsvHeader, auditCsvRow } from "./audit-csv";
import type { AuditEventDto } from "./contracts";

const entry: AuditEventDto = {
  id: "7", at: "2026-01-02T03:04:05.000Z", actorId: null, actorEmail: "=HYPERLINK(\"x\")@evil.example", organizationId: null,
  organizationName: "Alpha, Bank", action: "admin.user.created", targetType: "user", targetId: "u1", outcome: "SUCCESS",
  sourceIp: null, requestId: "r", details: { email: "+1@x.example" },
};

describe("audit CSV", () => {
  it("has one column per field and neutralises formulas in every cell", () => {
    expect(auditCsvHeader()).toBe(`${AUDIT_CSV_COLUMNS.join(",")}\r\n`);
    const line = auditCsvRow(entry);
    expect(line).toContain(`"'=HYPERLINK(""x"")@evil.example"`);
    expect(line).toContain(`"Alpha, Bank"`);
    expect(line.endsWith("\r\n")).toBe(true);
  });
});
