import "server-only";
import { submitRequestJob } from "@/lib/requests/jobs/submit-request-job";
import type { JobDefinition } from "./define-job";

/** Every background job the portal runs. Add a definition here to have it picked up. */
export const jobs: JobDefinition[] = [submitRequestJob as JobDefinition];
