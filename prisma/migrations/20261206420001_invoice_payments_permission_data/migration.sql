-- Data for groups that existed before "Register invoice payments": every group that could import
-- bank payment files (it held ADMIN_INTEGRATIONS, which that import needed) keeps being able to,
-- and the Administrators group of every company gets it (a new company's Administrators group
-- gets every permission, src/modules/companies/bootstrap.ts). A separate migration because
-- PostgreSQL does not let a transaction use enum values it added itself.
UPDATE "Group"
SET "permissions" = ARRAY(
  SELECT DISTINCT unnest("permissions" || ARRAY['INVOICE_PAYMENTS']::"Permission"[])
)
WHERE ("name" = 'Administrators' OR 'ADMIN_INTEGRATIONS' = ANY ("permissions"))
  AND NOT ('INVOICE_PAYMENTS' = ANY ("permissions"));
