-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "mailAddress1" TEXT,
ADD COLUMN     "mailAddress2" TEXT,
ADD COLUMN     "mailCity" TEXT,
ADD COLUMN     "mailCountryCode" TEXT,
ADD COLUMN     "mailPostcode" TEXT;

