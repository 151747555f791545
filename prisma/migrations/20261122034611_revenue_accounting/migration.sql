-- CreateEnum
CREATE TYPE "CustomerCategory" AS ENUM ('EXTERNAL', 'INTRA_GROUP');

-- CreateEnum
CREATE TYPE "ConstructionVatCriterion" AS ENUM ('EITHER', 'INCLUDED', 'EXCLUDED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Permission" ADD VALUE 'ADMIN_REVENUE_ACCOUNTING_READ';
ALTER TYPE "Permission" ADD VALUE 'ADMIN_REVENUE_ACCOUNTING';
ALTER TYPE "Permission" ADD VALUE 'INVOICE_REVENUE_ACCOUNTING';
ALTER TYPE "Permission" ADD VALUE 'INVOICE_REVENUE_ACCOUNTING_PROJECT';

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "revenueAccountingActivatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "revenueAccountingActive" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "category" "CustomerCategory" NOT NULL DEFAULT 'EXTERNAL';

-- CreateTable
CREATE TABLE "RevenueDimension" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "included" BOOLEAN NOT NULL DEFAULT false,
    "mandatory" BOOLEAN NOT NULL DEFAULT false,
    "name" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "RevenueDimension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RevenuePostingRule" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "accountNumber" INTEGER NOT NULL,
    "description" TEXT,
    "constructionVat" "ConstructionVatCriterion" NOT NULL DEFAULT 'EITHER',
    "vatRate" DECIMAL(5,2),
    "customerCategory" "CustomerCategory",
    "costAccounts" INTEGER[],
    "lineKind" "LineKind",
    "taxReductionType" "TaxReductionType",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "RevenuePostingRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceRevenueLine" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "lineId" UUID,
    "position" INTEGER NOT NULL,
    "accountNumber" INTEGER,
    "projectId" UUID,
    "workOrderId" UUID,
    "changeOrderId" UUID,
    "costCentreId" UUID,
    "dimension5" TEXT,
    "dimension6" TEXT,
    "amount" DECIMAL(14,2) NOT NULL,
    "kind" "LineKind" NOT NULL DEFAULT 'OTHER',
    "manual" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "InvoiceRevenueLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceAccountingRow" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "lineId" UUID,
    "revenueLineId" UUID,
    "sortOrder" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(14,4) NOT NULL,
    "unit" TEXT,
    "unitPrice" DECIMAL(14,2) NOT NULL,
    "discountPercent" DECIMAL(7,2) NOT NULL DEFAULT 0,
    "amount" DECIMAL(14,2) NOT NULL,
    "vatRate" DECIMAL(5,2) NOT NULL,
    "accountNumber" INTEGER,
    "projectId" UUID,
    "workOrderId" UUID,
    "changeOrderId" UUID,
    "costCentreId" UUID,
    "dimension5" TEXT,
    "dimension6" TEXT,
    "kind" "LineKind" NOT NULL DEFAULT 'OTHER',
    "reductionType" "TaxReductionType" NOT NULL DEFAULT 'NONE',
    "workType" TEXT,
    "hours" DECIMAL(10,2),
    "reductionAmount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "manual" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "InvoiceAccountingRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RevenueDimension_companyId_id_key" ON "RevenueDimension"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "RevenueDimension_companyId_number_key" ON "RevenueDimension"("companyId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "RevenuePostingRule_companyId_id_key" ON "RevenuePostingRule"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "RevenuePostingRule_companyId_position_key" ON "RevenuePostingRule"("companyId", "position");

-- CreateIndex
CREATE INDEX "InvoiceRevenueLine_companyId_invoiceId_position_idx" ON "InvoiceRevenueLine"("companyId", "invoiceId", "position");

-- CreateIndex
CREATE INDEX "InvoiceRevenueLine_companyId_lineId_idx" ON "InvoiceRevenueLine"("companyId", "lineId");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceRevenueLine_companyId_id_key" ON "InvoiceRevenueLine"("companyId", "id");

-- CreateIndex
CREATE INDEX "InvoiceAccountingRow_companyId_invoiceId_sortOrder_idx" ON "InvoiceAccountingRow"("companyId", "invoiceId", "sortOrder");

-- CreateIndex
CREATE INDEX "InvoiceAccountingRow_companyId_lineId_idx" ON "InvoiceAccountingRow"("companyId", "lineId");

-- CreateIndex
CREATE INDEX "InvoiceAccountingRow_companyId_revenueLineId_idx" ON "InvoiceAccountingRow"("companyId", "revenueLineId");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceAccountingRow_companyId_id_key" ON "InvoiceAccountingRow"("companyId", "id");

-- AddForeignKey
ALTER TABLE "RevenueDimension" ADD CONSTRAINT "RevenueDimension_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevenuePostingRule" ADD CONSTRAINT "RevenuePostingRule_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevenuePostingRule" ADD CONSTRAINT "RevenuePostingRule_account_fkey" FOREIGN KEY ("companyId", "accountNumber") REFERENCES "Account"("companyId", "number") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "InvoiceRevenueLine" ADD CONSTRAINT "InvoiceRevenueLine_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceRevenueLine" ADD CONSTRAINT "InvoiceRevenueLine_invoice_fkey" FOREIGN KEY ("companyId", "invoiceId") REFERENCES "Invoice"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceRevenueLine" ADD CONSTRAINT "InvoiceRevenueLine_line_fkey" FOREIGN KEY ("companyId", "lineId") REFERENCES "InvoiceLine"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceRevenueLine" ADD CONSTRAINT "InvoiceRevenueLine_account_fkey" FOREIGN KEY ("companyId", "accountNumber") REFERENCES "Account"("companyId", "number") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "InvoiceRevenueLine" ADD CONSTRAINT "InvoiceRevenueLine_project_fkey" FOREIGN KEY ("companyId", "projectId") REFERENCES "Project"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceRevenueLine" ADD CONSTRAINT "InvoiceRevenueLine_workOrder_fkey" FOREIGN KEY ("companyId", "workOrderId") REFERENCES "WorkOrder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceRevenueLine" ADD CONSTRAINT "InvoiceRevenueLine_changeOrder_fkey" FOREIGN KEY ("companyId", "changeOrderId") REFERENCES "ChangeOrder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceRevenueLine" ADD CONSTRAINT "InvoiceRevenueLine_costCentre_fkey" FOREIGN KEY ("companyId", "costCentreId") REFERENCES "CostCentre"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceAccountingRow" ADD CONSTRAINT "InvoiceAccountingRow_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceAccountingRow" ADD CONSTRAINT "InvoiceAccountingRow_invoice_fkey" FOREIGN KEY ("companyId", "invoiceId") REFERENCES "Invoice"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceAccountingRow" ADD CONSTRAINT "InvoiceAccountingRow_line_fkey" FOREIGN KEY ("companyId", "lineId") REFERENCES "InvoiceLine"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceAccountingRow" ADD CONSTRAINT "InvoiceAccountingRow_revenueLine_fkey" FOREIGN KEY ("companyId", "revenueLineId") REFERENCES "InvoiceRevenueLine"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceAccountingRow" ADD CONSTRAINT "InvoiceAccountingRow_account_fkey" FOREIGN KEY ("companyId", "accountNumber") REFERENCES "Account"("companyId", "number") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "InvoiceAccountingRow" ADD CONSTRAINT "InvoiceAccountingRow_project_fkey" FOREIGN KEY ("companyId", "projectId") REFERENCES "Project"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceAccountingRow" ADD CONSTRAINT "InvoiceAccountingRow_workOrder_fkey" FOREIGN KEY ("companyId", "workOrderId") REFERENCES "WorkOrder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceAccountingRow" ADD CONSTRAINT "InvoiceAccountingRow_changeOrder_fkey" FOREIGN KEY ("companyId", "changeOrderId") REFERENCES "ChangeOrder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceAccountingRow" ADD CONSTRAINT "InvoiceAccountingRow_costCentre_fkey" FOREIGN KEY ("companyId", "costCentreId") REFERENCES "CostCentre"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

