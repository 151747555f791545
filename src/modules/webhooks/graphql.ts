// Webhooks in GraphQL (permission ADMIN_INTEGRATIONS): endpoints (created with a signing secret
// shown once, rotated with a grace period), their deliveries with every attempt, a test event to
// one endpoint and the replay of one event to one endpoint.
import { z } from 'zod';
import { builder } from '../../graphql/builder.js';
import { actorOf, type Context } from '../../graphql/context.js';
import { ConflictError, ValidationError } from '../../errors.js';
import * as service from './service.js';

const ADMIN = { permission: 'ADMIN_INTEGRATIONS' } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const DeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  values: {
    PENDING: { description: 'Waiting for its first attempt or its next retry (nextAttemptAt).' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every attempt failed, or the endpoint became inactive.' },
  } as const,
});

const DeliveryKindEnum = builder.enumType('WebhookDeliveryKind', {
  values: {
    EVENT: { description: 'An event the endpoint listens for.' },
    TEST: { description: 'A webhook.test event sent on request.' },
    REPLAY: { description: 'An event sent again on request.' },
  } as const,
});

const EndpointRef = builder.prismaNode('WebhookEndpoint', {
  id: { field: 'id' },
  nullable: true,
  authScopes: ADMIN,
  description: "An HTTPS URL the company's events are POSTed to, signed with the endpoint's secret (never shown again after creation or rotation).",
  fields: (t) => ({
    url: t.exposeString('url'),
    description: t.exposeString('description', { nullable: true }),
    eventTypes: t.exposeStringList('eventTypes', { description: 'The event types it receives; empty: every type.' }),
    active: t.exposeBoolean('active'),
    secretRotatedAt: t.expose('secretRotatedAt', { type: 'DateTime', nullable: true }),
    previousSecretExpiresAt: t.expose('previousSecretExpiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Until then deliveries carry a second signature made with the secret before the last rotation.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const AttemptRef = builder.prismaObject('WebhookAttempt', {
  description: 'One POST of a delivery.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: '1 for the first attempt.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    durationMs: t.exposeInt('durationMs'),
    statusCode: t.exposeInt('statusCode', { nullable: true, description: 'The HTTP status answered; null when none came.' }),
    error: t.exposeString('error', { nullable: true, description: 'Why it failed (status, timeout, refused address, connection error); null on success.' }),
    responseBody: t.exposeString('responseBody', { nullable: true, description: 'The first 4 KB of the response body.' }),
  }),
});

const DeliveryRef = builder.prismaNode('WebhookDelivery', {
  id: { field: 'id' },
  nullable: true,
  authScopes: ADMIN,
  description: 'One event sent to one endpoint, with every attempt.',
  fields: (t) => ({
    endpoint: t.relation('endpoint'),
    eventId: t.exposeID('eventId', { description: 'The event’s id: the `id` of the body, what replayWebhookEvent takes.' }),
    eventType: t.string({ select: { event: { select: { type: true } } }, resolve: (d) => d.event.type }),
    kind: t.field({ type: DeliveryKindEnum, resolve: (d) => d.kind }),
    status: t.field({ type: DeliveryStatusEnum, resolve: (d) => d.status }),
    attemptCount: t.exposeInt('attempts'),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    attempts: t.relation('attemptRows', { type: AttemptRef, query: { orderBy: { number: 'asc' } } }),
  }),
});

const WithSecretRef = builder.objectRef<{ id: string; secret: string }>('WebhookEndpointWithSecret').implement({
  description: 'An endpoint with its new signing secret: shown this once; store it where the receiver verifies signatures.',
  fields: (t) => ({
    secret: t.exposeString('secret'),
    endpoint: t.prismaField({
      type: 'WebhookEndpoint',
      resolve: (query, p, _a, ctx) => ctx.db.webhookEndpoint.findUniqueOrThrow({ ...query, where: { id: p.id } }),
    }),
  }),
});

const CreateInput = builder.inputType('CreateWebhookEndpointInput', {
  fields: (t) => ({
    url: t.string({ required: true, description: 'https:// URL on a public address.' }),
    description: t.string({ validate: z.string().max(500) }),
    eventTypes: t.stringList({ description: 'Event types to receive (see the README); empty or left out: every type.' }),
    active: t.boolean({ description: 'Default true.' }),
  }),
});

const UpdateInput = builder.inputType('UpdateWebhookEndpointInput', {
  description: 'Fields left out are unchanged.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: EndpointRef }),
    url: t.string(),
    description: t.string({ validate: z.string().max(500) }),
    eventTypes: t.stringList(),
    active: t.boolean(),
  }),
});

function secretsOf(ctx: Context) {
  const box = ctx.integrations?.secrets;
  if (!box) throw new ConflictError('INVALID_STATE', 'Webhooks are not available on this server (no integration runtime).');
  return box;
}

builder.queryFields((t) => ({
  webhookEndpoints: t.prismaField({
    type: ['WebhookEndpoint'],
    authScopes: ADMIN,
    description: "The company's webhook endpoints, oldest first.",
    resolve: (query, _r, _a, ctx) => ctx.db.webhookEndpoint.findMany({ ...query, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
  webhookDeliveries: t.prismaConnection({
    type: 'WebhookDelivery',
    cursor: 'id',
    defaultSize: 20,
    maxSize: 100,
    authScopes: ADMIN,
    description: 'Deliveries, newest first: of one endpoint, of one event (its id as in the body), or all.',
    args: {
      endpointId: t.arg.globalID({ for: EndpointRef }),
      eventId: t.arg.id(),
      status: t.arg({ type: DeliveryStatusEnum }),
    },
    resolve: (query, _r, args, ctx) => {
      const eventId = args.eventId == null ? undefined : String(args.eventId);
      if (eventId !== undefined && !UUID.test(eventId)) throw ValidationError.single('eventId', 'invalid_id', 'Not an event id.');
      return ctx.db.webhookDelivery.findMany({
        ...query,
        where: {
          ...(args.endpointId ? { endpointId: args.endpointId.id } : {}),
          ...(eventId ? { eventId } : {}),
          ...(args.status ? { status: args.status } : {}),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  createWebhookEndpoint: t.field({
    type: WithSecretRef,
    errors: {},
    authScopes: ADMIN,
    description: 'Registers an endpoint; the answer carries its signing secret, shown only this once.',
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: (_r, { input }, ctx) => service.createEndpoint(ctx.db, secretsOf(ctx), actorOf(ctx).companyId, input),
  }),
  updateWebhookEndpoint: t.prismaField({
    type: 'WebhookEndpoint',
    errors: {},
    authScopes: ADMIN,
    args: { input: t.arg({ type: UpdateInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      await service.updateEndpoint(ctx.db, input.id.id, input);
      return ctx.db.webhookEndpoint.findUniqueOrThrow({ ...query, where: { id: input.id.id } });
    },
  }),
  deleteWebhookEndpoint: t.field({
    type: 'ID',
    errors: {},
    authScopes: ADMIN,
    description: 'Deletes the endpoint with its deliveries and attempts. Returns the deleted id.',
    args: { id: t.arg.globalID({ required: true, for: EndpointRef }) },
    resolve: async (_r, { id }, ctx) => {
      await service.deleteEndpoint(ctx.db, id.id);
      return id.id;
    },
  }),
  rotateWebhookEndpointSecret: t.field({
    type: WithSecretRef,
    errors: {},
    authScopes: ADMIN,
    description: 'A new signing secret (shown this once); the previous one keeps signing beside it for 24 hours.',
    args: { id: t.arg.globalID({ required: true, for: EndpointRef }) },
    resolve: async (_r, { id }, ctx) => ({ id: id.id, secret: await service.rotateSecret(ctx.db, secretsOf(ctx), id.id) }),
  }),
  sendTestWebhook: t.prismaField({
    type: 'WebhookDelivery',
    errors: {},
    authScopes: ADMIN,
    description: 'Sends a webhook.test event to one endpoint (a delivery like any other, with its attempts).',
    args: { endpointId: t.arg.globalID({ required: true, for: EndpointRef }) },
    resolve: async (query, _r, { endpointId }, ctx) => {
      const id = await service.sendTestEvent(ctx.db, ctx.integrations, endpointId.id);
      return ctx.db.webhookDelivery.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  replayWebhookEvent: t.prismaField({
    type: 'WebhookDelivery',
    errors: {},
    authScopes: ADMIN,
    description: 'Sends one event again to one endpoint, as a new delivery (whether or not the endpoint listens for its type).',
    args: {
      endpointId: t.arg.globalID({ required: true, for: EndpointRef }),
      eventId: t.arg.id({ required: true, description: 'The event’s id (the `id` of the body).' }),
    },
    resolve: async (query, _r, args, ctx) => {
      const eventId = String(args.eventId);
      if (!UUID.test(eventId)) throw ValidationError.single('eventId', 'invalid_id', 'Not an event id.');
      const id = await service.replayEvent(ctx.db, ctx.integrations, args.endpointId.id, eventId);
      return ctx.db.webhookDelivery.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));

export { DeliveryRef as WebhookDeliveryRef, EndpointRef as WebhookEndpointRef };
