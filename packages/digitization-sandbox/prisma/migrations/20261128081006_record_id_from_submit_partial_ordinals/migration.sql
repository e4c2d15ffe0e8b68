-- DropIndex
DROP INDEX "sandbox_record_outcome_batch_id_failure_no_key";

-- DropIndex
DROP INDEX "sandbox_record_outcome_batch_id_success_no_key";

-- AlterTable
ALTER TABLE "sandbox_record" ALTER COLUMN "id" DROP DEFAULT;

-- CreateIndex
CREATE UNIQUE INDEX "sandbox_record_outcome_batch_id_success_no_key" ON "sandbox_record_outcome"("batch_id", "success_no") WHERE (success_no IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "sandbox_record_outcome_batch_id_failure_no_key" ON "sandbox_record_outcome"("batch_id", "failure_no") WHERE (failure_no IS NOT NULL);
