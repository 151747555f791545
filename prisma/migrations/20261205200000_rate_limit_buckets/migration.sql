-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);
