// Cross-tenant cases for webhooks: company B has an endpoint, an event and a delivery of it with
// an attempt. Company A (every permission) lists its endpoints and deliveries, and names B's
// endpoint and event in every mutation: it sees none of B's, and nothing of B's changes.
import { graphql } from '../../gql/index.js';
import { createTenantDb, scoped } from '../../../src/db/tenant.js';
import type { Prisma } from '../../../src/generated/prisma/client.js';
import { recordEvent } from '../../../src/modules/events/index.js';
import { createEndpoint } from '../../../src/modules/webhooks/service.js';
import { execAsA, gid, remember, type TenantModule, type TenantWorld } from './world.js';

const VICTIM_URL = 'https://victim-hooks.example.com/in';
let victimEventId = '';

const Q = {
  endpoints: graphql(`query TenantWebhookEndpoints { webhookEndpoints { id url description } }`),
  deliveries: graphql(`
    query TenantWebhookDeliveries($endpointId: ID, $eventId: ID) {
      webhookDeliveries(endpointId: $endpointId, eventId: $eventId, first: 50) { edges { node { id eventId eventType endpoint { url } attempts { responseBody } } } }
    }
  `),
};
const M = {
  create: graphql(`
    mutation TenantCreateWebhookEndpoint {
      createWebhookEndpoint(input: { url: "https://hooks.attacker.example/in" }) { __typename ... on Error { code } ... on MutationCreateWebhookEndpointSuccess { data { endpoint { id url } } } }
    }
  `),
  update: graphql(`
    mutation TenantUpdateWebhookEndpoint($id: ID!) {
      updateWebhookEndpoint(input: { id: $id, url: "https://hooks.attacker.example/stolen", active: false }) { __typename ... on Error { code } ... on MutationUpdateWebhookEndpointSuccess { data { id url } } }
    }
  `),
  delete: graphql(`mutation TenantDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) { __typename ... on Error { code } } }`),
  rotate: graphql(`
    mutation TenantRotateWebhookEndpointSecret($id: ID!) {
      rotateWebhookEndpointSecret(id: $id) { __typename ... on Error { code } ... on MutationRotateWebhookEndpointSecretSuccess { data { secret } } }
    }
  `),
  test: graphql(`
    mutation TenantSendTestWebhook($endpointId: ID!) {
      sendTestWebhook(endpointId: $endpointId) { __typename ... on Error { code } ... on MutationSendTestWebhookSuccess { data { id } } }
    }
  `),
  replay: graphql(`
    mutation TenantReplayWebhookEvent($endpointId: ID!, $eventId: ID!) {
      replayWebhookEvent(endpointId: $endpointId, eventId: $eventId) { __typename ... on Error { code } ... on MutationReplayWebhookEventSuccess { data { id } } }
    }
  `),
};

export const webhooksTenantModule: TenantModule = {
  name: 'webhooks',
  async seed(w: TenantWorld) {
    const db = createTenantDb(w.h.prisma, { companyId: w.b.companyId, userId: w.b.adminUserId, signature: 'SEED' });
    const { id, secret } = await createEndpoint(db, w.h.integrations.secrets, w.b.companyId, { url: VICTIM_URL, description: 'Victim hook' });
    remember(w, 'WebhookEndpoint', id);
    const event = await recordEvent(db, {
      type: 'import.finished',
      data: { kind: 'customers', mode: 'VALID_ROWS', fileName: 'victim-import.xlsx', counts: { created: 3, updated: 0, refused: 0 } },
    });
    // Events have no node type: the raw id is what must not leak.
    victimEventId = event.id;
    w.markers.push(event.id);
    const d = await db.webhookDelivery.create({
      data: scoped<Prisma.WebhookDeliveryUncheckedCreateInput>({ endpointId: id, eventId: event.id, status: 'SUCCEEDED', attempts: 1 }),
    });
    remember(w, 'WebhookDelivery', d.id);
    await db.webhookAttempt.create({
      data: scoped<Prisma.WebhookAttemptUncheckedCreateInput>({
        deliveryId: d.id,
        number: 1,
        startedAt: new Date(),
        durationMs: 5,
        statusCode: 200,
        responseBody: 'victim-receiver-says-ok',
      }),
    });
    w.markers.push(VICTIM_URL, 'Victim hook', 'victim-import.xlsx', 'victim-receiver-says-ok', secret);
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    const eventId = victimEventId;
    const endpoint = gid(w, 'WebhookEndpoint');
    return {
      webhookEndpoints: { run: () => exec(Q.endpoints, {}) },
      webhookDeliveries: {
        run: async () => [
          await exec(Q.deliveries, { endpointId: null, eventId: null }),
          await exec(Q.deliveries, { endpointId: endpoint, eventId: null }),
          await exec(Q.deliveries, { endpointId: null, eventId }),
        ],
      },
      createWebhookEndpoint: { run: () => exec(M.create, {}) },
      updateWebhookEndpoint: { run: () => exec(M.update, { id: endpoint }), expectError: 'NotFoundError' },
      deleteWebhookEndpoint: { run: () => exec(M.delete, { id: endpoint }), expectError: 'NotFoundError' },
      rotateWebhookEndpointSecret: { run: () => exec(M.rotate, { id: endpoint }), expectError: 'NotFoundError' },
      sendTestWebhook: { run: () => exec(M.test, { endpointId: endpoint }), expectError: 'NotFoundError' },
      replayWebhookEvent: { run: () => exec(M.replay, { endpointId: endpoint, eventId }), expectError: 'NotFoundError' },
    };
  },
};
