-- CreateEnum
CREATE TYPE "InvoiceDistribution" AS ENUM ('EMAIL', 'PAPER', 'EDI');

-- CreateEnum
CREATE TYPE "TaxReductionType" AS ENUM ('NONE', 'ROT', 'RUT', 'GREEN');

-- CreateEnum
CREATE TYPE "GreenCategory" AS ENUM ('SOLAR', 'BATTERY', 'EV_CHARGER');

-- CreateEnum
CREATE TYPE "LineKind" AS ENUM ('LABOUR', 'MATERIAL', 'OTHER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Permission" ADD VALUE 'INVOICE_VIEW';
ALTER TYPE "Permission" ADD VALUE 'INVOICE_EDIT';
ALTER TYPE "Permission" ADD VALUE 'INVOICE_LOCK';
ALTER TYPE "Permission" ADD VALUE 'ADMIN_INVOICE_STATUSES';

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "address1" TEXT,
ADD COLUMN     "address2" TEXT,
ADD COLUMN     "city" TEXT,
ADD COLUMN     "countryCode" TEXT NOT NULL DEFAULT 'SE',
ADD COLUMN     "email" TEXT,
ADD COLUMN     "fSkatt" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "nextInvoiceNumber" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "paymentDetails" TEXT,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "postcode" TEXT,
ADD COLUMN     "registeredOffice" TEXT;

-- CreateTable
CREATE TABLE "InvoiceStatus" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "code" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "InvoiceStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "externalNumber" TEXT,
    "title" TEXT,
    "isCredit" BOOLEAN NOT NULL DEFAULT false,
    "creditOfId" UUID,
    "creditReason" TEXT,
    "comment" TEXT,
    "statusCode" INTEGER,
    "description" TEXT,
    "customerId" UUID NOT NULL,
    "customerType" "CustomerType" NOT NULL,
    "contactId" UUID,
    "customerReference" TEXT,
    "customerReference2" TEXT,
    "ourReferenceId" UUID,
    "distribution" "InvoiceDistribution" NOT NULL DEFAULT 'EMAIL',
    "readyForInvoice" BOOLEAN NOT NULL DEFAULT false,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "lockedAt" TIMESTAMPTZ(3),
    "lockedBy" TEXT,
    "distributionStatus" TEXT,
    "hideMarkup" BOOLEAN NOT NULL DEFAULT false,
    "hideCode" BOOLEAN NOT NULL DEFAULT false,
    "invoiceDate" DATE,
    "bookkeepingDate" DATE,
    "dueDate" DATE,
    "dueDateManual" BOOLEAN NOT NULL DEFAULT false,
    "paidDate" DATE,
    "paymentTermId" UUID,
    "projectId" UUID NOT NULL,
    "workOrderId" UUID,
    "changeOrderId" UUID,
    "reverseCharge" BOOLEAN NOT NULL DEFAULT false,
    "noVat" BOOLEAN NOT NULL DEFAULT false,
    "noVatReason" TEXT,
    "taxReductionType" "TaxReductionType" NOT NULL DEFAULT 'NONE',
    "greenCategory" "GreenCategory",
    "greenFixedPrice" BOOLEAN NOT NULL DEFAULT false,
    "subtotal" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "vatAmount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "total" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "rounding" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "taxReductionAmount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "amountToPay" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "warnings" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "code" TEXT,
    "quantity" DECIMAL(14,4) NOT NULL,
    "unit" TEXT,
    "unitPrice" DECIMAL(14,2) NOT NULL,
    "markupPercent" DECIMAL(7,2) NOT NULL DEFAULT 0,
    "discountPercent" DECIMAL(7,2) NOT NULL DEFAULT 0,
    "vatRate" DECIMAL(5,2) NOT NULL,
    "accountNumber" INTEGER,
    "projectId" UUID,
    "workOrderId" UUID,
    "changeOrderId" UUID,
    "billable" BOOLEAN NOT NULL DEFAULT true,
    "kind" "LineKind" NOT NULL DEFAULT 'OTHER',
    "kindManual" BOOLEAN NOT NULL DEFAULT false,
    "reductionEligible" BOOLEAN,
    "amount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLineWorkType" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "lineId" UUID NOT NULL,
    "workType" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "hours" DECIMAL(10,2),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "InvoiceLineWorkType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceBuyer" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "sharePercent" DECIMAL(5,2),
    "amount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "personalIdentityNumber" TEXT NOT NULL,
    "propertyDesignation" TEXT,
    "brfOrganisationNumber" TEXT,
    "apartmentNumber" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "InvoiceBuyer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceStatus_companyId_id_key" ON "InvoiceStatus"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceStatus_companyId_code_key" ON "InvoiceStatus"("companyId", "code");

-- CreateIndex
CREATE INDEX "Invoice_companyId_customerId_idx" ON "Invoice"("companyId", "customerId");

-- CreateIndex
CREATE INDEX "Invoice_companyId_projectId_idx" ON "Invoice"("companyId", "projectId");

-- CreateIndex
CREATE INDEX "Invoice_companyId_invoiceDate_idx" ON "Invoice"("companyId", "invoiceDate");

-- CreateIndex
CREATE INDEX "Invoice_companyId_updatedAt_idx" ON "Invoice"("companyId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_companyId_id_key" ON "Invoice"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_companyId_number_key" ON "Invoice"("companyId", "number");

-- CreateIndex
CREATE INDEX "InvoiceLine_companyId_invoiceId_position_idx" ON "InvoiceLine"("companyId", "invoiceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_companyId_id_key" ON "InvoiceLine"("companyId", "id");

-- CreateIndex
CREATE INDEX "InvoiceLineWorkType_companyId_lineId_idx" ON "InvoiceLineWorkType"("companyId", "lineId");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLineWorkType_companyId_id_key" ON "InvoiceLineWorkType"("companyId", "id");

-- CreateIndex
CREATE INDEX "InvoiceBuyer_companyId_personalIdentityNumber_idx" ON "InvoiceBuyer"("companyId", "personalIdentityNumber");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceBuyer_companyId_id_key" ON "InvoiceBuyer"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceBuyer_companyId_invoiceId_contactId_key" ON "InvoiceBuyer"("companyId", "invoiceId", "contactId");

-- AddForeignKey
ALTER TABLE "InvoiceStatus" ADD CONSTRAINT "InvoiceStatus_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_customer_fkey" FOREIGN KEY ("companyId", "customerId") REFERENCES "Customer"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_contact_fkey" FOREIGN KEY ("companyId", "contactId") REFERENCES "Contact"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_ourReference_fkey" FOREIGN KEY ("companyId", "ourReferenceId") REFERENCES "User"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_paymentTerm_fkey" FOREIGN KEY ("companyId", "paymentTermId") REFERENCES "PaymentTerm"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_project_fkey" FOREIGN KEY ("companyId", "projectId") REFERENCES "Project"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_workOrder_fkey" FOREIGN KEY ("companyId", "workOrderId") REFERENCES "WorkOrder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_changeOrder_fkey" FOREIGN KEY ("companyId", "changeOrderId") REFERENCES "ChangeOrder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_status_fkey" FOREIGN KEY ("companyId", "statusCode") REFERENCES "InvoiceStatus"("companyId", "code") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_creditOf_fkey" FOREIGN KEY ("companyId", "creditOfId") REFERENCES "Invoice"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoice_fkey" FOREIGN KEY ("companyId", "invoiceId") REFERENCES "Invoice"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_project_fkey" FOREIGN KEY ("companyId", "projectId") REFERENCES "Project"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_workOrder_fkey" FOREIGN KEY ("companyId", "workOrderId") REFERENCES "WorkOrder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_changeOrder_fkey" FOREIGN KEY ("companyId", "changeOrderId") REFERENCES "ChangeOrder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLineWorkType" ADD CONSTRAINT "InvoiceLineWorkType_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLineWorkType" ADD CONSTRAINT "InvoiceLineWorkType_line_fkey" FOREIGN KEY ("companyId", "lineId") REFERENCES "InvoiceLine"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceBuyer" ADD CONSTRAINT "InvoiceBuyer_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceBuyer" ADD CONSTRAINT "InvoiceBuyer_invoice_fkey" FOREIGN KEY ("companyId", "invoiceId") REFERENCES "Invoice"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceBuyer" ADD CONSTRAINT "InvoiceBuyer_contact_fkey" FOREIGN KEY ("companyId", "contactId") REFERENCES "Contact"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

