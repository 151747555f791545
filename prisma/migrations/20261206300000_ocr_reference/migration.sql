-- CreateEnum
CREATE TYPE "OcrScheme" AS ENUM ('NONE', 'CHECK_DIGIT', 'LENGTH_AND_CHECK_DIGIT');

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "ocrScheme" "OcrScheme" NOT NULL DEFAULT 'CHECK_DIGIT';

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "ocrReference" TEXT;

-- CreateIndex
CREATE INDEX "Invoice_companyId_ocrReference_idx" ON "Invoice"("companyId", "ocrReference");

