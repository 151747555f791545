-- CreateEnum
CREATE TYPE "InvoiceDeliveryMethod" AS ENUM ('EMAIL', 'PEPPOL', 'PAPER');

-- CreateEnum
CREATE TYPE "InvoiceDeliveryOutcome" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "InvoiceDelivery" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "method" "InvoiceDeliveryMethod" NOT NULL,
    "recipient" TEXT,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestedBy" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "outcome" "InvoiceDeliveryOutcome" NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "externalId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "InvoiceDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InvoiceDelivery_companyId_invoiceId_requestedAt_idx" ON "InvoiceDelivery"("companyId", "invoiceId", "requestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceDelivery_companyId_id_key" ON "InvoiceDelivery"("companyId", "id");

-- AddForeignKey
ALTER TABLE "InvoiceDelivery" ADD CONSTRAINT "InvoiceDelivery_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceDelivery" ADD CONSTRAINT "InvoiceDelivery_invoice_fkey" FOREIGN KEY ("companyId", "invoiceId") REFERENCES "Invoice"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

