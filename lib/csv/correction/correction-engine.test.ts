import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HEADER, TODAY, csv, eid, row, rows, validateText } from "../test-support";
import { COL } from "../template-columns";
import type { GridRow } from "./correction-api";
import { CorrectionEngine } from "./correction-engine";

const blob = (text: string) => new Blob([text]);
const codes = (r: GridRow) => r.issues.map((i) => `${i.column}:${i.code}`);
// Each call a new view of the grid (RowsQuery.view) unless a test keeps one on purpose.
let views = 0;
const view = () => ++views;

async function opened(text: string) {
  const engine = new CorrectionEngine();
  const file = await engine.open(blob(text), TODAY);
  const { rows: list } = await engine.rows({ offset: 0, limit: 1000, filter: "to-fix", view: view() });
  return { engine, file, list };
}

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());
const textOf = async (file: File) => new TextDecoder().decode(await bytesOf(file));

// Nothing of a row may reach a log: every test fails if the engine writes to the console.
const consoleSpies: ReturnType<typeof vi.spyOn>[] = [];
beforeEach(() => {
  for (const level of ["log", "info", "warn", "error", "debug"] as const) consoleSpies.push(vi.spyOn(console, level));
});
afterEach(() => {
  for (const spy of consoleSpies.splice(0)) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
});

describe("open", () => {
  it("gives the dialog's own report and keeps only the rows with issues", async () => {
    const text = csv(...rows(3), row({ customer_id: "7", eid_number: eid(50), dob: "1990-07-27" }), ...rows(2, 10));
    const { engine, file, list } = await opened(text);
    const report = await engine.report();
    expect(report).toEqual({ ...(await validateText(text)), sha256: report.sha256 });
    expect(report.sha256).toBe(createHash("sha256").update(text).digest("hex"));
    expect(file).toMatchObject({ totalRows: 6, rowsToFix: 1, errorsLeft: 1, droppedColumns: [], sourceRequestId: null });
    expect(list.map((r) => [r.rowId, r.line])).toEqual([[3, 5]]);
    expect(codes(list[0]!)).toEqual([`${COL.dob}:DATE_ISO`]);
  });

  it("reports progress, throttled, ending with the whole file", async () => {
    const text = csv(...rows(2000));
    const progress = vi.fn();
    await new CorrectionEngine().open(new Blob(Array.from({ length: 40 }, (_, i) => text.slice((i * text.length) / 40, ((i + 1) * text.length) / 40))), TODAY, progress);
    expect(progress).toHaveBeenLastCalledWith(text.length, text.length);
    expect(progress.mock.calls.length).toBeLessThan(10);
  });

  it("shows rows with only warnings under to-fix but not under errors, and they are not errors left", async () => {
    const text = csv(row({ eid_issue_date: "01/01/2015", eid_expiry_date: "01/01/2020" }));
    const { engine, file, list } = await opened(text);
    expect(file).toMatchObject({ rowsToFix: 1, errorsLeft: 0 });
    expect(codes(list[0]!)).toEqual([`${COL.expiry}:EID_EXPIRED`]);
    expect((await engine.rows({ offset: 0, limit: 10, filter: "errors", view: view() })).total).toBe(0);
  });

  it("keeps a repeat found late in the file even though the row is otherwise clean", async () => {
    const text = csv(...rows(3), row({ customer_id: "999", eid_number: eid(1) }));
    const { file, list } = await opened(text);
    expect(file.errorsLeft).toBe(1);
    expect(list.map((r) => [r.line, ...codes(r)])).toEqual([[5, `${COL.eid}:EID_DUPLICATE`]]);
  });
});

describe("edit", () => {
  it("re-checks the edited row with the same rules", async () => {
    const { engine, list } = await opened(csv(row({ dob: "31/02/1990" })));
    expect((await engine.rows({ offset: 0, limit: 10, filter: "errors", view: view() })).total).toBe(1);
    const bad = await engine.edit(list[0]!.rowId, COL.dob, "1990-07-27");
    expect(codes(bad.row)).toEqual([`${COL.dob}:DATE_ISO`]);
    expect(bad.opened.errorsLeft).toBe(1);
    const good = await engine.edit(list[0]!.rowId, COL.dob, "27/07/1993");
    expect(good.row.issues).toEqual([]);
    expect(good.row.original[COL.dob]).toBe("31/02/1990");
    expect(good.opened).toMatchObject({ errorsLeft: 0, rowsToFix: 0 });
    expect((await engine.rows({ offset: 0, limit: 10, filter: "errors", view: view() })).total).toBe(0);
    // Still listed under to-fix, so the row does not vanish under the user's cursor.
    expect((await engine.rows({ offset: 0, limit: 10, filter: "to-fix", view: view() })).total).toBe(1);
  });

  it("refuses a column or row the grid does not have", async () => {
    const { engine, list } = await opened(csv(row({ dob: "x" })));
    await expect(engine.edit(list[0]!.rowId, 8, "x")).rejects.toThrow(RangeError);
    await expect(engine.edit(12345, 0, "x")).rejects.toThrow(RangeError);
  });

  it("makes a duplicate appear and disappear, and hands a key over when its owner leaves", async () => {
    // Line 2 owns eid(0); line 3 (also a bad date) is kept; line 4 repeats line 2's EID.
    const text = csv(
      row({ customer_id: "1", eid_number: eid(0), dob: "1990-01-01" }),
      row({ customer_id: "2", eid_number: eid(1), dob: "1990-01-01" }),
      row({ customer_id: "3", eid_number: eid(0) }),
    );
    const { engine, file, list } = await opened(text);
    expect(file.errorsLeft).toBe(3);
    const [owner, other, repeat] = list;
    expect(codes(repeat!)).toEqual([`${COL.eid}:EID_DUPLICATE`]);

    // Line 3 takes line 2's EID: it becomes a repeat too.
    const appeared = await engine.edit(other!.rowId, COL.eid, eid(0));
    expect(codes(appeared.row)).toContain(`${COL.eid}:EID_DUPLICATE`);
    expect(appeared.opened.errorsLeft).toBe(4);

    // The owner (line 2) changes its EID: the earliest repeat (line 3) takes over and is clean of it.
    const left = await engine.edit(owner!.rowId, COL.eid, eid(7));
    expect(codes(left.row)).not.toContain(`${COL.eid}:EID_DUPLICATE`);
    const now = (await engine.rows({ offset: 0, limit: 10, filter: "to-fix", view: view() })).rows;
    expect(codes(now[1]!)).toEqual([`${COL.dob}:DATE_ISO`]);
    expect(codes(now[2]!)).toEqual([`${COL.eid}:EID_DUPLICATE`]);
    expect(left.opened.errorsLeft).toBe(3);

    // Line 4 moves away: nobody repeats eid(0) any more.
    const gone = await engine.edit(repeat!.rowId, COL.eid, eid(8));
    expect(gone.row.issues).toEqual([]);
    expect(gone.opened.errorsLeft).toBe(2);
  });

  it("judges repeated text customer_ids the same way", async () => {
    const text = csv(row({ customer_id: "acct 1", eid_number: eid(1) }), row({ customer_id: "acct 1", eid_number: eid(2) }));
    const { engine, list } = await opened(text);
    expect(codes(list[0]!)).toEqual([`${COL.customerId}:CUSTOMER_ID_DUPLICATE`]);
    const fixed = await engine.edit(list[0]!.rowId, COL.customerId, "acct 2");
    expect(fixed.row.issues).toEqual([]);
  });
});

describe("exclude", () => {
  it("takes the row out of the errors left and its keys out of the file", async () => {
    const text = csv(row({ customer_id: "1", eid_number: eid(0), dob: "x" }), row({ customer_id: "2", eid_number: eid(0) }));
    const { engine, list } = await opened(text);
    const [first, second] = list;
    expect(codes(second!)).toEqual([`${COL.eid}:EID_DUPLICATE`]);
    const out = await engine.exclude(first!.rowId, true);
    expect(out.row.excluded).toBe(true);
    expect(out.opened.errorsLeft).toBe(0);
    expect((await engine.rows({ offset: 0, limit: 10, filter: "excluded", view: view() })).rows.map((r) => r.rowId)).toEqual([first!.rowId]);
    // Still under to-fix, shown excluded, where it can be taken back.
    expect((await engine.rows({ offset: 0, limit: 10, filter: "to-fix", view: view() })).rows.map((r) => [r.rowId, r.excluded])).toEqual([[first!.rowId, true], [second!.rowId, false]]);
    const back = await engine.exclude(first!.rowId, false);
    expect(back.opened.errorsLeft).toBe(2);
  });
});

describe("views", () => {
  it("keeps a fixed or excluded row in its place until the grid asks for a new view, so later pages do not shift", async () => {
    const { engine, list } = await opened(csv(row({ customer_id: "1", dob: "x" }), row({ customer_id: "2", eid_number: eid(2), dob: "y" }), row({ customer_id: "3", eid_number: eid(3), dob: "z" })));
    const ids = list.map((r) => r.rowId);
    const errors = view();
    expect((await engine.rows({ offset: 0, limit: 10, filter: "errors", view: errors })).total).toBe(3);
    await engine.edit(ids[0]!, COL.dob, "27/07/1993");
    await engine.exclude(ids[1]!, true);
    // The same view: the third row is still the third, and the first two read as they are now.
    const same = await engine.rows({ offset: 0, limit: 10, filter: "errors", view: errors });
    expect(same.rows.map((r) => [r.rowId, r.issues.length, r.excluded])).toEqual([[ids[0], 0, false], [ids[1], 1, true], [ids[2], 1, false]]);
    expect((await engine.rows({ offset: 2, limit: 1, filter: "errors", view: errors })).rows[0]!.rowId).toBe(ids[2]);
    // A new view lists what has an error now.
    expect((await engine.rows({ offset: 0, limit: 10, filter: "errors", view: view() })).rows.map((r) => r.rowId)).toEqual([ids[2]]);
    expect((await engine.rows({ offset: 0, limit: 10, filter: "excluded", view: view() })).rows.map((r) => r.rowId)).toEqual([ids[1]]);
  });
});

describe("counts", () => {
  it("counts each changed cell once, whether edited, fixed or both, and as the rebuilt file does", async () => {
    const { engine, file, list } = await opened(csv(row({ customer_id: "1", dob: "1993-07-27" }), row({ customer_id: "2", eid_number: eid(2), dob: "x" })));
    expect(file).toMatchObject({ cellsChanged: 0, rowsExcluded: 0 });
    const [iso, bad] = list.map((r) => r.rowId);
    expect((await engine.edit(iso!, COL.dob, "1993-07-28")).opened.cellsChanged).toBe(1);
    // The one-click fix rewrites the same cell: still one cell changed.
    expect((await engine.applyFix("iso-dates")).opened.cellsChanged).toBe(1);
    // Back to what the file said: nothing changed.
    expect((await engine.edit(iso!, COL.dob, "1993-07-27")).opened.cellsChanged).toBe(0);
    await engine.edit(bad!, COL.dob, "27/07/1993");
    await engine.edit(bad!, COL.name, "Someone Else");
    expect((await engine.edit(iso!, COL.dob, "27/07/1993")).opened).toMatchObject({ cellsChanged: 3, rowsExcluded: 0 });
    // An excluded row's changes do not travel.
    const excluded = (await engine.exclude(bad!, true)).opened;
    expect(excluded).toMatchObject({ cellsChanged: 1, rowsExcluded: 1 });
    expect(await engine.build("f.csv")).toMatchObject({ cellsChanged: excluded.cellsChanged, rowsExcluded: excluded.rowsExcluded });
  });
});

describe("bulk fixes", () => {
  it("offers and turns ISO dates into DD/MM/YYYY, counting the cells", async () => {
    const { engine, file } = await opened(csv(row({ dob: "1993-07-27", eid_issue_date: "2024-01-01" }), row({ customer_id: "2", eid_number: eid(3), dob: "1993-02-30" })));
    expect(file.fixes).toEqual([{ kind: "iso-dates", cells: 2 }]);
    const { changedCells, opened: after } = await engine.applyFix("iso-dates");
    expect(changedCells).toBe(2);
    expect(after.fixes).toEqual([]);
    // 1993-02-30 is not a real date: it stays as written, with its rule.
    expect(after.errorsLeft).toBe(1);
  });

  it("writes valid hyphenated Emirates IDs as 15 digits, in rows to fix and in the rest of the file", async () => {
    const hyphenated = (n: number) => eid(n).replace(/^(\d{3})(\d{4})(\d{7})(\d)$/, "$1-$2-$3-$4");
    const text = csv(row({ customer_id: "1", eid_number: hyphenated(1) }), row({ customer_id: "2", eid_number: hyphenated(2), dob: "x" }));
    const { engine, file } = await opened(text);
    expect(file.fixes).toEqual([{ kind: "hyphenated-eid", cells: 2 }]);
    expect((await engine.applyFix("hyphenated-eid")).changedCells).toBe(2);
    const built = await engine.build("f.csv");
    expect(await textOf(built.file)).toContain(`1,${eid(1)},`);
    expect(await textOf(built.file)).toContain(`2,${eid(2)},`);
    expect(built.cellsChanged).toBe(2);
  });

  it("trims surrounding spaces the rules flagged", async () => {
    const { engine, file } = await opened(csv(row({ consent_version: " v1 ", name_on_eid: "Kartik Naik " })));
    expect(file.fixes).toEqual([{ kind: "surrounding-spaces", cells: 2 }]);
    const { opened: after } = await engine.applyFix("surrounding-spaces");
    expect(after).toMatchObject({ errorsLeft: 0, rowsToFix: 0, fixes: [] });
  });

  it("removes a byte-order mark only when asked", async () => {
    const text = `\uFEFF${csv(row())}`;
    const { engine, file } = await opened(text);
    expect(file.fixes).toEqual([{ kind: "byte-order-mark", cells: 1 }]);
    expect(file).toMatchObject({ errorsLeft: 1, fileFixes: 0 });
    expect((await bytesOf((await engine.build("a.csv")).file)).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const { opened: after } = await engine.applyFix("byte-order-mark");
    // No cell changed, but the fix is work the page must not lose silently.
    expect(after).toMatchObject({ errorsLeft: 0, cellsChanged: 0, fileFixes: 1 });
    expect(await textOf((await engine.build("a.csv")).file)).toBe(`${HEADER}\r\n${row()}\r\n`);
  });

  it.each([[";"], ["\t"]])("reopens a file delimited with %j and writes it with commas", async (d) => {
    const text = [HEADER, row({ name_on_eid: "Naik, Kartik" }), row({ customer_id: "2", eid_number: eid(2), dob: "1990-01-01" })]
      .map((l) => `${l.replaceAll(",", d).replace(`Naik${d} Kartik`, "Naik, Kartik")}\n`).join("");
    const { engine, file } = await opened(text);
    expect(file.fileIssues.map((i) => i.code)).toEqual(["DELIMITER_WRONG"]);
    expect(file.fixes).toEqual([{ kind: "delimiter", cells: 1 }]);
    await expect(engine.build("x.csv")).rejects.toThrow(/DELIMITER_WRONG/);
    const { opened: after } = await engine.applyFix("delimiter");
    expect(after).toMatchObject({ totalRows: 2, rowsToFix: 1, errorsLeft: 1, fileFixes: 1, fixes: [{ kind: "iso-dates", cells: 1 }] });
    await engine.applyFix("iso-dates");
    const built = await engine.build("x.csv");
    expect(await textOf(built.file)).toBe(`${HEADER}\r\n${row({ name_on_eid: '"Naik, Kartik"' })}\r\n${row({ customer_id: "2", eid_number: eid(2), dob: "01/01/1990" })}\r\n`);
  });

  it("never repairs an Emirates ID in scientific notation", async () => {
    const { engine, file, list } = await opened(csv(row({ eid_number: "7.84199E+14" })));
    expect(file.fixes).toEqual([]);
    expect(codes(list[0]!)).toEqual([`${COL.eid}:EID_SCIENTIFIC`]);
    for (const kind of ["iso-dates", "hyphenated-eid", "surrounding-spaces"] as const) {
      expect((await engine.applyFix(kind)).changedCells).toBe(0);
    }
    expect(codes((await engine.rows({ offset: 0, limit: 1, filter: "errors", view: view() })).rows[0]!)).toEqual([`${COL.eid}:EID_SCIENTIFIC`]);
  });
});

describe("the errored-rows download taken back", () => {
  const errored = (lines: string[], withSource = true) =>
    [`${HEADER},error_code,error_message${withSource ? ",source_request" : ""}`, ...lines].map((l) => `${l}\r\n`).join("");

  it("is recognized: every row is a row to fix, with its business errors; the columns are dropped", async () => {
    const text = errored([
      `${row({ customer_id: "1", eid_number: eid(1) })},INVALID_EID; EXPIRED_EID,The card is unknown.; The card has expired.,req-1`,
      `${row({ customer_id: "2", eid_number: eid(2) })},NAME_MISMATCH,The name differs.,req-1`,
    ]);
    const { engine, file, list } = await opened(text);
    expect(file).toMatchObject({ totalRows: 2, rowsToFix: 2, errorsLeft: 0, droppedColumns: ["error_code", "error_message", "source_request"], sourceRequestId: "req-1", fileIssues: [] });
    expect(list[0]!.businessErrors).toEqual([
      { code: "INVALID_EID", message: "The card is unknown." },
      { code: "EXPIRED_EID", message: "The card has expired." },
    ]);
    await engine.exclude(list[1]!.rowId, true);
    const built = await engine.build("e.csv");
    expect(await textOf(built.file)).toBe(`${HEADER}\r\n${row({ customer_id: "1", eid_number: eid(1) })}\r\n`);
    expect(built).toMatchObject({ cellsChanged: 0, rowsExcluded: 1, parentCodes: { INVALID_EID: 1, EXPIRED_EID: 1 } });
  });

  it("counts a code once per row, as the batch's histogram does (a row listing it twice is one row)", async () => {
    const text = errored([`${row({ customer_id: "1", eid_number: eid(1) })},EXPIRED_EID; EXPIRED_EID,The card has expired.; The card has expired.,req-1`]);
    const { engine } = await opened(text);
    expect((await engine.build("e.csv")).parentCodes).toEqual({ EXPIRED_EID: 1 });
  });

  it("has no source request when its rows disagree or an older download has none", async () => {
    const mixed = errored([`${row({ customer_id: "1", eid_number: eid(1) })},A,a,req-1`, `${row({ customer_id: "2", eid_number: eid(2) })},B,b,req-2`]);
    expect((await opened(mixed)).file.sourceRequestId).toBeNull();
    const older = errored([`${row()},A,a`], false);
    expect((await opened(older)).file).toMatchObject({ sourceRequestId: null, droppedColumns: ["error_code", "error_message"] });
  });
});

describe("build", () => {
  it("writes the exact header, CRLF, edited and untouched rows, and leaves excluded, blank and repeated-header lines out", async () => {
    const text = [
      "Customer_ID,eid_number,onboarding_date,consent_version,name_on_eid,eid_issue_date,eid_expiry_date,dob",
      row({ customer_id: "1", eid_number: eid(1) }),
      "",
      row({ customer_id: "2", eid_number: eid(2), dob: "x" }),
      HEADER,
      row({ customer_id: "3", eid_number: eid(3), dob: "y", name_on_eid: '"Naik, ""K"""' }),
      row({ customer_id: "4", eid_number: eid(4), name_on_eid: "محمد" }),
    ].join("\n");
    const { engine, file, list } = await opened(text);
    expect(file.fileIssues.map((i) => i.code).sort()).toEqual(["BLANK_ROW", "HEADER_MISMATCH", "HEADER_REPEATED"]);
    expect(file.errorsLeft).toBe(2);
    await engine.edit(list[0]!.rowId, COL.dob, "01/02/1990");
    await engine.exclude(list[1]!.rowId, true);
    const built = await engine.build("customers (corrected).csv");
    const expected = `${HEADER}\r\n${row({ customer_id: "1", eid_number: eid(1) })}\r\n${row({ customer_id: "2", eid_number: eid(2), dob: "01/02/1990" })}\r\n${row({ customer_id: "4", eid_number: eid(4), name_on_eid: "محمد" })}\r\n`;
    const bytes = await bytesOf(built.file);
    expect(new TextDecoder().decode(bytes)).toBe(expected);
    expect(built.file.name).toBe("customers (corrected).csv");
    expect(built.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(built).toMatchObject({ cellsChanged: 1, rowsExcluded: 1, parentCodes: {} });
    // The rebuilt file passes the same check.
    expect((await validateText(expected)).blocking).toBe(false);
  });

  it("keeps values the formula guard would change (plain RFC 4180)", async () => {
    const { engine } = await opened(csv(row({ name_on_eid: " =Kartik" })));
    expect(await textOf((await engine.build("n.csv")).file)).toContain(", =Kartik,");
  });

  it("writes a row with the wrong number of values as it was until it is edited", async () => {
    const { engine, list } = await opened(csv(`${row()},extra`));
    expect(list[0]!.original).toHaveLength(9);
    expect(list[0]!.values).toHaveLength(8);
    expect(await textOf((await engine.build("n.csv")).file)).toContain(`${row()},extra\r\n`);
    const edited = await engine.edit(list[0]!.rowId, COL.consent, "v2");
    expect(edited.row.issues).toEqual([]);
    expect(await textOf((await engine.build("n.csv")).file)).toContain(`${row({ consent_version: "v2" })}\r\n`);
  });

  it("refuses a file it could not read to the end", async () => {
    const engine = new CorrectionEngine();
    await engine.open(blob(csv(row(), `1,"open quote`)), TODAY);
    await expect(engine.build("x.csv")).rejects.toThrow(/QUOTE_UNTERMINATED/);
  });
});
