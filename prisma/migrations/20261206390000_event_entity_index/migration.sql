-- CreateIndex
CREATE INDEX "Event_companyId_entityType_entityId_seq_idx" ON "Event"("companyId", "entityType", "entityId", "seq");
