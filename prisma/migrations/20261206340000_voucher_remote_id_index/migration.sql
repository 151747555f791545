-- CreateIndex
CREATE INDEX "Voucher_companyId_remoteId_idx" ON "Voucher"("companyId", "remoteId");

