// Signs in over HTTP exactly as the login form does (next-auth credentials), for benchmarks
// that drive the portal from Node rather than from a browser.
export const DEMO_PASSWORD = "Demo-Passw0rd!";

export type Session = { base: string; cookie: string; get(path: string): Promise<Response>; send(method: string, path: string, body?: unknown): Promise<Response> };

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

export async function signIn(base: string, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(answer).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${answer.status})`);
  return sessionFor(base, session);
}

export function sessionFor(base: string, cookie: string): Session {
  const headers = { cookie };
  return {
    base,
    cookie,
    get: (path) => fetchOnce(`${base}${path}`, { headers }),
    send: (method, path, body) =>
      fetchOnce(`${base}${path}`, { method, headers: { ...headers, "content-type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
  };
}

/**
 * fetch, tried again once when a kept-alive connection was closed by the server just as it was
 * reused (ECONNRESET before any byte of the answer): the request never reached the handler.
 */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") throw error;
    return fetch(url, init);
  }
}

/** The body as JSON, or an error naming the call when the status is not the expected one. */
export async function expectJson<T>(response: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await response;
  const text = await r.text();
  if (r.status !== status) throw new Error(`${r.url}: HTTP ${r.status} (expected ${status}): ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}
