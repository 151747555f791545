// Customer invoices through GraphQL: invoice bases from projects, exact amounts, reverse charge,
// ROT with buyers and caps, locking, credit invoices, numbering, lists and permissions.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';

/** While set, revenue accounting's lock check reports this issue (the check is still asked). */
const revenueRefuses = vi.hoisted(() => ({ issue: null as null | { path: string; code: string; message: string } }));
vi.mock('../../src/modules/revenue/service.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/modules/revenue/service.js')>();
  return {
    ...original,
    revenueLockGuard: async (...args: Parameters<typeof original.revenueLockGuard>) =>
      revenueRefuses.issue ? [revenueRefuses.issue] : original.revenueLockGuard(...args),
  };
});

const h = useHarness();

const InvCustomer = graphql(`
  mutation InvCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id name } } } } }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const InvProject = graphql(`
  mutation InvProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } }
  }
`);
const InvWorkOrder = graphql(`
  mutation InvWorkOrder($projectId: ID!) {
    createWorkOrder(projectId: $projectId, input: { name: "AO", customerReference: "AO-REF" }) { __typename ... on MutationCreateWorkOrderSuccess { data { id } } }
  }
`);
const InvAccount = graphql(`
  mutation InvAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }
`);
const InvSettings = graphql(`
  mutation InvSettings($vat: String) { updateCompanySettings(input: { vatNumber: $vat }) { __typename } }
`);
const InvTerms = graphql(`query InvTerms { paymentTerms { id days } me { id signature } }`);

const InvFields = `
  id number title isCredit creditReason customerType customerReference locked lockedBy readyForInvoice
  invoiceDate dueDate dueDateSetByHand contractorVat noVat taxReductionType
  subtotal vatAmount total rounding taxReductionAmount amountToPay warning warnings
  vatGroups { rate base vat }
  customer { id } ourReference { signature } paymentTerm { days } workOrder { id } creditOf { number }
  lines { id position description quantity unitPrice amount vatRate kind accountNumber reductionEligible workOrder { id } }
  buyers { name personalIdentityNumber amount sharePercent }
`;
void InvFields;

const InvCreate = graphql(`
  mutation InvCreate($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      __typename
      ... on MutationCreateInvoiceSuccess {
        data {
          id number title isCredit customerType customerReference locked readyForInvoice invoiceDate dueDate dueDateSetByHand
          contractorVat noVat taxReductionType subtotal vatAmount total rounding taxReductionAmount amountToPay warning warnings
          vatGroups { rate base vat }
          customer { id } ourReference { signature } paymentTerm { days } workOrder { id }
          lines { id position description quantity unitPrice amount vatRate kind accountNumber reductionEligible workOrder { id } }
        }
      }
      ... on Error { code path message }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
    }
  }
`);
const InvUpdate = graphql(`
  mutation InvUpdate($input: UpdateInvoiceInput!) {
    updateInvoice(input: $input) {
      __typename
      ... on MutationUpdateInvoiceSuccess { data { invoiceDate dueDate dueDateSetByHand contractorVat noVat taxReductionType vatAmount total amountToPay taxReductionAmount warnings } }
      ... on Error { code path message }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const InvAddLine = graphql(`
  mutation InvAddLine($invoiceId: ID!, $input: InvoiceLineInput!) {
    addInvoiceLine(invoiceId: $invoiceId, input: $input) {
      __typename
      ... on MutationAddInvoiceLineSuccess { data { id amount kind position } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const InvUpdateLine = graphql(`
  mutation InvUpdateLine($id: ID!, $input: InvoiceLineInput!) {
    updateInvoiceLine(id: $id, input: $input) { __typename ... on MutationUpdateInvoiceLineSuccess { data { amount kind reductionEligible } } ... on Error { code } }
  }
`);
const InvRemoveLine = graphql(`mutation InvRemoveLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }`);
const InvBuyers = graphql(`
  mutation InvBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) {
    setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) {
      __typename
      ... on MutationSetInvoiceBuyersSuccess { data { taxReductionAmount amountToPay buyers { name personalIdentityNumber amount sharePercent } } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const InvLock = graphql(`
  mutation InvLock($id: ID!) {
    lockInvoice(id: $id) {
      __typename
      ... on MutationLockInvoiceSuccess { data { locked lockedBy invoiceDate dueDate taxReductionAmount amountToPay } }
      ... on Error { code path message }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);
const InvUnlock = graphql(`
  mutation InvUnlock($id: ID!) { unlockInvoice(id: $id) { __typename ... on MutationUnlockInvoiceSuccess { data { locked } } ... on Error { code } } }
`);
const InvReady = graphql(`
  mutation InvReady($id: ID!, $ready: Boolean!) { setInvoiceReadyForInvoice(id: $id, ready: $ready) { __typename ... on MutationSetInvoiceReadyForInvoiceSuccess { data { readyForInvoice } } ... on Error { code } } }
`);
const InvCredit = graphql(`
  mutation InvCredit($id: ID!, $reason: String!) {
    creditInvoice(id: $id, reason: $reason) {
      __typename
      ... on MutationCreditInvoiceSuccess { data { id number isCredit creditReason title creditOf { number } subtotal vatAmount total taxReductionAmount amountToPay lines { quantity amount } buyers { amount } } }
      ... on Error { code path }
    }
  }
`);
const InvWorkTypes = graphql(`
  mutation InvWorkTypes($lineId: ID!, $workTypes: [WorkTypePartInput!]!) {
    setInvoiceLineWorkTypes(lineId: $lineId, workTypes: $workTypes) {
      __typename
      ... on MutationSetInvoiceLineWorkTypesSuccess { data { amount workTypes { workType amount hours } } }
      ... on ValidationError { issues { path code } }
      ... on Error { code }
    }
  }
`);
const InvList = graphql(`
  query InvList($filter: InvoiceFilter, $orderBy: InvoiceOrder, $search: String, $first: Int) {
    invoices(filter: $filter, orderBy: $orderBy, search: $search, first: $first) { totalCount edges { node { number total locked } } }
  }
`);

let c: TestCompany;
let me: { id: string; signature: string };
let constructionCustomer: string;
let privateCustomer: { id: string; contacts: string[] };
let project: string;
let privateProject: string;

async function ok<T extends { __typename: string }>(p: Promise<{ [k: string]: T }>): Promise<Extract<T, { data: unknown }>['data']> {
  const r = Object.values(await p)[0]!;
  if (!r.__typename.endsWith('Success')) throw new Error(JSON.stringify(r));
  return (r as unknown as { data: never }).data;
}

beforeAll(async () => {
  c = await h.company();
  await h.data(InvSettings, { vat: 'SE556036079301' }, c.adminToken);
  const terms = await h.data(InvTerms, {}, c.adminToken);
  me = terms.me;
  const t30 = terms.paymentTerms.find((t) => t.days === 30)!.id;
  for (const a of [
    { number: 3001, name: 'Försäljning 25 %', kind: null },
    { number: 3231, name: 'Försäljning byggtjänster omvänd moms', kind: null },
    { number: 4010, name: 'Material', kind: 'MATERIAL' },
    { number: 7010, name: 'Arbetstid', kind: 'WORK' },
  ] as const) {
    await h.data(InvAccount, { input: { number: a.number, name: a.name, kind: a.kind } }, c.adminToken);
  }
  const cc = await ok(
    h.data(
      InvCustomer,
      {
        input: {
          name: 'Bygg AB',
          organisationNumber: '5560360793',
          vatNumber: 'SE556036079301',
          isConstructionCompany: true,
          paymentTermId: t30,
          invoiceAddress: { address1: 'Gatan 1', postcode: '11122', city: 'Stockholm' },
        },
      },
      c.adminToken,
    ),
  );
  constructionCustomer = cc.id;
  const pc = await ok(
    h.data(
      InvCustomer,
      {
        input: {
          name: 'Familjen Lind',
          type: 'PRIVATE',
          personalIdentityNumber: '200001012384',
          invoiceAddress: { address1: 'Björkvägen 14', postcode: '72231', city: 'Västerås' },
          contacts: [
            { name: 'Anna Lind', personalIdentityNumber: '200001012384', propertyDesignation: 'VÄSTERÅS BJÖRKEN 3:14' },
            { name: 'Erik Lind', personalIdentityNumber: '200001012392', propertyDesignation: 'VÄSTERÅS BJÖRKEN 3:14' },
            { name: 'Unga Lind', personalIdentityNumber: '201701012393', propertyDesignation: 'VÄSTERÅS BJÖRKEN 3:14' },
            { name: 'Utan fastighet', personalIdentityNumber: '200003012382' },
          ],
        },
      },
      c.adminToken,
    ),
  );
  privateCustomer = { id: pc.id, contacts: pc.contacts.edges.map((e) => e.node.id) };
  project = (
    await ok(
      h.data(
        InvProject,
        { input: { customerId: constructionCustomer, name: 'Kontor', customerReference: 'P-REF', projectManagerId: me.id, statusCode: 50 } },
        c.adminToken,
      ),
    )
  ).id;
  privateProject = (await ok(h.data(InvProject, { input: { customerId: privateCustomer.id, name: 'Badrum', statusCode: 50 } }, c.adminToken))).id;
});

describe('invoice bases', () => {
  it('takes customer, references, terms and reverse charge from the project and customer, and computes exact amounts', async () => {
    const inv = await ok(
      h.data(
        InvCreate,
        {
          input: {
            projectId: project,
            title: 'Etapp 1',
            lines: [
              { description: 'Arbete', quantity: '7.5', unitPrice: '695', accountNumber: 7010 },
              { description: 'Material', quantity: '3', unitPrice: '199.90', markupPercent: '10', accountNumber: 4010 },
              { description: 'Resa', quantity: '1', unitPrice: '450', vatRate: '12', billable: false },
            ],
          },
        },
        c.adminToken,
      ),
    );
    expect(inv).toMatchObject({
      title: 'Etapp 1',
      customer: { id: constructionCustomer },
      customerType: 'COMPANY',
      customerReference: 'P-REF',
      ourReference: { signature: me.signature },
      paymentTerm: { days: 30 },
      contractorVat: true,
      locked: false,
      subtotal: '5872.17',
      vatAmount: '0.00',
      total: '5872.17',
      rounding: '-0.17',
      amountToPay: '5872.00',
    });
    expect(inv.lines.map((l) => [l.position, l.amount, l.kind])).toEqual([
      [1, '5212.50', 'LABOUR'],
      [2, '659.67', 'MATERIAL'],
      [3, '450.00', 'OTHER'],
    ]);
    expect(inv.number).toBeGreaterThan(0);
  });

  it('computes VAT per rate for a normal invoice and follows the due date of the payment terms', async () => {
    const inv = await ok(
      h.data(
        InvCreate,
        {
          input: {
            projectId: project,
            contractorVat: false,
            lines: [
              { description: 'A', quantity: '1', unitPrice: '1000' },
              { description: 'B', quantity: '2', unitPrice: '100', vatRate: '12' },
            ],
          },
        },
        c.adminToken,
      ),
    );
    expect(inv).toMatchObject({ subtotal: '1200.00', vatAmount: '274.00', total: '1474.00', contractorVat: false });
    expect(inv.vatGroups).toEqual([
      { rate: '25', base: '1000.00', vat: '250.00' },
      { rate: '12', base: '200.00', vat: '24.00' },
    ]);
    const dated = await h.data(InvUpdate, { input: { id: inv.id, invoiceDate: '2026-01-15' } }, c.adminToken);
    expect(dated.updateInvoice).toMatchObject({ data: { dueDate: '2026-02-14', dueDateSetByHand: false } });
    const manual = await h.data(InvUpdate, { input: { id: inv.id, dueDate: '2026-03-01' } }, c.adminToken);
    expect(manual.updateInvoice).toMatchObject({ data: { dueDate: '2026-03-01', dueDateSetByHand: true } });
    const both = await h.data(InvUpdate, { input: { id: inv.id, noVat: true, contractorVat: true } }, c.adminToken);
    expect(both.updateInvoice).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'noVat', code: 'conflict' }] });
  });

  it('validates lines with paths and writes nothing', async () => {
    const before = await h.data(InvList, {}, c.adminToken);
    const r = await h.data(
      InvCreate,
      {
        input: {
          projectId: project,
          lines: [
            { description: 'ok', quantity: '1', unitPrice: '1' },
            { description: '', quantity: '1', unitPrice: '1', vatRate: '20', accountNumber: 9999 },
          ],
        },
      },
      c.adminToken,
    );
    expect(r.createInvoice.__typename).toBe('ValidationError');
    if (r.createInvoice.__typename === 'ValidationError') {
      expect(r.createInvoice.issues.map((i) => i.path).sort()).toEqual(['lines.1.accountNumber', 'lines.1.description', 'lines.1.vatRate']);
    }
    const money = await h.exec(InvCreate, { input: { projectId: project, lines: [{ description: 'x', quantity: '1', unitPrice: '1.005' }] } }, c.adminToken);
    expect(money.errors?.[0]?.message).toMatch(/at most 2 decimals/);
    expect((await h.data(InvList, {}, c.adminToken)).invoices.totalCount).toBe(before.invoices.totalCount);
  });

  it('edits lines while unlocked: kind follows the account unless set by hand', async () => {
    const inv = await ok(h.data(InvCreate, { input: { projectId: project, lines: [{ description: 'X', quantity: '2', unitPrice: '100' }] } }, c.adminToken));
    const lineId = inv.lines[0]!.id;
    expect((await h.data(InvUpdateLine, { id: lineId, input: { accountNumber: 7010 } }, c.adminToken)).updateInvoiceLine).toMatchObject({
      data: { kind: 'LABOUR', amount: '200.00' },
    });
    expect((await h.data(InvUpdateLine, { id: lineId, input: { kind: 'MATERIAL', quantity: '3' } }, c.adminToken)).updateInvoiceLine).toMatchObject({
      data: { kind: 'MATERIAL', amount: '300.00' },
    });
    expect((await h.data(InvUpdateLine, { id: lineId, input: { accountNumber: 7010 } }, c.adminToken)).updateInvoiceLine).toMatchObject({
      data: { kind: 'MATERIAL' },
    });
    const added = await h.data(InvAddLine, { invoiceId: inv.id, input: { description: 'Y', quantity: '1', unitPrice: '50' } }, c.adminToken);
    expect(added.addInvoiceLine).toMatchObject({ data: { position: 2, amount: '50.00' } });
    if (added.addInvoiceLine.__typename !== 'MutationAddInvoiceLineSuccess') throw new Error();
    expect((await h.data(InvRemoveLine, { id: added.addInvoiceLine.data.id }, c.adminToken)).removeInvoiceLine.__typename).toBe(
      'MutationRemoveInvoiceLineSuccess',
    );
  });

  it('puts a work order’s customer reference on its invoice and its lines on the work order', async () => {
    const wo = await ok(h.data(InvWorkOrder, { projectId: project }, c.adminToken));
    const inv = await ok(
      h.data(
        InvCreate,
        { input: { projectId: project, workOrderId: wo.id, lines: [{ description: 'AO-arbete', quantity: '1', unitPrice: '100' }] } },
        c.adminToken,
      ),
    );
    expect(inv).toMatchObject({ customerReference: 'AO-REF', workOrder: { id: wo.id }, lines: [{ workOrder: { id: wo.id } }] });
  });
});

describe('locking', () => {
  it('locks with today’s date, freezes the invoice, and unlocks only without an external number', async () => {
    const inv = await ok(
      h.data(InvCreate, { input: { projectId: project, lines: [{ description: 'X', quantity: '1', unitPrice: '100', accountNumber: 3231 }] } }, c.adminToken),
    );
    expect((await h.data(InvReady, { id: inv.id, ready: true }, c.adminToken)).setInvoiceReadyForInvoice).toMatchObject({ data: { readyForInvoice: true } });
    const locked = await h.data(InvLock, { id: inv.id }, c.adminToken);
    const today = new Date().toISOString().slice(0, 10);
    expect(locked.lockInvoice).toMatchObject({ data: { locked: true, lockedBy: me.signature, invoiceDate: today } });
    for (const r of [
      await h.data(InvUpdate, { input: { id: inv.id, title: 'changed' } }, c.adminToken),
      await h.data(InvAddLine, { invoiceId: inv.id, input: { description: 'Y', quantity: '1', unitPrice: '1' } }, c.adminToken),
      await h.data(InvUpdateLine, { id: inv.lines[0]!.id, input: { quantity: '5' } }, c.adminToken),
      await h.data(InvLock, { id: inv.id }, c.adminToken),
    ]) {
      expect(Object.values(r)[0]).toMatchObject({ __typename: 'ConflictError', code: 'LOCKED' });
    }
    expect((await h.data(InvUnlock, { id: inv.id }, c.adminToken)).unlockInvoice).toMatchObject({ data: { locked: false } });
    await h.data(InvLock, { id: inv.id }, c.adminToken);
    await h.prisma.invoice.update({ where: { id: Buffer.from(inv.id, 'base64').toString().split(':')[1] }, data: { externalNumber: 'F-1001' } });
    expect((await h.data(InvUnlock, { id: inv.id }, c.adminToken)).unlockInvoice).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE' });
  });

  it('refuses to lock what must be fixed: no lines, reverse charge without the buyer’s VAT number, VAT-free without grounds', async () => {
    const empty = await ok(h.data(InvCreate, { input: { projectId: project } }, c.adminToken));
    expect(empty.warning).toBe(true);
    expect((await h.data(InvLock, { id: empty.id }, c.adminToken)).lockInvoice).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'lines', code: 'required' }],
    });
    const rc = await ok(
      h.data(
        InvCreate,
        { input: { projectId: privateProject, contractorVat: true, lines: [{ description: 'X', quantity: '1', unitPrice: '1' }] } },
        c.adminToken,
      ),
    );
    expect((await h.data(InvLock, { id: rc.id }, c.adminToken)).lockInvoice).toMatchObject({
      issues: [{ path: 'reverseCharge', code: 'buyer_vat_number_missing' }],
    });
    const free = await ok(
      h.data(InvCreate, { input: { projectId: privateProject, noVat: true, lines: [{ description: 'X', quantity: '1', unitPrice: '1' }] } }, c.adminToken),
    );
    expect((await h.data(InvLock, { id: free.id }, c.adminToken)).lockInvoice).toMatchObject({ issues: [{ path: 'noVatReason', code: 'required' }] });
  });

  it('asks revenue accounting before locking', async () => {
    const inv = await ok(h.data(InvCreate, { input: { projectId: project, lines: [{ description: 'X', quantity: '1', unitPrice: '1' }] } }, c.adminToken));
    revenueRefuses.issue = { path: 'revenue', code: 'incomplete', message: 'Revenue accounting is incomplete.' };
    try {
      expect((await h.data(InvLock, { id: inv.id }, c.adminToken)).lockInvoice).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: 'revenue', code: 'incomplete' }],
      });
    } finally {
      revenueRefuses.issue = null;
    }
    expect((await h.data(InvLock, { id: inv.id }, c.adminToken)).lockInvoice.__typename).toBe('MutationLockInvoiceSuccess');
  });
});

describe('ROT', () => {
  it('splits the reduction between buyers, caps each by the year, and lowers the amount to pay', async () => {
    const inv = await ok(
      h.data(
        InvCreate,
        {
          input: {
            projectId: privateProject,
            taxReductionType: 'ROT',
            invoiceDate: '2026-03-02',
            lines: [
              { description: 'Arbete badrum', quantity: '1', unitPrice: '40000', accountNumber: 7010 },
              { description: 'Kakel', quantity: '1', unitPrice: '10000', accountNumber: 4010 },
            ],
          },
        },
        c.adminToken,
      ),
    );
    expect(inv.lines.map((l) => l.reductionEligible)).toEqual([true, false]);
    const [anna, erik, minor, noHome] = privateCustomer.contacts;
    const bad = await h.data(InvBuyers, { invoiceId: inv.id, buyers: [{ contactId: minor! }, { contactId: noHome! }] }, c.adminToken);
    expect(bad.setInvoiceBuyers.__typename === 'ValidationError' && bad.setInvoiceBuyers.issues.map((i) => [i.path, i.code])).toEqual([
      ['buyers.0.personalIdentityNumber', 'minor'],
      ['buyers.1.propertyDesignation', 'required'],
    ]);
    // Worked example §2.8 (2026, 30 %): labour 50,000 incl. VAT → 15,000, 7,500 each; total 62,500 → pay 47,500.
    const set = await h.data(InvBuyers, { invoiceId: inv.id, buyers: [{ contactId: anna! }, { contactId: erik! }] }, c.adminToken);
    expect(set.setInvoiceBuyers).toMatchObject({
      data: {
        taxReductionAmount: '15000.00',
        amountToPay: '47500.00',
        buyers: [
          { name: 'Anna Lind', personalIdentityNumber: '20000101-2384', amount: '7500.00' },
          { name: 'Erik Lind', personalIdentityNumber: '20000101-2392', amount: '7500.00' },
        ],
      },
    });
    expect((await h.data(InvLock, { id: inv.id }, c.adminToken)).lockInvoice).toMatchObject({ data: { locked: true, taxReductionAmount: '15000.00' } });

    // A second ROT invoice the same year for Anna alone: 45,000 of her 50,000 left would cap at 42,500.
    const big = await ok(
      h.data(
        InvCreate,
        {
          input: {
            projectId: privateProject,
            taxReductionType: 'ROT',
            invoiceDate: '2026-06-01',
            lines: [{ description: 'Tak', quantity: '1', unitPrice: '200000', accountNumber: 7010 }],
          },
        },
        c.adminToken,
      ),
    );
    const capped = await h.data(InvBuyers, { invoiceId: big.id, buyers: [{ contactId: anna! }] }, c.adminToken);
    expect(capped.setInvoiceBuyers).toMatchObject({ data: { taxReductionAmount: '42500.00', buyers: [{ amount: '42500.00' }] } });
    const shares = await h.data(InvBuyers, { invoiceId: big.id, buyers: [{ contactId: anna!, sharePercent: '70' }, { contactId: erik! }] }, c.adminToken);
    expect(shares.setInvoiceBuyers).toMatchObject({ __typename: 'ValidationError', issues: [{ code: 'shares_incomplete' }] });
  });

  it('splits a line across work types that must add up to the line', async () => {
    const inv = await ok(
      h.data(
        InvCreate,
        {
          input: {
            projectId: privateProject,
            taxReductionType: 'ROT',
            lines: [{ description: 'Fast pris arbete', quantity: '1', unitPrice: '20000', accountNumber: 7010 }],
          },
        },
        c.adminToken,
      ),
    );
    const lineId = inv.lines[0]!.id;
    const wrong = await h.data(
      InvWorkTypes,
      {
        lineId,
        workTypes: [
          { workType: 'Bygg', amount: '15000' },
          { workType: 'Stadning', amount: '4000' },
        ],
      },
      c.adminToken,
    );
    expect(wrong.setInvoiceLineWorkTypes.__typename === 'ValidationError' && wrong.setInvoiceLineWorkTypes.issues.map((i) => [i.path, i.code])).toEqual([
      ['workTypes.1.workType', 'invalid_work_type'],
      ['workTypes', 'sum_mismatch'],
    ]);
    const split = await h.data(
      InvWorkTypes,
      {
        lineId,
        workTypes: [
          { workType: 'Bygg', amount: '15000', hours: '20' },
          { workType: 'El', amount: '5000' },
        ],
      },
      c.adminToken,
    );
    expect(split.setInvoiceLineWorkTypes).toMatchObject({
      data: {
        workTypes: [
          { workType: 'Bygg', amount: '15000.00', hours: '20' },
          { workType: 'El', amount: '5000.00', hours: null },
        ],
      },
    });
    // Changing the line's amount drops a split that no longer adds up.
    await h.data(InvUpdateLine, { id: lineId, input: { unitPrice: '21000' } }, c.adminToken);
    const cleared = await h.data(InvWorkTypes, { lineId, workTypes: [] }, c.adminToken);
    expect(cleared.setInvoiceLineWorkTypes).toMatchObject({ data: { workTypes: [] } });
  });

  it('needs buyers and eligible lines to lock', async () => {
    const inv = await ok(
      h.data(
        InvCreate,
        {
          input: {
            projectId: privateProject,
            taxReductionType: 'RUT',
            lines: [{ description: 'Material', quantity: '1', unitPrice: '100', accountNumber: 4010 }],
          },
        },
        c.adminToken,
      ),
    );
    const r = await h.data(InvLock, { id: inv.id }, c.adminToken);
    expect(r.lockInvoice.__typename === 'ValidationError' && r.lockInvoice.issues.map((i) => i.code).sort()).toEqual(['no_eligible_lines', 'required']);
  });
});

describe('credit invoices', () => {
  it('credit a locked invoice with negated lines and reduction, referring to the original', async () => {
    const inv = await ok(
      h.data(
        InvCreate,
        {
          input: {
            projectId: privateProject,
            contractorVat: false,
            taxReductionType: 'ROT',
            invoiceDate: '2026-09-01',
            lines: [{ description: 'Arbete', quantity: '2', unitPrice: '5000', accountNumber: 7010 }],
          },
        },
        c.adminToken,
      ),
    );
    const [, erik] = privateCustomer.contacts;
    await h.data(InvBuyers, { invoiceId: inv.id, buyers: [{ contactId: erik! }] }, c.adminToken);
    const notLocked = await h.data(InvCredit, { id: inv.id, reason: 'Fel pris' }, c.adminToken);
    expect(notLocked.creditInvoice).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE' });
    const locked = await h.data(InvLock, { id: inv.id }, c.adminToken);
    expect(locked.lockInvoice).toMatchObject({ data: { taxReductionAmount: '3750.00', amountToPay: '8750.00' } });
    const noReason = await h.data(InvCredit, { id: inv.id, reason: '  ' }, c.adminToken);
    expect(noReason.creditInvoice).toMatchObject({ __typename: 'ValidationError', path: 'reason' });
    const credit = await h.data(InvCredit, { id: inv.id, reason: 'Fel pris' }, c.adminToken);
    expect(credit.creditInvoice).toMatchObject({
      __typename: 'MutationCreditInvoiceSuccess',
      data: {
        isCredit: true,
        creditReason: 'Fel pris',
        title:
          'Kredit av faktura ' +
          (credit.creditInvoice.__typename === 'MutationCreditInvoiceSuccess' ? credit.creditInvoice.data.creditOf?.number : '') +
          ' (2026-09-01)',
        subtotal: '-10000.00',
        vatAmount: '-2500.00',
        total: '-12500.00',
        taxReductionAmount: '-3750.00',
        amountToPay: '-8750.00',
        lines: [{ quantity: '-2', amount: '-10000.00' }],
        buyers: [{ amount: '-3750.00' }],
      },
    });
    if (credit.creditInvoice.__typename !== 'MutationCreditInvoiceSuccess') throw new Error();
    expect((await h.data(InvLock, { id: credit.creditInvoice.data.id }, c.adminToken)).lockInvoice.__typename).toBe('MutationLockInvoiceSuccess');
    const again = await h.data(InvCredit, { id: credit.creditInvoice.data.id, reason: 'x' }, c.adminToken);
    expect(again.creditInvoice).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE' });
  });
});

describe('numbers, lists and permissions', () => {
  it('gives concurrent invoices distinct numbers without gaps', async () => {
    const co = await h.company();
    const cust = await ok(h.data(InvCustomer, { input: { name: 'Many AB' } }, co.adminToken));
    const p = await ok(h.data(InvProject, { input: { customerId: cust.id, name: 'P' } }, co.adminToken));
    // Far more creations than the pool's 5 connections, all at once. (200 made this a timing test:
    // about 22 s of one process' CPU, against Prisma's 20 s wait for a transaction to start.)
    const n = h.db.kind === 'postgres' ? 80 : 40;
    const made = await Promise.all(
      Array.from({ length: n }, () =>
        h.data(InvCreate, { input: { projectId: p.id, lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] } }, co.adminToken),
      ),
    );
    const numbers = made.map((m) => (m.createInvoice.__typename === 'MutationCreateInvoiceSuccess' ? m.createInvoice.data.number : -1)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  }, 120_000);

  it('filters and sorts the invoice list', async () => {
    const locked = await h.data(InvList, { filter: { locked: true }, orderBy: { field: 'TOTAL', direction: 'DESC' } }, c.adminToken);
    expect(locked.invoices.edges.length).toBeGreaterThan(1);
    expect(locked.invoices.edges.every((e) => e.node.locked)).toBe(true);
    const totals = locked.invoices.edges.map((e) => Number(e.node.total));
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    const rot = await h.data(InvList, { filter: { taxReductionType: 'ROT', isCredit: false } }, c.adminToken);
    expect(rot.invoices.totalCount).toBe(4);
  });

  it('needs INVOICE_EDIT to create and INVOICE_LOCK to lock', async () => {
    const viewer = await h.user(c.companyId, ['INVOICE_VIEW', 'PROJECT_VIEW']);
    const r = await h.data(InvCreate, { input: { projectId: project } }, viewer.token);
    expect(r.createInvoice).toMatchObject({ __typename: 'ForbiddenError', permission: 'INVOICE_EDIT' });
    const editor = await h.user(c.companyId, ['INVOICE_VIEW', 'INVOICE_EDIT', 'CUSTOMER_VIEW', 'PROJECT_VIEW']);
    const inv = await ok(h.data(InvCreate, { input: { projectId: project, lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] } }, editor.token));
    expect((await h.data(InvLock, { id: inv.id }, editor.token)).lockInvoice).toMatchObject({ __typename: 'ForbiddenError', permission: 'INVOICE_LOCK' });
    const nobody = await h.user(c.companyId, []);
    expect((await h.exec(InvList, {}, nobody.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('loads a page of invoices with customer, project and lines in constant statements', async () => {
    const Page = graphql(`
      query InvPage($first: Int!) {
        invoices(first: $first) { edges { node { number total customer { name } project { number } ourReference { name } lines { description amount workOrder { id } } vatGroups { rate vat } } } }
      }
    `);
    const measure = (first: number) => h.countStatements(() => h.data(Page, { first }, c.adminToken));
    await measure(2);
    const small = await measure(3);
    const large = await measure(12);
    expect(large.count).toBe(small.count);
  });
});
