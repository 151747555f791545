// A dry run checks every write it plans against the connector's API contract: what the accounting
// system would refuse is reported for its entity, as the real run would report the refusal, and
// nothing is sent. Shown with the template connector given a contract whose customer names are at
// most 10 characters (its fake accepts longer ones, so the real run sends both).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContract, ConnectorManifest } from '@nordic-invoicing/connector-sdk';
import type { ConformanceHost } from '@nordic-invoicing/connector-sdk/conformance';
import template from '../../connectors/template/index.js';
import { startTemplateFake, type TemplateFake } from '../../connectors/template/fake/server.js';
import { apiHost } from '../conformance/host.js';

const open = { type: 'object' };
const LEDGER: ApiContract = {
  source: 'ledger-test.json (Ledger API v1)',
  operations: [
    { method: 'POST', path: '/customers', query: [], request: { $ref: '#/definitions/Customer' }, responses: { '201': open } },
    { method: 'PUT', path: '/customers/{id}', query: [], request: { $ref: '#/definitions/Customer' }, responses: { '200': open } },
    { method: 'POST', path: '/projects', query: [], request: open, responses: { '201': open } },
    { method: 'PUT', path: '/projects/{id}', query: [], request: open, responses: { '200': open } },
  ],
  definitions: {
    Customer: {
      type: 'object',
      required: ['number', 'name'],
      properties: { number: { type: 'string' }, name: { type: 'string', maxLength: 10 } },
      additionalProperties: true,
    },
  },
};

const strict: ConnectorManifest = { ...template, id: 'template-strict', name: 'Ledger with a contract', contract: LEDGER };

describe('a dry run checks its planned writes against the API contract', () => {
  let host: ConformanceHost;
  let fake: TemplateFake;
  let connectionId: string;
  let short: string;
  let long: string;

  beforeAll(async () => {
    host = await apiHost({ registration: 'manifest' })(strict);
    fake = await startTemplateFake({ apiKey: 'k' });
    short = await host.createCustomer('Kort AB');
    long = await host.createCustomer('Ett mycket långt kundnamn AB');
    connectionId = await host.createConnection({ connectorId: strict.id, settings: { baseUrl: fake.url }, credentials: { apiKey: 'k' }, enabledFlows: [] });
  });
  afterAll(async () => {
    await fake?.close();
    await host?.close();
  });

  it('reports the write the API would refuse for its entity, plans the valid one, sends nothing', async () => {
    const dry = await host.run(connectionId, { dryRun: true });
    expect(fake.writes()).toBe(0);
    expect(dry.status).toBe('PARTIAL');
    expect(dry.failures).toEqual([
      expect.objectContaining({
        entityType: 'customer',
        reference: `Customer ${long}`,
        message: 'the accounting system would refuse this (request body /name: must NOT have more than 10 characters)',
      }),
    ]);
    const planned = dry.flows.flatMap((f) => f.planned ?? []) as { description?: string; body?: { number?: string } }[];
    expect(planned.filter((p) => p.body?.number === short)).toHaveLength(1);
    expect(planned.filter((p) => p.body?.number === long)).toHaveLength(0);
  });

  it('the real run is not checked by the dry-run rule: the fake takes both', async () => {
    const real = await host.run(connectionId, { dryRun: false });
    expect(real.status).toBe('SUCCEEDED');
    expect(fake.state.customers.map((c) => c.number).sort()).toEqual([short, long].sort());
  });
});
