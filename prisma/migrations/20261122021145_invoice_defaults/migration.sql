-- Data for companies created before invoices existed (same defaults as
-- src/modules/companies/bootstrap.ts gives a new company).
INSERT INTO "InvoiceStatus" ("id", "companyId", "code", "name", "createdBy", "updatedBy", "updatedAt")
SELECT gen_random_uuid(), c."id", s.code, s.name, 'SYSTEM', 'SYSTEM', now()
FROM "Company" c
CROSS JOIN (VALUES (10, 'Draft'), (50, 'To review'), (90, 'Sent')) AS s(code, name)
ON CONFLICT ("companyId", "code") DO NOTHING;

UPDATE "Group"
SET "permissions" = ARRAY(
  SELECT DISTINCT unnest("permissions" || ARRAY['INVOICE_VIEW', 'INVOICE_EDIT', 'INVOICE_LOCK', 'ADMIN_INVOICE_STATUSES']::"Permission"[])
)
WHERE "name" = 'Administrators';
