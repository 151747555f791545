// Builds the integration runtime from the configuration: connectors loaded (the built-in ones
// the server passes in, and CONNECTOR_PACKAGES), the domain ports the server passes in (the
// runtime imports no module: each domain implements its slice of the ports), the credential key, run locks for the database in use, the SMTP notifier,
// whether sandbox connections are accepted, the periodic reclaim of runs whose process died, and
// the logger and run metrics the server passes in.
import { join, resolve } from 'node:path';
import type { Config } from '../../config.js';
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { Logger } from '@nordic-invoicing/connector-sdk';
import { createSecretBox, loadSecretKey } from './crypto.js';
import { memoryRunLocks, postgresRunLocks } from './locks.js';
import { smtpNotifier } from './notifier.js';
import type { EventPort, PortFactory } from './ports.js';
import { loadConnectors, type ConnectorSource } from './registry.js';
import {
  assembleRuntime,
  type IntegrationRuntime,
  type InvoiceDelivery,
  type NotificationDelivery,
  type RunMetrics,
  startRunReaper,
  type WebhookDelivery,
} from './run.js';

export const consoleLogger: Logger = {
  debug: () => undefined,
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m) => console.error(m),
};

export async function createIntegrationRuntime(
  config: Config,
  db: { prisma: PrismaClient; kind: 'postgres' | 'embedded'; url: string },
  parts: {
    /** The connectors built into the server (besides CONNECTOR_PACKAGES). */
    builtIn: readonly ConnectorSource[];
    /** The domain ports flows see (ctx.domain), assembled outside the runtime. */
    ports: PortFactory;
    /** Delivers users' notification e-mails (the notifications module's), for the engine's mail jobs. */
    notificationDelivery?: NotificationDelivery;
    /** Sends invoices by e-mail or Peppol (the invoice-distribution module's), for the engine's invoice-delivery jobs. */
    invoiceDelivery?: InvoiceDelivery;
    /** Records the runtime's events (the events module's) in the transactions of their changes. */
    events?: EventPort;
    /** Makes webhook delivery attempts (the webhooks module's), for the engine's webhook jobs. */
    webhookDelivery?: WebhookDelivery;
  },
  /** Where the runtime logs (default the console) and what observes its runs (default nothing). */
  observe: { log?: Logger; metrics?: RunMetrics } = {},
): Promise<IntegrationRuntime> {
  const registry = await loadConnectors({ builtIn: parts.builtIn, packages: config.CONNECTOR_PACKAGES });
  const key = loadSecretKey(config.INTEGRATION_SECRET_KEY, db.kind === 'embedded' ? join(resolve(config.DATA_DIR), 'integration-secret.key') : null);
  const log = observe.log ?? consoleLogger;
  const rt: IntegrationRuntime = assembleRuntime({
    prisma: db.prisma,
    registry,
    ports: parts.ports,
    notificationDelivery: parts.notificationDelivery,
    invoiceDelivery: parts.invoiceDelivery,
    events: parts.events,
    webhookDelivery: parts.webhookDelivery,
    secrets: createSecretBox(key),
    locks:
      db.kind === 'postgres'
        ? postgresRunLocks(db.url, {
            leaseMs: config.CONNECTOR_RUN_LEASE_SECONDS * 1000,
            onLost: (key, reason) => log.warn(`run lock ${key}: not renewed (${reason})`),
          })
        : memoryRunLocks(),
    notifier: config.SMTP_URL ? smtpNotifier(config.SMTP_URL, config.MAIL_FROM) : null,
    log,
    metrics: observe.metrics,
    runTimeoutMs: config.CONNECTOR_RUN_TIMEOUT_SECONDS * 1000,
    runLeaseMs: config.CONNECTOR_RUN_LEASE_SECONDS * 1000,
    refuseSandbox: !config.CONNECTOR_SANDBOX_CONNECTIONS,
    // The API's next scheduled run of each connection: the schedule is shared by every instance,
    // so it is shown on instances that do not work runs themselves too.
    schedule: config.CONNECTOR_SCHEDULE === 'off' ? null : config.CONNECTOR_SCHEDULE,
    stopping: { value: false },
  });
  // Every instance, with or without the scheduler, marks runs whose process died as FAILED.
  rt.reaper = startRunReaper(rt);
  return rt;
}
