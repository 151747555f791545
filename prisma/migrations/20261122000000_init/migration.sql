-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Permission" AS ENUM ('CUSTOMER_VIEW', 'CUSTOMER_VIEW_ASSIGNED', 'CUSTOMER_EDIT', 'CUSTOMER_EDIT_ASSIGNED', 'CUSTOMER_CREATE', 'CUSTOMER_DELETE', 'CUSTOMER_UPLOAD', 'CUSTOMER_ASSIGN', 'ADMIN_CHANGE_CUSTOMER_NUMBER', 'ADMIN_USERS', 'ADMIN_COMPANY_SETTINGS');

-- CreateEnum
CREATE TYPE "CustomerType" AS ENUM ('COMPANY', 'PRIVATE');

-- CreateEnum
CREATE TYPE "VatDisplayType" AS ENUM ('AUTOMATIC', 'NORMAL_VAT', 'NO_VAT');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('SV', 'EN', 'NB', 'DA', 'FI', 'DE', 'PL', 'ET', 'LT', 'LV');

-- CreateEnum
CREATE TYPE "CustomFieldType" AS ENUM ('TEXT', 'NUMBER', 'DATE', 'BOOLEAN', 'SELECT');

-- CreateTable
CREATE TABLE "Company" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "organisationNumber" TEXT,
    "vatNumber" TEXT,
    "customerNumberMinLength" INTEGER NOT NULL DEFAULT 1,
    "customerNumberMaxLength" INTEGER NOT NULL DEFAULT 10,
    "customerNumberStart" INTEGER NOT NULL DEFAULT 1000,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL DEFAULT 'SYSTEM',
    "updatedBy" TEXT NOT NULL DEFAULT 'SYSTEM',

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "permissions" "Permission"[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserGroup" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "UserGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenPrefix" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "revokedBy" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentTerm" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "PaymentTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomFieldDefinition" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "type" "CustomFieldType" NOT NULL,
    "options" TEXT[],
    "required" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "CustomFieldDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "numberValue" BIGINT,
    "name" TEXT NOT NULL,
    "type" "CustomerType" NOT NULL DEFAULT 'COMPANY',
    "organisationNumber" TEXT,
    "personalIdentityNumber" TEXT,
    "vatNumber" TEXT,
    "isConstructionCompany" BOOLEAN NOT NULL DEFAULT false,
    "vatDisplayType" "VatDisplayType" NOT NULL DEFAULT 'AUTOMATIC',
    "paymentTermId" UUID,
    "invoiceAddress1" TEXT,
    "invoiceAddress2" TEXT,
    "invoicePostcode" TEXT,
    "invoiceCity" TEXT,
    "invoiceCountryCode" TEXT NOT NULL DEFAULT 'SE',
    "visitingAddress1" TEXT,
    "visitingAddress2" TEXT,
    "visitingPostcode" TEXT,
    "visitingCity" TEXT,
    "visitingCountryCode" TEXT,
    "invoiceEmail" TEXT,
    "phone" TEXT,
    "mobile" TEXT,
    "email" TEXT,
    "language" "Language" NOT NULL DEFAULT 'SV',
    "comments" TEXT,
    "customFields" JSONB NOT NULL DEFAULT '{}',
    "assignedUserId" UUID,
    "facilitiesDisabled" BOOLEAN NOT NULL DEFAULT false,
    "facilityRequired" BOOLEAN NOT NULL DEFAULT false,
    "costCentreRequired" BOOLEAN NOT NULL DEFAULT false,
    "alwaysSendAsInvoice" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "identityNumber" TEXT,
    "mobile" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "brfOrganisationNumber" TEXT,
    "apartmentNumber" TEXT,
    "propertyDesignation" TEXT,
    "isMainContact" BOOLEAN NOT NULL DEFAULT false,
    "sendServiceProtocol" BOOLEAN NOT NULL DEFAULT false,
    "sendWorkOrder" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_companyId_id_key" ON "User"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "User_companyId_email_key" ON "User"("companyId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "User_companyId_signature_key" ON "User"("companyId", "signature");

-- CreateIndex
CREATE UNIQUE INDEX "Group_companyId_id_key" ON "Group"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Group_companyId_name_key" ON "Group"("companyId", "name");

-- CreateIndex
CREATE INDEX "UserGroup_companyId_groupId_idx" ON "UserGroup"("companyId", "groupId");

-- CreateIndex
CREATE UNIQUE INDEX "UserGroup_companyId_userId_groupId_key" ON "UserGroup"("companyId", "userId", "groupId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_companyId_userId_idx" ON "ApiToken"("companyId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentTerm_companyId_id_key" ON "PaymentTerm"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentTerm_companyId_code_key" ON "PaymentTerm"("companyId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "CustomFieldDefinition_companyId_key_key" ON "CustomFieldDefinition"("companyId", "key");

-- CreateIndex
CREATE INDEX "Customer_companyId_numberValue_idx" ON "Customer"("companyId", "numberValue");

-- CreateIndex
CREATE INDEX "Customer_companyId_name_idx" ON "Customer"("companyId", "name");

-- CreateIndex
CREATE INDEX "Customer_companyId_updatedAt_idx" ON "Customer"("companyId", "updatedAt");

-- CreateIndex
CREATE INDEX "Customer_companyId_assignedUserId_idx" ON "Customer"("companyId", "assignedUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_companyId_id_key" ON "Customer"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_companyId_number_key" ON "Customer"("companyId", "number");

-- CreateIndex
CREATE INDEX "Contact_companyId_customerId_idx" ON "Contact"("companyId", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_companyId_id_key" ON "Contact"("companyId", "id");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserGroup" ADD CONSTRAINT "UserGroup_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserGroup" ADD CONSTRAINT "UserGroup_companyId_userId_fkey" FOREIGN KEY ("companyId", "userId") REFERENCES "User"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserGroup" ADD CONSTRAINT "UserGroup_companyId_groupId_fkey" FOREIGN KEY ("companyId", "groupId") REFERENCES "Group"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_companyId_userId_fkey" FOREIGN KEY ("companyId", "userId") REFERENCES "User"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentTerm" ADD CONSTRAINT "PaymentTerm_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomFieldDefinition" ADD CONSTRAINT "CustomFieldDefinition_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_paymentTerm_fkey" FOREIGN KEY ("companyId", "paymentTermId") REFERENCES "PaymentTerm"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_assignedUser_fkey" FOREIGN KEY ("companyId", "assignedUserId") REFERENCES "User"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_companyId_customerId_fkey" FOREIGN KEY ("companyId", "customerId") REFERENCES "Customer"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

