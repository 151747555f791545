-- Data for companies created before revenue accounting existed: the new administrator and
-- invoice-module permissions for their Administrators group (a new company's Administrators
-- group gets every permission, src/modules/companies/bootstrap.ts). A separate migration
-- because PostgreSQL does not let a transaction use enum values it added itself.
UPDATE "Group"
SET "permissions" = ARRAY(
  SELECT DISTINCT unnest("permissions" || ARRAY[
    'ADMIN_REVENUE_ACCOUNTING_READ', 'ADMIN_REVENUE_ACCOUNTING', 'INVOICE_REVENUE_ACCOUNTING', 'INVOICE_REVENUE_ACCOUNTING_PROJECT'
  ]::"Permission"[])
)
WHERE "name" = 'Administrators';
