-- AlterTable
ALTER TABLE "MigrationRequest" ADD COLUMN     "correction" JSONB,
ADD COLUMN     "lineageRootId" UUID,
ADD COLUMN     "lineageStillFailing" INTEGER;

-- CreateIndex
CREATE INDEX "MigrationRequest_lineageRootId_idx" ON "MigrationRequest"("lineageRootId");

-- CreateIndex
CREATE INDEX "MigrationRequest_organizationId_lineageStillFailing_idx" ON "MigrationRequest"("organizationId", "lineageStillFailing");

-- Backfill: requests resubmitted before #15 join the lineage of the original at the start of
-- their resubmissionOf chain.
WITH RECURSIVE chain AS (
  SELECT "id", "id" AS "rootId" FROM "MigrationRequest" WHERE "resubmissionOfId" IS NULL
  UNION ALL
  SELECT r."id", c."rootId" FROM "MigrationRequest" r JOIN chain c ON r."resubmissionOfId" = c."id"
)
UPDATE "MigrationRequest" m SET "lineageRootId" = chain."rootId"
FROM chain WHERE m."id" = chain."id" AND chain."rootId" <> m."id";

-- Backfill: customers still failing on every original whose batch completed, as
-- lib/requests/lineage-outcome.ts counts them (its record count, no codes needed): the failures
-- of the completed members, less the rows each completed correction carried, at most the
-- customers not digitized, never below zero.
WITH members AS (
  SELECT COALESCE(m."lineageRootId", m."id") AS "rootId", m."lineageRootId" IS NOT NULL AS "isCorrection",
         COALESCE(m."batchTotalRecords", m."rowCount") AS "total",
         COALESCE(m."batchSuccessfulRecords", 0) AS "successful", COALESCE(m."batchFailedRecords", 0) AS "failed"
  FROM "MigrationRequest" m
  WHERE m."status" = 'SUBMITTED' AND m."batchStatus" = 'completed'
), sums AS (
  SELECT "rootId", SUM("successful") AS "digitized",
         SUM("failed") - SUM(CASE WHEN "isCorrection" THEN "total" ELSE 0 END) AS "failing"
  FROM members GROUP BY "rootId"
)
UPDATE "MigrationRequest" r
SET "lineageStillFailing" = GREATEST(0, LEAST(COALESCE(r."batchTotalRecords", r."rowCount") - sums."digitized", sums."failing"))
FROM sums
WHERE r."id" = sums."rootId" AND r."lineageRootId" IS NULL AND r."status" = 'SUBMITTED' AND r."batchStatus" = 'completed';
