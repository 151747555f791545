// Connections (one company's configured instance of a connector): create/update/delete with
// settings validated by the connector's schema and credentials encrypted; optional flows
// toggled; check; run now; retry one failed entity. The runs themselves are the runtime's,
// reached through the ConnectorEngine this module declares (./engine.ts).
import type { Prisma } from '../../generated/prisma/client.js';
import { jobQueueStatements, lockForUpdate, scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import { ConflictError, NotFoundError, ValidationError, type ValidationIssue } from '../../errors.js';
import { checkUrl, EgressRefusedError, exchangeAuthorizationCode, HttpError } from '@nordic-invoicing/connector-sdk';
import { endpointFingerprint, endpointUrls } from '@nordic-invoicing/connector-sdk';
import type { ConnectorManifest, CredentialKind, Credentials, DomainEvent, EntityRef, InvoiceRecord } from '@nordic-invoicing/connector-sdk';
import type { ConnectorEngine } from './engine.js';
import { isUniqueViolationOn } from '../../db/errors.js';

export interface ConnectionInput {
  connectorId?: string;
  name?: string;
  /** Only when creating: a test/sandbox connection (any host, private addresses included). */
  sandbox?: boolean;
  active?: boolean;
  settings?: unknown;
  credentials?: Credentials | null;
  enabledFlows?: string[];
  notificationEmails?: string[];
  /** Failing runs in a row that pause the connection; 0 never pauses it. */
  pauseAfterFailures?: number;
}

/** The largest pauseAfterFailures (about two days of half-hourly runs). */
export const MAX_PAUSE_AFTER_FAILURES = 100;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Which credential fields a kind needs (pure). */
export function credentialIssues(kind: CredentialKind, c: Credentials, path = 'credentials'): ValidationIssue[] {
  const need = (k: string) =>
    typeof c[k] === 'string' && c[k]!.trim() ? [] : [{ path: `${path}.${k}`, code: 'required', message: `Required for ${kind} credentials.` }];
  switch (kind) {
    case 'api_key':
      return need('apiKey');
    case 'oauth2_client_credentials':
      return [...need('clientId'), ...need('clientSecret')];
    case 'oauth2_authorization_code':
      return [...need('clientId'), ...need('clientSecret')];
    case 'none':
      return [];
  }
}

/** Settings, flows and e-mail issues of a connection input against its connector (pure). */
export function connectionIssues(manifest: ConnectorManifest, input: ConnectionInput): { issues: ValidationIssue[]; settings: unknown } {
  const issues: ValidationIssue[] = [];
  let settings: unknown;
  if (input.settings !== undefined) {
    const parsed = manifest.settings.safeParse(input.settings ?? {});
    if (parsed.success) settings = parsed.data;
    else for (const i of parsed.error.issues) issues.push({ path: ['settings', ...i.path.map(String)].join('.'), code: i.code, message: i.message });
  }
  if (input.name !== undefined && !input.name.trim()) issues.push({ path: 'name', code: 'required', message: 'A connection needs a name.' });
  input.enabledFlows?.forEach((id, i) => {
    const flow = manifest.flows.find((f) => f.id === id);
    if (!flow) issues.push({ path: `enabledFlows.${i}`, code: 'unknown_flow', message: `${manifest.name} has no flow "${id}".` });
    else if (flow.base) issues.push({ path: `enabledFlows.${i}`, code: 'base_flow', message: `"${id}" is a base flow; it always runs.` });
  });
  input.notificationEmails?.forEach((e, i) => {
    if (!EMAIL.test(e)) issues.push({ path: `notificationEmails.${i}`, code: 'invalid_email', message: `"${e}" is not an e-mail address.` });
  });
  if (input.credentials) issues.push(...credentialIssues(manifest.credentials.kind, input.credentials));
  const n = input.pauseAfterFailures;
  if (n !== undefined && (!Number.isInteger(n) || n < 0 || n > MAX_PAUSE_AFTER_FAILURES)) {
    issues.push({
      path: 'pauseAfterFailures',
      code: 'out_of_range',
      message: `A whole number from 0 (never pause) to ${MAX_PAUSE_AFTER_FAILURES}.`,
    });
  }
  return { issues, settings };
}

/**
 * Where the settings would send credentials, checked against the connector's allowed hosts and
 * for non-public IP literals (pure; names are checked on their resolved address when called).
 * A sandbox connection is not checked.
 */
export function endpointIssues(manifest: ConnectorManifest, settings: unknown, sandbox: boolean): ValidationIssue[] {
  if (sandbox) return [];
  const issues: ValidationIssue[] = [];
  let urls;
  try {
    urls = endpointUrls(manifest, settings);
  } catch (err) {
    return [{ path: 'settings', code: 'invalid', message: `${manifest.name} cannot use these settings: ${(err as Error).message}` }];
  }
  for (const e of urls) {
    try {
      checkUrl(e.url, { allowedHosts: manifest.allowedHosts ?? [] });
    } catch (err) {
      if (err instanceof EgressRefusedError) issues.push({ path: e.path, code: err.reason, message: err.message });
      else issues.push({ path: e.path, code: 'invalid_url', message: `"${e.url}" is not an address.` });
    }
  }
  return issues;
}

/** Whether two (parsed) settings send credentials to different places (pure). */
export function endpointChanged(manifest: ConnectorManifest, before: unknown, after: unknown): boolean {
  return endpointFingerprint(manifest, before) !== endpointFingerprint(manifest, after);
}

/** A request refused by the connection's egress policy, as the admin's error naming the setting. */
function egressError(err: EgressRefusedError): ValidationError {
  return ValidationError.single(err.setting ?? 'settings', err.reason, err.message);
}

function runtime(rt: ConnectorEngine | null): ConnectorEngine {
  if (!rt) throw new ConflictError('INVALID_STATE', 'Integrations are not enabled on this server.');
  return rt;
}

function manifestOf(rt: ConnectorEngine, connectorId: string, path = 'connectorId'): ConnectorManifest {
  const m = rt.registry.get(connectorId);
  if (!m)
    throw ValidationError.single(
      path,
      'unknown_connector',
      `No connector "${connectorId}" is installed (available: ${
        rt.registry
          .list()
          .map((c) => c.id)
          .join(', ') || 'none'
      }).`,
    );
  return m;
}

async function loadConnection(db: TenantDb, id: string) {
  const c = await db.connection.findUnique({ where: { id } });
  if (!c) throw new NotFoundError('Connection', 'No such connection.', 'id');
  return c;
}

const nameTaken = (name: string) => (err: unknown) => {
  if (isUniqueViolationOn(err, 'name')) throw new ConflictError('ALREADY_EXISTS', `A connection named "${name}" already exists.`, 'name');
  throw err;
};

export async function createConnection(db: TenantDb, rtOrNull: ConnectorEngine | null, input: ConnectionInput & { connectorId: string; name: string }) {
  const rt = runtime(rtOrNull);
  const manifest = manifestOf(rt, input.connectorId);
  const sandbox = input.sandbox ?? false;
  if (sandbox && rt.refuseSandbox) {
    throw ValidationError.single('sandbox', 'sandbox_disabled', 'This server does not accept sandbox connections (CONNECTOR_SANDBOX_CONNECTIONS).');
  }
  const { issues, settings } = connectionIssues(manifest, { ...input, settings: input.settings ?? {} });
  if (!issues.length) issues.push(...endpointIssues(manifest, settings, sandbox));
  if (issues.length) throw new ValidationError(issues);
  return db.$transaction(async (tx) => {
    const created = await tx.connection
      .create({
        data: scoped<Prisma.ConnectionUncheckedCreateInput>({
          connectorId: manifest.id,
          name: input.name.trim(),
          active: input.active ?? true,
          sandbox,
          settings: settings as Prisma.InputJsonValue,
          enabledFlows: input.enabledFlows ?? [],
          notificationEmails: input.notificationEmails ?? [],
          pauseAfterFailures: input.pauseAfterFailures,
        }),
      })
      .catch(nameTaken(input.name));
    // The ciphertext is bound to the connection id, which exists only now.
    if (input.credentials) {
      await tx.connection.update({ where: { id: created.id }, data: { credentials: rt.secrets.encrypt(input.credentials, created.id) } });
    }
    return created;
  });
}

export async function updateConnection(db: TenantDb, rtOrNull: ConnectorEngine | null, id: string, input: ConnectionInput) {
  const rt = runtime(rtOrNull);
  const existing = await loadConnection(db, id);
  const manifest = manifestOf(rt, existing.connectorId, 'id');
  const { issues, settings } = connectionIssues(manifest, input);
  if (input.settings !== undefined && !issues.length) issues.push(...endpointIssues(manifest, settings, existing.sandbox && !rt.refuseSandbox));
  if (issues.length) throw new ValidationError(issues);
  const data: Prisma.ConnectionUpdateManyMutationInput = {};
  if (input.name !== undefined) data.name = input.name.trim();
  if (input.active !== undefined) data.active = input.active;
  if (input.settings !== undefined) {
    data.settings = settings as Prisma.InputJsonValue;
    // Credentials belong to the endpoint they were issued for: a new address (base, token or
    // authorize URL, or any endpoint setting) clears them unless this change brings new ones.
    const before = manifest.settings.safeParse(existing.settings);
    if ((!before.success || endpointChanged(manifest, before.data, settings)) && input.credentials === undefined) data.credentials = null;
  }
  if (input.enabledFlows !== undefined) data.enabledFlows = input.enabledFlows;
  if (input.notificationEmails !== undefined) data.notificationEmails = input.notificationEmails;
  if (input.pauseAfterFailures !== undefined) data.pauseAfterFailures = input.pauseAfterFailures;
  if (input.credentials !== undefined) data.credentials = input.credentials ? rt.secrets.encrypt(input.credentials, id) : null;
  // Written only over the settings read above (one statement): credentials decided for those
  // settings never land on settings another admin changed meanwhile.
  const res = await db.connection
    .updateMany({ where: { id, settings: { equals: existing.settings as Prisma.InputJsonValue } }, data })
    .catch(nameTaken(input.name ?? ''));
  if (res.count === 0) throw new ConflictError('INVALID_STATE', 'The connection was changed by someone else meanwhile; load it again and retry.', 'id');
  return loadConnection(db, id);
}

export async function deleteConnection(db: TenantDb, id: string) {
  await loadConnection(db, id);
  await db.connection.delete({ where: { id } });
}

export async function setFlowEnabled(db: TenantDb, rtOrNull: ConnectorEngine | null, id: string, flowId: string, enabled: boolean) {
  const rt = runtime(rtOrNull);
  const c = await loadConnection(db, id);
  const manifest = manifestOf(rt, c.connectorId, 'id');
  const flow = manifest.flows.find((f) => f.id === flowId);
  if (!flow) throw ValidationError.single('flowId', 'unknown_flow', `${manifest.name} has no flow "${flowId}".`);
  if (flow.base)
    throw new ConflictError(
      'BASE_FLOW',
      `"${flowId}" is a base flow of ${manifest.name}: it always runs and cannot be ${enabled ? 'enabled' : 'disabled'}.`,
      'flowId',
    );
  const flows = new Set(c.enabledFlows);
  if (enabled) flows.add(flowId);
  else flows.delete(flowId);
  // Kept in manifest order, so what the admin sees matches the run order.
  return db.connection.update({ where: { id }, data: { enabledFlows: manifest.flows.filter((f) => flows.has(f.id)).map((f) => f.id) } });
}

/** The address an admin opens to grant access (OAuth2 authorization code), pure. */
export function authorizeUrl(
  base: string,
  p: { clientId: string; redirectUri: string; state: string; scope?: string; extra?: Record<string, string> },
): string {
  const url = new URL(base);
  url.searchParams.set('client_id', p.clientId);
  url.searchParams.set('redirect_uri', p.redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('state', p.state);
  if (p.scope) url.searchParams.set('scope', p.scope);
  for (const [k, v] of Object.entries(p.extra ?? {})) url.searchParams.set(k, v);
  return url.toString();
}

export async function connectionAuthorizeUrl(db: TenantDb, rtOrNull: ConnectorEngine | null, id: string, redirectUri: string, state: string): Promise<string> {
  const rt = runtime(rtOrNull);
  const c = await loadConnection(db, id);
  const manifest = manifestOf(rt, c.connectorId, 'id');
  const setup = manifest.http(manifest.settings.parse(c.settings));
  if (manifest.credentials.kind !== 'oauth2_authorization_code' || setup.auth.kind !== 'oauth2' || !setup.auth.authorizeUrl) {
    throw new ConflictError('INVALID_STATE', `${manifest.name} does not use the OAuth2 authorization code flow.`, 'id');
  }
  const creds: Credentials = c.credentials ? rt.secrets.decrypt<Credentials>(c.credentials, c.id) : {};
  if (!creds.clientId) throw ValidationError.single('id', 'credentials_missing', 'Store the client id and secret on the connection first.');
  return authorizeUrl(setup.auth.authorizeUrl, { clientId: creds.clientId, redirectUri, state, scope: setup.auth.scope, extra: setup.auth.authorizeParams });
}

/** Exchanges an OAuth2 authorization code for tokens and stores them (encrypted). */
export async function authorizeConnection(db: TenantDb, rtOrNull: ConnectorEngine | null, id: string, code: string, redirectUri: string) {
  const rt = runtime(rtOrNull);
  const c = await loadConnection(db, id);
  const manifest = manifestOf(rt, c.connectorId, 'id');
  if (manifest.credentials.kind !== 'oauth2_authorization_code')
    throw new ConflictError('INVALID_STATE', `${manifest.name} does not use the OAuth2 authorization code flow.`, 'id');
  const setup = manifest.http(manifest.settings.parse(c.settings));
  if (setup.auth.kind !== 'oauth2') throw new ConflictError('INVALID_STATE', `${manifest.name} has no OAuth2 token endpoint.`, 'id');
  const creds: Credentials = c.credentials ? rt.secrets.decrypt<Credentials>(c.credentials, c.id) : {};
  if (!creds.clientId || !creds.clientSecret)
    throw ValidationError.single('id', 'credentials_missing', 'Store the client id and secret on the connection first.');
  try {
    const egress = rt.egress(c, manifest, manifest.settings.parse(c.settings)) ?? undefined;
    const tokens = await exchangeAuthorizationCode({
      tokenUrl: setup.auth.tokenUrl,
      clientId: creds.clientId,
      clientSecret: creds.clientSecret,
      code,
      redirectUri,
      clientAuth: setup.auth.clientAuth,
      egress,
      fetch: rt.fetch,
    });
    // Only over the credentials the exchange used (an endpoint change meanwhile cleared them).
    const res = await db.connection.updateMany({
      where: { id, credentials: c.credentials },
      data: { credentials: rt.secrets.encrypt({ ...creds, ...tokens }, id) },
    });
    if (res.count === 0)
      throw new ConflictError('INVALID_STATE', 'The connection was changed meanwhile; store the client id and secret again and authorise again.', 'id');
    return loadConnection(db, id);
  } catch (err) {
    if (err instanceof EgressRefusedError) throw egressError(err);
    if (err instanceof HttpError) throw ValidationError.single('code', 'authorization_failed', `The accounting system refused the code: ${err.remoteMessage}`);
    throw err;
  }
}

export async function checkConnection(db: TenantDb, rtOrNull: ConnectorEngine | null, id: string): Promise<{ ok: boolean; message: string }> {
  const rt = runtime(rtOrNull);
  const c = await loadConnection(db, id);
  const manifest = rt.registry.get(c.connectorId);
  if (!manifest) return { ok: false, message: `The connector "${c.connectorId}" is not installed in this server.` };
  const parsed = manifest.settings.safeParse(c.settings);
  if (!parsed.success) return { ok: false, message: `Invalid settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  try {
    const http = rt.httpClient(db, c, manifest, parsed.data, { dryRun: true, log: rt.log });
    return await manifest.check({ settings: parsed.data, http, log: rt.log });
  } catch (err) {
    // Refused before sending: the admin gets the setting to fix, never a refused host's answer.
    if (err instanceof EgressRefusedError) throw egressError(err);
    return { ok: false, message: err instanceof HttpError ? `${err.status || 'network'}: ${err.remoteMessage}` : (err as Error).message };
  }
}

/**
 * Lifts the pause of a connection and clears its count of failing runs in a row, so scheduled
 * runs take it again (and a new series of failures pauses it again). A connection that is not
 * paused only has its count cleared.
 */
export async function resumeConnection(db: TenantDb, id: string) {
  await loadConnection(db, id);
  return db.connection.update({ where: { id }, data: { pausedAt: null, pausedReason: null, consecutiveFailures: 0 } });
}

/**
 * Queues a run an admin asked for and returns its id at once: written QUEUED and handed to the run
 * engine in one transaction, under the connection's row lock, so two requests at once cannot both
 * queue one (the second answers RUN_IN_PROGRESS while the first is QUEUED or RUNNING). A run of
 * the schedule or of a change in progress does not refuse it: it runs after that one.
 */
async function queueRun(
  db: TenantDb,
  rt: ConnectorEngine,
  companyId: string,
  connectionId: string,
  run: { trigger: 'MANUAL' | 'RETRY'; flows: readonly string[]; dryRun: boolean; only: EntityRef[] | null },
): Promise<string> {
  const handed = await db.$transaction(async (tx) => {
    if (!(await lockForUpdate(tx, 'Connection', connectionId))) throw new NotFoundError('Connection', 'No such connection.', 'id');
    const asked = await tx.connectorRun.findFirst({
      where: { connectionId, status: { in: ['QUEUED', 'RUNNING'] }, trigger: { in: ['MANUAL', 'RETRY'] } },
      select: { id: true, status: true },
    });
    if (asked) {
      throw new ConflictError(
        'RUN_IN_PROGRESS',
        `A run asked for is already ${asked.status === 'QUEUED' ? 'waiting' : 'running'} (run ${asked.id}); follow it, or cancel it with cancelConnectorRun.`,
        'id',
      );
    }
    const created = await tx.connectorRun.create({
      data: scoped<Prisma.ConnectorRunUncheckedCreateInput>({
        connectionId,
        trigger: run.trigger,
        status: 'QUEUED',
        dryRun: run.dryRun,
        requestedFlows: [...run.flows],
        onlyEntities: run.only ? (run.only as unknown as Prisma.InputJsonValue) : undefined,
      }),
      select: { id: true },
    });
    const queued = { companyId, connectionId, runId: created.id, trigger: run.trigger };
    return { queued, enqueued: await rt.enqueueRun(jobQueueStatements(tx), queued) };
  });
  // Without a run engine in this process the run starts here, once the QUEUED row is committed.
  if (!handed.enqueued) rt.runQueuedHere(handed.queued);
  return handed.queued.runId;
}

/** Queues a run of the connection (all enabled flows, or the chosen ones); returns the QUEUED run's id at once. */
export async function runNow(
  db: TenantDb,
  rtOrNull: ConnectorEngine | null,
  companyId: string,
  id: string,
  opts: { flows?: string[]; dryRun?: boolean },
): Promise<string> {
  const rt = runtime(rtOrNull);
  const c = await loadConnection(db, id);
  const manifest = manifestOf(rt, c.connectorId, 'id');
  opts.flows?.forEach((f, i) => {
    const flow = manifest.flows.find((x) => x.id === f);
    if (!flow) throw ValidationError.single(`flows.${i}`, 'unknown_flow', `${manifest.name} has no flow "${f}".`);
    if (!flow.base && !c.enabledFlows.includes(f))
      throw ValidationError.single(`flows.${i}`, 'flow_disabled', `The optional flow "${f}" is not enabled for this connection.`);
  });
  return queueRun(db, rt, companyId, id, { trigger: 'MANUAL', flows: opts.flows ?? [], dryRun: !!opts.dryRun, only: null });
}

/** Queues a run of the failed entity's flow for that entity only; returns the QUEUED run's id at once. */
export async function retryFailure(db: TenantDb, rtOrNull: ConnectorEngine | null, companyId: string, failureId: string): Promise<string> {
  const rt = runtime(rtOrNull);
  const f = await db.connectorRunFailure.findUnique({ where: { id: failureId }, include: { run: { select: { connectionId: true } } } });
  if (!f) throw new NotFoundError('ConnectorRunFailure', 'No such failure.', 'id');
  if (!f.entityId)
    throw new ConflictError('INVALID_STATE', `${f.reference} exists only in the accounting system; it is retried by the next run of ${f.flowId}.`, 'id');
  return queueRun(db, rt, companyId, f.run.connectionId, {
    trigger: 'RETRY',
    flows: [f.flowId],
    dryRun: false,
    only: [{ type: f.entityType, id: f.entityId, reference: f.reference }],
  });
}

/** The most entities one re-export may name. */
export const MAX_REEXPORT = 500;

/** The flow of a connection that writes chosen entities of `entityType` again (enabled, declaring `reexport`), or null (pure). */
export function reexportFlow(manifest: Pick<ConnectorManifest, 'flows'>, enabledFlows: readonly string[], entityType: string) {
  return (
    manifest.flows.find((f) => f.reexport === true && f.direction === 'export' && f.entity === entityType && (f.base || enabledFlows.includes(f.id))) ?? null
  );
}

/** What a re-export checks of one chosen entity: it is there, in a state that is exported, and its external number (if any) is ours. */
interface ReexportCandidate {
  reference: string;
  /** Why it is not exported at all (not locked, not approved, disputed), or null. */
  notExported: string | null;
  externalNumber: string | null;
}

/**
 * Queues a run of the connection's export flow of `entityType` (enabled, declaring `reexport`)
 * for the chosen entities only, written again even though the id map says they were exported;
 * the id map is updated and nothing else is exported. An entity whose external number another
 * system gave (not this connection's export) is refused. Returns the QUEUED run's id at once; it
 * runs as a retry does (trigger RETRY).
 */
async function reexport(
  db: TenantDb,
  rtOrNull: ConnectorEngine | null,
  companyId: string,
  connectionId: string,
  what: { entityType: 'invoice' | 'supplierInvoice'; field: string; model: string; plural: string; noun: string },
  chosenIds: readonly string[],
  load: (ids: string[]) => Promise<Map<string, ReexportCandidate>>,
): Promise<string> {
  const rt = runtime(rtOrNull);
  const c = await loadConnection(db, connectionId);
  const manifest = manifestOf(rt, c.connectorId, 'connectionId');
  const flow = reexportFlow(manifest, c.enabledFlows, what.entityType);
  if (!flow) throw ValidationError.single('connectionId', 'reexport_unsupported', `${manifest.name} cannot export chosen ${what.plural} again.`);
  const ids = [...new Set(chosenIds)];
  if (ids.length === 0) throw ValidationError.single(what.field, 'required', `Choose at least one ${what.noun}.`);
  if (ids.length > MAX_REEXPORT) throw ValidationError.single(what.field, 'too_many', `At most ${MAX_REEXPORT} ${what.plural} at a time.`);
  const byId = await load(ids);
  // An external number this connection gave (the voucher it wrote) does not stop a re-export.
  const ours = new Map(
    (
      await db.externalIdMapping.findMany({
        where: { connectionId, entityType: what.entityType, localId: { in: ids } },
        select: { localId: true, remoteId: true },
      })
    ).map((m) => [m.localId, m.remoteId]),
  );
  const only: EntityRef[] = [];
  for (const [n, id] of ids.entries()) {
    const e = byId.get(id);
    if (!e) throw new NotFoundError(what.model, `No such ${what.noun}.`, `${what.field}.${n}`);
    if (e.notExported) throw new ConflictError('INVALID_STATE', `${e.reference} ${e.notExported}`, `${what.field}.${n}`);
    if (e.externalNumber && ours.get(id) !== e.externalNumber)
      throw new ConflictError(
        'INVALID_STATE',
        `${e.reference} is in an accounting system already (number ${e.externalNumber}); it is not exported again.`,
        `${what.field}.${n}`,
      );
    only.push({ type: what.entityType, id, reference: e.reference });
  }
  return queueRun(db, rt, companyId, connectionId, { trigger: 'RETRY', flows: [flow.id], dryRun: false, only });
}

/**
 * Queues a run of the connection's invoice export for the chosen locked invoices only, written
 * again even though the id map says they were exported (e.g. into a new SIE file); the id map is
 * updated and nothing else is exported. Only connectors whose invoice export declares `reexport`
 * offer it. Returns the QUEUED run's id at once; it runs as a retry does (trigger RETRY).
 */
export function reexportInvoices(
  db: TenantDb,
  rtOrNull: ConnectorEngine | null,
  companyId: string,
  connectionId: string,
  invoiceIds: readonly string[],
): Promise<string> {
  const what = { entityType: 'invoice', field: 'invoiceIds', model: 'Invoice', plural: 'invoices', noun: 'invoice' } as const;
  return reexport(db, rtOrNull, companyId, connectionId, what, invoiceIds, async (ids) => {
    const found = await db.invoice.findMany({
      where: { id: { in: ids } },
      select: { id: true, number: true, isCredit: true, locked: true, externalNumber: true },
    });
    return new Map(
      found.map((i) => {
        const reference = `${i.isCredit ? 'Credit invoice' : 'Invoice'} ${i.number}`;
        return [i.id, { reference, notExported: i.locked ? null : 'is not locked; only locked invoices are exported.', externalNumber: i.externalNumber }];
      }),
    );
  });
}

/**
 * The same for supplier invoices: a run of the connection's supplier-invoice export for the
 * chosen approved, undisputed supplier invoices only, written again (the sie connector: into a
 * new file, each invoice's external number then the new voucher's place).
 */
export function reexportSupplierInvoices(
  db: TenantDb,
  rtOrNull: ConnectorEngine | null,
  companyId: string,
  connectionId: string,
  supplierInvoiceIds: readonly string[],
): Promise<string> {
  const what = {
    entityType: 'supplierInvoice',
    field: 'supplierInvoiceIds',
    model: 'SupplierInvoice',
    plural: 'supplier invoices',
    noun: 'supplier invoice',
  } as const;
  return reexport(db, rtOrNull, companyId, connectionId, what, supplierInvoiceIds, async (ids) => {
    const found = await db.supplierInvoice.findMany({
      where: { id: { in: ids } },
      select: { id: true, invoiceNumber: true, status: true, disputed: true, externalNumber: true, supplier: { select: { number: true, name: true } } },
    });
    return new Map(
      found.map((i) => {
        const reference = `Supplier invoice ${i.invoiceNumber} ${i.supplier.name} (${i.supplier.number})`;
        const notExported =
          i.status !== 'APPROVED'
            ? 'is not approved; only approved supplier invoices are exported.'
            : i.disputed
              ? 'is disputed; it is not exported until the dispute is settled.'
              : null;
        return [i.id, { reference, notExported, externalNumber: i.externalNumber }];
      }),
    );
  });
}

/** A run's file for download (GET /run-files/<id>), or null when there is none in this company. */
export async function runFileDownload(db: TenantDb, id: string) {
  const f = await db.runFile.findUnique({ where: { id }, select: { name: true, contentType: true, bytes: true } });
  return f ? { fileName: f.name, contentType: f.contentType, bytes: new Uint8Array(f.bytes) } : null;
}

/**
 * Cancels a run: a QUEUED one at once (it never starts), a RUNNING one between two entities (the
 * instance running it sees the request within seconds; what it did stays done and recorded).
 * A finished run answers INVALID_STATE. One statement each, so a run starting or finishing at the
 * same moment is either cancelled or reported as no longer cancellable.
 */
export async function cancelRun(db: TenantDb, runId: string, actorSignature: string, now = new Date()): Promise<void> {
  const queued = await db.connectorRun.updateMany({
    where: { id: runId, status: 'QUEUED' },
    data: {
      status: 'CANCELLED',
      finishedAt: now,
      cancelRequestedAt: now,
      cancelledBy: actorSignature,
      error: `Cancelled by ${actorSignature} before it started.`,
    },
  });
  if (queued.count) return;
  const running = await db.connectorRun.updateMany({
    where: { id: runId, status: 'RUNNING', cancelRequestedAt: null },
    data: { cancelRequestedAt: now, cancelledBy: actorSignature },
  });
  if (running.count) return;
  const run = await db.connectorRun.findUnique({ where: { id: runId }, select: { status: true, cancelRequestedAt: true } });
  if (!run) throw new NotFoundError('ConnectorRun', 'No such run.', 'id');
  if (run.status === 'RUNNING') return; // asked already: the run stops at its next entity
  throw new ConflictError('INVALID_STATE', `The run has finished (${run.status}); there is nothing to cancel.`, 'id');
}

/** The flows of a connection that a change runs: enabled (base ones always) and listening for it, in manifest order (pure). */
export function flowsListeningFor(manifest: Pick<ConnectorManifest, 'flows'>, enabledFlows: readonly string[], event: DomainEvent): string[] {
  return manifest.flows.filter((f) => (f.base || enabledFlows.includes(f.id)) && f.on?.includes(event)).map((f) => f.id);
}

/**
 * What a change here does to the connections, as the service making the change calls it inside
 * its transaction: a run of the flows listening for the change is enqueued on each active,
 * unpaused connection of the company that has such flows. The enqueue is part of the
 * transaction: a change rolled back enqueues nothing. Undefined when integrations are off.
 */
export function eventRuns(rt: ConnectorEngine | null, event: DomainEvent): ((tx: TenantClient) => Promise<void>) | undefined {
  if (!rt) return undefined;
  return async (tx) => {
    const connections = await tx.connection.findMany({
      where: { active: true, pausedAt: null },
      select: { id: true, companyId: true, connectorId: true, enabledFlows: true },
      orderBy: { createdAt: 'asc' },
    });
    const sql = jobQueueStatements(tx);
    for (const c of connections) {
      const manifest = rt.registry.get(c.connectorId);
      const flows = manifest ? flowsListeningFor(manifest, c.enabledFlows, event) : [];
      if (flows.length) await rt.enqueueEventRun(sql, { companyId: c.companyId, connectionId: c.id, event, flows });
    }
  };
}

/**
 * The active connections' invoice rules (their connectors' `preflight.invoice`), as the invoice
 * lock asks them: every issue one of them finds, as a validation issue naming the connection.
 */
export function invoicePreflight(registry: ConnectorEngine['registry']) {
  return async (tx: Pick<TenantDb, 'connection'>, invoice: InvoiceRecord): Promise<ValidationIssue[]> => {
    const connections = await tx.connection.findMany({ where: { active: true }, orderBy: { createdAt: 'asc' } });
    const issues: ValidationIssue[] = [];
    for (const c of connections) {
      const manifest = registry.get(c.connectorId);
      const rule = manifest?.preflight?.invoice;
      if (!manifest || !rule) continue;
      const settings = manifest.settings.safeParse(c.settings);
      if (!settings.success) continue; // a connection with invalid settings does not run either
      for (const i of rule(invoice, settings.data)) {
        issues.push({
          path: `export.${c.name}.${i.field}`,
          code: 'REFUSED_BY_ACCOUNTING_SYSTEM',
          message: `${c.name} (${manifest.name}) would refuse it: ${i.message}`,
        });
      }
    }
    return issues;
  };
}
