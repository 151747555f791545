-- CreateEnum
CREATE TYPE "ConnectorRunTrigger" AS ENUM ('SCHEDULE', 'MANUAL', 'RETRY');

-- CreateEnum
CREATE TYPE "ConnectorRunStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED');

-- CreateEnum
CREATE TYPE "ConnectorFlowStatus" AS ENUM ('SUCCEEDED', 'PARTIAL', 'FAILED', 'SKIPPED');

-- AlterEnum
ALTER TYPE "Permission" ADD VALUE 'ADMIN_INTEGRATIONS';

-- CreateTable
CREATE TABLE "Connection" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "connectorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "credentials" TEXT,
    "enabledFlows" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notificationEmails" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "Connection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConnectorRun" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "connectionId" UUID NOT NULL,
    "trigger" "ConnectorRunTrigger" NOT NULL,
    "dryRun" BOOLEAN NOT NULL DEFAULT false,
    "status" "ConnectorRunStatus" NOT NULL DEFAULT 'RUNNING',
    "requestedFlows" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "error" TEXT,
    "notification" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "ConnectorRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConnectorRunFlow" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "flowId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "ConnectorFlowStatus" NOT NULL,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "planned" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "ConnectorRunFlow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConnectorRunFailure" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "runFlowId" UUID NOT NULL,
    "flowId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "reference" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "ConnectorRunFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalIdMapping" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "connectionId" UUID NOT NULL,
    "entityType" TEXT NOT NULL,
    "localId" TEXT NOT NULL,
    "remoteId" TEXT NOT NULL,
    "hash" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "ExternalIdMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FlowCheckpoint" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "connectionId" UUID NOT NULL,
    "flowId" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "FlowCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Connection_companyId_id_key" ON "Connection"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Connection_companyId_name_key" ON "Connection"("companyId", "name");

-- CreateIndex
CREATE INDEX "ConnectorRun_companyId_connectionId_startedAt_idx" ON "ConnectorRun"("companyId", "connectionId", "startedAt");

-- CreateIndex
CREATE INDEX "ConnectorRun_status_idx" ON "ConnectorRun"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ConnectorRun_companyId_id_key" ON "ConnectorRun"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ConnectorRunFlow_companyId_id_key" ON "ConnectorRunFlow"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ConnectorRunFlow_companyId_runId_flowId_key" ON "ConnectorRunFlow"("companyId", "runId", "flowId");

-- CreateIndex
CREATE INDEX "ConnectorRunFailure_companyId_runId_idx" ON "ConnectorRunFailure"("companyId", "runId");

-- CreateIndex
CREATE INDEX "ConnectorRunFailure_companyId_runFlowId_idx" ON "ConnectorRunFailure"("companyId", "runFlowId");

-- CreateIndex
CREATE UNIQUE INDEX "ConnectorRunFailure_companyId_id_key" ON "ConnectorRunFailure"("companyId", "id");

-- CreateIndex
CREATE INDEX "ExternalIdMapping_companyId_connectionId_entityType_remoteI_idx" ON "ExternalIdMapping"("companyId", "connectionId", "entityType", "remoteId");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalIdMapping_companyId_id_key" ON "ExternalIdMapping"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalIdMapping_companyId_connectionId_entityType_localId_key" ON "ExternalIdMapping"("companyId", "connectionId", "entityType", "localId");

-- CreateIndex
CREATE UNIQUE INDEX "FlowCheckpoint_companyId_id_key" ON "FlowCheckpoint"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "FlowCheckpoint_companyId_connectionId_flowId_key" ON "FlowCheckpoint"("companyId", "connectionId", "flowId");

-- AddForeignKey
ALTER TABLE "Connection" ADD CONSTRAINT "Connection_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectorRun" ADD CONSTRAINT "ConnectorRun_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectorRun" ADD CONSTRAINT "ConnectorRun_connection_fkey" FOREIGN KEY ("companyId", "connectionId") REFERENCES "Connection"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectorRunFlow" ADD CONSTRAINT "ConnectorRunFlow_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectorRunFlow" ADD CONSTRAINT "ConnectorRunFlow_run_fkey" FOREIGN KEY ("companyId", "runId") REFERENCES "ConnectorRun"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectorRunFailure" ADD CONSTRAINT "ConnectorRunFailure_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectorRunFailure" ADD CONSTRAINT "ConnectorRunFailure_run_fkey" FOREIGN KEY ("companyId", "runId") REFERENCES "ConnectorRun"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectorRunFailure" ADD CONSTRAINT "ConnectorRunFailure_runFlow_fkey" FOREIGN KEY ("companyId", "runFlowId") REFERENCES "ConnectorRunFlow"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalIdMapping" ADD CONSTRAINT "ExternalIdMapping_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalIdMapping" ADD CONSTRAINT "ExternalIdMapping_connection_fkey" FOREIGN KEY ("companyId", "connectionId") REFERENCES "Connection"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlowCheckpoint" ADD CONSTRAINT "FlowCheckpoint_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlowCheckpoint" ADD CONSTRAINT "FlowCheckpoint_connection_fkey" FOREIGN KEY ("companyId", "connectionId") REFERENCES "Connection"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

