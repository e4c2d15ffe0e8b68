import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RequestDetails } from "@/components/requests/details/request-details";
import { requireActor } from "@/lib/auth/require-actor";
import { getEnv } from "@/lib/config/env";
import { AppError } from "@/lib/http/errors";
import { findRequestForActor } from "@/lib/requests/find-request";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("details") };
}

/** Thin shell: who may see it, and the ids, flags and poll settings the client needs. */
export default async function RequestDetailsPage({ params }: { params: Promise<{ requestId: string }> }) {
  const actor = await requireActor("requests:read");
  const { requestId } = await params;
  // Fail closed on the server: another organization's request is a real 404, like a missing one.
  await findRequestForActor(actor, requestId).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const env = getEnv();
  return (
    <RequestDetails
      requestId={requestId}
      can={{
        upload: actor.permissions.has("requests:upload"),
        reveal: actor.permissions.has("personal-data:reveal"),
        customerData: actor.permissions.has("customer-data:read"),
        exportErrored: actor.permissions.has("customer-data:export"),
      }}
      poll={{ firstDelayMs: env.STATUS_FIRST_POLL_DELAY_MS, intervalMs: env.STATUS_POLL_INTERVAL_MS }}
    />
  );
}
