import "server-only";
import { Agent } from "undici";
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { isLocalName, isLoopbackAddress, isPublicAddress } from "./destination";

// The address check at CONNECT time: the socket asks this lookup for the name's addresses and
// connects only to what it returns. Checking here, not before the call, means a name that
// resolves to a public address for a pre-check and to 169.254.169.254 a moment later (DNS
// rebinding) is still caught. Every resolved address must pass, not just the first.

/** The system code carried by a refusal; transport logs show it, users never do. */
export const DESTINATION_REFUSED = "ERR_DESTINATION_REFUSED";

/** Resolves a name to all of its addresses; injectable so tests can play a hostile DNS. */
export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

const systemResolve: Resolve = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

class DestinationRefusedError extends Error {
  readonly code = DESTINATION_REFUSED;
  constructor(readonly range: "not public" | "not loopback") {
    // No host name or address: the error may travel further than the server log.
    super(`The Digitization API host resolved to an address that is ${range}`);
  }
}

/** `localhost` may be loopback only; every other name, public addresses only. */
function refusedAddress(hostname: string, address: string): boolean {
  return isLocalName(hostname) ? !isLoopbackAddress(address) : !isPublicAddress(address);
}

/** A `lookup` for net.connect / tls.connect with Node's signature (one address or `all`). */
function guardedLookup(resolve: Resolve = systemResolve) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname).then(
      (found) => {
        const wanted = found.filter((a) => !options.family || a.family === options.family);
        if (wanted.length === 0) return callback(Object.assign(new Error("No address found"), { code: "ENOTFOUND" }), []);
        const refused = wanted.some((a) => refusedAddress(hostname, a.address));
        if (refused) return callback(new DestinationRefusedError(isLocalName(hostname) ? "not loopback" : "not public"), []);
        if (options.all) return callback(null, wanted);
        const [first] = wanted as [LookupAddress];
        return callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
}

// The connection pool every Digitization API call goes through by default: an undici Agent whose
// sockets resolve names through the guarded lookup. Calls are made with undici's `request` on
// it (transport.ts), so the Agent and the client come from the same undici release.

export function createGuardedAgent(resolve: Resolve = systemResolve): Agent {
  return new Agent({ connect: { lookup: guardedLookup(resolve) } });
}

let shared: Agent | undefined;

/** One Agent per process, so connections to the API are pooled across calls. */
export function guardedAgent(): Agent {
  shared ??= createGuardedAgent();
  return shared;
}
