-- CreateEnum
CREATE TYPE "CustomerUserRight" AS ENUM ('INVOICES', 'PROJECTS', 'DOCUMENTS');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Permission" ADD VALUE 'CUSTOMER_CREATE_USERS';
ALTER TYPE "Permission" ADD VALUE 'CUSTOMER_CHANGE_USER_RIGHTS';
ALTER TYPE "Permission" ADD VALUE 'CUSTOMER_DELETE_USERS';

-- AlterTable
ALTER TABLE "Invite" ADD COLUMN     "customerId" UUID,
ADD COLUMN     "customerRights" "CustomerUserRight"[] DEFAULT ARRAY[]::"CustomerUserRight"[];

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "customerId" UUID,
ADD COLUMN     "customerRights" "CustomerUserRight"[] DEFAULT ARRAY[]::"CustomerUserRight"[];

-- CreateIndex
CREATE INDEX "User_companyId_customerId_idx" ON "User"("companyId", "customerId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_customer_fkey" FOREIGN KEY ("companyId", "customerId") REFERENCES "Customer"("companyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_customer_fkey" FOREIGN KEY ("companyId", "customerId") REFERENCES "Customer"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A customer user (User.customerId set) is not staff: in no group, holding no API token, never a
-- customer's responsible user, a project manager, an invoice's "our reference" or a supplier
-- invoice's approver. Rights belong to customer users only. Enforced here as well as in the
-- services (which answer with a typed error naming the field). Triggers rather than CHECK
-- constraints: the rule spans tables, and the schema engine that writes migrations here cannot
-- read CHECK constraints.
CREATE FUNCTION staff_user_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  uid UUID := (to_jsonb(NEW) ->> TG_ARGV[0])::uuid;
BEGIN
  IF uid IS NOT NULL AND EXISTS (
    SELECT 1 FROM "User" u WHERE u."companyId" = NEW."companyId" AND u."id" = uid AND u."customerId" IS NOT NULL
  ) THEN
    RAISE EXCEPTION '%.% must be a staff user, not a customer user', TG_TABLE_NAME, TG_ARGV[0] USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "UserGroup_staff_user" BEFORE INSERT OR UPDATE ON "UserGroup" FOR EACH ROW EXECUTE FUNCTION staff_user_only('userId');
CREATE TRIGGER "ApiToken_staff_user" BEFORE INSERT OR UPDATE ON "ApiToken" FOR EACH ROW EXECUTE FUNCTION staff_user_only('userId');
CREATE TRIGGER "Customer_staff_user" BEFORE INSERT OR UPDATE OF "assignedUserId" ON "Customer" FOR EACH ROW EXECUTE FUNCTION staff_user_only('assignedUserId');
CREATE TRIGGER "Project_staff_user" BEFORE INSERT OR UPDATE OF "projectManagerId" ON "Project" FOR EACH ROW EXECUTE FUNCTION staff_user_only('projectManagerId');
CREATE TRIGGER "Invoice_staff_user" BEFORE INSERT OR UPDATE OF "ourReferenceId" ON "Invoice" FOR EACH ROW EXECUTE FUNCTION staff_user_only('ourReferenceId');
CREATE TRIGGER "SupplierInvoiceApproval_staff_user" BEFORE INSERT OR UPDATE ON "SupplierInvoiceApproval" FOR EACH ROW EXECUTE FUNCTION staff_user_only('userId');

-- The other side: a user becomes a customer user only while none of the above refers to them.
CREATE FUNCTION customer_user_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."customerId" IS NULL THEN
    IF coalesce(cardinality(NEW."customerRights"), 0) > 0 THEN
      RAISE EXCEPTION 'User.customerRights: only customer users have rights' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."customerId" IS NOT DISTINCT FROM NEW."customerId" THEN
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM "UserGroup" x WHERE x."companyId" = NEW."companyId" AND x."userId" = NEW."id")
     OR EXISTS (SELECT 1 FROM "ApiToken" x WHERE x."companyId" = NEW."companyId" AND x."userId" = NEW."id")
     OR EXISTS (SELECT 1 FROM "Customer" x WHERE x."companyId" = NEW."companyId" AND x."assignedUserId" = NEW."id")
     OR EXISTS (SELECT 1 FROM "Project" x WHERE x."companyId" = NEW."companyId" AND x."projectManagerId" = NEW."id")
     OR EXISTS (SELECT 1 FROM "Invoice" x WHERE x."companyId" = NEW."companyId" AND x."ourReferenceId" = NEW."id")
     OR EXISTS (SELECT 1 FROM "SupplierInvoiceApproval" x WHERE x."companyId" = NEW."companyId" AND x."userId" = NEW."id") THEN
    RAISE EXCEPTION 'User.customerId: a user with groups, API tokens or staff roles cannot become a customer user' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "User_customer_user_rules" BEFORE INSERT OR UPDATE ON "User" FOR EACH ROW EXECUTE FUNCTION customer_user_rules();
