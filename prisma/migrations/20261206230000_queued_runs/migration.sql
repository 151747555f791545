-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ConnectorRunStatus" ADD VALUE 'QUEUED';
ALTER TYPE "ConnectorRunStatus" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "ConnectorRun" ADD COLUMN     "cancelRequestedAt" TIMESTAMPTZ(3),
ADD COLUMN     "cancelledBy" TEXT,
ADD COLUMN     "onlyEntities" JSONB;

