-- AlterTable
ALTER TABLE "MigrationRequest" ADD COLUMN     "batchCheckedAt" TIMESTAMP(3),
ADD COLUMN     "batchCompletedAt" TIMESTAMP(3),
ADD COLUMN     "batchErrorCodes" JSONB,
ADD COLUMN     "batchFailedRecords" INTEGER,
ADD COLUMN     "batchProcessedRecords" INTEGER,
ADD COLUMN     "batchRunErrors" JSONB,
ADD COLUMN     "batchStartedAt" TIMESTAMP(3),
ADD COLUMN     "batchSuccessfulRecords" INTEGER,
ADD COLUMN     "batchTotalRecords" INTEGER,
ADD COLUMN     "batchUpdatedAt" TIMESTAMP(3);

-- The refresh job is now the only reader of batch status. Requests submitted before this
-- change may have a finished (or no) refresh job: run it once more, so it stores their
-- totals, times and failures by code. It stops again at completed/failed.
INSERT INTO "Job" ("id", "name", "key", "payload", "maxAttempts", "updatedAt")
SELECT gen_random_uuid(), 'batch.refresh-status', r."id"::text, jsonb_build_object('requestId', r."id"), 288, now()
FROM "MigrationRequest" r
WHERE r."batchId" IS NOT NULL AND r."submittedAt" IS NOT NULL
ON CONFLICT ("name", "key") DO UPDATE SET "status" = 'QUEUED', "runAt" = now(), "attempts" = 0, "maxAttempts" = 288, "lastError" = NULL
WHERE "Job"."status" IN ('DONE', 'FAILED');
