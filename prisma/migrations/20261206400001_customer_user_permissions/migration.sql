-- Data for companies created before customer users existed: the permissions "Create Customer
-- Users", "Change Customer Users Rights" and "Delete Customer Users" for their Administrators
-- group (a new company's Administrators group gets every permission,
-- src/modules/companies/bootstrap.ts). A separate migration because PostgreSQL does not let a
-- transaction use enum values it added itself.
UPDATE "Group"
SET "permissions" = ARRAY(
  SELECT DISTINCT unnest("permissions" || ARRAY['CUSTOMER_CREATE_USERS', 'CUSTOMER_CHANGE_USER_RIGHTS', 'CUSTOMER_DELETE_USERS']::"Permission"[])
)
WHERE "name" = 'Administrators';
