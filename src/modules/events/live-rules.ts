// Who may see which event on a live stream, and the stream's arguments (pure: no I/O).
//
// An event is shown to a user holding any of the permissions its kind needs:
//   invoice.*                        INVOICE_VIEW
//   run.*, connection.*              ADMIN_INTEGRATIONS
//   webhook.test                     ADMIN_INTEGRATIONS
//   import.finished (customers,      CUSTOMER_VIEW or CUSTOMER_UPLOAD
//     contacts)
//   import.finished (sie)            ADMIN_ACCOUNTS, ADMIN_COST_CENTRES or ADMIN_INTEGRATIONS (who may import SIE)
//   import.finished (bankgiro)       INVOICE_PAYMENTS (who may register payments)
//   anything else                    ADMIN_COMPANY_SETTINGS
import type { Permission } from '../../generated/prisma/enums.js';
import { EVENT_TYPES } from './types.js';

const IMPORT_PERMISSIONS: Readonly<Record<string, readonly Permission[]>> = {
  customers: ['CUSTOMER_VIEW', 'CUSTOMER_UPLOAD'],
  contacts: ['CUSTOMER_VIEW', 'CUSTOMER_UPLOAD'],
  sie: ['ADMIN_ACCOUNTS', 'ADMIN_COST_CENTRES', 'ADMIN_INTEGRATIONS'],
  'bankgiro-payments': ['INVOICE_PAYMENTS'],
};

const FALLBACK: readonly Permission[] = ['ADMIN_COMPANY_SETTINGS'];

/** The permissions any one of which lets a user see an event of `type` with payload `data`. */
export function eventPermissions(type: string, data: unknown): readonly Permission[] {
  if (type.startsWith('invoice.')) return ['INVOICE_VIEW'];
  if (type.startsWith('run.') || type.startsWith('connection.') || type === 'webhook.test') return ['ADMIN_INTEGRATIONS'];
  if (type === 'import.finished') {
    const kind = (data as { kind?: unknown } | null)?.kind;
    return (typeof kind === 'string' && IMPORT_PERMISSIONS[kind]) || FALLBACK;
  }
  return FALLBACK;
}

/** Whether a user holding `permissions` may see the event. */
export function maySee(permissions: ReadonlySet<Permission>, type: string, data: unknown): boolean {
  return eventPermissions(type, data).some((p) => permissions.has(p));
}

/** The problem with a `types` argument (an unknown type, too many), or null. */
export function typesIssue(types: readonly string[] | null | undefined): string | null {
  if (!types) return null;
  if (types.length > EVENT_TYPES.length) return `At most ${EVENT_TYPES.length} types.`;
  const unknown = types.find((t) => !(EVENT_TYPES as readonly string[]).includes(t));
  return unknown === undefined ? null : `${JSON.stringify(unknown.slice(0, 60))} is not an event type; the types are ${EVENT_TYPES.join(', ')}.`;
}

/** The largest seq (PostgreSQL bigint). */
const MAX_SEQ = 9_223_372_036_854_775_807n;

/** An `after` argument as a seq: decimal digits up to PostgreSQL's bigint; null when it is not one. */
export function parseAfter(after: string): bigint | null {
  if (!/^\d{1,19}$/.test(after)) return null;
  const n = BigInt(after);
  return n <= MAX_SEQ ? n : null;
}
