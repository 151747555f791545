-- Data for companies created before projects existed: the default project statuses, and the
-- new administrator and project permissions for their Administrators group (same defaults as
-- a new company gets in src/modules/companies/bootstrap.ts).
INSERT INTO "ProjectStatus" ("id", "companyId", "code", "name", "createdBy", "updatedBy", "updatedAt")
SELECT gen_random_uuid(), c."id", s.code, s.name, 'SYSTEM', 'SYSTEM', now()
FROM "Company" c
CROSS JOIN (VALUES
  (10, 'Quote'),
  (20, 'Not ordered'),
  (40, 'Ordered'),
  (50, 'Ongoing'),
  (80, 'Ready for final invoice'),
  (90, 'Finished'),
  (99, 'Closed')
) AS s(code, name)
ON CONFLICT ("companyId", "code") DO NOTHING;

UPDATE "Group"
SET "permissions" = ARRAY(
  SELECT DISTINCT unnest("permissions" || ARRAY[
    'PROJECT_VIEW', 'PROJECT_CREATE', 'PROJECT_EDIT', 'ADMIN_PROJECT_STATUSES', 'ADMIN_ACCOUNTS',
    'ADMIN_COST_CENTRES', 'ADMIN_SUPPLIERS', 'ADMIN_PAYMENT_TERMS'
  ]::"Permission"[])
)
WHERE "name" = 'Administrators';
