-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "receivablesAccountNumber" INTEGER NOT NULL DEFAULT 1510;

