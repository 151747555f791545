-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('CUSTOMER_ASSIGNED', 'CUSTOMER_UNASSIGNED');

-- CreateEnum
CREATE TYPE "NotificationMailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED', 'NOT_SENT');

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "customerId" UUID,
    "customerNumber" TEXT,
    "customerName" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "mailStatus" "NotificationMailStatus" NOT NULL DEFAULT 'PENDING',
    "mailTo" TEXT,
    "mailAttempts" INTEGER NOT NULL DEFAULT 0,
    "mailSentAt" TIMESTAMPTZ(3),
    "mailError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_companyId_userId_createdAt_idx" ON "Notification"("companyId", "userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_companyId_id_key" ON "Notification"("companyId", "id");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_user_fkey" FOREIGN KEY ("companyId", "userId") REFERENCES "User"("companyId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
