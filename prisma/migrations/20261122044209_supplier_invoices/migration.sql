-- CreateEnum
CREATE TYPE "SupplierInvoiceStatus" AS ENUM ('PENDING', 'APPROVED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Permission" ADD VALUE 'SUPPLIER_INVOICE_VIEW';
ALTER TYPE "Permission" ADD VALUE 'SUPPLIER_INVOICE_EDIT';
ALTER TYPE "Permission" ADD VALUE 'SUPPLIER_INVOICE_APPROVE';

-- CreateTable
CREATE TABLE "SupplierInvoice" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "supplierId" UUID NOT NULL,
    "invoiceNumber" TEXT NOT NULL,
    "invoiceDate" DATE NOT NULL,
    "dueDate" DATE,
    "currency" TEXT NOT NULL DEFAULT 'SEK',
    "net" DECIMAL(14,2) NOT NULL,
    "vat" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "total" DECIMAL(14,2) NOT NULL,
    "ocr" TEXT,
    "description" TEXT,
    "status" "SupplierInvoiceStatus" NOT NULL DEFAULT 'PENDING',
    "approvedAt" TIMESTAMPTZ(3),
    "disputed" BOOLEAN NOT NULL DEFAULT false,
    "disputeReason" TEXT,
    "disputedAt" TIMESTAMPTZ(3),
    "externalNumber" TEXT,
    "bookkept" BOOLEAN NOT NULL DEFAULT false,
    "fileName" TEXT,
    "fileContentType" TEXT,
    "fileSize" INTEGER,
    "fileBytes" BYTEA,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "SupplierInvoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupplierInvoiceRow" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "supplierInvoiceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "accountNumber" INTEGER NOT NULL,
    "projectId" UUID,
    "workOrderId" UUID,
    "changeOrderId" UUID,
    "costCentreId" UUID,
    "amount" DECIMAL(14,2) NOT NULL,
    "vatRate" DECIMAL(5,2) NOT NULL DEFAULT 25,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "SupplierInvoiceRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupplierInvoiceApproval" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "supplierInvoiceId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "approvedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "SupplierInvoiceApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoucherFile" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "voucherId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "VoucherFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupplierInvoice_companyId_status_idx" ON "SupplierInvoice"("companyId", "status");

-- CreateIndex
CREATE INDEX "SupplierInvoice_companyId_updatedAt_idx" ON "SupplierInvoice"("companyId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupplierInvoice_companyId_id_key" ON "SupplierInvoice"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SupplierInvoice_companyId_supplierId_invoiceNumber_key" ON "SupplierInvoice"("companyId", "supplierId", "invoiceNumber");

-- CreateIndex
CREATE INDEX "SupplierInvoiceRow_companyId_supplierInvoiceId_position_idx" ON "SupplierInvoiceRow"("companyId", "supplierInvoiceId", "position");

-- CreateIndex
CREATE INDEX "SupplierInvoiceRow_companyId_projectId_idx" ON "SupplierInvoiceRow"("companyId", "projectId");

-- CreateIndex
CREATE INDEX "SupplierInvoiceRow_companyId_workOrderId_idx" ON "SupplierInvoiceRow"("companyId", "workOrderId");

-- CreateIndex
CREATE INDEX "SupplierInvoiceRow_companyId_changeOrderId_idx" ON "SupplierInvoiceRow"("companyId", "changeOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "SupplierInvoiceRow_companyId_id_key" ON "SupplierInvoiceRow"("companyId", "id");

-- CreateIndex
CREATE INDEX "SupplierInvoiceApproval_companyId_userId_idx" ON "SupplierInvoiceApproval"("companyId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "SupplierInvoiceApproval_companyId_id_key" ON "SupplierInvoiceApproval"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SupplierInvoiceApproval_companyId_supplierInvoiceId_userId_key" ON "SupplierInvoiceApproval"("companyId", "supplierInvoiceId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "VoucherFile_companyId_id_key" ON "VoucherFile"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "VoucherFile_companyId_voucherId_fileName_key" ON "VoucherFile"("companyId", "voucherId", "fileName");

-- AddForeignKey
ALTER TABLE "SupplierInvoice" ADD CONSTRAINT "SupplierInvoice_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierInvoice" ADD CONSTRAINT "SupplierInvoice_supplier_fkey" FOREIGN KEY ("companyId", "supplierId") REFERENCES "Supplier"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierInvoiceRow" ADD CONSTRAINT "SupplierInvoiceRow_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierInvoiceRow" ADD CONSTRAINT "SupplierInvoiceRow_supplierInvoice_fkey" FOREIGN KEY ("companyId", "supplierInvoiceId") REFERENCES "SupplierInvoice"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierInvoiceRow" ADD CONSTRAINT "SupplierInvoiceRow_account_fkey" FOREIGN KEY ("companyId", "accountNumber") REFERENCES "Account"("companyId", "number") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "SupplierInvoiceRow" ADD CONSTRAINT "SupplierInvoiceRow_project_fkey" FOREIGN KEY ("companyId", "projectId") REFERENCES "Project"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierInvoiceRow" ADD CONSTRAINT "SupplierInvoiceRow_workOrder_fkey" FOREIGN KEY ("companyId", "workOrderId") REFERENCES "WorkOrder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierInvoiceRow" ADD CONSTRAINT "SupplierInvoiceRow_changeOrder_fkey" FOREIGN KEY ("companyId", "changeOrderId") REFERENCES "ChangeOrder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierInvoiceRow" ADD CONSTRAINT "SupplierInvoiceRow_costCentre_fkey" FOREIGN KEY ("companyId", "costCentreId") REFERENCES "CostCentre"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierInvoiceApproval" ADD CONSTRAINT "SupplierInvoiceApproval_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierInvoiceApproval" ADD CONSTRAINT "SupplierInvoiceApproval_supplierInvoice_fkey" FOREIGN KEY ("companyId", "supplierInvoiceId") REFERENCES "SupplierInvoice"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierInvoiceApproval" ADD CONSTRAINT "SupplierInvoiceApproval_user_fkey" FOREIGN KEY ("companyId", "userId") REFERENCES "User"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoucherFile" ADD CONSTRAINT "VoucherFile_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoucherFile" ADD CONSTRAINT "VoucherFile_voucher_fkey" FOREIGN KEY ("companyId", "voucherId") REFERENCES "Voucher"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

