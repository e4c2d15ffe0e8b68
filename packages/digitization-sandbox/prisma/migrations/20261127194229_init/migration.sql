-- CreateEnum
CREATE TYPE "sandbox_batch_status" AS ENUM ('pending', 'in_progress', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "sandbox_record_status" AS ENUM ('success', 'failure');

-- CreateTable
CREATE TABLE "sandbox_key_failure" (
    "address" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "window_ends" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sandbox_key_failure_pkey" PRIMARY KEY ("address")
);

-- CreateTable
CREATE TABLE "sandbox_client" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sandbox_client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sandbox_key" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "key_hash" TEXT NOT NULL,
    "last4" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sandbox_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sandbox_batch" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "status" "sandbox_batch_status" NOT NULL DEFAULT 'pending',
    "total_records" INTEGER NOT NULL DEFAULT 0,
    "processed_records" INTEGER NOT NULL DEFAULT 0,
    "successful_records" INTEGER NOT NULL DEFAULT 0,
    "failed_records" INTEGER NOT NULL DEFAULT 0,
    "content_sha256" TEXT NOT NULL,
    "byte_size" BIGINT NOT NULL,
    "run_error" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "sandbox_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sandbox_record" (
    "batch_id" UUID NOT NULL,
    "row_no" INTEGER NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "customer_id" TEXT,
    "eid_number" TEXT,
    "onboarding_date" TEXT,
    "consent_version" TEXT,
    "name_on_eid" TEXT,
    "eid_issue_date" TEXT,
    "eid_expiry_date" TEXT,
    "dob" TEXT,
    "field_count" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sandbox_record_pkey" PRIMARY KEY ("batch_id","row_no")
);

-- CreateTable
CREATE TABLE "sandbox_record_outcome" (
    "batch_id" UUID NOT NULL,
    "row_no" INTEGER NOT NULL,
    "status" "sandbox_record_status" NOT NULL,
    "success_no" INTEGER,
    "failure_no" INTEGER,
    "errors" JSONB,
    "transaction_id" UUID NOT NULL,
    "digitization_id" UUID,
    "processed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sandbox_record_outcome_pkey" PRIMARY KEY ("batch_id","row_no")
);

-- CreateIndex
CREATE UNIQUE INDEX "sandbox_client_ref_key" ON "sandbox_client"("ref");

-- CreateIndex
CREATE UNIQUE INDEX "sandbox_key_key_hash_key" ON "sandbox_key"("key_hash");

-- CreateIndex
CREATE INDEX "sandbox_key_client_id_idx" ON "sandbox_key"("client_id");

-- CreateIndex
CREATE INDEX "sandbox_batch_status_updated_at_idx" ON "sandbox_batch"("status", "updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "sandbox_batch_client_id_idempotency_key_key" ON "sandbox_batch"("client_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "sandbox_record_batch_id_customer_id_row_no_idx" ON "sandbox_record"("batch_id", "customer_id", "row_no");

-- CreateIndex
CREATE UNIQUE INDEX "sandbox_record_outcome_batch_id_success_no_key" ON "sandbox_record_outcome"("batch_id", "success_no");

-- CreateIndex
CREATE UNIQUE INDEX "sandbox_record_outcome_batch_id_failure_no_key" ON "sandbox_record_outcome"("batch_id", "failure_no");

-- AddForeignKey
ALTER TABLE "sandbox_key" ADD CONSTRAINT "sandbox_key_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "sandbox_client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sandbox_batch" ADD CONSTRAINT "sandbox_batch_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "sandbox_client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sandbox_record" ADD CONSTRAINT "sandbox_record_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "sandbox_batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sandbox_record_outcome" ADD CONSTRAINT "sandbox_record_outcome_batch_id_row_no_fkey" FOREIGN KEY ("batch_id", "row_no") REFERENCES "sandbox_record"("batch_id", "row_no") ON DELETE CASCADE ON UPDATE CASCADE;
