-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "bankgiro" TEXT,
ADD COLUMN     "bic" TEXT,
ADD COLUMN     "defaultPaymentTermId" UUID,
ADD COLUMN     "iban" TEXT,
ADD COLUMN     "lateInterestRate" DECIMAL(5,2),
ADD COLUMN     "plusgiro" TEXT,
ALTER COLUMN "fSkatt" DROP NOT NULL,
ALTER COLUMN "fSkatt" DROP DEFAULT;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_defaultPaymentTermId_fkey" FOREIGN KEY ("defaultPaymentTermId") REFERENCES "PaymentTerm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

