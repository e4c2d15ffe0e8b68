import "server-only";
import type { JobDefinition } from "./define-job";

/** Every background job the portal runs. Add a definition here to have it picked up. */
export const jobs: JobDefinition[] = [];
