import "server-only";
import { getEnv } from "@/lib/config/env";

/** How long a rotated key keeps working (API_KEY_ROTATION_GRACE_HOURS), in milliseconds. */
export function rotationGraceMs(): number {
  return Math.round(getEnv().API_KEY_ROTATION_GRACE_HOURS * 3_600_000);
}
