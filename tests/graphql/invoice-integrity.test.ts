// Invoice integrity under concurrency: every change to an invoice or what it owns takes the
// invoice's row lock first, so a lock validates exactly what stays stored, line edits cannot
// slip in after it, stored totals equal the sum of the lines, and an invoice is credited once.
// The races need several connections: they run on PostgreSQL only (PGlite has one).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { unlockInvoice } from '../../src/modules/invoices/service.js';
import { createTenantDb, SYSTEM_SIGNATURE } from '../../src/db/tenant.js';
import { invoicePorts } from '../../src/modules/invoices/port.js';
import type { PortScope } from '../../src/integration/runtime/ports.js';

/** What each successful lock validated: the lines and subtotal its checks saw (keyed by invoice id). */
const validated = vi.hoisted(() => new Map<string, { locked: boolean; subtotal: string; lines: { id: string; quantity: string; amount: string }[] }>());

// Records, inside the lock's transaction, what the lock is about to freeze: the lock's revenue
// accounting check is wrapped (and still asked).
vi.mock('../../src/modules/revenue/service.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/modules/revenue/service.js')>();
  return {
    ...original,
    revenueLockGuard: async (...[tx, invoice]: Parameters<typeof original.revenueLockGuard>) => {
      const lines = await tx.invoiceLine.findMany({ where: { invoiceId: invoice.id }, orderBy: { position: 'asc' } });
      validated.set(invoice.id, {
        locked: true,
        subtotal: invoice.subtotal.toFixed(2),
        lines: lines.map((l) => ({ id: l.id, quantity: l.quantity.toFixed(), amount: l.amount.toFixed(2) })),
      });
      return original.revenueLockGuard(tx, invoice);
    },
  };
});

const h = useHarness();
const onPostgres = () => h.db.kind === 'postgres';

const IntAccount = graphql(`mutation IntAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }`);
const IntSettings = graphql(`mutation IntSettings($vat: String) { updateCompanySettings(input: { vatNumber: $vat }) { __typename } }`);
const IntCustomer = graphql(`
  mutation IntCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } }
  }
`);
const IntProject = graphql(`
  mutation IntProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } }
  }
`);
const IntCreate = graphql(`
  mutation IntCreate($input: CreateInvoiceInput!) {
    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } } } ... on Error { code message } }
  }
`);
const IntLock = graphql(`
  mutation IntLock($id: ID!) {
    lockInvoice(id: $id) { __typename ... on Error { code } ... on ValidationError { issues { path code } } }
  }
`);
const IntAddLine = graphql(`
  mutation IntAddLine($invoiceId: ID!, $input: InvoiceLineInput!) { addInvoiceLine(invoiceId: $invoiceId, input: $input) { __typename ... on Error { code } } }
`);
const IntUpdateLine = graphql(`
  mutation IntUpdateLine($id: ID!, $input: InvoiceLineInput!) { updateInvoiceLine(id: $id, input: $input) { __typename ... on Error { code } } }
`);
const IntRemoveLine = graphql(`mutation IntRemoveLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }`);
const IntCredit = graphql(`
  mutation IntCredit($id: ID!, $reason: String!) {
    creditInvoice(id: $id, reason: $reason) { __typename ... on MutationCreditInvoiceSuccess { data { id isCredit } } ... on Error { code path message } }
  }
`);

let c: TestCompany;
let project: string;

const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

async function newInvoice(lines: { quantity: string; unitPrice: string }[]) {
  const r = (
    await h.data(
      IntCreate,
      { input: { projectId: project, lines: lines.map((l, i) => ({ description: `Rad ${i}`, accountNumber: 3231, ...l })) } },
      c.adminToken,
    )
  ).createInvoice;
  if (r.__typename !== 'MutationCreateInvoiceSuccess') throw new Error(JSON.stringify(r));
  return { id: r.data.id, lines: r.data.lines.map((l) => l.id) };
}

/** The stored invoice: its subtotal and lines (id, quantity, amount), in order. */
async function stored(globalId: string) {
  const id = rawId(globalId);
  const inv = await h.prisma.invoice.findUniqueOrThrow({ where: { id } });
  const lines = await h.prisma.invoiceLine.findMany({ where: { invoiceId: id }, orderBy: { position: 'asc' } });
  return {
    locked: inv.locked,
    subtotal: inv.subtotal.toFixed(2),
    lines: lines.map((l) => ({ id: l.id, quantity: l.quantity.toFixed(), amount: l.amount.toFixed(2) })),
  };
}

function sumOfLines(s: Awaited<ReturnType<typeof stored>>): string {
  return s.lines.reduce((sum, l) => sum.plus(l.amount), new Prisma.Decimal(0)).toFixed(2);
}

beforeAll(async () => {
  c = await h.company();
  await h.data(IntSettings, { vat: 'SE556036079301' }, c.adminToken);
  await h.data(IntAccount, { input: { number: 3231, name: 'Försäljning byggtjänster omvänd moms' } }, c.adminToken);
  const customer = (
    await h.data(
      IntCustomer,
      {
        input: {
          name: 'Bygg AB',
          organisationNumber: '5560360793',
          vatNumber: 'SE556036079301',
          isConstructionCompany: true,
          invoiceAddress: { address1: 'Gatan 1', postcode: '11122', city: 'Stockholm' },
        },
      },
      c.adminToken,
    )
  ).createCustomer;
  if (customer.__typename !== 'MutationCreateCustomerSuccess') throw new Error(JSON.stringify(customer));
  const p = (await h.data(IntProject, { input: { customerId: customer.data.id, name: 'Kontor', statusCode: 50 } }, c.adminToken)).createProject;
  if (p.__typename !== 'MutationCreateProjectSuccess') throw new Error(JSON.stringify(p));
  project = p.data.id;
});

const RACES = 30;

describe('locking races with line changes', () => {
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'lock vs remove line: a locked invoice keeps exactly the lines its lock validated',
    { timeout: 120_000 },
    async () => {
      expect(onPostgres()).toBe(true);
      const invoices = await Promise.all(Array.from({ length: RACES }, () => newInvoice([{ quantity: '1', unitPrice: '100' }])));
      const outcomes = await Promise.all(
        invoices.map(async (inv) => {
          const [lock, remove] = await Promise.all([h.data(IntLock, { id: inv.id }, c.adminToken), h.data(IntRemoveLine, { id: inv.lines[0]! }, c.adminToken)]);
          return { inv, lock: lock.lockInvoice, remove: remove.removeInvoiceLine };
        }),
      );
      for (const { inv, lock, remove } of outcomes) {
        const s = await stored(inv.id);
        expect(s.subtotal).toBe(sumOfLines(s));
        if (s.locked) {
          expect(lock.__typename).toBe('MutationLockInvoiceSuccess');
          expect(s).toEqual(validated.get(rawId(inv.id)));
          expect(s.lines).toHaveLength(1);
          expect(remove).toMatchObject({ __typename: 'ConflictError', code: 'LOCKED' });
        } else {
          // The line went first; the lock then saw an invoice without lines and refused.
          expect(remove.__typename).toBe('MutationRemoveInvoiceLineSuccess');
          expect(lock).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'lines', code: 'required' }] });
          expect(s.lines).toHaveLength(0);
        }
      }
    },
  );

  it.skipIf(!process.env.TEST_DATABASE_URL)('lock vs update line: a locked invoice is unchanged after its lock', { timeout: 120_000 }, async () => {
    const invoices = await Promise.all(Array.from({ length: RACES }, () => newInvoice([{ quantity: '1', unitPrice: '100' }])));
    const outcomes = await Promise.all(
      invoices.map(async (inv) => {
        const [lock, update] = await Promise.all([
          h.data(IntLock, { id: inv.id }, c.adminToken),
          h.data(IntUpdateLine, { id: inv.lines[0]!, input: { quantity: '7' } }, c.adminToken),
        ]);
        return { inv, lock: lock.lockInvoice, update: update.updateInvoiceLine };
      }),
    );
    for (const { inv, lock, update } of outcomes) {
      expect(lock.__typename).toBe('MutationLockInvoiceSuccess');
      const s = await stored(inv.id);
      expect(s.locked).toBe(true);
      expect(s).toEqual(validated.get(rawId(inv.id)));
      expect(s.subtotal).toBe(sumOfLines(s));
      if (update.__typename === 'MutationUpdateInvoiceLineSuccess') expect(s.lines[0]).toMatchObject({ quantity: '7', amount: '700.00' });
      else {
        expect(update).toMatchObject({ __typename: 'ConflictError', code: 'LOCKED' });
        expect(s.lines[0]).toMatchObject({ quantity: '1', amount: '100.00' });
      }
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('concurrent line edits: the stored totals equal the sum of the lines', { timeout: 120_000 }, async () => {
    for (let round = 0; round < 5; round++) {
      const inv = await newInvoice(Array.from({ length: 5 }, () => ({ quantity: '1', unitPrice: '100' })));
      const edits = [
        // Lines 0–3 edited (quantity and price separately), line 4 removed, a line added.
        ...inv.lines
          .slice(0, 4)
          .flatMap((line, i) => [
            h.data(IntUpdateLine, { id: line, input: { quantity: String(i + 2) } }, c.adminToken),
            h.data(IntUpdateLine, { id: line, input: { unitPrice: String(125 + i * 10) } }, c.adminToken),
          ]),
        h.data(IntAddLine, { invoiceId: inv.id, input: { description: 'Extra', quantity: '3', unitPrice: '75', accountNumber: 3231 } }, c.adminToken),
        h.data(IntRemoveLine, { id: inv.lines[4]! }, c.adminToken),
      ];
      for (const r of await Promise.all(edits)) expect(Object.values(r)[0]!.__typename).toMatch(/Success$/);
      const s = await stored(inv.id);
      expect(s.lines).toHaveLength(5);
      expect(s.subtotal).toBe(sumOfLines(s));
      // Every edit landed: quantities i+2 and prices 125+10i on the remaining original lines.
      expect(s.subtotal).toBe((2 * 125 + 3 * 135 + 4 * 145 + 5 * 155 + 3 * 75).toFixed(2));
    }
  });
});

describe('credits', () => {
  it('refuses a second credit of the same invoice with ALREADY_CREDITED', async () => {
    const inv = await newInvoice([{ quantity: '2', unitPrice: '300' }]);
    expect((await h.data(IntLock, { id: inv.id }, c.adminToken)).lockInvoice.__typename).toBe('MutationLockInvoiceSuccess');
    const first = (await h.data(IntCredit, { id: inv.id, reason: 'Fel pris' }, c.adminToken)).creditInvoice;
    expect(first).toMatchObject({ __typename: 'MutationCreditInvoiceSuccess', data: { isCredit: true } });
    const second = (await h.data(IntCredit, { id: inv.id, reason: 'Igen' }, c.adminToken)).creditInvoice;
    expect(second).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_CREDITED', path: 'id' });
    expect(await h.prisma.invoice.count({ where: { creditOfId: rawId(inv.id) } })).toBe(1);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('ten concurrent credits of one invoice: exactly one succeeds', { timeout: 120_000 }, async () => {
    const inv = await newInvoice([{ quantity: '1', unitPrice: '1000' }]);
    expect((await h.data(IntLock, { id: inv.id }, c.adminToken)).lockInvoice.__typename).toBe('MutationLockInvoiceSuccess');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => h.data(IntCredit, { id: inv.id, reason: `Kredit ${i}` }, c.adminToken)));
    const kinds = results.map((r) => (r.creditInvoice.__typename === 'ConflictError' ? r.creditInvoice.code : r.creditInvoice.__typename)).sort();
    expect(kinds).toEqual([
      'ALREADY_CREDITED',
      'ALREADY_CREDITED',
      'ALREADY_CREDITED',
      'ALREADY_CREDITED',
      'ALREADY_CREDITED',
      'ALREADY_CREDITED',
      'ALREADY_CREDITED',
      'ALREADY_CREDITED',
      'ALREADY_CREDITED',
      'MutationCreditInvoiceSuccess',
    ]);
    expect(await h.prisma.invoice.count({ where: { creditOfId: rawId(inv.id) } })).toBe(1);
  });
});

describe('unlock vs export', () => {
  it.skipIf(!process.env.TEST_DATABASE_URL)('an invoice never ends unlocked with an external number', { timeout: 120_000 }, async () => {
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: SYSTEM_SIGNATURE });
    const scope: PortScope = { connectionId: 'test', openFailures: new Map(), only: null, dryRun: false, plan: () => undefined, firstRunOf: async () => false };
    const port = invoicePorts(db, scope, new Date()).invoices;
    const invoices = await Promise.all(Array.from({ length: RACES }, () => newInvoice([{ quantity: '1', unitPrice: '100' }])));
    for (const inv of invoices) expect((await h.data(IntLock, { id: inv.id }, c.adminToken)).lockInvoice.__typename).toBe('MutationLockInvoiceSuccess');
    await Promise.all(
      invoices.map((inv) =>
        Promise.all([
          // The service directly, so both sides start their transactions at about the same time.
          unlockInvoice(db, rawId(inv.id)).catch((err: Error) => err),
          port.setExternalNumber(rawId(inv.id), `F-${rawId(inv.id).slice(0, 8)}`).catch((err: Error) => err),
        ]),
      ),
    );
    for (const inv of invoices) {
      const row = await h.prisma.invoice.findUniqueOrThrow({ where: { id: rawId(inv.id) } });
      expect(row.locked || row.externalNumber === null, `invoice ${row.number}`).toBe(true);
    }
  });
});
