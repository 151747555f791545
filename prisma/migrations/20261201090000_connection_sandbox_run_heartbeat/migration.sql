-- A sandbox connection may reach any host (set at creation only); a run's heartbeat lets any
-- instance tell a run whose process died from one still executing.
ALTER TABLE "Connection" ADD COLUMN "sandbox" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "ConnectorRun" ADD COLUMN "heartbeatAt" TIMESTAMPTZ(3);
