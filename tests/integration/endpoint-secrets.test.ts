// Credentials stay with their endpoint: changing where a connection sends them clears them, and a
// connection that is not a sandbox one reaches only its connector's hosts at public addresses.
// A listening server on 127.0.0.1 records everything it receives and must never see a secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped, type TenantDb } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { ValidationError } from '../../src/errors.js';
import { startFortnoxFake, type FortnoxFake } from '../../connectors/fortnox/fake/server.js';
import { defineConnector, defineFlow } from '@nordic-invoicing/connector-sdk';
import { EgressRefusedError, guardedFetch } from '@nordic-invoicing/connector-sdk';
import * as service from '../../src/modules/integrations/service.js';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

async function listener(
  handler?: (req: IncomingMessage, res: import('node:http').ServerResponse) => boolean,
): Promise<{ server: Server; url: string; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      if (handler?.(req, res)) return;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ CompanyInformation: { CompanyName: 'attacker answer text' }, access_token: 'x' }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { server, url: `http://127.0.0.1:${port}`, port, received };
}

// Allows the loopback names and addresses, so a refusal can only come from the address rule.
const probe = defineConnector({
  id: 'egress-probe',
  name: 'Egress probe',
  version: '0.0.1',
  settings: z.object({ baseUrl: z.url() }),
  credentials: { kind: 'api_key' },
  allowedHosts: ['localhost', '127.0.0.1', '::1', '::ffff:127.0.0.1'],
  http: (s) => ({ baseUrl: s.baseUrl, auth: { kind: 'headers', headers: (c) => ({ 'X-Api-Key': c.apiKey ?? '' }) }, retry: { maxAttempts: 1 } }),
  check: async (ctx) => {
    const r = await ctx.http.get<unknown>('/company');
    return { ok: true, message: JSON.stringify(r.body) };
  },
  flows: [
    defineFlow({
      id: 'read',
      direction: 'import',
      entity: 'account',
      base: true,
      description: 'One read.',
      run: async (ctx) => void (await ctx.http.get('/company')),
    }),
  ],
});

const h = useHarness({ connectors: [probe] });
let company: TestCompany;
let db: TenantDb;
let fake: FortnoxFake;
let evil: Awaited<ReturnType<typeof listener>>;

/** The credentials each connection was given, by connection id. */
const given = new Map<string, string[]>();
/** Every secret value, and any Authorization header at all, the listener saw. */
const leaks = (secrets: string[]) =>
  evil.received.flatMap((r) => {
    const text = `${JSON.stringify(r.headers)}\n${decodeURIComponent(r.body)}`;
    return [...secrets.filter((s) => text.includes(s)), ...(r.headers.authorization ? [`Authorization: ${r.headers.authorization}`] : [])];
  });

async function fortnoxConnection(name: string): Promise<string> {
  const conn = await db.connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({
      sandbox: true,
      connectorId: 'fortnox',
      name,
      settings: { baseUrl: fake.url, tokenUrl: fake.tokenUrl },
    }),
  });
  const creds = fake.credentials();
  given.set(
    conn.id,
    [creds.accessToken, creds.refreshToken, creds.clientSecret].filter((s): s is string => !!s),
  );
  await db.connection.update({ where: { id: conn.id }, data: { credentials: h.integrations.secrets.encrypt(creds, conn.id) } });
  return conn.id;
}

/** A queued run (runNow answers at once) once it has finished and recorded its e-mail. */
async function finishedRun(runId: string) {
  for (let i = 0; ; i++) {
    const run = await db.connectorRun.findUniqueOrThrow({ where: { id: runId }, include: { flows: true } });
    if (run.status !== 'QUEUED' && run.status !== 'RUNNING' && (run.status === 'SUCCEEDED' || run.notification !== null)) return run;
    if (i > 600) throw new Error(`run ${runId} still ${run.status}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(async () => {
  fake = await startFortnoxFake();
  evil = await listener();
  company = await h.company();
  db = createTenantDb(h.prisma, { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' });
});
afterAll(async () => {
  await fake?.close();
  await new Promise((r) => evil?.server.close(r));
});

describe('changing where credentials go clears them', () => {
  it.each([
    ['baseUrl', () => ({ baseUrl: evil.url, tokenUrl: fake.tokenUrl })],
    ['tokenUrl', () => ({ baseUrl: fake.url, tokenUrl: `${evil.url}/oauth-v1/token` })],
    ['baseUrl and tokenUrl', () => ({ baseUrl: evil.url, tokenUrl: `${evil.url}/oauth-v1/token` })],
  ])('after a %s change, neither a check nor a run sends a credential to the new address', async (name, settings) => {
    const id = await fortnoxConnection(`Fortnox ${name}`);
    expect((await service.checkConnection(db, h.integrations, id)).ok).toBe(true);
    evil.received.length = 0;
    const updated = await service.updateConnection(db, h.integrations, id, { settings: settings() });
    expect(updated.credentials).toBeNull(); // hasCredentials: false, the connection needs authorising again

    const check = await service.checkConnection(db, h.integrations, id);
    expect(check.ok).toBe(false);
    expect(check.message).not.toContain('attacker answer text');
    const runId = await service.runNow(db, h.integrations, company.companyId, id, {});
    const run = await finishedRun(runId);
    expect(run.status).toBe('FAILED');
    expect(given.get(id)).toHaveLength(3);
    expect(leaks(given.get(id)!)).toEqual([]);
    expect((await db.connection.findUniqueOrThrow({ where: { id } })).credentials).toBeNull();
  });

  it('keeps credentials given in the same change, and those of a change that does not move an endpoint', async () => {
    const id = await fortnoxConnection('Fortnox kept');
    const same = await service.updateConnection(db, h.integrations, id, { settings: { baseUrl: fake.url, tokenUrl: fake.tokenUrl, voucherSeries: ['A'] } });
    expect(same.credentials).not.toBeNull();
    const fresh = fake.credentials();
    const moved = await service.updateConnection(db, h.integrations, id, {
      settings: { baseUrl: `${fake.url}/`, tokenUrl: fake.tokenUrl },
      credentials: fresh,
    });
    expect(h.integrations.secrets.decrypt(moved.credentials!, id)).toEqual(fresh);
  });

  it('refreshed tokens are not stored over credentials an endpoint change cleared meanwhile', async () => {
    const id = await fortnoxConnection('Fortnox refresh race');
    const c = await db.connection.findUniqueOrThrow({ where: { id } });
    // Expired: the next request refreshes at the (old, legitimate) token endpoint, then saves.
    await db.connection.update({
      where: { id },
      data: { credentials: h.integrations.secrets.encrypt({ ...fake.credentials(), expiresAt: new Date(0).toISOString() }, id) },
    });
    const loaded = await db.connection.findUniqueOrThrow({ where: { id } });
    const { connectionHttpClient } = await import('../../src/integration/runtime/run.js');
    const { default: fortnox } = await import('../../connectors/fortnox/index.js');
    const http = connectionHttpClient(h.integrations, db, loaded, fortnox, fortnox.settings.parse(c.settings), { dryRun: false, log: h.integrations.log });
    await service.updateConnection(db, h.integrations, id, { settings: { baseUrl: evil.url, tokenUrl: fake.tokenUrl } });
    await expect(http.get('/3/companyinformation')).rejects.toThrow(/changed while it was in use/);
    expect((await db.connection.findUniqueOrThrow({ where: { id } })).credentials).toBeNull();
  });
});

describe('a connection that is not a sandbox one reaches only allowed hosts at public addresses', () => {
  const expectIssue = async (p: Promise<unknown>, path: string, code: string) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues).toEqual([expect.objectContaining({ path, code })]);
  };

  it("refuses a host outside the connector's list when settings are saved, naming the setting", async () => {
    await expectIssue(
      service.createConnection(db, h.integrations, {
        connectorId: 'fortnox',
        name: 'Evil',
        settings: { baseUrl: 'https://fortnox.attacker.example' },
        credentials: { clientId: 'a', clientSecret: 'b' },
      }),
      'settings.baseUrl',
      'host_not_allowed',
    );
    const ok = await service.createConnection(db, h.integrations, {
      connectorId: 'fortnox',
      name: 'Real Fortnox',
      credentials: { clientId: 'a', clientSecret: 'b' },
    });
    await expectIssue(
      service.updateConnection(db, h.integrations, ok.id, { settings: { tokenUrl: 'https://apps.fortnox.se.attacker.example/token' } }),
      'settings.tokenUrl',
      'host_not_allowed',
    );
    expect((await db.connection.findUniqueOrThrow({ where: { id: ok.id } })).credentials).not.toBeNull();
  });

  it.each([
    ['127.0.0.1', (p: number) => `http://127.0.0.1:${p}`],
    ['::1', (p: number) => `http://[::1]:${p}`],
    ['::ffff:127.0.0.1', (p: number) => `http://[::ffff:127.0.0.1]:${p}`],
  ])('refuses the loopback address %s when saved and when called', async (_n, url) => {
    await expectIssue(
      service.createConnection(db, h.integrations, {
        connectorId: 'egress-probe',
        name: `Probe ${_n}`,
        settings: { baseUrl: url(evil.port) },
        credentials: { apiKey: 'probe-secret' },
      }),
      'settings.baseUrl',
      'address_not_public',
    );
    // Stored some other way (e.g. before this rule): refused when called, nothing sent.
    const conn = await db.connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({ connectorId: 'egress-probe', name: `Stored ${_n}`, settings: { baseUrl: url(evil.port) } }),
    });
    await db.connection.update({ where: { id: conn.id }, data: { credentials: h.integrations.secrets.encrypt({ apiKey: 'probe-secret' }, conn.id) } });
    evil.received.length = 0;
    await expectIssue(service.checkConnection(db, h.integrations, conn.id), 'settings.baseUrl', 'address_not_public');
    expect(evil.received).toEqual([]);
  });

  it('refuses a name that resolves to a loopback address (checked on the resolved address)', async () => {
    const created = await service.createConnection(db, h.integrations, {
      connectorId: 'egress-probe',
      name: 'Probe localhost',
      settings: { baseUrl: `http://localhost:${evil.port}` },
      credentials: { apiKey: 'probe-secret' },
    });
    evil.received.length = 0;
    await expectIssue(service.checkConnection(db, h.integrations, created.id), 'settings.baseUrl', 'address_not_public');
    const runId = await service.runNow(db, h.integrations, company.companyId, created.id, {});
    const run = await finishedRun(runId);
    expect(run.status).toBe('FAILED');
    expect(run.flows[0]!.error).toMatch(/settings\.baseUrl: localhost resolves to (127\.0\.0\.1|::1)/);
    expect(evil.received).toEqual([]);
  });

  it('the same connection as a sandbox one reaches the listener; a server that refuses sandboxes creates none', async () => {
    const sandbox = await service.createConnection(db, h.integrations, {
      connectorId: 'egress-probe',
      name: 'Probe sandbox',
      sandbox: true,
      settings: { baseUrl: `http://localhost:${evil.port}` },
      credentials: { apiKey: 'probe-secret' },
    });
    expect((await service.checkConnection(db, h.integrations, sandbox.id)).ok).toBe(true);
    h.integrations.refuseSandbox = true;
    try {
      await expectIssue(
        service.createConnection(db, h.integrations, {
          connectorId: 'egress-probe',
          name: 'Probe sandbox 2',
          sandbox: true,
          settings: { baseUrl: `http://localhost:${evil.port}` },
        }),
        'sandbox',
        'sandbox_disabled',
      );
      evil.received.length = 0;
      await expectIssue(service.checkConnection(db, h.integrations, sandbox.id), 'settings.baseUrl', 'address_not_public');
      expect(evil.received).toEqual([]);
    } finally {
      h.integrations.refuseSandbox = undefined;
    }
  });

  it('follows redirects within the origin only; a redirect elsewhere is refused and its target gets nothing', async () => {
    const target = await listener();
    const redirecting = await listener((req, res) => {
      if (req.url === '/same') {
        res.writeHead(302, { location: '/final' });
        res.end('moved');
        return true;
      }
      if (req.url === '/away') {
        res.writeHead(307, { location: `http://127.0.0.2:${target.port}/steal` });
        res.end('redirect body text');
        return true;
      }
      return false;
    });
    try {
      const policy = { allowedHosts: ['localhost', '127.0.0.2'] };
      // An injected fetch skips the connect-time address check, leaving the redirect rule alone under test.
      const same = await guardedFetch(`http://localhost:${redirecting.port}/same`, { headers: { authorization: 'Bearer t' } }, policy, globalThis.fetch);
      expect(same.status).toBe(200);
      expect(redirecting.received.map((r) => r.url)).toEqual(['/same', '/final']);
      const err = await guardedFetch(
        `http://localhost:${redirecting.port}/away`,
        { method: 'POST', body: 'secret-body', headers: { authorization: 'Bearer t' } },
        policy,
        globalThis.fetch,
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EgressRefusedError);
      expect((err as EgressRefusedError).reason).toBe('redirect_to_other_origin');
      expect((err as Error).message).not.toContain('redirect body text');
      expect(target.received).toEqual([]);
    } finally {
      await new Promise((r) => target.server.close(r));
      await new Promise((r) => redirecting.server.close(r));
    }
  });
});
