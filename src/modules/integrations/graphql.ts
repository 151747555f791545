// GraphQL for admins of integrations (permission ADMIN_INTEGRATIONS): the installed connectors
// with their flows and settings form (JSON Schema), the company's connections (credentials are
// write-only), flow toggles, check, run now, run history with per-flow results and per-entity
// failures, retrying one failed entity, and each connection's health (last run, failing runs in a
// row, the pause after too many, the next scheduled run) with resuming a paused connection.
// Resolvers stay thin: service.ts does the work.
import { z } from 'zod';
import { builder } from '../../graphql/builder.js';
import { auditFields } from '../../graphql/audit.js';
import { actorOf } from '../../graphql/context.js';
import { settingsJsonSchema } from '@nordic-invoicing/connector-sdk';
import type { ConnectorManifest, Flow } from '@nordic-invoicing/connector-sdk';
import * as service from './service.js';
import type { TenantDb } from '../../db/tenant.js';
import { NotFoundError, ValidationError } from '../../errors.js';

const ADMIN = { permission: 'ADMIN_INTEGRATIONS' } as const;

const CredentialKindEnum = builder.enumType('CredentialKind', {
  values: {
    OAUTH2_AUTHORIZATION_CODE: {
      value: 'oauth2_authorization_code',
      description: 'OAuth2 authorization code: client id/secret, then authorizeConnection with the code.',
    },
    OAUTH2_CLIENT_CREDENTIALS: { value: 'oauth2_client_credentials', description: 'OAuth2 client credentials: client id and secret.' },
    API_KEY: { value: 'api_key', description: 'An API key (credentials.apiKey).' },
    NONE: { value: 'none', description: 'No credentials: the connector calls nothing (a file-based connector; its runs keep the files it writes).' },
  } as const,
});
const FlowDirectionEnum = builder.enumType('FlowDirection', {
  description: 'Seen from this system: EXPORT sends to the accounting system, IMPORT brings from it.',
  values: { IMPORT: { value: 'import' }, EXPORT: { value: 'export' } } as const,
});

const ConnectorFlowRef = builder.objectRef<Flow & { enabled?: boolean }>('ConnectorFlow').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    direction: t.field({ type: FlowDirectionEnum, resolve: (f) => f.direction }),
    entity: t.exposeString('entity', { description: 'customer, project, workOrder, invoice, account, costCentre, voucher, supplier, …' }),
    base: t.exposeBoolean('base', { description: 'Base flows always run; optional ones are enabled per connection.' }),
    description: t.exposeString('description'),
    enabled: t.boolean({
      nullable: true,
      description: 'On a connection: whether the flow runs (always true for base flows).',
      resolve: (f) => f.enabled ?? null,
    }),
  }),
});

const ConnectorRef = builder.objectRef<ConnectorManifest>('Connector').implement({
  description: 'An accounting-system connector installed in this server.',
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name'),
    version: t.exposeString('version'),
    description: t.string({ nullable: true, resolve: (c) => c.description ?? null }),
    credentialKind: t.field({ type: CredentialKindEnum, resolve: (c) => c.credentials.kind }),
    credentialDescription: t.string({ nullable: true, resolve: (c) => c.credentials.description ?? null }),
    settingsSchema: t.field({ type: 'JSON', description: 'JSON Schema of the settings, for rendering the form.', resolve: (c) => settingsJsonSchema(c) }),
    flows: t.field({ type: [ConnectorFlowRef], description: 'In run order.', resolve: (c) => [...c.flows] }),
  }),
});

const RunStatusEnum = builder.enumType('ConnectorRunStatus', {
  values: {
    QUEUED: { description: 'Asked for (runConnection, retryConnectorFailure) and waiting for a worker, or for the run of the connection in progress.' },
    RUNNING: {},
    SUCCEEDED: { description: 'Every flow ran and nothing failed.' },
    PARTIAL: { description: 'Every flow ran; some entities failed.' },
    FAILED: { description: 'A flow stopped, the run hit its time limit, the server stopped mid-run, or a queued run could not start.' },
    CANCELLED: { description: 'An admin cancelled it (cancelConnectorRun): before it started, or between two entities (what was done stays done).' },
  } as const,
});

interface HealthSource {
  active: boolean;
  lastRunStatus: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'CANCELLED' | null;
  lastRunAt: Date | null;
  consecutiveFailures: number;
  pauseAfterFailures: number;
  pausedAt: Date | null;
  pausedReason: string | null;
}

const ConnectionHealthRef = builder.objectRef<HealthSource>('ConnectionHealth').implement({
  description:
    'How the connection has been running. A failing run is a FAILED one (a flow stopped: credentials refused, the system unreachable, the time limit); PARTIAL runs (some entities refused) and SUCCEEDED runs reset the count; dry runs change nothing. After `pauseAfterFailures` failing runs in a row the connection is paused until resumeConnection.',
  fields: (t) => ({
    lastRunStatus: t.field({
      type: RunStatusEnum,
      nullable: true,
      description: 'Status of the last finished run that was not a dry run; null before the first.',
      resolve: (h) => h.lastRunStatus,
    }),
    lastRunAt: t.expose('lastRunAt', { type: 'DateTime', nullable: true, description: 'When the last run (lastRunStatus) started.' }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', {
      description: 'FAILED runs in a row. A run the server itself stopped (shutdown) neither counts nor resets it.',
    }),
    paused: t.boolean({ description: 'Paused: scheduled runs are refused; manual runs and retries still run.', resolve: (h) => h.pausedAt !== null }),
    pausedAt: t.expose('pausedAt', { type: 'DateTime', nullable: true, description: 'When failing runs in a row paused the connection.' }),
    pausedReason: t.exposeString('pausedReason', { nullable: true, description: 'How many runs failed in a row, and the last error.' }),
    nextScheduledRunAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the schedule (CONNECTOR_SCHEDULE, Swedish time) next runs it; null when paused, inactive or this server runs no schedule.',
      resolve: (h, _a, ctx) => ctx.integrations?.nextScheduledRunAt(h) ?? null,
    }),
  }),
});

const ConnectionRef = builder.prismaNode('Connection', {
  id: { field: 'id' },
  nullable: true,
  authScopes: ADMIN,
  fields: (t) => ({
    connectorId: t.exposeString('connectorId'),
    connector: t.field({
      type: ConnectorRef,
      nullable: true,
      description: 'Null when the connector is no longer installed.',
      resolve: (c, _a, ctx) => ctx.integrations?.registry.get(c.connectorId) ?? null,
    }),
    name: t.exposeString('name'),
    active: t.exposeBoolean('active', { description: 'Inactive connections are not run by the scheduler.' }),
    settings: t.field({ type: 'JSON', resolve: (c) => c.settings }),
    sandbox: t.exposeBoolean('sandbox', {
      description:
        'A test/sandbox connection: its requests may reach any host, private addresses included. Chosen when the connection is created; never changed.',
    }),
    hasCredentials: t.boolean({
      description:
        'Credentials are stored encrypted and never returned. False after a change of an endpoint setting (e.g. baseUrl, tokenUrl) cleared them: store credentials again (and authorise again).',
      resolve: (c) => c.credentials !== null,
    }),
    enabledFlows: t.exposeStringList('enabledFlows', { description: 'Optional flows switched on.' }),
    flows: t.field({
      type: [ConnectorFlowRef],
      description: 'Every flow of the connector, in run order, with whether it runs for this connection.',
      resolve: (c, _a, ctx) =>
        (ctx.integrations?.registry.get(c.connectorId)?.flows ?? []).map((f) => ({ ...f, enabled: f.base || c.enabledFlows.includes(f.id) })),
    }),
    notificationEmails: t.exposeStringList('notificationEmails'),
    pauseAfterFailures: t.exposeInt('pauseAfterFailures', {
      description: 'This many failing runs in a row pause the connection (with one e-mail to notificationEmails); 0 never pauses it. Default 5.',
    }),
    health: t.field({ type: ConnectionHealthRef, resolve: (c) => c }),
    runs: t.relatedConnection('runs', { cursor: 'id', query: () => ({ orderBy: [{ startedAt: 'desc' }, { id: 'desc' }] }), description: 'Newest first.' }),
    ...auditFields(t),
  }),
});

const RunTriggerEnum = builder.enumType('ConnectorRunTrigger', {
  values: {
    SCHEDULE: { description: 'The schedule (CONNECTOR_SCHEDULE).' },
    MANUAL: { description: 'An admin ran it (runConnection).' },
    RETRY: {
      description:
        'An admin retried one failed entity (retryConnectorFailure) or asked for chosen invoices or supplier invoices to be exported again (reexportInvoices, reexportSupplierInvoices).',
    },
    EVENT: {
      description:
        "A change here ran the flows listening for it, seconds after it was committed: an invoice locked (a credit invoice too), a supplier invoice approved, a project's status changed.",
    },
  } as const,
});
const FlowStatusEnum = builder.enumType('ConnectorFlowStatus', { values: ['SUCCEEDED', 'PARTIAL', 'FAILED', 'SKIPPED'] as const });

const ConnectorRunFailureRef = builder.prismaNode('ConnectorRunFailure', {
  id: { field: 'id' },
  nullable: true,
  authScopes: ADMIN,
  fields: (t) => ({
    flowId: t.exposeString('flowId'),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId', { nullable: true, description: 'Our id of the entity (null for entities only the accounting system has).' }),
    reference: t.exposeString('reference', { description: 'As users know it, e.g. "Project 10000_1".' }),
    message: t.exposeString('message', { description: 'The accounting system’s message, or ours.' }),
    run: t.relation('run'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('ConnectorRunFlow', {
  fields: (t) => ({
    flowId: t.exposeString('flowId'),
    position: t.exposeInt('position'),
    status: t.field({ type: FlowStatusEnum, resolve: (f) => f.status }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    created: t.exposeInt('created'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('unchanged'),
    skipped: t.exposeInt('skipped'),
    failed: t.exposeInt('failed'),
    error: t.exposeString('error', { nullable: true, description: 'Why the flow stopped (per-entity failures are in `failures`).' }),
    planned: t.field({ type: 'JSON', nullable: true, description: 'Dry run: the operations the flow would have performed.', resolve: (f) => f.planned }),
    failures: t.relation('failures', { query: { orderBy: { createdAt: 'asc' } } }),
  }),
});

/** The download path of a run's file (GET with the same Bearer token). */
export function runFileUrl(id: string): string {
  return `/run-files/${id}`;
}

builder.prismaNode('RunFile', {
  id: { field: 'id' },
  nullable: true,
  authScopes: ADMIN,
  // Select mode: only what a query asks for is read (never the bytes).
  select: { id: true },
  description: 'A file a flow produced in a run (e.g. the SIE file of the sie connector), kept with the run; download it from `url`.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The file name it downloads as.' }),
    contentType: t.exposeString('contentType'),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the bytes, lower-case hex.' }),
    flowId: t.exposeString('flowId', { description: 'The flow that produced it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    url: t.string({
      description: 'Download path (GET with the same Bearer token; ADMIN_INTEGRATIONS); always served as an attachment.',
      select: { id: true },
      resolve: (f) => runFileUrl(f.id),
    }),
    run: t.relation('run'),
    connection: t.relation('connection'),
  }),
});

const ConnectorRunRef = builder.prismaNode('ConnectorRun', {
  id: { field: 'id' },
  nullable: true,
  authScopes: ADMIN,
  fields: (t) => ({
    connection: t.relation('connection'),
    trigger: t.field({ type: RunTriggerEnum, resolve: (r) => r.trigger }),
    dryRun: t.exposeBoolean('dryRun'),
    status: t.field({ type: RunStatusEnum, resolve: (r) => r.status }),
    requestedFlows: t.exposeStringList('requestedFlows'),
    queuedAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was asked for (runConnection) or, for other runs, when it started.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When it started; while QUEUED, when it was queued.' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    cancelRequestedAt: t.expose('cancelRequestedAt', { type: 'DateTime', nullable: true, description: 'When an admin asked to cancel it.' }),
    cancelledBy: t.exposeString('cancelledBy', { nullable: true, description: 'The signature of the admin who cancelled it.' }),
    error: t.exposeString('error', { nullable: true }),
    notification: t.exposeString('notification', {
      nullable: true,
      description:
        'Whether the failure e-mail (or, for the run that paused the connection, the pause e-mail) was sent, and to whom; recorded right after the final status, once the e-mail has gone out.',
    }),
    flows: t.relation('flows', { query: { orderBy: { position: 'asc' } } }),
    failures: t.relation('failures', { query: { orderBy: { createdAt: 'asc' } } }),
    files: t.relation('files', { query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }, description: 'The files its flows produced.' }),
  }),
});

builder.queryFields((t) => ({
  connectionFiles: t.prismaConnection({
    type: 'RunFile',
    cursor: 'id',
    authScopes: ADMIN,
    description: 'The files the connection’s runs produced (e.g. its SIE files), newest first. Another company’s connection has none.',
    args: { connectionId: t.arg.globalID({ required: true, for: ConnectionRef }) },
    resolve: (query, _r, args, ctx) =>
      ctx.db.runFile.findMany({ ...query, where: { connectionId: args.connectionId.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
  connectors: t.field({
    type: [ConnectorRef],
    authScopes: ADMIN,
    description: 'Connectors installed in this server.',
    resolve: (_r, _a, ctx) => [...(ctx.integrations?.registry.list() ?? [])],
  }),
  connections: t.prismaField({
    type: ['Connection'],
    authScopes: ADMIN,
    resolve: (query, _r, _a, ctx) => ctx.db.connection.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
}));

const CredentialsInput = builder.inputType('ConnectionCredentialsInput', {
  description: 'Write-only; stored encrypted (AES-256-GCM). Replaces the stored credentials as a whole.',
  fields: (t) => ({
    apiKey: t.string(),
    clientId: t.string(),
    clientSecret: t.string(),
    accessToken: t.string(),
    refreshToken: t.string(),
    extra: t.field({ type: 'JSON', description: 'Further fields a connector documents (strings).' }),
  }),
});

const emails = z.array(z.string().max(254)).max(20);
const ConnectionFields = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) => ({
  active: t.boolean(),
  settings: t.field({ type: 'JSON', description: 'Validated against the connector’s settingsSchema.' }),
  credentials: t.field({ type: CredentialsInput }),
  enabledFlows: t.stringList({ description: 'Optional flows to switch on.' }),
  notificationEmails: t.stringList({ validate: emails }),
  pauseAfterFailures: t.int({ description: 'Failing runs in a row that pause the connection, 0 (never) to 100; default 5.' }),
});

const CreateConnectionInput = builder.inputType('CreateConnectionInput', {
  fields: (t) => ({
    connectorId: t.string({ required: true }),
    name: t.string({ required: true, validate: z.string().max(100) }),
    sandbox: t.boolean({
      description:
        'A test/sandbox connection (default false): no host allow-list and no refusal of private addresses, e.g. for a fake server on 127.0.0.1. Only on servers with CONNECTOR_SANDBOX_CONNECTIONS; cannot be changed later.',
    }),
    ...ConnectionFields(t),
  }),
});
const UpdateConnectionInput = builder.inputType('UpdateConnectionInput', {
  description:
    'Fields left out are unchanged. Changing a setting that decides where credentials go (the connector’s endpoint settings, e.g. baseUrl, tokenUrl) clears the stored credentials unless `credentials` is given in the same update.',
  fields: (t) => ({ id: t.globalID({ required: true, for: ConnectionRef }), name: t.string({ validate: z.string().max(100) }), ...ConnectionFields(t) }),
});

type CredentialsArg =
  | {
      apiKey?: string | null;
      clientId?: string | null;
      clientSecret?: string | null;
      accessToken?: string | null;
      refreshToken?: string | null;
      extra?: unknown;
    }
  | null
  | undefined;
function credentialsOf(c: CredentialsArg): service.ConnectionInput['credentials'] {
  if (c === undefined) return undefined;
  if (c === null) return null;
  const extra = c.extra && typeof c.extra === 'object' ? Object.fromEntries(Object.entries(c.extra).filter(([, v]) => typeof v === 'string')) : {};
  const out: Record<string, string> = { ...extra };
  for (const k of ['apiKey', 'clientId', 'clientSecret', 'accessToken', 'refreshToken'] as const) if (c[k]) out[k] = c[k]!;
  return out;
}
function connectionInput(i: {
  active?: boolean | null;
  settings?: unknown;
  credentials?: CredentialsArg;
  enabledFlows?: string[] | null;
  notificationEmails?: string[] | null;
  pauseAfterFailures?: number | null;
  name?: string | null;
}): service.ConnectionInput {
  return {
    name: i.name ?? undefined,
    active: i.active ?? undefined,
    settings: i.settings === null ? {} : i.settings,
    credentials: credentialsOf(i.credentials),
    enabledFlows: i.enabledFlows ?? undefined,
    notificationEmails: i.notificationEmails ?? undefined,
    pauseAfterFailures: i.pauseAfterFailures ?? undefined,
  };
}

const CheckResultRef = builder.objectRef<{ ok: boolean; message: string }>('ConnectionCheck').implement({
  fields: (t) => ({ ok: t.exposeBoolean('ok'), message: t.exposeString('message') }),
});

builder.mutationFields((t) => ({
  createConnection: t.prismaField({
    type: 'Connection',
    errors: {},
    authScopes: ADMIN,
    args: { input: t.arg({ type: CreateConnectionInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const c = await service.createConnection(ctx.db, ctx.integrations, {
        ...connectionInput(input),
        connectorId: input.connectorId,
        name: input.name,
        sandbox: input.sandbox ?? false,
      });
      return ctx.db.connection.findUniqueOrThrow({ ...query, where: { id: c.id } });
    },
  }),
  updateConnection: t.prismaField({
    type: 'Connection',
    errors: {},
    authScopes: ADMIN,
    args: { input: t.arg({ type: UpdateConnectionInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      await service.updateConnection(ctx.db, ctx.integrations, input.id.id, connectionInput(input));
      return ctx.db.connection.findUniqueOrThrow({ ...query, where: { id: input.id.id } });
    },
  }),
  deleteConnection: t.field({
    type: 'ID',
    errors: {},
    authScopes: ADMIN,
    description: 'Deletes the connection with its runs, id map and checkpoints. Returns the deleted id.',
    args: { id: t.arg.globalID({ required: true, for: ConnectionRef }) },
    resolve: async (_r, { id }, ctx) => {
      await service.deleteConnection(ctx.db, id.id);
      return id.id;
    },
  }),
  setConnectionFlowEnabled: t.prismaField({
    type: 'Connection',
    errors: {},
    authScopes: ADMIN,
    description: 'Switches an optional flow on or off; base flows answer BASE_FLOW.',
    args: { id: t.arg.globalID({ required: true, for: ConnectionRef }), flowId: t.arg.string({ required: true }), enabled: t.arg.boolean({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      await service.setFlowEnabled(ctx.db, ctx.integrations, args.id.id, args.flowId, args.enabled);
      return ctx.db.connection.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  connectionAuthorizeUrl: t.field({
    type: 'String',
    errors: {},
    authScopes: ADMIN,
    description:
      'OAuth2 authorization code flow, step 1: the address where an admin grants access; the accounting system then redirects to `redirectUri` with `code` and `state` for authorizeConnection.',
    args: {
      id: t.arg.globalID({ required: true, for: ConnectionRef }),
      redirectUri: t.arg.string({ required: true, validate: z.string().url() }),
      state: t.arg.string({ required: true, validate: z.string().min(8).max(200) }),
    },
    resolve: (_r, args, ctx) => service.connectionAuthorizeUrl(ctx.db, ctx.integrations, args.id.id, args.redirectUri, args.state),
  }),
  authorizeConnection: t.prismaField({
    type: 'Connection',
    errors: {},
    authScopes: ADMIN,
    description: 'OAuth2 authorization code flow: exchanges the code the accounting system redirected with for tokens.',
    args: { id: t.arg.globalID({ required: true, for: ConnectionRef }), code: t.arg.string({ required: true }), redirectUri: t.arg.string({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      await service.authorizeConnection(ctx.db, ctx.integrations, args.id.id, args.code, args.redirectUri);
      return ctx.db.connection.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  checkConnection: t.field({
    type: CheckResultRef,
    errors: {},
    authScopes: ADMIN,
    description:
      'Verifies the credentials and that the accounting system answers. A request to a host or address the connection may not call is a ValidationError naming the setting (e.g. settings.baseUrl).',
    args: { id: t.arg.globalID({ required: true, for: ConnectionRef }) },
    resolve: (_r, { id }, ctx) => service.checkConnection(ctx.db, ctx.integrations, id.id),
  }),
  runConnection: t.prismaField({
    type: 'ConnectorRun',
    errors: {},
    authScopes: ADMIN,
    description:
      'Queues a run of the connection and returns it at once (status QUEUED); follow it with node(id) or the subscription connectorRun(id), cancel it with cancelConnectorRun. It starts as soon as a worker is free and no other run holds the connection (a scheduled run in progress finishes first). RUN_IN_PROGRESS while a run asked for (this or retryConnectorFailure) is queued or running. A paused connection runs too (to test a fix); it stays paused until resumeConnection.',
    args: {
      id: t.arg.globalID({ required: true, for: ConnectionRef }),
      flows: t.arg.stringList({ description: 'Only these flows (default: every enabled flow).' }),
      dryRun: t.arg.boolean({ defaultValue: false, description: 'Send nothing and write nothing: the run lists the planned operations.' }),
    },
    resolve: async (query, _r, args, ctx) => {
      const runId = await service.runNow(ctx.db, ctx.integrations, actorOf(ctx).companyId, args.id.id, {
        flows: args.flows ?? undefined,
        dryRun: args.dryRun ?? false,
      });
      return ctx.db.connectorRun.findUniqueOrThrow({ ...query, where: { id: runId } });
    },
  }),
  resumeConnection: t.prismaField({
    type: 'Connection',
    errors: {},
    authScopes: ADMIN,
    description:
      'Lifts the pause of a connection (health.paused) and clears its count of failing runs in a row: scheduled runs take it again. On a connection that is not paused it only clears the count.',
    args: { id: t.arg.globalID({ required: true, for: ConnectionRef }) },
    resolve: async (query, _r, { id }, ctx) => {
      await service.resumeConnection(ctx.db, id.id);
      return ctx.db.connection.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  cancelConnectorRun: t.prismaField({
    type: 'ConnectorRun',
    errors: {},
    authScopes: ADMIN,
    description:
      'Cancels a run: a QUEUED one never starts (CANCELLED at once); a RUNNING one stops between two entities within seconds (what it did stays done and is recorded) and ends CANCELLED. Neither counts for the connection’s health nor sends an e-mail. A finished run answers INVALID_STATE.',
    args: { id: t.arg.globalID({ required: true, for: ConnectorRunRef }) },
    resolve: async (query, _r, { id }, ctx) => {
      await service.cancelRun(ctx.db, id.id, actorOf(ctx).signature);
      return ctx.db.connectorRun.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  reexportInvoices: t.prismaField({
    type: 'ConnectorRun',
    errors: {},
    authScopes: ADMIN,
    description:
      'Queues a run of the connection’s invoice export for these locked invoices only, written again even though they were exported (the sie connector: into a new file), and returns it at once (status QUEUED), like runConnection. The id map is updated; nothing else is exported. Connectors whose invoice export cannot do it answer a ValidationError (reexport_unsupported); an invoice whose external number another system gave (not this connection’s export) INVALID_STATE. The sie connector records each written invoice’s voucher (file#n) as its external number.',
    args: {
      connectionId: t.arg.globalID({ required: true, for: ConnectionRef }),
      invoiceIds: t.arg.globalIDList({ required: true, description: 'Invoice ids (at most 500).' }),
    },
    resolve: async (query, _r, args, ctx) => {
      const ids = args.invoiceIds.map((g, i) => {
        if (g.typename !== 'Invoice') throw ValidationError.single(`invoiceIds.${i}`, 'invalid_id', 'Not an invoice id.');
        return g.id;
      });
      const runId = await service.reexportInvoices(ctx.db, ctx.integrations, actorOf(ctx).companyId, args.connectionId.id, ids);
      return ctx.db.connectorRun.findUniqueOrThrow({ ...query, where: { id: runId } });
    },
  }),
  reexportSupplierInvoices: t.prismaField({
    type: 'ConnectorRun',
    errors: {},
    authScopes: ADMIN,
    description:
      'Queues a run of the connection’s supplier-invoice export for these approved supplier invoices only, written again even though they were exported (the sie connector: into a new file), and returns it at once (status QUEUED), like reexportInvoices. The id map is updated; nothing else is exported. Connectors without such a flow, or with it turned off, answer a ValidationError (reexport_unsupported); a supplier invoice not approved or disputed, or whose external number another system gave (not this connection’s export), INVALID_STATE. The sie connector records each written invoice’s new voucher (file#n) as its external number.',
    args: {
      connectionId: t.arg.globalID({ required: true, for: ConnectionRef }),
      supplierInvoiceIds: t.arg.globalIDList({ required: true, description: 'Supplier invoice ids (at most 500).' }),
    },
    resolve: async (query, _r, args, ctx) => {
      const ids = args.supplierInvoiceIds.map((g, i) => {
        if (g.typename !== 'SupplierInvoice') throw ValidationError.single(`supplierInvoiceIds.${i}`, 'invalid_id', 'Not a supplier invoice id.');
        return g.id;
      });
      const runId = await service.reexportSupplierInvoices(ctx.db, ctx.integrations, actorOf(ctx).companyId, args.connectionId.id, ids);
      return ctx.db.connectorRun.findUniqueOrThrow({ ...query, where: { id: runId } });
    },
  }),
  retryConnectorFailure: t.prismaField({
    type: 'ConnectorRun',
    errors: {},
    authScopes: ADMIN,
    description: 'Queues a run of the failed entity’s flow for that entity only and returns it at once (status QUEUED), like runConnection.',
    args: { id: t.arg.globalID({ required: true, for: ConnectorRunFailureRef }) },
    resolve: async (query, _r, args, ctx) => {
      const runId = await service.retryFailure(ctx.db, ctx.integrations, actorOf(ctx).companyId, args.id.id);
      return ctx.db.connectorRun.findUniqueOrThrow({ ...query, where: { id: runId } });
    },
  }),
}));

/** How often a subscription to a run looks at it, and for how long at most. */
const WATCH_INTERVAL_MS = 500;
const WATCH_LIMIT_MS = 6 * 3_600_000;

/**
 * The run's id each time it changes (its status, a flow recorded, a cancel asked for), first at
 * once; ends after a finished status. Reads through the tenant-scoped client, so another
 * company's run is not found. Polling the row keeps it working whichever instance runs it.
 */
async function* watchRun(db: TenantDb, runId: string): AsyncGenerator<string> {
  const until = Date.now() + WATCH_LIMIT_MS;
  let last = '';
  while (Date.now() < until) {
    const run = await db.connectorRun.findUnique({
      where: { id: runId },
      select: { status: true, updatedAt: true, cancelRequestedAt: true, _count: { select: { flows: true, failures: true } } },
    });
    if (!run) throw new NotFoundError('ConnectorRun', 'No such run.', 'id');
    const seen = `${run.status}|${run.updatedAt.getTime()}|${run.cancelRequestedAt?.getTime() ?? ''}|${run._count.flows}|${run._count.failures}`;
    if (seen !== last) {
      last = seen;
      yield runId;
    }
    if (run.status !== 'QUEUED' && run.status !== 'RUNNING') return;
    await new Promise((r) => setTimeout(r, WATCH_INTERVAL_MS));
  }
}

builder.subscriptionType({
  description: 'Over server-sent events (an Accept: text/event-stream request to /graphql) or any GraphQL-over-SSE client.',
});

builder.subscriptionField('connectorRun', (t) =>
  t.prismaField({
    type: 'ConnectorRun',
    authScopes: ADMIN,
    description:
      'The run now and each time it changes (status, each flow recorded, a cancel asked for), until it has finished: follow a run queued by runConnection without polling.',
    args: { id: t.arg.globalID({ required: true, for: ConnectorRunRef }) },
    subscribe: (_r, { id }, ctx) => watchRun(ctx.db, id.id),
    resolve: (query, runId: string, _a, ctx) => ctx.db.connectorRun.findUniqueOrThrow({ ...query, where: { id: runId } }),
  }),
);
