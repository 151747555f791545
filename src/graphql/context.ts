// Per-request context: who is acting (from the Bearer token), their permissions, and the
// tenant-scoped database client. There is no other database handle in the context.
// A plain object: graphql-yoga merges contexts with Object.assign.
import type { CustomerUserRight, Permission } from '../generated/prisma/enums.js';
import type { Actor, TenantDb } from '../db/tenant.js';
import { UnauthenticatedError } from '../errors.js';
import type { IntegrationRuntime } from '../integration/runtime/run.js';
import type { LiveHub } from '../live/hub.js';

export interface AuthenticatedUser {
  actor: Actor & { userId: string };
  permissions: ReadonlySet<Permission>;
  tokenId: string;
  /** The login session the request's access token belongs to; unset for an API token. */
  sessionId?: string;
  /**
   * Set for a customer user (a person at a customer, not staff): their customer and rights, read
   * with the token on every request. They hold no permissions; only the root fields listed in
   * src/modules/customer-users/rules.ts answer them.
   */
  customer?: { customerId: string; rights: ReadonlySet<CustomerUserRight> } | null;
}

/** Uploaded documents (src/modules/documents): the largest accepted and where their bytes are kept. */
export interface DocumentSettings {
  /** DOCUMENT_MAX_BYTES. */
  maxBytes: number;
  /** DOCUMENT_STORAGE: new documents' bytes in the table (`database`) or in files under `dir` (`directory`). */
  storage: 'database' | 'directory';
  /** DOCUMENT_DIR: where files are written (storage `directory`) and read (files stored there earlier); null when unset. */
  dir: string | null;
}

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = { maxBytes: 25 * 1024 * 1024, storage: 'database', dir: null };

export interface Context {
  /** null when the request carries no valid token; every field then answers UNAUTHENTICATED. */
  auth: AuthenticatedUser | null;
  permissions: ReadonlySet<Permission>;
  /** The tenant-scoped client; the only way resolvers reach the database. */
  db: TenantDb;
  /** Connectors, runs and credentials (null where the server runs without integrations). */
  integrations: IntegrationRuntime | null;
  /** Document limits and storage. */
  documents: DocumentSettings;
  /** Live events for subscriptions (src/live/hub.ts); unset where the server offers none. */
  live?: LiveContext;
  /** Per-request memo for data many objects share (e.g. the company's custom field definitions). */
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
}

const unauthenticatedDb = new Proxy({} as TenantDb, {
  get() {
    throw new UnauthenticatedError('Send a valid API token as `Authorization: Bearer <token>`.');
  },
});

export function createContext(
  auth: AuthenticatedUser | null,
  db: TenantDb | null,
  integrations: IntegrationRuntime | null = null,
  documents: DocumentSettings = DEFAULT_DOCUMENT_SETTINGS,
): Context {
  const memo = new Map<string, Promise<unknown>>();
  return {
    auth,
    permissions: auth?.permissions ?? new Set(),
    db: auth && db ? db : unauthenticatedDb,
    integrations,
    documents,
    once<T>(key: string, load: () => Promise<T>): Promise<T> {
      let p = memo.get(key) as Promise<T> | undefined;
      if (!p) {
        p = load();
        memo.set(key, p);
      }
      return p;
    },
  };
}

/** What a subscription's stream needs beyond the request: the instance's event reader and the request's credentials checked again. */
export interface LiveContext {
  hub: LiveHub;
  /** The request's credentials resolved again (null: revoked, expired, the user deactivated). */
  reauthenticate(): Promise<AuthenticatedUser | null>;
  /** How often a stream checks its credentials again (ms): a revoked or expired token ends it within this. */
  recheckMs: number;
}

/** The acting user; resolvers behind the `authenticated` scope can rely on it. */
export function actorOf(ctx: Context): AuthenticatedUser['actor'] {
  if (!ctx.auth) throw new UnauthenticatedError('Send a valid API token as `Authorization: Bearer <token>`.');
  return ctx.auth.actor;
}
