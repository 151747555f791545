// Revenue accounting through GraphQL: the set-up and its permissions, proposals from
// the posting rules (the product's three worked examples), manual lines, recompute on a VAT change, split
// lines and the restricted permission, the Revenue Accounting view, the basis for the accounting
// system, balance postings, locking and crediting.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { TEST_INVOICE_ADDRESS, useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb } from '../../src/db/tenant.js';
import { accountingBasis } from '../../src/modules/revenue/service.js';

const h = useHarness();

const RevAccount = graphql(`mutation RevAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }`);
const RevCostCentre = graphql(`
  mutation RevCostCentre { createCostCentre(input: { code: "KS1", name: "Stockholm" }) { __typename ... on MutationCreateCostCentreSuccess { data { id } } } }
`);
const RevSettings = graphql(`mutation RevSettings { updateCompanySettings(input: { vatNumber: "SE556036079301" }) { __typename } }`);
const RevCustomer = graphql(`
  mutation RevCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id category contacts(first: 5) { edges { node { id } } } } } }
  }
`);
const RevCustomers = graphql(`query RevCustomers($filter: CustomerFilter) { customers(filter: $filter, first: 50) { edges { node { name category } } } }`);
const RevProject = graphql(`
  mutation RevProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } } }
`);
const RevWorkOrder = graphql(`
  mutation RevWorkOrder($projectId: ID!, $name: String!) { createWorkOrder(projectId: $projectId, input: { name: $name }) { __typename ... on MutationCreateWorkOrderSuccess { data { id number } } } }
`);
const RevChangeOrder = graphql(`
  mutation RevChangeOrder($projectId: ID!) { createChangeOrder(projectId: $projectId, input: { name: "Extra fönster" }) { __typename ... on MutationCreateChangeOrderSuccess { data { id number } } } }
`);

const RevSetup = graphql(`
  query RevSetup { revenueAccountingSettings { active activatedAt dimensions { number meaning name included mandatory } postingRules { position isDefault accountNumber constructionVat customerCategory costAccounts lineKind vatRate taxReductionType } } }
`);
const RevActivate = graphql(`
  mutation RevActivate($input: RevenueAccountingSettingsInput!) {
    updateRevenueAccountingSettings(input: $input) {
      __typename
      ... on MutationUpdateRevenueAccountingSettingsSuccess { data { active dimensions { number included mandatory name } } }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
    }
  }
`);
const RevRules = graphql(`
  mutation RevRules($rules: [PostingRuleInput!]!) {
    setRevenuePostingRules(rules: $rules) {
      __typename
      ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { position isDefault accountNumber } } }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
    }
  }
`);

const RevInvoice = graphql(`
  mutation RevInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      __typename
      ... on MutationCreateInvoiceSuccess {
        data {
          id number subtotal
          lines { id amount kind revenueLines { id accountNumber amount project { id } workOrder { id } costCentre { id } setByHand } }
          revenueLines { id accountNumber amount isBalancePosting }
          accountingBasis { id sortOrder description quantity unit unitPrice amount vatRate accountNumber kind reductionType workType hours reductionAmount line { id } }
        }
      }
      ... on Error { code message }
    }
  }
`);
const RevRead = graphql(`
  query RevRead($id: ID!) {
    invoice(id: $id) {
      id subtotal isCredit
      lines { id amount revenueLines { id accountNumber amount workOrder { id } changeOrder { id } setByHand } }
      revenueLines { id accountNumber amount isBalancePosting kind line { id } }
      revenueAccounting { accountNumber kind amount workOrder { id } changeOrder { id } project { id } costCentre { id } revenueLines { id line { id } } }
      accountingBasis { id description quantity amount accountNumber kind workType hours reductionAmount reductionType workOrder { id } }
    }
  }
`);
const RevUpdateInvoice = graphql(`
  mutation RevUpdateInvoice($input: UpdateInvoiceInput!) {
    updateInvoice(input: $input) { __typename ... on MutationUpdateInvoiceSuccess { revenueAccountingReset data { contractorVat } } ... on Error { code } }
  }
`);
const RevAddLine = graphql(`
  mutation RevAddLine($invoiceId: ID!, $input: InvoiceLineInput!) {
    addInvoiceLine(invoiceId: $invoiceId, input: $input) { __typename ... on MutationAddInvoiceLineSuccess { data { id revenueLines { accountNumber amount } } } }
  }
`);
const RevUpdateLine = graphql(`
  mutation RevUpdateLine($id: ID!, $input: InvoiceLineInput!) {
    updateInvoiceLine(id: $id, input: $input) { __typename ... on MutationUpdateInvoiceLineSuccess { data { amount revenueLines { accountNumber amount } } } }
  }
`);
const RevEditRevenue = graphql(`
  mutation RevEditRevenue($id: ID!, $input: RevenueLineInput!) {
    updateInvoiceRevenueLine(id: $id, input: $input) {
      __typename
      ... on MutationUpdateInvoiceRevenueLineSuccess { data { accountNumber workOrder { id } setByHand } }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission message }
      ... on Error { code message }
    }
  }
`);
const RevSplit = graphql(`
  mutation RevSplit($lineId: ID!, $parts: [RevenueSplitPartInput!]!) {
    splitInvoiceLineRevenue(lineId: $lineId, parts: $parts) {
      __typename
      ... on MutationSplitInvoiceLineRevenueSuccess { data { revenueLines { amount accountNumber workOrder { id } changeOrder { id } } } }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
      ... on Error { code }
    }
  }
`);
const RevBalance = graphql(`
  mutation RevBalance($invoiceId: ID!, $input: BalancePostingInput!) {
    addBalancePosting(invoiceId: $invoiceId, input: $input) {
      __typename
      ... on MutationAddBalancePostingSuccess { data { id isBalancePosting accountNumber amount } }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
      ... on Error { code }
    }
  }
`);
const RevRemoveBalance = graphql(`mutation RevRemoveBalance($id: ID!) { removeBalancePosting(id: $id) { __typename ... on Error { code } } }`);
const RevReset = graphql(`mutation RevReset($invoiceId: ID!) { resetInvoiceRevenueAccounting(invoiceId: $invoiceId) { __typename ... on Error { code } } }`);
const RevBasisRow = graphql(`
  mutation RevBasisRow($id: ID!, $input: AccountingBasisRowInput!) {
    updateAccountingBasisRow(id: $id, input: $input) {
      __typename
      ... on MutationUpdateAccountingBasisRowSuccess { data { workType hours reductionAmount amount setByHand } }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
    }
  }
`);
const RevRebuild = graphql(`
  mutation RevRebuild($invoiceId: ID!) {
    rebuildAccountingBasis(invoiceId: $invoiceId) {
      __typename
      ... on MutationRebuildAccountingBasisSuccess { data { accountingBasis { amount workType hours reductionAmount kind } } }
      ... on Error { code }
    }
  }
`);
const RevBuyers = graphql(`
  mutation RevBuyers($invoiceId: ID!, $contactId: ID!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on MutationSetInvoiceBuyersSuccess { data { taxReductionAmount } } } }
`);
const RevWorkTypes = graphql(`
  mutation RevWorkTypes($lineId: ID!, $workTypes: [WorkTypePartInput!]!) { setInvoiceLineWorkTypes(lineId: $lineId, workTypes: $workTypes) { __typename } }
`);
const RevLock = graphql(`
  mutation RevLock($id: ID!) {
    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } ... on Error { code } }
  }
`);
const RevUnlock = graphql(`mutation RevUnlock($id: ID!) { unlockInvoice(id: $id) { __typename } }`);
const RevCredit = graphql(`
  mutation RevCredit($id: ID!) {
    creditInvoice(id: $id, reason: "Fel pris") {
      __typename
      ... on MutationCreditInvoiceSuccess { data { id subtotal revenueLines { accountNumber amount isBalancePosting } accountingBasis { amount quantity accountNumber reductionAmount } } }
      ... on Error { code message path }
    }
  }
`);
const RevNoPermission = graphql(`query RevNoPermission($id: ID!) { invoice(id: $id) { id revenueLines { id } } }`);

let c: TestCompany;
let costCentre: string;
let construction: string;
let external: string;
let intraGroup: string;
let privateCustomer: { id: string; contact: string };
let project: { id: string; number: string };
let privateProject: string;
let intraProject: string;
let externalProject: string;
let ao1: string;
let ao2: string;
let ata: string;
let oldOpen: { id: string; subtotal: string };
let oldLocked: string;

function ok<T extends { __typename: string }>(r: T): Extract<T, { data: unknown }>['data'] {
  if (!r.__typename.endsWith('Success')) throw new Error(JSON.stringify(r));
  return (r as unknown as { data: never }).data;
}
const create = async (input: Record<string, unknown>) => ok((await h.data(RevInvoice, { input: input as never }, c.adminToken)).createInvoice);
const read = async (id: string, token = c.adminToken) => (await h.data(RevRead, { id }, token)).invoice!;
const setRules = async (rules: Record<string, unknown>[]) => ok((await h.data(RevRules, { rules: rules as never }, c.adminToken)).setRevenuePostingRules);

beforeAll(async () => {
  c = await h.company();
  await h.data(RevSettings, {}, c.adminToken);
  for (const [number, name, kind] of [
    [3001, 'Försäljning 25 %', null],
    [3011, 'Försäljning koncern 25 %', null],
    [3041, 'Försäljning tjänster', null],
    [3051, 'Försäljning material', null],
    [3231, 'Försäljning byggtjänster omvänd moms', null],
    [3232, 'Koncern omvänd moms', null],
    [4010, 'Material', 'MATERIAL'],
    [7010, 'Arbetstid', 'WORK'],
    [7011, 'Arbetstid ÄTA', 'WORK'],
  ] as const) {
    await h.data(RevAccount, { input: { number, name, kind } }, c.adminToken);
  }
  costCentre = ok((await h.data(RevCostCentre, {}, c.adminToken)).createCostCentre).id;
  const cust = async (input: Record<string, unknown>) =>
    ok((await h.data(RevCustomer, { input: { invoiceAddress: TEST_INVOICE_ADDRESS, ...input } as never }, c.adminToken)).createCustomer);
  construction = (await cust({ name: 'Bygg AB', vatNumber: 'SE556036079301', isConstructionCompany: true })).id;
  external = (await cust({ name: 'Kontor AB' })).id;
  const intra = await cust({ name: 'Dotterbolag AB', category: 'INTRA_GROUP' });
  expect(intra.category).toBe('INTRA_GROUP');
  intraGroup = intra.id;
  const priv = await cust({
    name: 'Familjen Ek',
    type: 'PRIVATE',
    personalIdentityNumber: '200001012384',
    contacts: [{ name: 'Anna Ek', personalIdentityNumber: '200001012384', propertyDesignation: 'UPPSALA EKEN 1:2' }],
  });
  privateCustomer = { id: priv.id, contact: priv.contacts.edges[0]!.node.id };
  project = ok(
    (await h.data(RevProject, { input: { customerId: construction, name: 'Kv. Hammaren', statusCode: 50, costCentreId: costCentre } }, c.adminToken))
      .createProject,
  );
  externalProject = ok(
    (await h.data(RevProject, { input: { customerId: external, name: 'Kontorsombyggnad', statusCode: 50 } }, c.adminToken)).createProject,
  ).id;
  intraProject = ok((await h.data(RevProject, { input: { customerId: intraGroup, name: 'Koncernprojekt', statusCode: 50 } }, c.adminToken)).createProject).id;
  privateProject = ok((await h.data(RevProject, { input: { customerId: privateCustomer.id, name: 'Badrum', statusCode: 50 } }, c.adminToken)).createProject).id;
  ao1 = ok((await h.data(RevWorkOrder, { projectId: project.id, name: 'Stomme' }, c.adminToken)).createWorkOrder).id;
  ao2 = ok((await h.data(RevWorkOrder, { projectId: project.id, name: 'Tak' }, c.adminToken)).createWorkOrder).id;
  ata = ok((await h.data(RevChangeOrder, { projectId: project.id }, c.adminToken)).createChangeOrder).id;

  // Invoices started before revenue accounting was activated.
  const open = await create({ projectId: externalProject, lines: [{ description: 'Gammalt arbete', quantity: '2', unitPrice: '500', accountNumber: 7010 }] });
  expect(open.revenueLines).toEqual([]);
  oldOpen = { id: open.id, subtotal: String(open.subtotal) };
  const locked = await create({ projectId: externalProject, lines: [{ description: 'Gammal faktura', quantity: '1', unitPrice: '800' }] });
  expect(ok((await h.data(RevLock, { id: locked.id }, c.adminToken)).lockInvoice)).toMatchObject({ locked: true });
  oldLocked = locked.id;
});

describe('set-up (Administration – Finance – Revenue Accounting)', () => {
  it('is read with Revenue Accounting (read) and changed only with full', async () => {
    const reader = await h.user(c.companyId, ['ADMIN_REVENUE_ACCOUNTING_READ']);
    const setup = (await h.data(RevSetup, {}, reader.token)).revenueAccountingSettings;
    expect(setup).toMatchObject({ active: false, activatedAt: null, postingRules: [] });
    expect(setup.dimensions.map((d) => [d.number, d.included, d.mandatory])).toEqual([
      [1, true, true],
      [2, true, true],
      [3, false, false],
      [4, false, false],
      [5, false, false],
      [6, false, false],
    ]);
    expect((await h.data(RevRules, { rules: [{ accountNumber: 3001 }] }, reader.token)).setRevenuePostingRules).toMatchObject({
      __typename: 'ForbiddenError',
      permission: 'ADMIN_REVENUE_ACCOUNTING',
    });
    expect((await h.data(RevActivate, { input: { active: true } }, reader.token)).updateRevenueAccountingSettings).toMatchObject({
      __typename: 'ForbiddenError',
      permission: 'ADMIN_REVENUE_ACCOUNTING',
    });
    const nobody = await h.user(c.companyId, ['INVOICE_VIEW']);
    const denied = await h.exec(RevSetup, {}, nobody.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('validates the rules and refuses to activate without the default rule', async () => {
    expect((await h.data(RevActivate, { input: { active: true } }, c.adminToken)).updateRevenueAccountingSettings).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'active', code: 'no_default_rule' }],
    });
    const bad = await h.data(
      RevRules,
      { rules: [{ accountNumber: 3231, constructionVat: 'INCLUDED' }, { accountNumber: 3999, lineKind: 'LABOUR' }, { accountNumber: 3001 }] },
      c.adminToken,
    );
    expect(bad.setRevenuePostingRules.__typename === 'ValidationError' && bad.setRevenuePostingRules.issues.map((i) => [i.path, i.code])).toEqual([
      ['rules.0', 'default_has_criteria'],
      ['rules.2', 'no_criteria'],
      ['rules.1.accountNumber', 'not_found'],
    ]);
    const dims = await h.data(
      RevActivate,
      {
        input: {
          dimensions: [
            { number: 1, included: false },
            { number: 4, mandatory: true },
          ],
        },
      },
      c.adminToken,
    );
    expect(dims.updateRevenueAccountingSettings.__typename === 'ValidationError' && dims.updateRevenueAccountingSettings.issues.map((i) => i.code)).toEqual([
      'account_required',
      'not_included',
    ]);
  });

  it('activates with example 1’s rules: 3231 (reverse charge) as the default, 3001 when construction VAT is excluded', async () => {
    const set = await setRules([{ accountNumber: 3231 }, { accountNumber: 3001, constructionVat: 'EXCLUDED' }]);
    expect(set.postingRules).toEqual([
      { position: 1, isDefault: true, accountNumber: 3231 },
      { position: 2, isDefault: false, accountNumber: 3001 },
    ]);
    const on = await h.data(
      RevActivate,
      {
        input: {
          active: true,
          dimensions: [
            { number: 3, included: true },
            { number: 4, included: true },
          ],
        },
      },
      c.adminToken,
    );
    expect(on.updateRevenueAccountingSettings).toMatchObject({ data: { active: true } });
    expect((await h.data(RevRules, { rules: [] }, c.adminToken)).setRevenuePostingRules).toMatchObject({ issues: [{ path: 'rules', code: 'required' }] });
  });
});

describe('proposals from the posting rules', () => {
  it('example 1: reverse-charge invoices post to 3231, others to 3001; each line gets account, project, AO/ÄTA, cost centre and amount', async () => {
    const inv = await create({
      projectId: project.id,
      lines: [
        { description: 'Stomme', quantity: '10', unitPrice: '650', accountNumber: 7010, workOrderId: ao1 },
        { description: 'Virke', quantity: '1', unitPrice: '1234.56', accountNumber: 4010, changeOrderId: ata },
      ],
    });
    expect(inv.lines.map((l) => l.revenueLines)).toEqual([
      [
        {
          id: expect.any(String),
          accountNumber: 3231,
          amount: '6500.00',
          project: { id: project.id },
          workOrder: { id: ao1 },
          costCentre: { id: costCentre },
          setByHand: false,
        },
      ],
      [
        {
          id: expect.any(String),
          accountNumber: 3231,
          amount: '1234.56',
          project: { id: project.id },
          workOrder: null,
          costCentre: { id: costCentre },
          setByHand: false,
        },
      ],
    ]);
    const normal = await create({ projectId: externalProject, lines: [{ description: 'Målning', quantity: '1', unitPrice: '1000' }] });
    expect(normal.revenueLines.map((r) => r.accountNumber)).toEqual([3001]);
  });

  it('manual lines and manual line changes use the default rule’s account', async () => {
    const inv = await create({ projectId: externalProject, lines: [{ description: 'Målning', quantity: '1', unitPrice: '1000' }] });
    expect(inv.revenueLines.map((r) => r.accountNumber)).toEqual([3001]);
    const added = ok(
      (await h.data(RevAddLine, { invoiceId: inv.id, input: { description: 'Tillägg', quantity: '1', unitPrice: '200' } }, c.adminToken)).addInvoiceLine,
    );
    expect(added.revenueLines).toEqual([{ accountNumber: 3231, amount: '200.00' }]);
    const changed = ok((await h.data(RevUpdateLine, { id: inv.lines[0]!.id, input: { quantity: '2' } }, c.adminToken)).updateInvoiceLine);
    expect(changed.revenueLines).toEqual([{ accountNumber: 3231, amount: '2000.00' }]);
    // A change that does not touch the amount, VAT, account, kind or project keeps the revenue line as it is.
    await h.data(RevEditRevenue, { id: (await read(inv.id)).lines[0]!.revenueLines[0]!.id, input: { accountNumber: 3001 } }, c.adminToken);
    const renamed = ok((await h.data(RevUpdateLine, { id: inv.lines[0]!.id, input: { description: 'Målning, två rum' } }, c.adminToken)).updateInvoiceLine);
    expect(renamed.revenueLines).toEqual([{ accountNumber: 3001, amount: '2000.00' }]);
    expect((await read(inv.id)).accountingBasis.map((b) => [b.description, b.amount, b.accountNumber])).toEqual([
      ['Målning, två rum', '2000.00', 3001],
      ['Tillägg', '200.00', 3231],
    ]);
  });

  it('changing construction VAT recomputes every line from the rules, discards manual edits, and says so', async () => {
    const inv = await create({
      projectId: externalProject,
      lines: [
        { description: 'A', quantity: '1', unitPrice: '100' },
        { description: 'B', quantity: '1', unitPrice: '300' },
      ],
    });
    const [a, b] = inv.lines;
    await h.data(RevEditRevenue, { id: a!.revenueLines[0]!.id, input: { accountNumber: 3041 } }, c.adminToken);
    ok((await h.data(RevSplit, { lineId: b!.id, parts: [{ amount: '100' }, { amount: '200', accountNumber: 3051 }] }, c.adminToken)).splitInvoiceLineRevenue);
    const title = await h.data(RevUpdateInvoice, { input: { id: inv.id, title: 'Bara titeln' } }, c.adminToken);
    expect(title.updateInvoice).toMatchObject({ revenueAccountingReset: false });
    expect((await read(inv.id)).revenueLines.map((r) => r.accountNumber)).toEqual([3041, 3001, 3051]);
    const rc = await h.data(RevUpdateInvoice, { input: { id: inv.id, contractorVat: true } }, c.adminToken);
    expect(rc.updateInvoice).toMatchObject({ revenueAccountingReset: true, data: { contractorVat: true } });
    let now = await read(inv.id);
    expect(now.revenueLines.map((r) => [r.accountNumber, r.amount])).toEqual([
      [3231, '100.00'],
      [3231, '300.00'],
    ]);
    expect(now.accountingBasis.map((r) => [r.accountNumber, r.amount])).toEqual([
      [3231, '100.00'],
      [3231, '300.00'],
    ]);
    // …and back to standard VAT: the rule set decides again.
    expect((await h.data(RevUpdateInvoice, { input: { id: inv.id, contractorVat: false } }, c.adminToken)).updateInvoice).toMatchObject({
      revenueAccountingReset: true,
    });
    now = await read(inv.id);
    expect(now.revenueLines.map((r) => r.accountNumber)).toEqual([3001, 3001]);
  });

  it('example 2: four accounts, external and intra-group (a customer attribute)', async () => {
    await setRules([
      { accountNumber: 3231 },
      { accountNumber: 3001, constructionVat: 'EXCLUDED', customerCategory: 'EXTERNAL' },
      { accountNumber: 3011, constructionVat: 'EXCLUDED', customerCategory: 'INTRA_GROUP' },
      { accountNumber: 3232, constructionVat: 'INCLUDED', customerCategory: 'INTRA_GROUP' },
    ]);
    const line = [{ description: 'Arbete', quantity: '1', unitPrice: '100' }];
    const acc = async (projectId: string, contractorVat: boolean) => (await create({ projectId, contractorVat, lines: line })).revenueLines[0]!.accountNumber;
    expect([await acc(externalProject, false), await acc(externalProject, true), await acc(intraProject, false), await acc(intraProject, true)]).toEqual([
      3001, 3231, 3011, 3232,
    ]);
    const filtered = await h.data(RevCustomers, { filter: { category: 'INTRA_GROUP' } }, c.adminToken);
    expect(filtered.customers.edges.map((e) => e.node)).toEqual([{ name: 'Dotterbolag AB', category: 'INTRA_GROUP' }]);
  });

  it('example 3: goods and services at 25 %, time-reporting cost accounts → services, one account for reverse charge', async () => {
    await setRules([
      { accountNumber: 3051, description: 'Materialförsäljning' },
      { accountNumber: 3231, constructionVat: 'INCLUDED' },
      { accountNumber: 3041, constructionVat: 'EXCLUDED', costAccounts: [7010, 7011] },
    ]);
    const lines = [
      { description: 'Arbetstid', quantity: '8', unitPrice: '600', accountNumber: 7010 },
      { description: 'ÄTA-tid', quantity: '2', unitPrice: '600', accountNumber: 7011 },
      { description: 'Material', quantity: '1', unitPrice: '900', accountNumber: 4010 },
      { description: 'Resa', quantity: '1', unitPrice: '150' },
    ];
    expect((await create({ projectId: externalProject, lines })).revenueLines.map((r) => r.accountNumber)).toEqual([3041, 3041, 3051, 3051]);
    expect((await create({ projectId: project.id, lines })).revenueLines.map((r) => r.accountNumber)).toEqual([3231, 3231, 3231, 3231]);
  });
});

describe('split lines and permission levels', () => {
  it('splits a fixed price across work orders and ÄTA; the parts must add up exactly', async () => {
    const inv = await create({ projectId: project.id, lines: [{ description: 'Fast pris', quantity: '1', unitPrice: '100000' }] });
    const lineId = inv.lines[0]!.id;
    const wrong = await h.data(
      RevSplit,
      {
        lineId,
        parts: [
          { amount: '60000', workOrderId: ao1 },
          { amount: '39999.99', workOrderId: ao2 },
        ],
      },
      c.adminToken,
    );
    expect(wrong.splitInvoiceLineRevenue).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'parts', code: 'sum_mismatch' }] });
    const foreign = await h.data(RevSplit, { lineId, parts: [{ amount: '100000', projectId: externalProject, workOrderId: ao1 }] }, c.adminToken);
    expect(foreign.splitInvoiceLineRevenue).toMatchObject({ issues: [{ path: 'parts.0.workOrderId', code: 'not_in_project' }] });
    const split = await h.data(
      RevSplit,
      {
        lineId,
        parts: [{ amount: '40000', workOrderId: ao1 }, { amount: '35000', workOrderId: ao2 }, { amount: '20000', changeOrderId: ata }, { amount: '5000' }],
      },
      c.adminToken,
    );
    expect(ok(split.splitInvoiceLineRevenue).revenueLines).toEqual([
      { amount: '40000.00', accountNumber: 3231, workOrder: { id: ao1 }, changeOrder: null },
      { amount: '35000.00', accountNumber: 3231, workOrder: { id: ao2 }, changeOrder: null },
      { amount: '20000.00', accountNumber: 3231, workOrder: null, changeOrder: { id: ata } },
      { amount: '5000.00', accountNumber: 3231, workOrder: null, changeOrder: null },
    ]);
    const view = await read(inv.id);
    expect(view.revenueAccounting.map((g) => [g.accountNumber, g.workOrder?.id ?? null, g.changeOrder?.id ?? null, g.amount, g.revenueLines.length])).toEqual([
      [3231, ao1, null, '40000.00', 1],
      [3231, ao2, null, '35000.00', 1],
      [3231, null, ata, '20000.00', 1],
      [3231, null, null, '5000.00', 1],
    ]);
    expect(view.accountingBasis.map((b) => [b.description, b.quantity, b.amount, b.workOrder?.id ?? null])).toEqual([
      ['Fast pris', '1', '40000.00', ao1],
      ['Fast pris', '1', '35000.00', ao2],
      ['Fast pris', '1', '20000.00', null],
      ['Fast pris', '1', '5000.00', null],
    ]);
    // Changing the line's amount proposes its revenue again (manual line change: the default rule).
    const changed = ok((await h.data(RevUpdateLine, { id: lineId, input: { unitPrice: '90000' } }, c.adminToken)).updateInvoiceLine);
    expect(changed.revenueLines).toEqual([{ accountNumber: 3051, amount: '90000.00' }]);
  });

  it('the restricted level changes project, work order and ÄTA only; without the permission there is nothing', async () => {
    const inv = await create({
      projectId: project.id,
      lines: [
        { description: 'Arbete', quantity: '1', unitPrice: '1000' },
        { description: 'Mer', quantity: '1', unitPrice: '500' },
      ],
    });
    const revenueId = inv.lines[0]!.revenueLines[0]!.id;
    const restricted = await h.user(c.companyId, ['INVOICE_VIEW', 'PROJECT_VIEW', 'INVOICE_REVENUE_ACCOUNTING_PROJECT']);
    expect((await h.data(RevEditRevenue, { id: revenueId, input: { workOrderId: ao2 } }, restricted.token)).updateInvoiceRevenueLine).toMatchObject({
      data: { workOrder: { id: ao2 }, setByHand: true, accountNumber: 3231 },
    });
    expect((await h.data(RevEditRevenue, { id: revenueId, input: { accountNumber: 3001 } }, restricted.token)).updateInvoiceRevenueLine).toMatchObject({
      __typename: 'ForbiddenError',
      permission: 'INVOICE_REVENUE_ACCOUNTING',
    });
    expect(
      ok(
        (
          await h.data(
            RevSplit,
            {
              lineId: inv.lines[1]!.id,
              parts: [
                { amount: '250', workOrderId: ao1 },
                { amount: '250', changeOrderId: ata },
              ],
            },
            restricted.token,
          )
        ).splitInvoiceLineRevenue,
      ).revenueLines,
    ).toHaveLength(2);
    expect(
      (await h.data(RevSplit, { lineId: inv.lines[1]!.id, parts: [{ amount: '500', costCentreId: null }] }, restricted.token)).splitInvoiceLineRevenue,
    ).toMatchObject({ __typename: 'ForbiddenError' });
    expect((await h.data(RevBalance, { invoiceId: inv.id, input: { amount: '1', accountNumber: 3001 } }, restricted.token)).addBalancePosting).toMatchObject({
      __typename: 'ForbiddenError',
      permission: 'INVOICE_REVENUE_ACCOUNTING',
    });
    expect(
      (await h.data(RevBasisRow, { id: (await read(inv.id)).accountingBasis[0]!.id, input: { description: 'x' } }, restricted.token)).updateAccountingBasisRow,
    ).toMatchObject({ __typename: 'ForbiddenError' });
    expect((await read(inv.id, restricted.token)).revenueLines).toHaveLength(3);

    const plain = await h.user(c.companyId, ['INVOICE_VIEW', 'INVOICE_EDIT']);
    const hidden = await h.exec(RevNoPermission, { id: inv.id }, plain.token);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.data(RevEditRevenue, { id: revenueId, input: { workOrderId: ao1 } }, plain.token)).updateInvoiceRevenueLine).toMatchObject({
      __typename: 'ForbiddenError',
    });
  });
});

describe('tax-reduction invoices and the basis for the accounting system', () => {
  it('keeps labour, material and other apart in the view, and carries work type, hours and reduction in the basis', async () => {
    await setRules([{ accountNumber: 3001 }]);
    const inv = await create({
      projectId: privateProject,
      taxReductionType: 'ROT',
      invoiceDate: '2026-03-02',
      lines: [
        { description: 'Arbete badrum', quantity: '40', unitPrice: '1000', unit: 'tim', accountNumber: 7010 },
        { description: 'Kakel', quantity: '1', unitPrice: '10000', accountNumber: 4010 },
        { description: 'Resa', quantity: '1', unitPrice: '500' },
      ],
    });
    expect(
      inv.accountingBasis.map((b) => [
        b.description,
        b.quantity,
        b.unit,
        b.unitPrice,
        b.amount,
        b.vatRate,
        b.accountNumber,
        b.kind,
        b.reductionType,
        b.workType,
        b.reductionAmount,
      ]),
    ).toEqual([
      ['Arbete badrum', '40', 'tim', '1000.00', '40000.00', '25', 3001, 'LABOUR', 'ROT', null, '0.00'],
      ['Kakel', '1', null, '10000.00', '10000.00', '25', 3001, 'MATERIAL', 'ROT', null, '0.00'],
      ['Resa', '1', null, '500.00', '500.00', '25', 3001, 'OTHER', 'ROT', null, '0.00'],
    ]);
    const view = await read(inv.id);
    expect(view.revenueAccounting.map((g) => [g.accountNumber, g.kind, g.amount])).toEqual([
      [3001, 'LABOUR', '40000.00'],
      [3001, 'MATERIAL', '10000.00'],
      [3001, 'OTHER', '500.00'],
    ]);

    // The tax reduction and work types change the customer's invoice, not the basis, until it is edited or rebuilt.
    expect(ok((await h.data(RevBuyers, { invoiceId: inv.id, contactId: privateCustomer.contact }, c.adminToken)).setInvoiceBuyers).taxReductionAmount).toBe(
      '15000.00',
    );
    await h.data(
      RevWorkTypes,
      {
        lineId: inv.lines[0]!.id,
        workTypes: [
          { workType: 'Bygg', amount: '30000', hours: '30' },
          { workType: 'Vvs', amount: '10000', hours: '10' },
        ],
      },
      c.adminToken,
    );
    expect((await read(inv.id)).accountingBasis.map((b) => b.reductionAmount)).toEqual(['0.00', '0.00', '0.00']);
    const basisRow = (await read(inv.id)).accountingBasis[0]!.id;
    expect(
      (await h.data(RevBasisRow, { id: basisRow, input: { workType: 'Bygg', hours: '40', reductionAmount: '15000' } }, c.adminToken)).updateAccountingBasisRow,
    ).toMatchObject({
      data: { workType: 'Bygg', hours: '40', reductionAmount: '15000.00', setByHand: true },
    });
    const rebuilt = ok((await h.data(RevRebuild, { invoiceId: inv.id }, c.adminToken)).rebuildAccountingBasis);
    expect(rebuilt.accountingBasis.map((b) => [b.amount, b.workType, b.hours, b.reductionAmount, b.kind])).toEqual([
      ['30000.00', 'Bygg', '30', '11250.00', 'LABOUR'],
      ['10000.00', 'Vvs', '10', '3750.00', 'LABOUR'],
      ['10000.00', null, null, '0.00', 'MATERIAL'],
      ['500.00', null, null, '0.00', 'OTHER'],
    ]);

    // What a connector reads: plain rows with numbers and references.
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: 'TEST' });
    const rows = await accountingBasis(db, Buffer.from(inv.id, 'base64').toString().split(':')[1]!);
    expect(rows[0]).toEqual({
      id: expect.any(String),
      invoiceId: expect.any(String),
      invoiceLineId: expect.any(String),
      revenueLineId: expect.any(String),
      sortOrder: 10000,
      description: 'Arbete badrum',
      quantity: '1',
      unit: null,
      unitPrice: '30000.00',
      discountPercent: '0',
      amount: '30000.00',
      vatRate: '25',
      accountNumber: 3001,
      projectId: expect.any(String),
      projectNumber: expect.stringMatching(/^\d+$/),
      workOrderId: null,
      workOrderNumber: null,
      changeOrderId: null,
      changeOrderNumber: null,
      costCentreId: null,
      costCentreCode: null,
      dimension5: null,
      dimension6: null,
      lineKind: 'LABOUR',
      reductionType: 'ROT',
      workType: 'Bygg',
      hours: '30.00',
      reductionAmount: '11250.00',
    });
    expect(rows.reduce((s, r) => s + Number(r.amount), 0)).toBe(50500);
    expect(ok((await h.data(RevLock, { id: inv.id }, c.adminToken)).lockInvoice)).toMatchObject({ locked: true });
  });
});

describe('locking and crediting', () => {
  it('refuses to lock an invoice started before activation until a balance posting is added', async () => {
    const refused = await h.data(RevLock, { id: oldOpen.id }, c.adminToken);
    expect(refused.lockInvoice).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'revenueLines', code: 'revenue_accounting_missing' }] });
    const noAccount = await h.data(RevBalance, { invoiceId: oldOpen.id, input: { amount: oldOpen.subtotal } }, c.adminToken);
    expect(noAccount.addBalancePosting).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'input.accountNumber', code: 'required' }] });
    const short = ok((await h.data(RevBalance, { invoiceId: oldOpen.id, input: { amount: '999.99', accountNumber: 3041 } }, c.adminToken)).addBalancePosting);
    expect(short).toMatchObject({ isBalancePosting: true, accountNumber: 3041, amount: '999.99' });
    expect((await h.data(RevLock, { id: oldOpen.id }, c.adminToken)).lockInvoice).toMatchObject({
      issues: [
        { path: 'revenueLines', code: 'sum_mismatch' },
        { path: 'accountingBasis', code: 'sum_mismatch' },
      ],
    });
    expect((await h.data(RevRemoveBalance, { id: short.id }, c.adminToken)).removeBalancePosting.__typename).toBe('MutationRemoveBalancePostingSuccess');
    ok(
      (await h.data(RevBalance, { invoiceId: oldOpen.id, input: { amount: oldOpen.subtotal, accountNumber: 3041, description: 'Balanspost' } }, c.adminToken))
        .addBalancePosting,
    );
    expect((await read(oldOpen.id)).accountingBasis.map((b) => [b.description, b.amount, b.accountNumber])).toEqual([['Balanspost', '1000.00', 3041]]);
    expect(ok((await h.data(RevLock, { id: oldOpen.id }, c.adminToken)).lockInvoice)).toMatchObject({ locked: true });
  });

  it('requires every mandatory dimension before locking', async () => {
    await h.data(RevActivate, { input: { dimensions: [{ number: 3, included: true, mandatory: true }] } }, c.adminToken);
    try {
      const inv = await create({ projectId: project.id, lines: [{ description: 'Arbete', quantity: '1', unitPrice: '100' }] });
      const refused = await h.data(RevLock, { id: inv.id }, c.adminToken);
      expect(refused.lockInvoice).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'revenueLines.0.workOrderId', code: 'dimension_missing' }] });
      await h.data(RevEditRevenue, { id: inv.revenueLines[0]!.id, input: { workOrderId: ao1 } }, c.adminToken);
      expect(ok((await h.data(RevLock, { id: inv.id }, c.adminToken)).lockInvoice)).toMatchObject({ locked: true });
      expect((await h.data(RevSplit, { lineId: inv.lines[0]!.id, parts: [{ amount: '100' }] }, c.adminToken)).splitInvoiceLineRevenue).toMatchObject({
        __typename: 'ConflictError',
        code: 'LOCKED',
      });
    } finally {
      await h.data(RevActivate, { input: { dimensions: [{ number: 3, mandatory: false }] } }, c.adminToken);
    }
  });

  it('refuses to credit an invoice without revenue accounting, and credits it negated once it has a balance posting', async () => {
    const refused = await h.data(RevCredit, { id: oldLocked }, c.adminToken);
    expect(refused.creditInvoice).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE', path: 'id' });
    expect(refused.creditInvoice.__typename === 'ConflictError' && refused.creditInvoice.message).toMatch(/balance posting/);
    // The steps of the answer: unlock, add the balance posting, lock, credit again.
    await h.data(RevUnlock, { id: oldLocked }, c.adminToken);
    ok((await h.data(RevBalance, { invoiceId: oldLocked, input: { amount: '800', accountNumber: 3001 } }, c.adminToken)).addBalancePosting);
    ok((await h.data(RevLock, { id: oldLocked }, c.adminToken)).lockInvoice);
    const credit = ok((await h.data(RevCredit, { id: oldLocked }, c.adminToken)).creditInvoice);
    expect(credit).toMatchObject({
      subtotal: '-800.00',
      revenueLines: [{ accountNumber: 3001, amount: '-800.00', isBalancePosting: true }],
      accountingBasis: [{ amount: '-800.00', quantity: '-1', accountNumber: 3001 }],
    });
  });

  it('a credit invoice copies the revenue accounting and the basis of the original, negated, and locks', async () => {
    await setRules([{ accountNumber: 3231 }, { accountNumber: 3001, constructionVat: 'EXCLUDED' }]);
    const inv = await create({
      projectId: project.id,
      lines: [
        { description: 'Fast pris', quantity: '1', unitPrice: '1000' },
        { description: 'Material', quantity: '3', unitPrice: '33.33', accountNumber: 4010 },
      ],
    });
    await h.data(
      RevSplit,
      {
        lineId: inv.lines[0]!.id,
        parts: [
          { amount: '600', workOrderId: ao1 },
          { amount: '400', changeOrderId: ata },
        ],
      },
      c.adminToken,
    );
    ok((await h.data(RevLock, { id: inv.id }, c.adminToken)).lockInvoice);
    const credit = ok((await h.data(RevCredit, { id: inv.id }, c.adminToken)).creditInvoice);
    expect(credit.subtotal).toBe('-1099.99');
    expect(credit.revenueLines).toEqual([
      { accountNumber: 3231, amount: '-600.00', isBalancePosting: false },
      { accountNumber: 3231, amount: '-400.00', isBalancePosting: false },
      { accountNumber: 3231, amount: '-99.99', isBalancePosting: false },
    ]);
    expect(credit.accountingBasis.map((b) => [b.amount, b.quantity])).toEqual([
      ['-600.00', '-1'],
      ['-400.00', '-1'],
      ['-99.99', '-3'],
    ]);
    const full = await read(credit.id);
    expect(full.revenueLines.map((r) => r.line?.id)).toEqual([full.lines[0]!.id, full.lines[0]!.id, full.lines[1]!.id]);
    expect(ok((await h.data(RevLock, { id: credit.id }, c.adminToken)).lockInvoice)).toMatchObject({ locked: true });
  });

  it('resets an invoice’s revenue accounting to the rules on request', async () => {
    const inv = await create({ projectId: externalProject, lines: [{ description: 'A', quantity: '1', unitPrice: '100' }] });
    await h.data(RevEditRevenue, { id: inv.revenueLines[0]!.id, input: { accountNumber: 3051 } }, c.adminToken);
    expect((await h.data(RevReset, { invoiceId: inv.id }, c.adminToken)).resetInvoiceRevenueAccounting.__typename).toBe(
      'MutationResetInvoiceRevenueAccountingSuccess',
    );
    expect((await read(inv.id)).revenueLines.map((r) => r.accountNumber)).toEqual([3001]);
  });
});
