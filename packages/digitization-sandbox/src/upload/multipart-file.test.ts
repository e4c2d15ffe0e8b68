import { describe, expect, it } from "vitest";
import { multipartBoundary, multipartFileBytes } from "./multipart-file";

async function collect(body: string, boundary: string, size: number): Promise<string> {
  const bytes = new TextEncoder().encode(body);
  async function* source() {
    for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
  }
  const parts: Uint8Array[] = [];
  for await (const chunk of multipartFileBytes(source(), boundary)) parts.push(chunk);
  return Buffer.concat(parts).toString("utf8");
}

describe("multipartFileBytes", () => {
  const file = "customer_id,eid_number\r\n1,--b\r\n--bo not a boundary\r\n";
  const body = `preamble\r\n--bnd\r\nContent-Disposition: form-data; name="meta"; filename="file"\r\n\r\nx\r\n--bnd\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n${file}\r\n--bnd--\r\n`;

  it("streams exactly the `file` field, whatever the chunking", async () => {
    for (const size of [1, 2, 3, 7, 64, 100_000]) expect(await collect(body, "bnd", size)).toBe(file);
  });

  it("rejects a body without a file field, or cut inside it", async () => {
    await expect(collect(`--bnd\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--bnd--\r\n`, "bnd", 4)).rejects.toMatchObject({ status: 400 });
    await expect(collect(body.slice(0, body.indexOf("1,--b")), "bnd", 4)).rejects.toMatchObject({ status: 400 });
  });

  it("reads quoted and bare boundaries", () => {
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe("a b");
    expect(multipartBoundary("multipart/form-data; boundary=----x1; charset=utf-8")).toBe("----x1");
    expect(multipartBoundary("multipart/form-data")).toBeNull();
  });
});
