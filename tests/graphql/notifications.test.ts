// Assigning a user to a customer notifies them; removing the assignment notifies them that they no
// longer are (the customer register's rule). The notification is written in the transaction of the
// change (through the API, an update or an import), listed to its user, and e-mailed by a job the
// same transaction enqueues, retried until the mail server takes it.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany, type TestUser } from '../helpers/harness.js';
import { csv } from '../helpers/spreadsheets.js';
import { createTenantDb, lockForUpdate } from '../../src/db/tenant.js';
import { assignCustomer, updateCustomer } from '../../src/modules/customers/service.js';
import { importFile, importLimits } from '../../src/modules/customer-import/import.js';
import { blobSource } from '../../src/modules/customer-import/source.js';
import { createRunEngine, type RunEngine } from '../../src/integration/runtime/engine.js';
import { smtpNotifier } from '../../src/integration/runtime/notifier.js';

const h = useHarness();

/** Polls `probe` until it answers something, failing after `timeoutMs`. */
async function eventually<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > until) throw new Error(`nothing after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
const onPostgres = !!process.env.TEST_DATABASE_URL;

const NfCreate = graphql(`
  mutation NfCreate($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on MutationCreateCustomerSuccess { data { id number name } }
      ... on Error { code message }
    }
  }
`);

const NfAssign = graphql(`
  mutation NfAssign($id: ID!, $userId: ID) {
    assignCustomer(id: $id, userId: $userId) {
      __typename
      ... on MutationAssignCustomerSuccess { data { id assignedUser { signature } } }
      ... on Error { code message path }
      ... on ValidationError { issues { path code } }
    }
  }
`);

const NfMine = graphql(`
  query NfMine($unreadOnly: Boolean) {
    myNotifications(first: 50, unreadOnly: $unreadOnly) {
      totalCount
      edges { node { id kind customerNumber customerName by readAt mailStatus customer { id } } }
    }
  }
`);

const NfAll = graphql(`
  query NfAll($userId: ID, $mailStatus: NotificationMailStatus) {
    notifications(first: 50, userId: $userId, mailStatus: $mailStatus) {
      edges { node { id kind mailStatus mailTo mailAttempts mailError mailSentAt } }
    }
  }
`);

const NfNode = graphql(`query NfNode($id: ID!) { node(id: $id) { id ... on Notification { kind } } }`);

const NfRead = graphql(`
  mutation NfRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids) {
      __typename
      ... on MutationMarkNotificationsReadSuccess { data }
      ... on Error { code message }
    }
  }
`);

let c: TestCompany;
let tekla: TestUser;
let sven: TestUser;
let assigner: TestUser;

const uid = (u: TestUser) => encodeGlobalID('User', u.userId);
const kinds = async (u: TestUser) =>
  (await h.data(NfMine, {}, u.token)).myNotifications.edges.map((e) => `${e.node.kind} ${e.node.customerNumber} by ${e.node.by}`).reverse();

async function customer(name: string, extra: Record<string, unknown> = {}) {
  const r = await h.data(NfCreate, { input: { name, ...extra } }, c.adminToken);
  if (r.createCustomer.__typename !== 'MutationCreateCustomerSuccess') throw new Error(JSON.stringify(r.createCustomer));
  return r.createCustomer.data;
}

beforeAll(async () => {
  c = await h.company();
  tekla = await h.user(c.companyId, ['CUSTOMER_VIEW_ASSIGNED'], 'Tekla Tekniker');
  sven = await h.user(c.companyId, ['CUSTOMER_VIEW_ASSIGNED'], 'Sven Svensson');
  assigner = await h.user(c.companyId, ['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_ASSIGN'], 'Arbetsledare');
});

describe('who is notified', () => {
  it('assigning, reassigning and removing tell the users concerned, never the one who acted', async () => {
    const cust = await customer('Byggbolaget i Umeå AB');
    const sig = (await h.prisma.user.findUniqueOrThrow({ where: { id: assigner.userId } })).signature;
    await h.data(NfAssign, { id: cust.id, userId: uid(tekla) }, assigner.token);
    expect(await kinds(tekla)).toEqual([`CUSTOMER_ASSIGNED ${cust.number} by ${sig}`]);

    await h.data(NfAssign, { id: cust.id, userId: uid(sven) }, assigner.token);
    expect(await kinds(tekla)).toEqual([`CUSTOMER_ASSIGNED ${cust.number} by ${sig}`, `CUSTOMER_UNASSIGNED ${cust.number} by ${sig}`]);
    expect(await kinds(sven)).toEqual([`CUSTOMER_ASSIGNED ${cust.number} by ${sig}`]);

    // The same user again: nothing changes, nobody is told.
    await h.data(NfAssign, { id: cust.id, userId: uid(sven) }, assigner.token);
    expect(await kinds(sven)).toHaveLength(1);

    await h.data(NfAssign, { id: cust.id, userId: null }, assigner.token);
    expect(await kinds(sven)).toEqual([`CUSTOMER_ASSIGNED ${cust.number} by ${sig}`, `CUSTOMER_UNASSIGNED ${cust.number} by ${sig}`]);

    // Assigning themselves: the assigner is not told of their own act.
    await h.data(NfAssign, { id: cust.id, userId: uid(assigner) }, assigner.token);
    expect(await kinds(assigner)).toEqual([]);

    // The notification names the customer, and links to it only while the reader may see it: Sven
    // sees only customers assigned to him, and this one no longer is; the administrator sees it.
    const mine = (await h.data(NfMine, {}, sven.token)).myNotifications.edges.map((e) => e.node);
    expect(mine[0]).toMatchObject({ customerName: 'Byggbolaget i Umeå AB', customer: null, readAt: null, mailStatus: 'PENDING' });
    const all = await h.data(NfAll, { userId: uid(sven) }, c.adminToken);
    expect(all.notifications.edges).toHaveLength(2);
  });

  it('creating a customer with a responsible user and changing it in an update tell them too; without the Assign permission an update may not change it', async () => {
    const adminSig = (await h.prisma.user.findUniqueOrThrow({ where: { id: c.adminUserId } })).signature;
    const created = await customer('Fastighets AB Norr', { assignedUserId: uid(tekla) });
    expect((await kinds(tekla)).at(-1)).toBe(`CUSTOMER_ASSIGNED ${created.number} by ${adminSig}`);
    // An update that changes the responsible user (the service's path for such changes besides assignCustomer).
    const id = Buffer.from(created.id, 'base64').toString().split(':')[1]!;
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: adminSig });
    const admin = {
      actor: { companyId: c.companyId, userId: c.adminUserId, signature: adminSig },
      permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_ASSIGN'] as const),
    };
    await updateCustomer(db, admin, id, { assignedUserId: sven.userId });
    expect((await kinds(tekla)).at(-1)).toBe(`CUSTOMER_UNASSIGNED ${created.number} by ${adminSig}`);
    expect((await kinds(sven)).at(-1)).toBe(`CUSTOMER_ASSIGNED ${created.number} by ${adminSig}`);

    // Without the Assign permission an update may not change it, and nobody is told.
    const before = await h.prisma.notification.count({ where: { companyId: c.companyId } });
    const editor = { ...admin, permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT'] as const) };
    await expect(updateCustomer(db, editor, id, { assignedUserId: tekla.userId })).rejects.toMatchObject({ permission: 'CUSTOMER_ASSIGN' });
    await updateCustomer(db, editor, id, { name: 'Fastighets AB Norr (nytt namn)' });
    expect(await h.prisma.notification.count({ where: { companyId: c.companyId } })).toBe(before);
  });

  it('a refused assignment writes no notification', async () => {
    const cust = await customer('Refused AB');
    await h.prisma.user.update({ where: { id: sven.userId }, data: { active: false } });
    try {
      const before = await h.prisma.notification.count({ where: { companyId: c.companyId } });
      const r = await h.data(NfAssign, { id: cust.id, userId: uid(sven) }, assigner.token);
      expect(r.assignCustomer).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'userId', code: 'inactive' }] });
      expect(await h.prisma.notification.count({ where: { companyId: c.companyId } })).toBe(before);
    } finally {
      await h.prisma.user.update({ where: { id: sven.userId }, data: { active: true } });
    }
  });

  it('an import that sets or changes the responsible user tells them', async () => {
    const signatures = async (u: TestUser) => (await h.prisma.user.findUniqueOrThrow({ where: { id: u.userId } })).signature;
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'IMP' });
    const auth = {
      actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'IMP' },
      permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE', 'CUSTOMER_ASSIGN', 'CUSTOMER_UPLOAD'] as const),
    };
    const run = (rows: string[][]) =>
      importFile(db, auth, 'customers', blobSource(new Blob([new Uint8Array(csv(rows))]), 'kunder.csv'), { mode: 'ALL_OR_NOTHING', limits: importLimits() });
    const r1 = await run([
      ['Kundnummer', 'Namn', 'Ansvarig'],
      ['7001', 'Importerad AB', await signatures(tekla)],
      ['7002', 'Utan Ansvarig AB', ''],
    ]);
    expect(r1).toMatchObject({ committed: true, created: 2 });
    expect((await kinds(tekla)).at(-1)).toBe('CUSTOMER_ASSIGNED 7001 by IMP');
    await run([
      ['Kundnummer', 'Namn', 'Ansvarig'],
      ['7001', 'Importerad AB', await signatures(sven)],
    ]);
    expect((await kinds(tekla)).at(-1)).toBe('CUSTOMER_UNASSIGNED 7001 by IMP');
    expect((await kinds(sven)).at(-1)).toBe('CUSTOMER_ASSIGNED 7001 by IMP');
    // A preview writes nothing, so it tells no one.
    const before = await h.prisma.notification.count({ where: { companyId: c.companyId } });
    const file = csv([
      ['Kundnummer', 'Namn', 'Ansvarig'],
      ['7001', 'Importerad AB', await signatures(tekla)],
    ]);
    const preview = await importFile(db, auth, 'customers', blobSource(new Blob([new Uint8Array(file)]), 'k.csv'), { mode: 'PREVIEW', limits: importLimits() });
    expect(preview).toMatchObject({ committed: false, updated: 1 });
    expect(await h.prisma.notification.count({ where: { companyId: c.companyId } })).toBe(before);
  });
});

describe('reading them', () => {
  it('a user sees and marks only their own; administrators of users see everyone’s', async () => {
    const cust = await customer('Läsbar AB');
    await h.data(NfAssign, { id: cust.id, userId: uid(tekla) }, assigner.token);
    const mine = (await h.data(NfMine, { unreadOnly: true }, tekla.token)).myNotifications;
    expect(mine.totalCount).toBeGreaterThan(0);
    const svenIds = (await h.data(NfMine, {}, sven.token)).myNotifications.edges.map((e) => e.node.id);
    expect(svenIds.length).toBeGreaterThan(0);

    // By id: one's own, not another user's; user administrators see any.
    expect((await h.data(NfNode, { id: mine.edges[0]!.node.id }, tekla.token)).node).toMatchObject({ kind: 'CUSTOMER_ASSIGNED' });
    expect((await h.data(NfNode, { id: svenIds[0]! }, tekla.token)).node).toBeNull();
    expect((await h.data(NfNode, { id: svenIds[0]! }, c.adminToken)).node).toMatchObject({ id: svenIds[0] });

    // Another user's ids are not theirs to mark.
    const foreign = await h.data(NfRead, { ids: svenIds }, tekla.token);
    expect(foreign.markNotificationsRead).toEqual({ __typename: 'MutationMarkNotificationsReadSuccess', data: 0 });
    const one = await h.data(NfRead, { ids: [mine.edges[0]!.node.id] }, tekla.token);
    expect(one.markNotificationsRead).toMatchObject({ data: 1 });
    expect((await h.data(NfMine, { unreadOnly: true }, tekla.token)).myNotifications.totalCount).toBe(mine.totalCount - 1);
    const all = await h.data(NfRead, {}, tekla.token);
    expect(all.markNotificationsRead).toMatchObject({ data: mine.totalCount - 1 });
    expect((await h.data(NfMine, { unreadOnly: true }, tekla.token)).myNotifications.totalCount).toBe(0);
    expect((await h.data(NfMine, { unreadOnly: true }, sven.token)).myNotifications.totalCount).toBe(svenIds.length);

    const denied = await h.exec(NfAll, {}, tekla.token);
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const admin = await h.data(NfAll, { userId: uid(tekla) }, c.adminToken);
    expect(admin.notifications.edges.length).toBe(mine.totalCount);
  });
});

describe.runIf(onPostgres)('two assignments at once', () => {
  it('are serialised on the customer row: the second tells the user the first assigned that they no longer are', async () => {
    const cust = await customer('Samtidig AB');
    const id = Buffer.from(cust.id, 'base64').toString().split(':')[1]!;
    const db = () => createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
    const auth = {
      actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' },
      permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_ASSIGN'] as const),
    };
    // A transaction holding the customer's row lock, so that both assignments are in flight before either runs.
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => {
      locked = r;
    });
    const holder = db().$transaction(
      async (tx) => {
        await lockForUpdate(tx, 'Customer', id);
        locked();
        await held;
      },
      { timeout: 20_000 },
    );
    await isLocked;
    const a = assignCustomer(db(), auth, id, tekla.userId);
    const b = assignCustomer(db(), auth, id, sven.userId);
    await new Promise((r) => setTimeout(r, 300));
    release();
    await holder;
    await Promise.all([a, b]);
    const notes = await h.prisma.notification.findMany({ where: { customerId: id }, orderBy: { createdAt: 'asc' } });
    const final = (await h.prisma.customer.findUniqueOrThrow({ where: { id } })).assignedUserId;
    const first = final === tekla.userId ? sven.userId : tekla.userId;
    // The first assignee: assigned, then no longer; the final one: assigned. Three in all.
    expect(notes.map((n) => `${n.userId === first ? 'first' : 'final'} ${n.kind}`)).toEqual([
      'first CUSTOMER_ASSIGNED',
      'first CUSTOMER_UNASSIGNED',
      'final CUSTOMER_ASSIGNED',
    ]);
  });
});

describe('the e-mail', () => {
  let smtp: SMTPServer;
  let smtpPort: number;
  const mail: { to: string[]; raw: string }[] = [];
  let engine: RunEngine | null = null;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, cb) {
        let raw = '';
        stream.on('data', (ch: Buffer) => (raw += ch.toString('utf8')));
        stream.on('end', () => {
          mail.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          cb();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    smtpPort = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    h.integrations.notifier = null;
    await new Promise<void>((r) => smtp.close(() => r()));
  });
  afterEach(async () => {
    await engine?.stop({ timeoutMs: 5_000 });
    engine = null;
    h.integrations.stopping!.value = false;
  });

  const startEngine = async (o: { mailRetryLimit?: number } = {}) => {
    engine = createRunEngine(h.integrations, { url: h.db.url, work: true, pollingIntervalSeconds: 0.5, mailRetryDelaySeconds: 1, ...o });
    await engine.start();
  };
  const teklaMail = async () => (await h.prisma.user.findUniqueOrThrow({ where: { id: tekla.userId } })).email;
  const latest = async () => await h.prisma.notification.findFirstOrThrow({ where: { userId: tekla.userId }, orderBy: { createdAt: 'desc' } });

  it('goes out after the commit, in the company’s staff language, and is recorded as sent', async () => {
    h.integrations.notifier = smtpNotifier(`smtp://127.0.0.1:${smtpPort}`, 'Fakturering <noreply@example.com>');
    await startEngine();
    const cust = await customer('Mejlbolaget AB');
    await h.data(NfAssign, { id: cust.id, userId: uid(tekla) }, assigner.token);
    const sent = await eventually(async () => {
      const n = await latest();
      return n.mailStatus === 'SENT' ? n : null;
    }, 15_000);
    expect(sent).toMatchObject({ mailStatus: 'SENT', mailTo: await teklaMail(), mailAttempts: 1, mailError: null });
    const m = mail.find((x) => x.raw.includes('Mejlbolaget AB'))!;
    expect(m.to).toEqual([await teklaMail()]);
    expect(m.raw).toContain('Content-Language: sv');
    expect(m.raw).toContain('Hej Tekla Tekniker,');
    expect(m.raw).toMatch(/Mejlbolaget AB/);
  });

  it('is retried while the mail server cannot be reached, and after the last attempt is FAILED with the error', async () => {
    // Nothing listens on this port.
    const closed = new SMTPServer({ disabledCommands: ['STARTTLS', 'AUTH'] });
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    h.integrations.notifier = smtpNotifier(`smtp://127.0.0.1:${deadPort}`, 'Fakturering <noreply@example.com>');
    await startEngine({ mailRetryLimit: 1 });
    const cust = await customer('Nere AB');
    await h.data(NfAssign, { id: cust.id, userId: uid(tekla) }, assigner.token);
    const failed = await eventually(async () => {
      const n = await latest();
      return n.mailStatus === 'FAILED' ? n : null;
    }, 30_000);
    expect(failed.mailAttempts).toBe(2);
    expect(failed.mailError).toMatch(/ECONNREFUSED|connect/i);
    const listed = await h.data(NfAll, { mailStatus: 'FAILED' }, c.adminToken);
    expect(listed.notifications.edges.map((e) => e.node.mailError)).toContain(failed.mailError);
  });

  it('without e-mail configured it is recorded as not sent, saying why', async () => {
    h.integrations.notifier = null;
    await startEngine();
    const cust = await customer('Utan Mejl AB');
    await h.data(NfAssign, { id: cust.id, userId: uid(tekla) }, assigner.token);
    const n = await eventually(async () => {
      const x = await latest();
      return x.mailStatus === 'NOT_SENT' ? x : null;
    }, 15_000);
    expect(n.mailError).toMatch(/SMTP_URL/);
    expect(n.mailAttempts).toBe(0);
  });
});
