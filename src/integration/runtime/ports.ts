// What the runtime hands a flow as ctx.domain, and what it needs to build it. The runtime owns
// no domain: each domain implements its slice of the SDK's DomainPorts next to its service
// (src/modules/<domain>/port.ts), and the server assembles them into one PortFactory
// (src/modules/ports.ts) passed to createIntegrationRuntime. So the runtime imports nothing
// from src/modules, and only a domain's own service writes its tables.
import type { TenantClient, TenantDb } from '../../db/tenant.js';
import type { DomainPorts, EntityRef, PlannedChange } from '@nordic-invoicing/connector-sdk';

/** What one flow's run tells the ports: which connection, which entities, dry run or not. */
export interface PortScope {
  connectionId: string;
  /** Entities (type → our ids) the flow failed on in its last run: returned again until they pass. */
  openFailures: ReadonlyMap<string, ReadonlySet<string>>;
  /** The admin's retry of single entities: ports return only these. */
  only: readonly EntityRef[] | null;
  /** A dry run: ports plan their writes (`plan`) instead of making them. */
  dryRun: boolean;
  plan(change: PlannedChange): void;
  /** First account import of this connection (classes 1–2 never imported then). */
  firstRunOf(flowKey: string): Promise<boolean>;
  /**
   * The connector recorded an invoice's number in the accounting system: completes the
   * invoice.exported its id-map write owes (./state.ts createInvoiceExports). Call it in the
   * transaction that writes the number. Absent when no events are recorded.
   */
  invoiceNumbered?(tx: TenantClient, invoiceId: string, remoteNumber: string): Promise<void>;
}

/** Builds the ports one flow sees, on the company's tenant-scoped client, at the run's `now`. */
export type PortFactory = (db: TenantDb, scope: PortScope, now: Date) => DomainPorts;

/** The events the runtime records (the subscriptions' progress events among them). */
export type RuntimeEventType =
  | 'invoice.exported'
  | 'run.started'
  | 'run.flow_finished'
  | 'run.finished'
  | 'run.failed'
  | 'connection.paused'
  | 'connection.reauthorization_required';

/** One event as the runtime hands it over: payload of ids, numbers and statuses, never a secret. */
export interface RuntimeEvent {
  type: RuntimeEventType;
  entityType?: string | null;
  entityId?: string | null;
  data: Record<string, unknown>;
}

/**
 * Records events in the transaction of the client it is given (the events module's, injected by
 * the server beside the domain ports), so an event of a change rolled back never exists.
 */
export interface EventPort {
  record(db: TenantClient, event: RuntimeEvent): Promise<void>;
  /** The payload of the latest event of `type` about an entity (read by the entity's index), or null. */
  latest(db: TenantClient, about: { type: RuntimeEventType; entityType: string; entityId: string }): Promise<Record<string, unknown> | null>;
}
