// What the integrations module needs from the connector runtime, declared here so the module
// never imports the runtime. The dependency runs one way (connectors → SDK ← runtime ← server →
// modules → db): the server builds the runtime (src/integration/runtime), which satisfies this
// interface structurally, and hands it to the module through the GraphQL context
// (`ctx.integrations`). Declaring the interface here, rather than moving the admin operations
// next to the runtime, keeps connections' rules (validation, credentials, endpoint checks) in
// this module with the rest of its service, and the runtime free of anything admin-facing.
import type { TenantDb } from '../../db/tenant.js';
import type { ConnectorRunTrigger } from '../../generated/prisma/enums.js';
import type { EgressPolicy, HttpClient, Logger } from '@nordic-invoicing/connector-sdk';
import type { ConnectorManifest, DomainEvent } from '@nordic-invoicing/connector-sdk';

/** Runs a statement in the caller's transaction and returns its rows. */
export type SqlExecutor = (text: string, values: unknown[]) => Promise<unknown[]>;

export interface ConnectorEngine {
  /** The installed connectors. */
  readonly registry: { list(): readonly ConnectorManifest[]; get(id: string): ConnectorManifest | undefined };
  /** Credentials encrypted at rest, each ciphertext bound to its connection id. */
  readonly secrets: { encrypt(plain: unknown, boundTo: string): string; decrypt<T = unknown>(stored: string, boundTo: string): T };
  /** Set on servers that accept no sandbox connections. */
  readonly refuseSandbox?: boolean;
  readonly fetch?: typeof fetch;
  readonly log: Logger;
  /** Where a connection's requests may go (null: unrestricted sandbox). */
  egress(connection: { sandbox: boolean }, manifest: ConnectorManifest, settings: unknown): EgressPolicy | null;
  /** The connection's HTTP client with its credentials (refreshed tokens stored through `db`). */
  httpClient(
    db: TenantDb,
    connection: { id: string; credentials: string | null; sandbox: boolean },
    manifest: ConnectorManifest,
    settings: unknown,
    opts: { dryRun: boolean; log: Logger },
  ): HttpClient;
  /**
   * When the schedule next runs this connection (after `from`, default now); null when it will
   * not: no schedule on this server, inactive or paused.
   */
  nextScheduledRunAt(connection: { active: boolean; pausedAt: Date | null }, from?: Date): Date | null;
  /**
   * Runs the connection now and waits for it; `skipped` when a run of it is already in progress
   * (RUN_IN_PROGRESS) or the connection is paused and the trigger is not one an admin asked for
   * (CONNECTION_PAUSED).
   */
  /**
   * Enqueues, inside the caller's transaction, a run of `flows` of a connection for a change here
   * (collapsed with one already waiting for the same connection and change); false when this server
   * has no run engine (the schedule takes the change).
   */
  enqueueEventRun(sql: SqlExecutor, req: { companyId: string; connectionId: string; event: DomainEvent; flows: readonly string[] }): Promise<boolean>;
  /**
   * Hands a QUEUED run, written in the caller's transaction, to the run engine in that
   * transaction; false when this server has no run engine, and the caller starts it with
   * `runQueuedHere` after the commit.
   */
  enqueueRun(sql: SqlExecutor, req: QueuedRun): Promise<boolean>;
  /** Executes a QUEUED run in this process, in the background (no run engine). */
  runQueuedHere(req: QueuedRun): void;
}

/** A run written QUEUED, for the runtime to execute. */
export interface QueuedRun {
  companyId: string;
  connectionId: string;
  runId: string;
  trigger: ConnectorRunTrigger;
}
