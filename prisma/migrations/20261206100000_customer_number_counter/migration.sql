-- A per-company counter for automatic customer numbers, taken by an UPDATE inside the creating
-- transaction (instead of reading the highest number and retrying on collisions).
ALTER TABLE "Company" ADD COLUMN "nextCustomerNumber" BIGINT NOT NULL DEFAULT 1;

-- Start every company's counter above its highest numeric customer number.
UPDATE "Company" AS c
SET "nextCustomerNumber" = m.highest + 1
FROM (SELECT "companyId", MAX("numberValue") AS highest FROM "Customer" WHERE "numberValue" IS NOT NULL GROUP BY "companyId") AS m
WHERE m."companyId" = c."id";
