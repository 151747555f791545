-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('COST', 'WORK', 'MATERIAL');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Permission" ADD VALUE 'PROJECT_VIEW';
ALTER TYPE "Permission" ADD VALUE 'PROJECT_CREATE';
ALTER TYPE "Permission" ADD VALUE 'PROJECT_EDIT';
ALTER TYPE "Permission" ADD VALUE 'ADMIN_PROJECT_STATUSES';
ALTER TYPE "Permission" ADD VALUE 'ADMIN_ACCOUNTS';
ALTER TYPE "Permission" ADD VALUE 'ADMIN_COST_CENTRES';
ALTER TYPE "Permission" ADD VALUE 'ADMIN_SUPPLIERS';
ALTER TYPE "Permission" ADD VALUE 'ADMIN_PAYMENT_TERMS';

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "projectNumberStart" INTEGER NOT NULL DEFAULT 10000;

-- CreateTable
CREATE TABLE "ProjectStatus" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "code" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "ProjectStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "numberValue" BIGINT,
    "name" TEXT NOT NULL,
    "customerId" UUID NOT NULL,
    "contactId" UUID,
    "customerReference" TEXT,
    "projectManagerId" UUID,
    "startDate" DATE,
    "endDate" DATE,
    "statusCode" INTEGER NOT NULL,
    "statusChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "costCentreId" UUID,
    "description" TEXT,
    "nextWorkOrderNumber" INTEGER NOT NULL DEFAULT 1,
    "nextChangeOrderNumber" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkOrder" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "statusCode" INTEGER NOT NULL,
    "statusChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "startDate" DATE,
    "customerReference" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "WorkOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeOrder" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "statusCode" INTEGER NOT NULL,
    "statusChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "estimatedAmount" DECIMAL(14,2),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "ChangeOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "kind" "AccountKind",
    "invoiceItemNumber" TEXT,
    "externalVatCode" TEXT,
    "defaultVatRate" DECIMAL(5,2),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostCentre" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "CostCentre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Supplier" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisationNumber" TEXT,
    "vatNumber" TEXT,
    "address1" TEXT,
    "address2" TEXT,
    "postcode" TEXT,
    "city" TEXT,
    "countryCode" TEXT NOT NULL DEFAULT 'SE',
    "email" TEXT,
    "phone" TEXT,
    "bankgiro" TEXT,
    "plusgiro" TEXT,
    "iban" TEXT,
    "bic" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "Supplier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Voucher" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "remoteId" TEXT NOT NULL,
    "series" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "transactionDate" DATE NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "Voucher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoucherRow" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "voucherId" UUID NOT NULL,
    "rowIndex" INTEGER NOT NULL,
    "accountNumber" INTEGER NOT NULL,
    "debit" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "credit" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "projectId" UUID,
    "workOrderId" UUID,
    "changeOrderId" UUID,
    "costCentreId" UUID,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "VoucherRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProjectStatus_companyId_id_key" ON "ProjectStatus"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectStatus_companyId_code_key" ON "ProjectStatus"("companyId", "code");

-- CreateIndex
CREATE INDEX "Project_companyId_numberValue_idx" ON "Project"("companyId", "numberValue");

-- CreateIndex
CREATE INDEX "Project_companyId_customerId_idx" ON "Project"("companyId", "customerId");

-- CreateIndex
CREATE INDEX "Project_companyId_projectManagerId_idx" ON "Project"("companyId", "projectManagerId");

-- CreateIndex
CREATE INDEX "Project_companyId_statusCode_idx" ON "Project"("companyId", "statusCode");

-- CreateIndex
CREATE INDEX "Project_companyId_updatedAt_idx" ON "Project"("companyId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Project_companyId_id_key" ON "Project"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Project_companyId_number_key" ON "Project"("companyId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "WorkOrder_companyId_id_key" ON "WorkOrder"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WorkOrder_companyId_projectId_number_key" ON "WorkOrder"("companyId", "projectId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeOrder_companyId_id_key" ON "ChangeOrder"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeOrder_companyId_projectId_number_key" ON "ChangeOrder"("companyId", "projectId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Account_companyId_id_key" ON "Account"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Account_companyId_number_key" ON "Account"("companyId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CostCentre_companyId_id_key" ON "CostCentre"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CostCentre_companyId_code_key" ON "CostCentre"("companyId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Supplier_companyId_id_key" ON "Supplier"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Supplier_companyId_number_key" ON "Supplier"("companyId", "number");

-- CreateIndex
CREATE INDEX "Voucher_companyId_transactionDate_idx" ON "Voucher"("companyId", "transactionDate");

-- CreateIndex
CREATE UNIQUE INDEX "Voucher_companyId_id_key" ON "Voucher"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Voucher_companyId_source_remoteId_key" ON "Voucher"("companyId", "source", "remoteId");

-- CreateIndex
CREATE INDEX "VoucherRow_companyId_projectId_idx" ON "VoucherRow"("companyId", "projectId");

-- CreateIndex
CREATE INDEX "VoucherRow_companyId_workOrderId_idx" ON "VoucherRow"("companyId", "workOrderId");

-- CreateIndex
CREATE INDEX "VoucherRow_companyId_changeOrderId_idx" ON "VoucherRow"("companyId", "changeOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "VoucherRow_companyId_id_key" ON "VoucherRow"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "VoucherRow_companyId_voucherId_rowIndex_key" ON "VoucherRow"("companyId", "voucherId", "rowIndex");

-- AddForeignKey
ALTER TABLE "ProjectStatus" ADD CONSTRAINT "ProjectStatus_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_customer_fkey" FOREIGN KEY ("companyId", "customerId") REFERENCES "Customer"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_contact_fkey" FOREIGN KEY ("companyId", "contactId") REFERENCES "Contact"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_projectManager_fkey" FOREIGN KEY ("companyId", "projectManagerId") REFERENCES "User"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_status_fkey" FOREIGN KEY ("companyId", "statusCode") REFERENCES "ProjectStatus"("companyId", "code") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_costCentre_fkey" FOREIGN KEY ("companyId", "costCentreId") REFERENCES "CostCentre"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_project_fkey" FOREIGN KEY ("companyId", "projectId") REFERENCES "Project"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_status_fkey" FOREIGN KEY ("companyId", "statusCode") REFERENCES "ProjectStatus"("companyId", "code") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "ChangeOrder" ADD CONSTRAINT "ChangeOrder_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeOrder" ADD CONSTRAINT "ChangeOrder_project_fkey" FOREIGN KEY ("companyId", "projectId") REFERENCES "Project"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeOrder" ADD CONSTRAINT "ChangeOrder_status_fkey" FOREIGN KEY ("companyId", "statusCode") REFERENCES "ProjectStatus"("companyId", "code") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostCentre" ADD CONSTRAINT "CostCentre_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Supplier" ADD CONSTRAINT "Supplier_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Voucher" ADD CONSTRAINT "Voucher_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoucherRow" ADD CONSTRAINT "VoucherRow_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoucherRow" ADD CONSTRAINT "VoucherRow_voucher_fkey" FOREIGN KEY ("companyId", "voucherId") REFERENCES "Voucher"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoucherRow" ADD CONSTRAINT "VoucherRow_project_fkey" FOREIGN KEY ("companyId", "projectId") REFERENCES "Project"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoucherRow" ADD CONSTRAINT "VoucherRow_workOrder_fkey" FOREIGN KEY ("companyId", "workOrderId") REFERENCES "WorkOrder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoucherRow" ADD CONSTRAINT "VoucherRow_changeOrder_fkey" FOREIGN KEY ("companyId", "changeOrderId") REFERENCES "ChangeOrder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoucherRow" ADD CONSTRAINT "VoucherRow_costCentre_fkey" FOREIGN KEY ("companyId", "costCentreId") REFERENCES "CostCentre"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

