-- CreateTable
CREATE TABLE "RunFile" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "connectionId" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "flowId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "RunFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RunFile_companyId_connectionId_createdAt_idx" ON "RunFile"("companyId", "connectionId", "createdAt");

-- CreateIndex
CREATE INDEX "RunFile_companyId_runId_idx" ON "RunFile"("companyId", "runId");

-- CreateIndex
CREATE UNIQUE INDEX "RunFile_companyId_id_key" ON "RunFile"("companyId", "id");

-- AddForeignKey
ALTER TABLE "RunFile" ADD CONSTRAINT "RunFile_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunFile" ADD CONSTRAINT "RunFile_connection_fkey" FOREIGN KEY ("companyId", "connectionId") REFERENCES "Connection"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunFile" ADD CONSTRAINT "RunFile_run_fkey" FOREIGN KEY ("companyId", "runId") REFERENCES "ConnectorRun"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

