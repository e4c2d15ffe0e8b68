import { describe, expect, it } from "vitest";
import { attachmentDisposition, erroredFileName } from "./errored-file-name";

describe("erroredFileName", () => {
  it("replaces the .csv extension", () => {
    expect(erroredFileName("customers-march.csv")).toBe("customers-march-errored-rows.csv");
    expect(erroredFileName("BATCH.CSV")).toBe("BATCH-errored-rows.csv");
    expect(erroredFileName("export")).toBe("export-errored-rows.csv");
  });
});

describe("attachmentDisposition", () => {
  it("names the file as an attachment", () => {
    expect(attachmentDisposition("a-errored-rows.csv")).toBe(`attachment; filename="a-errored-rows.csv"; filename*=UTF-8''a-errored-rows.csv`);
  });

  it("keeps quotes, line breaks and non-ASCII out of the plain filename", () => {
    const header = attachmentDisposition('we"ird\r\nname—ملف.csv');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="we_ird__name____.csv"');
    expect(header).toContain("filename*=UTF-8''we%22ird%0D%0Aname%E2%80%94");
  });
});
