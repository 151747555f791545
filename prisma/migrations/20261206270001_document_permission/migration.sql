-- Data for companies created before documents existed: the permission "Delete Uploaded Files"
-- for their Administrators group (a new company's Administrators group gets every permission,
-- src/modules/companies/bootstrap.ts). A separate migration because PostgreSQL does not let a
-- transaction use enum values it added itself.
UPDATE "Group"
SET "permissions" = ARRAY(
  SELECT DISTINCT unnest("permissions" || ARRAY['CUSTOMER_DELETE_FILES']::"Permission"[])
)
WHERE "name" = 'Administrators';
