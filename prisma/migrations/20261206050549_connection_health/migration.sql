-- Connection health: the last finished run (not a dry run), FAILED runs in a row, and the pause
-- after `pauseAfterFailures` of them (0: never) until an admin resumes the connection.
ALTER TABLE "Connection" ADD COLUMN     "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastRunAt" TIMESTAMPTZ(3),
ADD COLUMN     "lastRunStatus" "ConnectorRunStatus",
ADD COLUMN     "pauseAfterFailures" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "pausedAt" TIMESTAMPTZ(3),
ADD COLUMN     "pausedReason" TEXT;

-- The last run of existing connections, from their history; the count starts at 0.
UPDATE "Connection" c
SET "lastRunStatus" = r."status", "lastRunAt" = r."startedAt"
FROM (
  SELECT DISTINCT ON ("connectionId") "connectionId", "status", "startedAt"
  FROM "ConnectorRun"
  WHERE NOT "dryRun" AND "status" <> 'RUNNING'
  ORDER BY "connectionId", "startedAt" DESC
) r
WHERE r."connectionId" = c."id";
