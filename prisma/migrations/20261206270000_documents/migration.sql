-- AlterEnum
ALTER TYPE "Permission" ADD VALUE 'CUSTOMER_DELETE_FILES';

-- CreateTable
CREATE TABLE "DocumentFolder" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "customerId" UUID,
    "projectId" UUID,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "DocumentFolder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "customerId" UUID,
    "projectId" UUID,
    "folderId" UUID,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA,
    "storageKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DocumentFolder_companyId_id_key" ON "DocumentFolder"("companyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentFolder_companyId_customerId_nameKey_key" ON "DocumentFolder"("companyId", "customerId", "nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentFolder_companyId_projectId_nameKey_key" ON "DocumentFolder"("companyId", "projectId", "nameKey");

-- CreateIndex
CREATE INDEX "Document_companyId_customerId_createdAt_idx" ON "Document"("companyId", "customerId", "createdAt");

-- CreateIndex
CREATE INDEX "Document_companyId_projectId_createdAt_idx" ON "Document"("companyId", "projectId", "createdAt");

-- CreateIndex
CREATE INDEX "Document_companyId_folderId_idx" ON "Document"("companyId", "folderId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_companyId_id_key" ON "Document"("companyId", "id");

-- AddForeignKey
ALTER TABLE "DocumentFolder" ADD CONSTRAINT "DocumentFolder_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFolder" ADD CONSTRAINT "DocumentFolder_customer_fkey" FOREIGN KEY ("companyId", "customerId") REFERENCES "Customer"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFolder" ADD CONSTRAINT "DocumentFolder_project_fkey" FOREIGN KEY ("companyId", "projectId") REFERENCES "Project"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_customer_fkey" FOREIGN KEY ("companyId", "customerId") REFERENCES "Customer"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_project_fkey" FOREIGN KEY ("companyId", "projectId") REFERENCES "Project"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_folder_fkey" FOREIGN KEY ("companyId", "folderId") REFERENCES "DocumentFolder"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- A folder and a document belong to exactly one customer or one project, a document's folder is
-- one of that same customer's or project's, and its bytes are in exactly one place: the table or
-- a file under DOCUMENT_DIR. (A trigger rather than CHECK constraints: the schema engine that
-- writes migrations here cannot read CHECK constraints.)
CREATE FUNCTION document_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF num_nonnulls(NEW."customerId", NEW."projectId") <> 1 THEN
    RAISE EXCEPTION '% belongs to exactly one customer or project', TG_TABLE_NAME USING ERRCODE = '23514';
  END IF;
  IF TG_TABLE_NAME = 'Document' THEN
    IF num_nonnulls(NEW."bytes", NEW."storageKey") <> 1 THEN
      RAISE EXCEPTION 'A document is stored in exactly one place' USING ERRCODE = '23514';
    END IF;
    IF NEW."folderId" IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM "DocumentFolder" f
      WHERE f."companyId" = NEW."companyId" AND f."id" = NEW."folderId"
        AND f."customerId" IS NOT DISTINCT FROM NEW."customerId" AND f."projectId" IS NOT DISTINCT FROM NEW."projectId"
    ) THEN
      RAISE EXCEPTION 'A document''s folder belongs to the same customer or project' USING ERRCODE = '23514';
    END IF;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "DocumentFolder_rules" BEFORE INSERT OR UPDATE ON "DocumentFolder" FOR EACH ROW EXECUTE FUNCTION document_rules();
CREATE TRIGGER "Document_rules" BEFORE INSERT OR UPDATE ON "Document" FOR EACH ROW EXECUTE FUNCTION document_rules();
