import { z } from "zod";

// Runs in the browser before the portal's own code (Next.js instrumentation-client). zod 4
// probes for `new Function` to compile fast parsers; the pages' Content Security Policy
// forbids eval, so the probe fails and Chromium reports a CSP violation on every page
// (Lighthouse's "issues" audit, B8). The browser only parses small forms: no need for the JIT.
z.config({ jitless: true });
