// OAuth2 across a run: the first flow finds the access token expired and refreshes it; the
// accounting system rotates the refresh token (the old one is refused from then on). Later
// flows of the same run, and the next run, must use the rotated tokens.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { defineConnector, defineFlow } from '@nordic-invoicing/connector-sdk';
import { executeRun } from '../../src/integration/runtime/run.js';

let server: Server;
let base = '';
let validRefresh = 'refresh-0';
let validAccess = 'none';
let generation = 0;
const refusedRefreshes: string[] = [];

const pinger = (id: string) =>
  defineFlow<{ baseUrl: string }>({
    id,
    direction: 'import',
    entity: 'account',
    base: true,
    description: `GET /ping (${id})`,
    run: async (ctx) => {
      await ctx.http.get('/ping');
      ctx.count('unchanged');
    },
  });

const connector = defineConnector({
  id: 'oauth-rotation-test',
  name: 'OAuth rotation test',
  version: '0.0.1',
  settings: z.object({ baseUrl: z.string() }),
  credentials: { kind: 'oauth2_authorization_code' },
  http: (s) => ({ baseUrl: s.baseUrl, auth: { kind: 'oauth2', tokenUrl: `${s.baseUrl}/token`, clientAuth: 'body' } }),
  check: async () => ({ ok: true, message: 'ok' }),
  flows: [pinger('first'), pinger('second'), pinger('third')],
});

// A service account: client credentials with the tenant named in a token-request header.
const tokenRequests: { grant: string | null; tenant: string | undefined }[] = [];
const serviceConnector = defineConnector({
  id: 'oauth-service-test',
  name: 'OAuth service account test',
  version: '0.0.1',
  settings: z.object({ baseUrl: z.string() }),
  credentials: { kind: 'oauth2_authorization_code' },
  http: (s) => ({
    baseUrl: s.baseUrl,
    auth: {
      kind: 'oauth2',
      tokenUrl: `${s.baseUrl}/token`,
      clientAuth: 'body',
      grant: 'client_credentials',
      tokenHeaders: (c) => ({ TenantId: c.tenantId ?? '' }),
    },
  }),
  check: async () => ({ ok: true, message: 'ok' }),
  flows: [pinger('only')],
});

const h = useHarness({ connectors: [connector, serviceConnector] });
let c: TestCompany;
let connectionId: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/token') {
        const params = new URLSearchParams(body);
        tokenRequests.push({ grant: params.get('grant_type'), tenant: req.headers.tenantid as string | undefined });
        if (params.get('grant_type') === 'client_credentials') {
          generation++;
          validAccess = `access-${generation}`;
          res.end(JSON.stringify({ access_token: validAccess, expires_in: 3600, token_type: 'bearer' }));
          return;
        }
        const presented = params.get('refresh_token') ?? '';
        if (presented !== validRefresh) {
          refusedRefreshes.push(presented);
          res.statusCode = 400;
          res.end(JSON.stringify({ error: 'invalid_grant', error_description: 'Invalid refresh token' }));
          return;
        }
        generation++;
        validRefresh = `refresh-${generation}`;
        validAccess = `access-${generation}`;
        res.end(JSON.stringify({ access_token: validAccess, refresh_token: validRefresh, expires_in: 3600, token_type: 'bearer' }));
        return;
      }
      if (req.headers.authorization !== `Bearer ${validAccess}`) {
        res.statusCode = 401;
        res.end(JSON.stringify({ message: 'unauthorized' }));
        return;
      }
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  c = await h.company();
  const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: 'T' });
  const conn = await db.connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({ sandbox: true, connectorId: connector.id, name: 'OAuth', settings: { baseUrl: base } }),
  });
  connectionId = conn.id;
  // Stored as the admin left it: an access token that has expired, and a refresh token.
  const credentials = h.integrations.secrets.encrypt(
    { clientId: 'id', clientSecret: 'secret', accessToken: 'expired', refreshToken: 'refresh-0', expiresAt: '2020-01-01T00:00:00Z' },
    conn.id,
  );
  await db.connection.update({ where: { id: conn.id }, data: { credentials } });
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

it('refreshes once, persists the rotated refresh token, and every later flow and run uses it', async () => {
  const first = await executeRun(h.integrations, { companyId: c.companyId, connectionId, trigger: 'MANUAL' });
  expect(first).toMatchObject({ status: 'SUCCEEDED' });
  expect(generation).toBe(1);
  expect(refusedRefreshes).toEqual([]);
  const row = await h.prisma.connection.findUniqueOrThrow({ where: { id: connectionId } });
  expect(h.integrations.secrets.decrypt<{ refreshToken: string; accessToken: string }>(row.credentials!, connectionId)).toMatchObject({
    refreshToken: 'refresh-1',
    accessToken: 'access-1',
  });
  const second = await executeRun(h.integrations, { companyId: c.companyId, connectionId, trigger: 'MANUAL' });
  expect(second).toMatchObject({ status: 'SUCCEEDED' });
  expect(generation).toBe(1);
});

it('a service account gets its token with client credentials and the tenant header', async () => {
  const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: 'T' });
  const conn = await db.connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({ sandbox: true, connectorId: serviceConnector.id, name: 'Service', settings: { baseUrl: base } }),
  });
  await db.connection.update({
    where: { id: conn.id },
    data: { credentials: h.integrations.secrets.encrypt({ clientId: 'id', clientSecret: 'secret', tenantId: '1234567' }, conn.id) },
  });
  tokenRequests.length = 0;
  const r = await executeRun(h.integrations, { companyId: c.companyId, connectionId: conn.id, trigger: 'MANUAL' });
  expect(r).toMatchObject({ status: 'SUCCEEDED' });
  expect(tokenRequests).toEqual([{ grant: 'client_credentials', tenant: '1234567' }]);
});
