-- AlterEnum
ALTER TYPE "ConnectorRunTrigger" ADD VALUE 'EVENT';

