-- CreateIndex
CREATE INDEX "Account_companyId_updatedAt_id_idx" ON "Account"("companyId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "ChangeOrder_companyId_updatedAt_id_idx" ON "ChangeOrder"("companyId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Contact_companyId_updatedAt_id_idx" ON "Contact"("companyId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Document_companyId_updatedAt_id_idx" ON "Document"("companyId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "DocumentFolder_companyId_updatedAt_id_idx" ON "DocumentFolder"("companyId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Supplier_companyId_updatedAt_id_idx" ON "Supplier"("companyId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Voucher_companyId_updatedAt_id_idx" ON "Voucher"("companyId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "WorkOrder_companyId_updatedAt_id_idx" ON "WorkOrder"("companyId", "updatedAt", "id");

