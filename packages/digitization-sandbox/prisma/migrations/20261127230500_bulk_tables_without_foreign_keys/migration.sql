-- Per-row key checks on the two bulk tables cost more than everything else in processing
-- (schema.prisma, SandboxRecord). Deleting a batch's rows is the code's job, not a cascade's.
ALTER TABLE "sandbox_record" DROP CONSTRAINT "sandbox_record_batch_id_fkey";
ALTER TABLE "sandbox_record_outcome" DROP CONSTRAINT "sandbox_record_outcome_batch_id_row_no_fkey";
