-- CreateTable
CREATE TABLE "ChangeEntry" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "changes" JSONB NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "by" TEXT NOT NULL,

    CONSTRAINT "ChangeEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChangeEntry_companyId_entityType_entityId_at_idx" ON "ChangeEntry"("companyId", "entityType", "entityId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeEntry_companyId_id_key" ON "ChangeEntry"("companyId", "id");

-- AddForeignKey
ALTER TABLE "ChangeEntry" ADD CONSTRAINT "ChangeEntry_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The change history: one row per update of a customer, contact, project or invoice that changed
-- a recorded field, written in the updating transaction whatever made the update. The trigger's
-- arguments name the columns: "-col" is not recorded (bookkeeping and derived columns), "*col" is
-- recorded as changed without its values (identity numbers). Who: the row's "updatedBy", which
-- the tenant-scoped client stamps on every update.
CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  skipped text[] := ARRAY(SELECT substr(a, 2) FROM unnest(TG_ARGV) a WHERE a LIKE '-%');
  hidden text[] := ARRAY(SELECT substr(a, 2) FROM unnest(TG_ARGV) a WHERE a LIKE '*%');
  diff jsonb;
BEGIN
  SELECT jsonb_agg(
           CASE WHEN n.key = ANY (hidden)
             THEN jsonb_build_object('field', n.key, 'from', NULL, 'to', NULL, 'hidden', true)
             ELSE jsonb_build_object('field', n.key, 'from', o.value, 'to', n.value, 'hidden', false)
           END ORDER BY n.key)
    INTO diff
    FROM jsonb_each(to_jsonb(NEW)) n
    JOIN jsonb_each(to_jsonb(OLD)) o ON o.key = n.key
   WHERE n.value IS DISTINCT FROM o.value AND NOT (n.key = ANY (skipped));
  IF diff IS NOT NULL THEN
    INSERT INTO "ChangeEntry" ("id", "companyId", "entityType", "entityId", "changes", "at", "by")
    VALUES (gen_random_uuid(), NEW."companyId", TG_TABLE_NAME, NEW."id", diff, clock_timestamp(), NEW."updatedBy");
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Customer_change_history" AFTER UPDATE ON "Customer" FOR EACH ROW
  EXECUTE FUNCTION record_change('-updatedAt', '-updatedBy', '-createdAt', '-createdBy', '-numberValue', '*personalIdentityNumber');
CREATE TRIGGER "Contact_change_history" AFTER UPDATE ON "Contact" FOR EACH ROW
  EXECUTE FUNCTION record_change('-updatedAt', '-updatedBy', '-createdAt', '-createdBy', '*identityNumber');
CREATE TRIGGER "Project_change_history" AFTER UPDATE ON "Project" FOR EACH ROW
  EXECUTE FUNCTION record_change('-updatedAt', '-updatedBy', '-createdAt', '-createdBy', '-numberValue', '-statusChangedAt', '-nextWorkOrderNumber', '-nextChangeOrderNumber');
CREATE TRIGGER "Invoice_change_history" AFTER UPDATE ON "Invoice" FOR EACH ROW
  EXECUTE FUNCTION record_change('-updatedAt', '-updatedBy', '-createdAt', '-createdBy', '-warnings');
