import "server-only";
// The address check at CONNECT time: the socket asks this lookup for the name's addresses and
// connects only to what it returns. Checking here, not before the call, means a name that
// resolves to a public address for a pre-check and to 169.254.169.254 a moment later (DNS
// rebinding) is still caught. Every resolved address must pass, not just the first.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { isLoopbackAddress, isPublicAddress } from "./classify-address";
import { isLocalName } from "./destination-policy";

/** The system code carried by a refusal; transport logs show it, users never do. */
export const DESTINATION_REFUSED = "ERR_DESTINATION_REFUSED";

/** Resolves a name to all of its addresses; injectable so tests can play a hostile DNS. */
export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolve: Resolve = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

export class DestinationRefusedError extends Error {
  readonly code = DESTINATION_REFUSED;
  constructor(readonly range: "not public" | "not loopback") {
    // No host name or address: the error may travel further than the server log.
    super(`The Digitization API host resolved to an address that is ${range}`);
  }
}

/** `localhost` may be loopback only; every other name, public addresses only. */
export function refusedAddress(hostname: string, address: string): boolean {
  return isLocalName(hostname) ? !isLoopbackAddress(address) : !isPublicAddress(address);
}

/** A `lookup` for net.connect / tls.connect with Node's signature (one address or `all`). */
export function guardedLookup(resolve: Resolve = systemResolve) {
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
