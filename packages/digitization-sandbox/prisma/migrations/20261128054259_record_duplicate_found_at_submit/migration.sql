-- AlterTable
ALTER TABLE "sandbox_record" ADD COLUMN     "duplicate" BOOLEAN NOT NULL DEFAULT false;

-- Batches stored before this column: their duplicates marked as submit now marks them.
UPDATE "sandbox_record" r SET "duplicate" = true
  WHERE r."customer_id" <> '' AND EXISTS (SELECT 1 FROM "sandbox_record" e
    WHERE e."batch_id" = r."batch_id" AND e."customer_id" = r."customer_id" AND e."row_no" < r."row_no");
