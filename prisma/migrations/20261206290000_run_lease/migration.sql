-- CreateTable
CREATE TABLE "RunLease" (
    "key" VARCHAR(255) NOT NULL,
    "owner" VARCHAR(64) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RunLease_pkey" PRIMARY KEY ("key")
);

