// The download's file name and Content-Disposition header. Pure. The stored file name is
// user input: it is reduced to safe ASCII for `filename` and given in full as RFC 5987
// `filename*`, so no quote or line break can reach the header.

export function erroredFileName(uploadedName: string): string {
  const base = uploadedName.replace(/\.csv$/i, "").trim() || "batch";
  return `${base}-errored-rows.csv`;
}

export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
