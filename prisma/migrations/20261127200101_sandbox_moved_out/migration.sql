-- The Digitization sandbox moved to its own package and database (packages/digitization-sandbox):
-- its tables leave the portal's database. Its batches here are not carried over (demo data).

-- DropForeignKey
ALTER TABLE "sandbox_batch" DROP CONSTRAINT "sandbox_batch_client_id_fkey";

-- DropForeignKey
ALTER TABLE "sandbox_key" DROP CONSTRAINT "sandbox_key_client_id_fkey";

-- DropForeignKey
ALTER TABLE "sandbox_record" DROP CONSTRAINT "sandbox_record_batch_id_fkey";

-- DropForeignKey
ALTER TABLE "sandbox_record_outcome" DROP CONSTRAINT "sandbox_record_outcome_batch_id_row_no_fkey";

-- DropTable
DROP TABLE "sandbox_batch";

-- DropTable
DROP TABLE "sandbox_client";

-- DropTable
DROP TABLE "sandbox_key";

-- DropTable
DROP TABLE "sandbox_record";

-- DropTable
DROP TABLE "sandbox_record_outcome";

-- DropEnum
DROP TYPE "sandbox_batch_status";

-- DropEnum
DROP TYPE "sandbox_record_status";
