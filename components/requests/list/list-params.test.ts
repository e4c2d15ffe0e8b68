import { describe, expect, it } from "vitest";
import { DEFAULT_LIST_PARAMS, ariaSort, changeParams, parseListParams, toApiUrl, toSearchString, toggleSort } from "./list-params";

const ORG = "0b6f2c64-3a4c-4e0e-9b1a-6f0d7a1c2e3f";
const parse = (s: string) => parseListParams(new URLSearchParams(s));

describe("parseListParams", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual({ ...DEFAULT_LIST_PARAMS, fileStatus: undefined, approvalStatus: undefined, q: undefined, organizationId: undefined });
    expect(DEFAULT_LIST_PARAMS).toMatchObject({ page: 1, pageSize: 10, sort: "createdAt", dir: "desc" });
  });

  it("reads every parameter", () => {
    const params = parse(`page=3&pageSize=50&sort=fileName&dir=asc&fileStatus=Failed&approvalStatus=Pending+Approval&q=+alpha+&organizationId=${ORG}`);
    expect(params).toEqual({ page: 3, pageSize: 50, sort: "fileName", dir: "asc", fileStatus: "Failed", approvalStatus: "Pending Approval", q: "alpha", organizationId: ORG });
  });

  it("drops only the bad values of a hand-edited link", () => {
    const params = parse("page=-2&pageSize=7&sort=sha256&dir=up&fileStatus=Lost&approvalStatus=Maybe&organizationId=nope&q=ok");
    expect(params).toMatchObject({ page: 1, pageSize: 10, sort: "createdAt", dir: "desc", q: "ok" });
    expect(params.fileStatus).toBeUndefined();
    expect(params.approvalStatus).toBeUndefined();
    expect(params.organizationId).toBeUndefined();
  });

  it("reads the customers-still-failing filter, and only its one value", () => {
    expect(parse("failing=1").failing).toBe("1");
    expect(parse("failing=yes").failing).toBeUndefined();
    expect(toSearchString(parse("failing=1&q=x"))).toBe("failing=1&q=x");
  });

  it("treats a blank search as no search", () => {
    expect(parse("q=%20%20").q).toBeUndefined();
  });
});

describe("toSearchString / toApiUrl", () => {
  it("keeps a plain URL for the defaults", () => {
    expect(toSearchString(DEFAULT_LIST_PARAMS)).toBe("");
  });

  it("round-trips through the address bar", () => {
    const params = parse(`q=a%26b&approvalStatus=Approved&organizationId=${ORG}&sort=rowCount&dir=asc&page=2&pageSize=25`);
    expect(parse(toSearchString(params))).toEqual(params);
    expect(toSearchString(params)).toBe(`q=a%26b&approvalStatus=Approved&organizationId=${ORG}&sort=rowCount&dir=asc&page=2&pageSize=25`);
  });

  it("spells everything out for the API", () => {
    expect(toApiUrl({ ...DEFAULT_LIST_PARAMS, fileStatus: "Uploaded" })).toBe("/api/requests?fileStatus=Uploaded&sort=createdAt&dir=desc&page=1&pageSize=10");
  });
});

describe("changeParams", () => {
  const onPage4 = { ...DEFAULT_LIST_PARAMS, page: 4 };
  it("goes back to page 1 when a filter changes", () => {
    expect(changeParams(onPage4, { fileStatus: "Pending" })).toMatchObject({ page: 1, fileStatus: "Pending" });
    expect(changeParams(onPage4, { pageSize: 100 }).page).toBe(1);
  });
  it("keeps an explicit page change", () => {
    expect(changeParams(onPage4, { page: 5 }).page).toBe(5);
  });
  it("can clear a filter", () => {
    expect(changeParams({ ...onPage4, q: "x" }, { q: undefined }).q).toBeUndefined();
  });
});

describe("toggleSort / ariaSort", () => {
  it("flips the sorted column", () => {
    const asc = toggleSort(DEFAULT_LIST_PARAMS, "createdAt");
    expect(asc).toMatchObject({ sort: "createdAt", dir: "asc" });
    expect(toggleSort(asc, "createdAt").dir).toBe("desc");
  });
  it("starts names A–Z and numbers and dates largest first", () => {
    expect(toggleSort(DEFAULT_LIST_PARAMS, "fileName").dir).toBe("asc");
    expect(toggleSort(DEFAULT_LIST_PARAMS, "rowCount").dir).toBe("desc");
  });
  it("resets the page", () => {
    expect(toggleSort({ ...DEFAULT_LIST_PARAMS, page: 3 }, "updatedAt").page).toBe(1);
  });
  it("tells assistive technology which column is sorted", () => {
    expect(ariaSort(DEFAULT_LIST_PARAMS, "createdAt")).toBe("descending");
    expect(ariaSort(DEFAULT_LIST_PARAMS, "fileName")).toBe("none");
    expect(ariaSort(toggleSort(DEFAULT_LIST_PARAMS, "fileName"), "fileName")).toBe("ascending");
  });
});
