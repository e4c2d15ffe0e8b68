// Test-only. The stand-ins for the Digitization API listen on 127.0.0.1:<random port>, which
// the portal refuses unless it is allow-listed. Each stand-in allow-lists exactly its own
// host:port through the real setting, as an operator would, for as long as it runs.
import { forgetEnv } from "@/lib/config/env";

const listed = () => (process.env.DIGITIZATION_ALLOWED_HOSTS ?? "").split(",").filter(Boolean);

function write(hosts: string[]) {
  // Unset (not "") when empty, so the default (the configured base URL's host) comes back.
  if (hosts.length === 0) delete process.env.DIGITIZATION_ALLOWED_HOSTS;
  else process.env.DIGITIZATION_ALLOWED_HOSTS = hosts.join(",");
  forgetEnv();
}

/** Adds `baseUrl`'s host to DIGITIZATION_ALLOWED_HOSTS; the returned function takes it out again. */
export function allowTestHost(baseUrl: string): () => void {
  const host = new URL(baseUrl).host;
  write([...listed(), host]);
  return () => write(listed().filter((h) => h !== host));
}
