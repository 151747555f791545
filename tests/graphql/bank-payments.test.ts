// Bankgiro payments through the API (importBankgiroPayments, a GraphQL multipart upload): invoices
// are locked, a BgMax file is built with their OCR references, and the import marks paid exactly
// those a payment pays in full (paid date = the deposit's payment date); the others are reported
// with the reason. A dry run writes nothing, the same file twice marks nothing twice, a file to
// another bankgiro or one refused late (its end record) writes nothing, the permissions
// (INVOICE_PAYMENTS and INVOICE_VIEW; ADMIN_INTEGRATIONS no longer suffices) and the size limit hold.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ocrReference } from '@nordic-invoicing/connector-sdk/se';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { bgmaxFile, bgmaxRecords, type TestPayment } from '../helpers/bgmax.js';
import { createTenantDb } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createInvoice, creditInvoice, lockInvoice } from '../../src/modules/invoices/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { importBankgiroPayments } from '../../src/modules/bank-payments/index.js';
import type { Permission } from '../../src/generated/prisma/enums.js';

const h = useHarness();

const IMPORT = `
  mutation BankImport($file: File!, $dryRun: Boolean) {
    importBankgiroPayments(file: $file, dryRun: $dryRun) {
      __typename
      ... on MutationImportBankgiroPaymentsSuccess {
        data {
          dryRun committed message writtenAt testFile bankgiro deposits payments paid
          results { line depositLine paymentDate currency reference referenceKind amount expectedAmount invoiceId invoiceNumber outcome marked payerName message }
        }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`;

interface Row {
  line: number;
  reference: string;
  referenceKind: string;
  amount: string;
  expectedAmount: string | null;
  invoiceNumber: number | null;
  outcome: string;
  marked: boolean;
  paymentDate: string;
  message: string;
}
interface Result {
  __typename: string;
  data?: { dryRun: boolean; committed: boolean; message: string; bankgiro: string; deposits: number; payments: number; paid: number; results: Row[] };
  issues?: { path: string; code: string; message: string }[];
  permission?: string;
}

async function upload(file: Buffer, token: string, dryRun: boolean | null): Promise<Result> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: IMPORT, variables: { file: null, dryRun } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([new Uint8Array(file)]), 'bgmax.txt');
  const res = await h.app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'graphql-preflight': '1' },
    body: form,
  });
  const body = (await res.json()) as { data?: { importBankgiroPayments: Result }; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data.importBankgiroPayments;
}

const BANKGIRO = '50501055';
const D = (v: string) => new Prisma.Decimal(v);
let c: TestCompany;
let projectId: string;
const db = (co: TestCompany = c) => createTenantDb(h.prisma, { companyId: co.companyId, userId: co.adminUserId, signature: 'AD' });
const ore = (d: Prisma.Decimal) => BigInt(d.toFixed(2).replace('.', ''));

interface Inv {
  id: string;
  number: number;
  ocr: string;
  toPay: bigint;
}
async function lockedInvoice(unitPrice: string, co: TestCompany = c, project = projectId): Promise<Inv> {
  const id = await createInvoice(db(co), {
    projectId: project,
    lines: [{ description: 'Arbete', quantity: D('1'), unitPrice: D(unitPrice), vatRate: D('25') }],
  });
  await lockInvoice(db(co), id, 'AD');
  const row = await db(co).invoice.findUniqueOrThrow({ where: { id } });
  return { id, number: row.number, ocr: row.ocrReference!, toPay: ore(row.amountToPay) };
}
const paidDates = async (ids: string[]) =>
  (await h.prisma.invoice.findMany({ where: { id: { in: ids } }, select: { id: true, paidDate: true } })).reduce<Record<string, string | null>>(
    (m, r) => Object.assign(m, { [r.id]: r.paidDate?.toISOString().slice(0, 10) ?? null }),
    {},
  );

async function setup(co: TestCompany): Promise<string> {
  await h.prisma.company.update({ where: { id: co.companyId }, data: { bankgiro: BANKGIRO } });
  const auth = { actor: { companyId: co.companyId, userId: co.adminUserId, signature: 'AD' }, permissions: new Set(['CUSTOMER_CREATE'] as const) };
  const customerId = await createCustomer(db(co), auth, { name: 'Betalande Kund AB', type: 'COMPANY' });
  await h.prisma.customer.update({ where: { id: customerId }, data: { invoiceAddress1: 'Kundvägen 1', invoicePostcode: '903 25', invoiceCity: 'Umeå' } });
  return createProject(db(co), { customerId, name: 'Betalningar', statusCode: 40 });
}

let exact: Inv;
let freeText: Inv;
let partial: Inv;
let over: Inv;
let credit: Inv;
let untouched: Inv;
let payments: TestPayment[];

beforeAll(async () => {
  c = await h.company();
  projectId = await setup(c);
  exact = await lockedInvoice('1000');
  freeText = await lockedInvoice('400');
  partial = await lockedInvoice('800');
  over = await lockedInvoice('200');
  const creditId = await creditInvoice(db(), over.id, 'Fel pris');
  await lockInvoice(db(), creditId, 'AD');
  const cr = await db().invoice.findUniqueOrThrow({ where: { id: creditId } });
  credit = { id: creditId, number: cr.number, ocr: cr.ocrReference!, toPay: ore(cr.amountToPay) };
  untouched = await lockedInvoice('300');
  payments = [
    { reference: exact.ocr, amountOre: exact.toPay, name: 'Kund Åström AB' },
    { reference: `Faktura ${freeText.ocr}`, code: 3, amountOre: freeText.toPay },
    { reference: partial.ocr, amountOre: partial.toPay - 10000n },
    { reference: over.ocr, amountOre: over.toPay + 10000n },
    { reference: credit.ocr, amountOre: 12500n },
    { reference: ocrReference('987654321', 'CHECK_DIGIT')!, amountOre: 5000n },
    { kind: '21', reference: `Avdrag ${exact.ocr}`, code: 3, amountOre: 5000n },
  ];
});

afterEach(() => {
  delete process.env.IMPORT_MAX_BYTES;
});

const file = () => bgmaxFile([{ bankgiro: BANKGIRO, paymentDate: '20261204', payments }]);
const ALL = () => [exact, freeText, partial, over, credit, untouched].map((i) => i.id);

describe('importBankgiroPayments', () => {
  it('a dry run reports what would be marked paid and why the rest would not, writing nothing', async () => {
    const r = await upload(file(), c.adminToken, null);
    expect(r.__typename).toBe('MutationImportBankgiroPaymentsSuccess');
    const d = r.data!;
    expect(d).toMatchObject({ dryRun: true, committed: false, bankgiro: '5050-1055', deposits: 1, payments: 7, paid: 2 });
    expect(d.results.map((x) => [x.line, x.invoiceNumber, x.outcome, x.marked])).toEqual([
      [3, exact.number, 'PAID', false],
      [5, freeText.number, 'PAID', false],
      [6, partial.number, 'PARTIAL', false],
      [7, over.number, 'OVERPAID', false],
      [8, credit.number, 'CREDIT_NOTE', false],
      [9, null, 'UNKNOWN_REFERENCE', false],
      [10, exact.number, 'DEDUCTION', false],
    ]);
    expect(d.results[2]).toMatchObject({ amount: ((partial.toPay - 10000n) / 100n).toString().concat('.00'), expectedAmount: `${partial.toPay / 100n}.00` });
    expect(d.results[1]).toMatchObject({ referenceKind: 'FREE_TEXT', paymentDate: '2026-12-04' });
    expect(Object.values(await paidDates(ALL()))).toEqual(ALL().map(() => null));
  });

  it('marks paid on the deposit’s payment date exactly the invoices paid in full; the same file again marks nothing twice', async () => {
    const r = await upload(file(), c.adminToken, false);
    expect(r.data).toMatchObject({ dryRun: false, committed: true, paid: 2 });
    expect(r.data!.results.filter((x) => x.marked).map((x) => x.invoiceNumber)).toEqual([exact.number, freeText.number]);
    expect(await paidDates(ALL())).toEqual({
      [exact.id]: '2026-12-04',
      [freeText.id]: '2026-12-04',
      [partial.id]: null,
      [over.id]: null,
      [credit.id]: null,
      [untouched.id]: null,
    });
    const again = await upload(file(), c.adminToken, false);
    expect(again.data).toMatchObject({ committed: true, paid: 0 });
    expect(again.data!.results.slice(0, 2).map((x) => [x.invoiceNumber, x.outcome, x.marked])).toEqual([
      [exact.number, 'ALREADY_PAID', false],
      [freeText.number, 'ALREADY_PAID', false],
    ]);
    expect((await paidDates([exact.id]))[exact.id]).toBe('2026-12-04');
  });

  it('two payments of one invoice in one file: the second finds it paid', async () => {
    const inv = await lockedInvoice('120');
    const twice = bgmaxFile([
      { bankgiro: BANKGIRO, paymentDate: '20261205', payments: [{ reference: inv.ocr, amountOre: inv.toPay }] },
      { bankgiro: BANKGIRO, paymentDate: '20261206', payments: [{ reference: inv.ocr, amountOre: inv.toPay }] },
    ]);
    for (const dryRun of [true, false]) {
      const r = await upload(twice, c.adminToken, dryRun);
      expect(r.data!.results.map((x) => x.outcome)).toEqual(['PAID', 'ALREADY_PAID']);
    }
    expect((await paidDates([inv.id]))[inv.id]).toBe('2026-12-05');
  });

  it('refuses a file to another bankgiro, or one whose end record is wrong, writing nothing', async () => {
    const other = bgmaxFile([{ bankgiro: '9912346', paymentDate: '20261204', payments: [{ reference: untouched.ocr, amountOre: untouched.toPay }] }]);
    expect(await upload(other, c.adminToken, false)).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'file', code: 'wrong_bankgiro' }] });

    // The deposit is read (and settled) before the end record refuses the file: all of it is rolled back.
    const records = bgmaxRecords([{ bankgiro: BANKGIRO, paymentDate: '20261204', payments: [{ reference: untouched.ocr, amountOre: untouched.toPay }] }]);
    const last = records.length;
    records[last - 1] = `70${'00000009'}${records[last - 1]!.slice(10)}`;
    const r = await upload(Buffer.from(records.join('\r\n'), 'latin1'), c.adminToken, false);
    expect(r).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'file', code: 'count_mismatch' }] });
    expect(r.issues![0]!.message).toMatch(new RegExp(`^Line ${last}:`));
    expect((await paidDates([untouched.id]))[untouched.id]).toBeNull();
  });

  it('refuses when the company has no bankgiro', async () => {
    const bare = await h.company();
    await h.prisma.company.update({ where: { id: bare.companyId }, data: { bankgiro: null } });
    expect(await upload(file(), bare.adminToken, true)).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'file', code: 'no_bankgiro' }] });
  });

  it('needs INVOICE_PAYMENTS and INVOICE_VIEW: the finance administrator imports without integration rights; integration rights alone are refused', async () => {
    const inv = await lockedInvoice('150');
    const own = bgmaxFile([{ bankgiro: BANKGIRO, paymentDate: '20261207', payments: [{ reference: inv.ocr, amountOre: inv.toPay }] }]);
    const finance = await h.user(c.companyId, ['INVOICE_PAYMENTS', 'INVOICE_VIEW']);
    const preview = await upload(own, finance.token, true);
    expect(preview).toMatchObject({ __typename: 'MutationImportBankgiroPaymentsSuccess', data: { committed: false, paid: 1 } });
    expect((await paidDates([inv.id]))[inv.id]).toBeNull();
    const committed = await upload(own, finance.token, false);
    expect(committed).toMatchObject({ __typename: 'MutationImportBankgiroPaymentsSuccess', data: { committed: true, paid: 1 } });
    expect(committed.data!.results.map((x) => [x.invoiceNumber, x.outcome, x.marked])).toEqual([[inv.number, 'PAID', true]]);
    expect((await paidDates([inv.id]))[inv.id]).toBe('2026-12-07');

    // Refused, dry run or not, each naming the permission missing; nothing marked paid.
    const other = await lockedInvoice('160');
    const theirs = bgmaxFile([{ bankgiro: BANKGIRO, paymentDate: '20261207', payments: [{ reference: other.ocr, amountOre: other.toPay }] }]);
    const refused: [Permission[], string][] = [
      [['ADMIN_INTEGRATIONS'], 'INVOICE_PAYMENTS'],
      [['ADMIN_INTEGRATIONS', 'INVOICE_VIEW', 'INVOICE_LOCK', 'INVOICE_EDIT'], 'INVOICE_PAYMENTS'],
      [['INVOICE_PAYMENTS'], 'INVOICE_VIEW'],
      [['INVOICE_PAYMENTS', 'ADMIN_INTEGRATIONS'], 'INVOICE_VIEW'],
    ];
    for (const [permissions, missing] of refused) {
      const u = await h.user(c.companyId, permissions);
      for (const dryRun of [true, false])
        expect(await upload(theirs, u.token, dryRun), `${permissions.join('+')} dryRun ${dryRun}`).toMatchObject({
          __typename: 'ForbiddenError',
          permission: missing,
          message: `You need the permission ${missing}.`,
        });
      // The service refuses the same way when called without the GraphQL layer.
      const auth = { actor: { companyId: c.companyId, userId: u.userId, signature: 'AD' }, permissions: new Set<string>(permissions) };
      const source = {
        name: 'bgmax.txt',
        size: theirs.length,
        stream: async function* () {
          yield new Uint8Array(theirs);
        },
      };
      await expect(importBankgiroPayments(db(), auth, source, { dryRun: false })).rejects.toMatchObject({ code: 'FORBIDDEN', permission: missing });
    }
    expect((await paidDates([other.id]))[other.id]).toBeNull();
  });

  it('`permissions` lists INVOICE_PAYMENTS with its description; a new company’s Administrators group holds it', async () => {
    const res = await h.app.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { authorization: `Bearer ${c.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ permissions { permission description } }' }),
    });
    const body = (await res.json()) as { data: { permissions: { permission: string; description: string }[] } };
    expect(body.data.permissions).toContainEqual({
      permission: 'INVOICE_PAYMENTS',
      description: 'Register invoice payments: import bank payment files and mark invoices paid from them.',
    });
    const group = await h.prisma.group.findFirstOrThrow({ where: { companyId: c.companyId, name: 'Administrators' } });
    expect(group.permissions).toContain('INVOICE_PAYMENTS');
  });

  it('refuses a file larger than the limit, and stops reading once more came than the limit whatever size was claimed', async () => {
    process.env.IMPORT_MAX_BYTES = '200';
    expect(await upload(file(), c.adminToken, true)).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'file', code: 'too_large' }] });
    delete process.env.IMPORT_MAX_BYTES;
    const bytes = file();
    let read = 0;
    const source = {
      name: 'bgmax.txt',
      size: 10,
      async *stream() {
        for (let i = 0; i < bytes.length; i += 64) {
          read += 64;
          yield bytes.subarray(i, i + 64);
        }
      },
    };
    const auth = { actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' }, permissions: new Set(['INVOICE_PAYMENTS', 'INVOICE_VIEW']) };
    await expect(importBankgiroPayments(db(), auth, source, { dryRun: false, maxBytes: 300 })).rejects.toMatchObject({
      issues: [{ path: 'file', code: 'too_large' }],
    });
    expect(read).toBeLessThanOrEqual(320);
  });
});
