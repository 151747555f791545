-- Data for companies created before the supplier-invoice register existed: its permissions for
-- their Administrators group (a new company's Administrators group gets every permission,
-- src/modules/companies/bootstrap.ts). A separate migration because PostgreSQL does not let a
-- transaction use enum values it added itself.
UPDATE "Group"
SET "permissions" = ARRAY(
  SELECT DISTINCT unnest("permissions" || ARRAY[
    'SUPPLIER_INVOICE_VIEW', 'SUPPLIER_INVOICE_EDIT', 'SUPPLIER_INVOICE_APPROVE'
  ]::"Permission"[])
)
WHERE "name" = 'Administrators';
