// The finance registers through GraphQL: chart of accounts, cost centres, suppliers, payment
// terms, imported vouchers and a project's cost ledger; permissions, typed errors with paths,
// and a cost ledger over many projects in a constant number of statements.
import { describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped, type TenantDb } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { importVoucher, type VoucherRowImport } from '../../src/modules/registers/vouchers.js';

const h = useHarness();

// ---------------------------------------------------------------------------------------------
// Operations

const RegCreateAccount = graphql(`
  mutation RegCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      __typename
      ... on MutationCreateAccountSuccess { data { id number name active kind invoiceItemNumber externalVatCode defaultVatRate createdBy modifiedBy } }
      ... on Error { code message path }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
    }
  }
`);
const RegUpdateAccount = graphql(`
  mutation RegUpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      __typename
      ... on MutationUpdateAccountSuccess { data { id number name active kind invoiceItemNumber externalVatCode defaultVatRate } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
    }
  }
`);
const RegAccounts = graphql(`
  query RegAccounts($search: String, $filter: AccountFilter, $first: Int, $after: String) {
    accounts(search: $search, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { number name kind active } }
    }
  }
`);
const RegAccountByNumber = graphql(`query RegAccountByNumber($number: Int!) { accountByNumber(number: $number) { id number name } }`);

const RegCreateCostCentre = graphql(`
  mutation RegCreateCostCentre($input: CreateCostCentreInput!) {
    createCostCentre(input: $input) {
      __typename
      ... on MutationCreateCostCentreSuccess { data { id code name active } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
    }
  }
`);
const RegUpdateCostCentre = graphql(`
  mutation RegUpdateCostCentre($input: UpdateCostCentreInput!) {
    updateCostCentre(input: $input) {
      __typename
      ... on MutationUpdateCostCentreSuccess { data { id code name active } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const RegCostCentres = graphql(`query RegCostCentres($includeInactive: Boolean) { costCentres(includeInactive: $includeInactive) { code name active } }`);

const RegCreateSupplier = graphql(`
  mutation RegCreateSupplier($input: CreateSupplierInput!) {
    createSupplier(input: $input) {
      __typename
      ... on MutationCreateSupplierSuccess {
        data {
          id number name organisationNumber vatNumber address1 address2 postcode city countryCode email phone
          bankgiro plusgiro iban bic active createdBy
        }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
    }
  }
`);
const RegUpdateSupplier = graphql(`
  mutation RegUpdateSupplier($input: UpdateSupplierInput!) {
    updateSupplier(input: $input) {
      __typename
      ... on MutationUpdateSupplierSuccess { data { id number name organisationNumber city bankgiro iban bic active } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const RegSuppliers = graphql(`
  query RegSuppliers($search: String, $filter: SupplierFilter) {
    suppliers(search: $search, filter: $filter, first: 50) { totalCount edges { node { number name active } } }
  }
`);

const RegCreateTerms = graphql(`
  mutation RegCreateTerms($input: CreatePaymentTermInput!) {
    createPaymentTerm(input: $input) {
      __typename
      ... on MutationCreatePaymentTermSuccess { data { id code name days active } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
    }
  }
`);
const RegUpdateTerms = graphql(`
  mutation RegUpdateTerms($input: UpdatePaymentTermInput!) {
    updatePaymentTerm(input: $input) {
      __typename
      ... on MutationUpdatePaymentTermSuccess { data { id code name days active } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const RegDeleteTerms = graphql(`
  mutation RegDeleteTerms($id: ID!) {
    deletePaymentTerm(id: $id) {
      __typename
      ... on MutationDeletePaymentTermSuccess { data }
      ... on Error { code path message }
      ... on ForbiddenError { permission }
    }
  }
`);
const RegTerms = graphql(`query RegTerms($includeInactive: Boolean) { paymentTerms(includeInactive: $includeInactive) { id code days active } }`);
const RegCustomerWithTerms = graphql(`
  mutation RegCustomerWithTerms($paymentTermId: ID!) {
    createCustomer(input: { name: "Terms user", paymentTermId: $paymentTermId }) { __typename ... on MutationCreateCustomerSuccess { data { paymentTerm { code } } } }
  }
`);

const RegVouchers = graphql(`
  query RegVouchers($filter: VoucherFilter, $first: Int) {
    vouchers(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id source remoteId series number transactionDate description
          rows {
            rowIndex accountNumber debit credit note
            account { number name }
            project { number }
            workOrder { number reference }
            changeOrder { code }
            costCentre { code }
          }
        }
      }
    }
  }
`);
const RegVoucherNode = graphql(`
  query RegVoucherNode($id: ID!) { node(id: $id) { id ... on Voucher { remoteId rows { rowIndex debit } } } }
`);
const RegLedger = graphql(`
  query RegLedger($id: ID!) {
    node(id: $id) {
      id
      ... on Project {
        number
        costLedger {
          byAccount { accountNumber accountName accountKind debit credit net }
          byPart { workOrder { number reference } changeOrder { code reference } debit credit net }
          total { debit credit net }
        }
      }
    }
  }
`);
const RegLedgerPage = graphql(`
  query RegLedgerPage($first: Int!) {
    projects(first: $first) {
      edges {
        node {
          id number
          costLedger {
            byAccount { accountNumber accountName net }
            byPart { workOrder { id number reference } changeOrder { id code } net }
            total { debit credit net }
          }
        }
      }
    }
  }
`);

// ---------------------------------------------------------------------------------------------
// Helpers

type Data<T> = Extract<T, { data: unknown }> extends { data: infer D } ? D : never;
function success<T extends { __typename: string }>(r: T): Data<T> {
  if (!r.__typename.endsWith('Success')) throw new Error(`expected success: ${JSON.stringify(r)}`);
  return (r as unknown as { data: Data<T> }).data;
}

const systemDb = (c: TestCompany) => createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: 'T' });

/** A customer and a project (status 50) with `workOrders` AO and `changeOrders` ÄTA, written directly. */
async function projectWithParts(db: TenantDb, number: string, workOrders = 0, changeOrders = 0) {
  const customer = await db.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: `C-${number}`, name: `Customer ${number}` }) });
  const project = await db.project.create({
    data: scoped<Prisma.ProjectUncheckedCreateInput>({ customerId: customer.id, number, name: `Project ${number}`, statusCode: 50 }),
  });
  const wo: string[] = [];
  const co: string[] = [];
  for (let n = 1; n <= workOrders; n++) {
    wo.push(
      (await db.workOrder.create({ data: scoped<Prisma.WorkOrderUncheckedCreateInput>({ projectId: project.id, number: n, name: `AO ${n}`, statusCode: 50 }) }))
        .id,
    );
  }
  for (let n = 1; n <= changeOrders; n++) {
    co.push(
      (
        await db.changeOrder.create({
          data: scoped<Prisma.ChangeOrderUncheckedCreateInput>({ projectId: project.id, number: n, name: `ÄTA ${n}`, statusCode: 50 }),
        })
      ).id,
    );
  }
  return { projectId: project.id, workOrders: wo, changeOrders: co };
}

async function voucher(db: TenantDb, remoteId: string, date: string, rows: VoucherRowImport[], series = 'A') {
  return importVoucher(db, {
    source: 'fortnox-test',
    remoteId,
    series,
    number: Number(remoteId.replace(/\D/g, '')) || 1,
    transactionDate: date,
    description: `Voucher ${remoteId}`,
    rows,
  });
}

// ---------------------------------------------------------------------------------------------

describe('chart of accounts', () => {
  it('creates accounts with every field, refuses duplicates and invalid input with paths', async () => {
    const c = await h.company();
    const r = await h.data(
      RegCreateAccount,
      { input: { number: 4010, name: ' Inköp material ', kind: 'MATERIAL', invoiceItemNumber: 'MAT1', externalVatCode: 'MP1', defaultVatRate: '25' } },
      c.adminToken,
    );
    expect(success(r.createAccount)).toMatchObject({
      number: 4010,
      name: 'Inköp material',
      active: true,
      kind: 'MATERIAL',
      invoiceItemNumber: 'MAT1',
      externalVatCode: 'MP1',
      defaultVatRate: '25',
      createdBy: expect.stringMatching(/^AD\d+$/),
    });
    const dup = await h.data(RegCreateAccount, { input: { number: 4010, name: 'Again' } }, c.adminToken);
    expect(dup.createAccount).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'number' });
    const bad = await h.data(RegCreateAccount, { input: { number: 999, name: ' ', defaultVatRate: '20' } }, c.adminToken);
    expect(bad.createAccount).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        { path: 'number', code: 'out_of_range' },
        { path: 'name', code: 'required' },
        { path: 'defaultVatRate', code: 'invalid_vat_rate' },
      ],
    });
    const other = await h.company();
    const sameNumber = await h.data(RegCreateAccount, { input: { number: 4010, name: 'Other company’s 4010' } }, other.adminToken);
    expect(sameNumber.createAccount.__typename).toBe('MutationCreateAccountSuccess');
  });

  it('updates only what is given; null clears; unknown ids are NOT_FOUND', async () => {
    const c = await h.company();
    const a = success(
      (await h.data(RegCreateAccount, { input: { number: 7010, name: 'Löner', kind: 'WORK', defaultVatRate: '0', externalVatCode: 'X' } }, c.adminToken))
        .createAccount,
    );
    const u = await h.data(
      RegUpdateAccount,
      { input: { id: a.id, name: 'Löner kollektivanställda', kind: null, defaultVatRate: null, active: false } },
      c.adminToken,
    );
    expect(success(u.updateAccount)).toEqual({
      id: a.id,
      number: 7010,
      name: 'Löner kollektivanställda',
      active: false,
      kind: null,
      invoiceItemNumber: null,
      externalVatCode: 'X',
      defaultVatRate: null,
    });
    const noName = await h.data(RegUpdateAccount, { input: { id: a.id, name: null } }, c.adminToken);
    expect(noName.updateAccount).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'name', code: 'required' }] });
    const missing = await h.data(
      RegUpdateAccount,
      { input: { id: encodeGlobalID('Account', '00000000-0000-4000-8000-000000000000'), name: 'X' } },
      c.adminToken,
    );
    expect(missing.updateAccount).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', path: 'id' });
  });

  it('lists by number with search, filters and paging, and finds by number', async () => {
    const c = await h.company();
    for (const [number, name, kind] of [
      [3001, 'Försäljning 25 %', null],
      [4010, 'Inköp material', 'MATERIAL'],
      [4011, 'Inköp material ROT', 'MATERIAL'],
      [5010, 'Lokalhyra', 'COST'],
      [7010, 'Löner', 'WORK'],
    ] as const) {
      success((await h.data(RegCreateAccount, { input: { number, name, kind } }, c.adminToken)).createAccount);
    }
    const all = await h.data(RegAccounts, {}, c.adminToken);
    expect(all.accounts.edges.map((e) => e.node.number)).toEqual([3001, 4010, 4011, 5010, 7010]);
    expect((await h.data(RegAccounts, { search: 'material' }, c.adminToken)).accounts.totalCount).toBe(2);
    expect((await h.data(RegAccounts, { search: '40' }, c.adminToken)).accounts.edges.map((e) => e.node.number)).toEqual([4010, 4011]);
    expect((await h.data(RegAccounts, { search: '4011' }, c.adminToken)).accounts.edges.map((e) => e.node.number)).toEqual([4011]);
    expect((await h.data(RegAccounts, { filter: { kind: 'WORK' } }, c.adminToken)).accounts.edges.map((e) => e.node.name)).toEqual(['Löner']);
    const range = await h.data(RegAccounts, { filter: { numberFrom: 4000, numberTo: 5999 } }, c.adminToken);
    expect(range.accounts.edges.map((e) => e.node.number)).toEqual([4010, 4011, 5010]);
    const page1 = await h.data(RegAccounts, { first: 2 }, c.adminToken);
    expect(page1.accounts.pageInfo.hasNextPage).toBe(true);
    const page2 = await h.data(RegAccounts, { first: 2, after: page1.accounts.pageInfo.endCursor }, c.adminToken);
    expect(page2.accounts.edges.map((e) => e.node.number)).toEqual([4011, 5010]);
    expect((await h.data(RegAccountByNumber, { number: 5010 }, c.adminToken)).accountByNumber?.name).toBe('Lokalhyra');
    expect((await h.data(RegAccountByNumber, { number: 5011 }, c.adminToken)).accountByNumber).toBeNull();
  });
});

describe('cost centres', () => {
  it('creates, renames and inactivates; codes are unique per company', async () => {
    const c = await h.company();
    const cc = success((await h.data(RegCreateCostCentre, { input: { code: '100', name: 'Norr' } }, c.adminToken)).createCostCentre);
    expect(cc).toMatchObject({ code: '100', name: 'Norr', active: true });
    success((await h.data(RegCreateCostCentre, { input: { code: '200', name: 'Syd' } }, c.adminToken)).createCostCentre);
    const dup = await h.data(RegCreateCostCentre, { input: { code: '100', name: 'Again' } }, c.adminToken);
    expect(dup.createCostCentre).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'code' });
    const bad = await h.data(RegCreateCostCentre, { input: { code: '1 0', name: '' } }, c.adminToken);
    expect(bad.createCostCentre).toMatchObject({
      issues: [
        { path: 'code', code: 'invalid_format' },
        { path: 'name', code: 'required' },
      ],
    });
    const clash = await h.data(RegUpdateCostCentre, { input: { id: cc.id, code: '200' } }, c.adminToken);
    expect(clash.updateCostCentre).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'code' });
    const u = await h.data(RegUpdateCostCentre, { input: { id: cc.id, name: 'Norrland', active: false } }, c.adminToken);
    expect(success(u.updateCostCentre)).toMatchObject({ code: '100', name: 'Norrland', active: false });
    expect((await h.data(RegCostCentres, {}, c.adminToken)).costCentres.map((x) => x.code)).toEqual(['200']);
    expect((await h.data(RegCostCentres, { includeInactive: true }, c.adminToken)).costCentres.map((x) => x.code)).toEqual(['100', '200']);
  });
});

describe('suppliers', () => {
  it('stores every field normalised and shows bank numbers formatted', async () => {
    const c = await h.company();
    const r = await h.data(
      RegCreateSupplier,
      {
        input: {
          number: '17',
          name: ' Byggvaror Norr AB ',
          organisationNumber: '5560360793',
          vatNumber: 'se556036079301',
          address1: 'Industrigatan 4',
          address2: 'Box 12',
          postcode: '90325',
          city: 'Umeå',
          email: 'Order@Byggvaror.se',
          phone: '090-12 34 56',
          bankgiro: '50501055',
          plusgiro: '478909',
          iban: 'se45 5000 0000 0583 9825 7466',
          bic: 'essesess',
        },
      },
      c.adminToken,
    );
    expect(success(r.createSupplier)).toMatchObject({
      number: '17',
      name: 'Byggvaror Norr AB',
      organisationNumber: '556036-0793',
      vatNumber: 'SE556036079301',
      address1: 'Industrigatan 4',
      address2: 'Box 12',
      postcode: '903 25',
      city: 'Umeå',
      countryCode: 'SE',
      email: 'order@byggvaror.se',
      phone: '090-12 34 56',
      bankgiro: '5050-1055',
      plusgiro: '4 78 90-9',
      iban: 'SE4550000000058398257466',
      bic: 'ESSESESS',
      active: true,
    });
    const stored = await h.prisma.supplier.findFirstOrThrow({ where: { companyId: c.companyId } });
    expect(stored).toMatchObject({ organisationNumber: '5560360793', bankgiro: '50501055', plusgiro: '478909', iban: 'SE4550000000058398257466' });
  });

  it('numbers automatically, refuses a taken number, and reports every invalid field', async () => {
    const c = await h.company();
    expect(success((await h.data(RegCreateSupplier, { input: { name: 'First' } }, c.adminToken)).createSupplier).number).toBe('1');
    success((await h.data(RegCreateSupplier, { input: { name: 'Hand-numbered', number: '500' } }, c.adminToken)).createSupplier);
    success((await h.data(RegCreateSupplier, { input: { name: 'Letters', number: 'L-900' } }, c.adminToken)).createSupplier);
    expect(success((await h.data(RegCreateSupplier, { input: { name: 'Next' } }, c.adminToken)).createSupplier).number).toBe('501');
    const taken = await h.data(RegCreateSupplier, { input: { name: 'Dup', number: '500' } }, c.adminToken);
    expect(taken.createSupplier).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'number' });
    const bad = await h.data(
      RegCreateSupplier,
      {
        input: {
          name: 'Bad',
          organisationNumber: '556036-0794',
          vatNumber: 'SE12',
          postcode: '1234',
          bankgiro: '5050-1056',
          plusgiro: '4-3',
          iban: 'SE45 5000 0000 0583 9825 7467',
          bic: 'ESSE',
        },
      },
      c.adminToken,
    );
    expect(bad.createSupplier.__typename === 'ValidationError' && bad.createSupplier.issues).toEqual([
      { path: 'organisationNumber', code: 'check_digit' },
      { path: 'vatNumber', code: 'invalid_format' },
      { path: 'postcode', code: 'invalid_format' },
      { path: 'bankgiro', code: 'check_digit' },
      { path: 'plusgiro', code: 'check_digit' },
      { path: 'iban', code: 'check_digit' },
      { path: 'bic', code: 'invalid_length' },
    ]);
    expect(await h.prisma.supplier.count({ where: { companyId: c.companyId } })).toBe(4);
  });

  it('gives concurrent automatic numbers distinct values', async () => {
    const c = await h.company();
    const rs = await Promise.all(Array.from({ length: 5 }, (_, i) => h.data(RegCreateSupplier, { input: { name: `Parallel ${i}` } }, c.adminToken)));
    expect(rs.map((r) => success(r.createSupplier).number).sort()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('updates only what is given, null clears, and searches and filters', async () => {
    const c = await h.company();
    const s = success(
      (await h.data(RegCreateSupplier, { input: { name: 'Ahlsell AB', number: '10', bankgiro: '5050-1055', city: 'Stockholm' } }, c.adminToken)).createSupplier,
    );
    success(
      (await h.data(RegCreateSupplier, { input: { name: 'Beijer Bygg', number: '11', organisationNumber: '556036-0793' } }, c.adminToken)).createSupplier,
    );
    const u = await h.data(
      RegUpdateSupplier,
      { input: { id: s.id, bankgiro: null, iban: 'SE35 5000 0000 0549 1000 0003', bic: 'ESSESESS', active: false } },
      c.adminToken,
    );
    expect(success(u.updateSupplier)).toMatchObject({
      name: 'Ahlsell AB',
      city: 'Stockholm',
      bankgiro: null,
      iban: 'SE3550000000054910000003',
      bic: 'ESSESESS',
      active: false,
    });
    const renumber = await h.data(RegUpdateSupplier, { input: { id: s.id, number: '11' } }, c.adminToken);
    expect(renumber.updateSupplier).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'number' });
    const clearIban = await h.data(RegUpdateSupplier, { input: { id: s.id, iban: null } }, c.adminToken);
    expect(clearIban.updateSupplier).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'bic', code: 'iban_required' }] });
    expect((await h.data(RegSuppliers, { search: 'bygg' }, c.adminToken)).suppliers.edges.map((e) => e.node.number)).toEqual(['11']);
    expect((await h.data(RegSuppliers, { search: '5560360793' }, c.adminToken)).suppliers.edges.map((e) => e.node.number)).toEqual(['11']);
    expect((await h.data(RegSuppliers, { filter: { active: true } }, c.adminToken)).suppliers.edges.map((e) => e.node.name)).toEqual(['Beijer Bygg']);
    expect((await h.data(RegSuppliers, {}, c.adminToken)).suppliers.totalCount).toBe(2);
  });
});

describe('payment terms', () => {
  it('creates, updates, inactivates and deletes unused terms; used terms are IN_USE', async () => {
    const c = await h.company();
    const t = success((await h.data(RegCreateTerms, { input: { code: '45', name: '45 dagar netto', days: 45 } }, c.adminToken)).createPaymentTerm);
    expect(t).toMatchObject({ code: '45', days: 45, active: true });
    const dup = await h.data(RegCreateTerms, { input: { code: '30', name: 'Again', days: 30 } }, c.adminToken);
    expect(dup.createPaymentTerm).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'code' });
    const bad = await h.data(RegCreateTerms, { input: { code: 'X', name: 'Too long', days: 400 } }, c.adminToken);
    expect(bad.createPaymentTerm).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'days', code: 'out_of_range' }] });
    const u = await h.data(RegUpdateTerms, { input: { id: t.id, days: 60, name: '60 dagar netto' } }, c.adminToken);
    expect(success(u.updatePaymentTerm)).toMatchObject({ code: '45', name: '60 dagar netto', days: 60 });
    const clash = await h.data(RegUpdateTerms, { input: { id: t.id, code: '30' } }, c.adminToken);
    expect(clash.updatePaymentTerm).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'code' });

    const inactive = await h.data(RegUpdateTerms, { input: { id: t.id, active: false } }, c.adminToken);
    expect(success(inactive.updatePaymentTerm).active).toBe(false);
    expect((await h.data(RegTerms, {}, c.adminToken)).paymentTerms.map((x) => x.code)).toEqual(['10', '15', '20', '30']);
    expect((await h.data(RegTerms, { includeInactive: true }, c.adminToken)).paymentTerms.map((x) => x.code)).toEqual(['10', '15', '20', '30', '45']);

    const t30 = (await h.data(RegTerms, {}, c.adminToken)).paymentTerms.find((x) => x.code === '30')!;
    expect((await h.data(RegCustomerWithTerms, { paymentTermId: t30.id }, c.adminToken)).createCustomer.__typename).toBe('MutationCreateCustomerSuccess');
    const inUse = await h.data(RegDeleteTerms, { id: t30.id }, c.adminToken);
    expect(inUse.deletePaymentTerm).toMatchObject({ __typename: 'ConflictError', code: 'IN_USE', path: 'id' });
    const del = await h.data(RegDeleteTerms, { id: t.id }, c.adminToken);
    expect(del.deletePaymentTerm).toEqual({ __typename: 'MutationDeletePaymentTermSuccess', data: t.id });
    const again = await h.data(RegDeleteTerms, { id: t.id }, c.adminToken);
    expect(again.deletePaymentTerm).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });
});

describe('permissions', () => {
  it('lets project viewers and each register’s administrators read, only administrators write', async () => {
    const c = await h.company();
    const viewer = await h.user(c.companyId, ['PROJECT_VIEW']);
    const accountAdmin = await h.user(c.companyId, ['ADMIN_ACCOUNTS']);
    const supplierAdmin = await h.user(c.companyId, ['ADMIN_SUPPLIERS']);
    const centreAdmin = await h.user(c.companyId, ['ADMIN_COST_CENTRES']);
    const termsAdmin = await h.user(c.companyId, ['ADMIN_PAYMENT_TERMS']);
    const nobody = await h.user(c.companyId, []);

    // Writes: a typed ForbiddenError naming the permission, and nothing written.
    const cases = [
      [RegCreateAccount, { input: { number: 3001, name: 'X' } }, 'createAccount', 'ADMIN_ACCOUNTS'],
      [RegCreateCostCentre, { input: { code: '1', name: 'X' } }, 'createCostCentre', 'ADMIN_COST_CENTRES'],
      [RegCreateSupplier, { input: { name: 'X' } }, 'createSupplier', 'ADMIN_SUPPLIERS'],
      [RegCreateTerms, { input: { code: '5', name: 'X', days: 5 } }, 'createPaymentTerm', 'ADMIN_PAYMENT_TERMS'],
    ] as const;
    for (const [doc, vars, field, permission] of cases) {
      for (const user of [viewer, nobody]) {
        const r = (await h.data(doc as never, vars as never, user.token)) as Record<string, unknown>;
        expect(r[field], `${field} by a non-administrator`).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN', permission });
      }
    }
    expect(await h.prisma.account.count({ where: { companyId: c.companyId } })).toBe(0);
    expect(await h.prisma.supplier.count({ where: { companyId: c.companyId } })).toBe(0);
    expect(success((await h.data(RegCreateAccount, { input: { number: 3001, name: 'Sales' } }, accountAdmin.token)).createAccount).number).toBe(3001);
    expect(success((await h.data(RegCreateSupplier, { input: { name: 'S' } }, supplierAdmin.token)).createSupplier).number).toBe('1');
    expect(success((await h.data(RegCreateCostCentre, { input: { code: '1', name: 'C' } }, centreAdmin.token)).createCostCentre).code).toBe('1');
    expect(success((await h.data(RegCreateTerms, { input: { code: '5', name: 'T', days: 5 } }, termsAdmin.token)).createPaymentTerm).days).toBe(5);
    const wrongAdmin = await h.data(RegCreateSupplier, { input: { name: 'X' } }, accountAdmin.token);
    expect(wrongAdmin.createSupplier).toMatchObject({ __typename: 'ForbiddenError', permission: 'ADMIN_SUPPLIERS' });

    // Reads: project viewers see every register; an administrator sees their own.
    expect((await h.data(RegAccounts, {}, viewer.token)).accounts.totalCount).toBe(1);
    expect((await h.data(RegSuppliers, {}, viewer.token)).suppliers.totalCount).toBe(1);
    expect((await h.data(RegCostCentres, {}, viewer.token)).costCentres).toHaveLength(1);
    expect((await h.data(RegVouchers, {}, viewer.token)).vouchers.totalCount).toBe(0);
    expect((await h.data(RegAccounts, {}, accountAdmin.token)).accounts.totalCount).toBe(1);
    expect((await h.data(RegSuppliers, {}, supplierAdmin.token)).suppliers.totalCount).toBe(1);
    expect((await h.data(RegCostCentres, {}, centreAdmin.token)).costCentres).toHaveLength(1);
    const reads = [
      [RegAccounts, supplierAdmin],
      [RegSuppliers, accountAdmin],
      [RegCostCentres, termsAdmin],
      [RegVouchers, accountAdmin],
      [RegAccounts, nobody],
      [RegSuppliers, nobody],
      [RegCostCentres, nobody],
      [RegVouchers, nobody],
    ] as const;
    for (const [doc, user] of reads) {
      const r = await h.exec(doc as never, {} as never, user.token);
      expect(r.data, JSON.stringify(r)).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // Payment terms: every user (customers refer to them); nobody without a token.
    expect((await h.data(RegTerms, {}, nobody.token)).paymentTerms.length).toBeGreaterThan(0);
    expect((await h.exec(RegTerms, {}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.exec(RegAccounts, {}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('vouchers', () => {
  it('lists imported vouchers with their rows, filtered by project, date and series', async () => {
    const c = await h.company();
    const db = systemDb(c);
    const p1 = await projectWithParts(db, '1001', 1, 1);
    const p2 = await projectWithParts(db, '1002');
    success((await h.data(RegCreateAccount, { input: { number: 4010, name: 'Material' } }, c.adminToken)).createAccount);
    const cc = success((await h.data(RegCreateCostCentre, { input: { code: 'N1', name: 'Norr' } }, c.adminToken)).createCostCentre);
    const ccId = Buffer.from(cc.id, 'base64').toString().split(':')[1]!;
    const v1 = await voucher(db, 'A1', '2026-10-05', [
      { rowIndex: 0, accountNumber: 4010, debit: '1000.00', projectId: p1.projectId, workOrderId: p1.workOrders[0], costCentreId: ccId, note: 'Virke' },
      { rowIndex: 1, accountNumber: 2640, debit: '250.00' },
      { rowIndex: 2, accountNumber: 2440, credit: '1250.00' },
    ]);
    await voucher(db, 'A2', '2026-11-10', [
      { rowIndex: 0, accountNumber: 5460, debit: '80', projectId: p1.projectId, changeOrderId: p1.changeOrders[0] },
      { rowIndex: 1, accountNumber: 1930, credit: '80' },
    ]);
    await voucher(
      db,
      'B3',
      '2026-11-15',
      [
        { rowIndex: 0, accountNumber: 4010, debit: '5', projectId: p2.projectId },
        { rowIndex: 1, accountNumber: 1930, credit: '5' },
      ],
      'B',
    );

    const all = await h.data(RegVouchers, {}, c.adminToken);
    expect(all.vouchers.edges.map((e) => e.node.remoteId)).toEqual(['B3', 'A2', 'A1']);
    const a1 = all.vouchers.edges[2]!.node;
    expect(a1).toMatchObject({ source: 'fortnox-test', series: 'A', number: 1, transactionDate: '2026-10-05', description: 'Voucher A1' });
    expect(a1.rows).toEqual([
      {
        rowIndex: 0,
        accountNumber: 4010,
        debit: '1000.00',
        credit: '0.00',
        note: 'Virke',
        account: { number: 4010, name: 'Material' },
        project: { number: '1001' },
        workOrder: { number: 1, reference: '1001_1' },
        changeOrder: null,
        costCentre: { code: 'N1' },
      },
      {
        rowIndex: 1,
        accountNumber: 2640,
        debit: '250.00',
        credit: '0.00',
        note: null,
        account: null,
        project: null,
        workOrder: null,
        changeOrder: null,
        costCentre: null,
      },
      {
        rowIndex: 2,
        accountNumber: 2440,
        debit: '0.00',
        credit: '1250.00',
        note: null,
        account: null,
        project: null,
        workOrder: null,
        changeOrder: null,
        costCentre: null,
      },
    ]);
    const pid = (id: string) => encodeGlobalID('Project', id);
    expect((await h.data(RegVouchers, { filter: { projectId: pid(p1.projectId) } }, c.adminToken)).vouchers.edges.map((e) => e.node.remoteId)).toEqual([
      'A2',
      'A1',
    ]);
    expect((await h.data(RegVouchers, { filter: { projectId: pid(p2.projectId) } }, c.adminToken)).vouchers.totalCount).toBe(1);
    expect(
      (await h.data(RegVouchers, { filter: { dateFrom: '2026-11-01', dateTo: '2026-11-10' } }, c.adminToken)).vouchers.edges.map((e) => e.node.remoteId),
    ).toEqual(['A2']);
    expect((await h.data(RegVouchers, { filter: { dateTo: '2026-10-05' } }, c.adminToken)).vouchers.edges.map((e) => e.node.remoteId)).toEqual(['A1']);
    expect((await h.data(RegVouchers, { filter: { series: 'B' } }, c.adminToken)).vouchers.edges.map((e) => e.node.remoteId)).toEqual(['B3']);
    const node = await h.data(RegVoucherNode, { id: encodeGlobalID('Voucher', v1.voucherId) }, c.adminToken);
    expect(node.node).toMatchObject({ remoteId: 'A1', rows: [{ rowIndex: 0, debit: '1000.00' }, { rowIndex: 1 }, { rowIndex: 2 }] });
    const bad = await h.exec(RegVouchers, { filter: { dateFrom: '2026-02-30' } }, c.adminToken);
    expect(bad.errors?.[0]?.message).toMatch(/real calendar date/);
  });
});

describe('no N+1 in voucher lists', () => {
  it('loads a page of vouchers with rows, accounts, projects, AO and cost centres in a constant number of statements', async () => {
    const c = await h.company();
    const db = systemDb(c);
    success((await h.data(RegCreateAccount, { input: { number: 4010, name: 'Material' } }, c.adminToken)).createAccount);
    const cc = success((await h.data(RegCreateCostCentre, { input: { code: 'N1', name: 'Norr' } }, c.adminToken)).createCostCentre);
    const ccId = Buffer.from(cc.id, 'base64').toString().split(':')[1]!;
    for (let i = 0; i < 20; i++) {
      const p = await projectWithParts(db, String(4000 + i), 1, 1);
      await voucher(db, `N${i}`, '2026-11-01', [
        { rowIndex: 0, accountNumber: 4010, debit: '1', projectId: p.projectId, workOrderId: p.workOrders[0], costCentreId: ccId },
        { rowIndex: 1, accountNumber: 4011, debit: '2', projectId: p.projectId, changeOrderId: p.changeOrders[0] },
        { rowIndex: 2, accountNumber: 2440, credit: '3' },
      ]);
    }
    const measure = (first: number) =>
      h.countStatements(async () => {
        const r = await h.data(RegVouchers, { first }, c.adminToken);
        expect(r.vouchers.edges).toHaveLength(first);
        for (const e of r.vouchers.edges) {
          expect(
            e.node.rows.map((x) => [x.account?.name ?? null, x.workOrder?.number ?? null, x.changeOrder?.code ?? null, x.costCentre?.code ?? null]),
          ).toEqual([
            ['Material', 1, null, 'N1'],
            [null, null, 'Ä001', null],
            [null, null, null, null],
          ]);
        }
      });
    await measure(2);
    const small = await measure(2);
    const large = await measure(20);
    expect(large.count).toBe(small.count);
  });
});

describe('cost ledger', () => {
  it('sums a project’s voucher rows per account, per AO/ÄTA and in total', async () => {
    const c = await h.company();
    const db = systemDb(c);
    const p = await projectWithParts(db, '2001', 2, 1);
    const empty = await projectWithParts(db, '2002');
    const other = await projectWithParts(db, '2003');
    success((await h.data(RegCreateAccount, { input: { number: 4010, name: 'Material', kind: 'MATERIAL' } }, c.adminToken)).createAccount);
    success((await h.data(RegCreateAccount, { input: { number: 7010, name: 'Löner', kind: 'WORK' } }, c.adminToken)).createAccount);
    const [ao1, ao2] = p.workOrders as [string, string];
    const [ata1] = p.changeOrders as [string];
    await voucher(db, 'A1', '2026-11-01', [
      { rowIndex: 0, accountNumber: 7010, debit: '0.10', projectId: p.projectId, workOrderId: ao2 },
      { rowIndex: 1, accountNumber: 7010, debit: '0.20', projectId: p.projectId, workOrderId: ao1 },
      { rowIndex: 2, accountNumber: 4010, debit: '1000.00', projectId: p.projectId },
      { rowIndex: 3, accountNumber: 1930, credit: '1000.30' },
    ]);
    await voucher(db, 'A2', '2026-11-02', [
      { rowIndex: 0, accountNumber: 4010, credit: '250.55', projectId: p.projectId, changeOrderId: ata1 },
      { rowIndex: 1, accountNumber: 5460, debit: '99.99', projectId: p.projectId, workOrderId: ao2 },
      { rowIndex: 2, accountNumber: 4010, debit: '7', projectId: other.projectId }, // another project's cost
    ]);
    const r = await h.data(RegLedger, { id: encodeGlobalID('Project', p.projectId) }, c.adminToken);
    const ledger = r.node && 'costLedger' in r.node ? r.node.costLedger : null;
    expect(ledger).toEqual({
      byAccount: [
        { accountNumber: 4010, accountName: 'Material', accountKind: 'MATERIAL', debit: '1000.00', credit: '250.55', net: '749.45' },
        { accountNumber: 5460, accountName: null, accountKind: null, debit: '99.99', credit: '0.00', net: '99.99' },
        { accountNumber: 7010, accountName: 'Löner', accountKind: 'WORK', debit: '0.30', credit: '0.00', net: '0.30' },
      ],
      byPart: [
        { workOrder: null, changeOrder: null, debit: '1000.00', credit: '0.00', net: '1000.00' },
        { workOrder: { number: 1, reference: '2001_1' }, changeOrder: null, debit: '0.20', credit: '0.00', net: '0.20' },
        { workOrder: { number: 2, reference: '2001_2' }, changeOrder: null, debit: '100.09', credit: '0.00', net: '100.09' },
        { workOrder: null, changeOrder: { code: 'Ä001', reference: '2001_Ä001' }, debit: '0.00', credit: '250.55', net: '-250.55' },
      ],
      total: { debit: '1100.29', credit: '250.55', net: '849.74' },
    });
    const none = await h.data(RegLedger, { id: encodeGlobalID('Project', empty.projectId) }, c.adminToken);
    expect(none.node && 'costLedger' in none.node ? none.node.costLedger : null).toEqual({
      byAccount: [],
      byPart: [],
      total: { debit: '0.00', credit: '0.00', net: '0.00' },
    });
  });

  it('loads the ledgers of 2 or 20 projects in the same number of statements', async () => {
    const c = await h.company();
    const db = systemDb(c);
    success((await h.data(RegCreateAccount, { input: { number: 4010, name: 'Material' } }, c.adminToken)).createAccount);
    for (let i = 0; i < 20; i++) {
      const p = await projectWithParts(db, String(3000 + i), 2, 1);
      await voucher(db, `L${i}`, '2026-11-01', [
        { rowIndex: 0, accountNumber: 4010, debit: '100.00', projectId: p.projectId },
        { rowIndex: 1, accountNumber: 4010, debit: '10.00', projectId: p.projectId, workOrderId: p.workOrders[0] },
        { rowIndex: 2, accountNumber: 7010, debit: '20.00', projectId: p.projectId, workOrderId: p.workOrders[1] },
        { rowIndex: 3, accountNumber: 4010, debit: '5.00', projectId: p.projectId, changeOrderId: p.changeOrders[0] },
        { rowIndex: 4, accountNumber: 1930, credit: '135.00' },
      ]);
    }
    const measure = (first: number) =>
      h.countStatements(async () => {
        const r = await h.data(RegLedgerPage, { first }, c.adminToken);
        expect(r.projects.edges).toHaveLength(first);
        for (const e of r.projects.edges) {
          expect(e.node.costLedger.total).toEqual({ debit: '135.00', credit: '0.00', net: '135.00' });
          expect(e.node.costLedger.byPart.map((x) => x.workOrder?.reference ?? x.changeOrder?.code ?? '-')).toEqual([
            '-',
            `${e.node.number}_1`,
            `${e.node.number}_2`,
            'Ä001',
          ]);
          expect(e.node.costLedger.byAccount.map((x) => [x.accountNumber, x.accountName])).toEqual([
            [4010, 'Material'],
            [7010, null],
          ]);
        }
      });
    await measure(2); // warm-up
    const small = await measure(2);
    const large = await measure(20);
    expect(large.count).toBe(small.count);
    const grouped = large.statements.filter((s) => /GROUP BY/i.test(s) && /"VoucherRow"/.test(s));
    expect(grouped).toHaveLength(1);
  });
});
