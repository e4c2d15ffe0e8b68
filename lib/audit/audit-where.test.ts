import { describe, expect, it } from "vitest";
import { auditWhere, describeFilter } from "./audit-where";
import { listAuditQuery } from "./contracts";

describe("audit filter", () => {
  it("reads whole UAE days (the times the log shows), the end day included, and matches actions by prefix", () => {
    const query = listAuditQuery.parse({ from: "2026-03-01", to: "2026-03-01", action: "admin.user.", actor: "Admin@", organizationId: "" });
    expect(auditWhere(query)).toEqual({
      actorEmail: { contains: "Admin@", mode: "insensitive" },
      action: { startsWith: "admin.user." },
      at: { gte: new Date("2026-02-28T20:00:00.000Z"), lt: new Date("2026-03-01T20:00:00.000Z") },
    });
    expect(describeFilter(query)).not.toHaveProperty("organizationId");
  });

  it("treats empty form fields as 'any' and refuses reversed or malformed ranges", () => {
    expect(auditWhere(listAuditQuery.parse({ organizationId: "", outcome: "", from: "", to: "" }))).toEqual({});
    expect(listAuditQuery.safeParse({ from: "2026-03-02", to: "2026-03-01" }).success).toBe(false);
    expect(listAuditQuery.safeParse({ from: "01/03/2026" }).success).toBe(false);
    expect(listAuditQuery.safeParse({ pageSize: "1000" }).success).toBe(false);
  });
});
