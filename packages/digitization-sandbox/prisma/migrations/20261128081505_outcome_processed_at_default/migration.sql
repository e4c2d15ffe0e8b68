-- AlterTable
ALTER TABLE "sandbox_record_outcome" ALTER COLUMN "processed_at" SET DEFAULT CURRENT_TIMESTAMP;
