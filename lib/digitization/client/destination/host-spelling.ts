// Odd spellings of a host: `0x7f000001`, `2130706433`, `127.1`, `0177.0.0.1`, `127.0.0.1.`,
// `[0:0:0:0:0:0:0:1]` all mean a loopback address once the URL parser has rewritten them, and
// exist mostly to slip past a reader (or a filter) that compares text. An address is accepted
// only when it is written the way `URL.hostname` writes it back. Pure: the admin form uses it too.

/** The host exactly as written in an absolute URL, lower-case, without credentials or port. */
export function writtenHostname(value: string): string | null {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(value.trim())?.[1];
  if (authority === undefined) return null;
  const hostAndPort = authority.slice(authority.lastIndexOf("@") + 1);
  const host = hostAndPort.startsWith("[") ? hostAndPort.slice(0, hostAndPort.indexOf("]") + 1) : hostAndPort.replace(/:[^:]*$/, "");
  return host.toLowerCase();
}

/** True when the URL parser kept the host as written (apart from letter case). */
export function isCanonicalHost(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return writtenHostname(value) === url.hostname;
}
