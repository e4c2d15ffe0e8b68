-- AlterTable
ALTER TABLE "MigrationRequest" ADD COLUMN     "verifyingUntil" TIMESTAMP(3);
