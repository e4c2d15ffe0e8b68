// The portal under test launches the Digitization sandbox as its own process (lib/server/serve.ts)
// on the port after the portal's; specs that talk to the sandbox directly use this address.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const SANDBOX_PORT = E2E_PORT + 1;
export const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`;
