import { describe, expect, it } from "vitest";
import type { ValidationReport } from "@/lib/csv/validation-report";
import { flowAnnouncement } from "./flow-announcement";

const file = { name: "customers.csv" } as File;
const report = { rows: 2, validRows: 2, errorCount: 0, warningCount: 0 } as ValidationReport;

describe("flowAnnouncement", () => {
  it("announces the check starting and finishing, not its percentages", () => {
    expect(flowAnnouncement({ status: "running", file, percent: 10 }, null)).toEqual({ key: "announceChecking", name: "customers.csv" });
    expect(flowAnnouncement({ status: "running", file, percent: 70 }, null)).toEqual({ key: "announceChecking", name: "customers.csv" });
    expect(flowAnnouncement({ status: "done", file, report }, null)).toEqual({ key: "announceDone" });
  });
  it("announces the upload stages over the check", () => {
    const done = { status: "done", file, report } as const;
    expect(flowAnnouncement(done, { stage: "sending", percent: 40 })).toEqual({ key: "announceSending" });
    expect(flowAnnouncement(done, { stage: "verifying" })).toEqual({ key: "announceVerifying" });
  });
  it("stays quiet when idle", () => expect(flowAnnouncement({ status: "idle" }, null)).toBeNull());
});
