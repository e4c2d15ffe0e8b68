-- One active request per file and organization (see MigrationRequest in prisma/schema/portal.prisma).
-- Before this index, two parallel completions of the same file could both become active. If this
-- statement fails on an existing database, list the pairs with:
--   SELECT "organizationId", sha256, array_agg(id) FROM "MigrationRequest"
--   WHERE status IN ('PENDING_APPROVAL','APPROVED','SUBMITTING','SUBMITTED','SUBMISSION_FAILED')
--   GROUP BY 1, 2 HAVING count(*) > 1;
-- and reject the extra pending ones (a person decides which: they may have been approved).
-- CreateIndex
CREATE UNIQUE INDEX "MigrationRequest_active_file_key" ON "MigrationRequest"("organizationId", "sha256") WHERE (status = ANY (ARRAY['PENDING_APPROVAL'::"RequestStatus", 'APPROVED'::"RequestStatus", 'SUBMITTING'::"RequestStatus", 'SUBMITTED'::"RequestStatus", 'SUBMISSION_FAILED'::"RequestStatus"]));
