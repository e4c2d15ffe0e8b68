import "server-only";
// The fetch every Digitization API call uses by default: undici's own fetch with an Agent whose
// sockets resolve names through the guarded lookup. undici's fetch rather than the global one,
// because the Agent must come from the same undici release as the fetch that drives it.
import { Agent, fetch as undiciFetch } from "undici";
import { guardedLookup, systemResolve, type Resolve } from "./guarded-lookup";

export function createGuardedFetch(resolve: Resolve = systemResolve): typeof fetch {
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(resolve) } });
  const guarded = (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    // The global and undici's RequestInit/Response types differ only in lib.dom details.
    undiciFetch(input as never, { ...(init as object), dispatcher } as never) as unknown as Promise<Response>;
  return guarded as typeof fetch;
}

let shared: typeof fetch | undefined;

/** One Agent per process, so connections to the API are pooled across calls. */
export function guardedFetch(...args: Parameters<typeof fetch>): Promise<Response> {
  shared ??= createGuardedFetch();
  return shared(...args);
}
