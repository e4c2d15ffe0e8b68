import { expect, type APIRequestContext } from "@playwright/test";
import { sha256 } from "../support/csv";

const TUS = { "Tus-Resumable": "1.0.0" };

/**
 * The browser's upload (declare, tus, verify) spread over the instances as a load balancer
 * without sticky sessions may spread it: chunk k goes to instance k mod n, and the offset
 * before it is asked (HEAD, as tus-js-client does when it resumes) of another instance.
 */
export async function uploadAcross(api: APIRequestContext, bases: string[], fileName: string, content: Buffer, chunkBytes: number) {
  const at = (k: number) => bases[k % bases.length]!;
  const created = await api.post(`${at(0)}/api/requests`, { data: { fileName, fileSize: content.length, sha256: sha256(content) } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const start = await api.post(`${at(1)}/api/uploads`, {
    headers: { ...TUS, "Upload-Length": String(content.length), "Upload-Metadata": `requestId ${Buffer.from(id).toString("base64")},filename ${Buffer.from(fileName).toString("base64")}` },
  });
  expect(start.status(), await start.text()).toBe(201);
  const path = new URL(start.headers().location!, "http://x").pathname;
  const served: string[] = [];
  for (let k = 0; ; k++) {
    const head = await api.head(`${at(k + 1)}${path}`, { headers: TUS });
    expect(head.status()).toBe(200);
    const offset = Number(head.headers()["upload-offset"]);
    if (offset === content.length) break;
    const base = at(k);
    served.push(base);
    const patch = await api.patch(`${base}${path}`, {
      headers: { ...TUS, "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream" },
      data: content.subarray(offset, offset + chunkBytes),
    });
    expect(patch.status(), await patch.text()).toBe(204);
  }
  const complete = await api.post(`${at(served.length)}/api/requests/${id}/complete`);
  return { id, complete, served };
}
