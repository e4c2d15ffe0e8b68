-- Background jobs moved to pg-boss (its own schema, "pgboss", created by pg-boss at start).
-- Work a request still waits for is sent to pg-boss again when a worker starts
-- (lib/jobs/requeue-unfinished-work.ts), so the jobs of this table are not lost with it.

-- DropTable
DROP TABLE "Job";

-- DropEnum
DROP TYPE "JobStatus";
