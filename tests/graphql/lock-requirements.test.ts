// What a lock requires of the seller and the buyer: a new company's settings (payment accounts,
// late-payment interest, default payment term, F-skatt) as updateCompanySettings checks them, and
// a new (bare) company that cannot lock an invoice until its settings and the customer's data are
// complete, each missing item named by its path; completed one by one, the lock goes through.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { UpdateCompanySettingsInput } from '../gql/graphql.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';

const h = useHarness();

const LrSettings = graphql(`
  mutation LrSettings($input: UpdateCompanySettingsInput!) {
    updateCompanySettings(input: $input) {
      __typename
      ... on MutationUpdateCompanySettingsSuccess {
        data {
          organisationNumber registeredOffice fSkatt bankgiro bankgiroDigits plusgiro plusgiroDigits iban ibanFormatted bic lateInterestRate
          defaultPaymentTerm { id days }
        }
      }
      ... on ValidationError { issues { path code message } }
    }
  }
`);
const LrTerms = graphql(`query LrTerms { paymentTerms { id days } }`);
const LrCustomer = graphql(`
  mutation LrCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on ValidationError { issues { path code } } }
  }
`);
const LrUpdateCustomer = graphql(`
  mutation LrUpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) { __typename ... on ValidationError { issues { path code } } }
  }
`);
const LrProject = graphql(`
  mutation LrProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } } }
`);
const LrInvoice = graphql(`
  mutation LrInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id dueDate warnings } } ... on ValidationError { issues { path code } } }
  }
`);
const LrLock = graphql(`
  mutation LrLock($id: ID!) {
    lockInvoice(id: $id) {
      __typename
      ... on MutationLockInvoiceSuccess { data { locked invoiceDate dueDate } }
      ... on ValidationError { issues { path code message } }
    }
  }
`);

type Issue = { path: string; code: string; message: string };
const issuesOf = (r: { __typename: string; issues?: Issue[] }) => {
  if (r.__typename !== 'ValidationError') throw new Error(`Expected a ValidationError, got ${r.__typename}`);
  return r.issues!;
};
const paths = (r: { __typename: string; issues?: Issue[] }) => issuesOf(r).map((i) => i.path);

async function terms(c: TestCompany) {
  const t = (await h.data(LrTerms, {}, c.adminToken)).paymentTerms;
  return { t10: t.find((x) => x.days === 10)!.id, t30: t.find((x) => x.days === 30)!.id };
}

describe('company settings for invoices', () => {
  let c: TestCompany;
  let other: TestCompany;
  beforeAll(async () => {
    c = await h.bareCompany();
    other = await h.bareCompany();
  });
  const set = (input: UpdateCompanySettingsInput) => h.data(LrSettings, { input }, c.adminToken).then((r) => r.updateCompanySettings);

  it('a new company has none of them: no payment account, no default term, F-skatt not stated', async () => {
    expect(await set({})).toMatchObject({
      data: { fSkatt: null, bankgiro: null, plusgiro: null, iban: null, bic: null, lateInterestRate: null, defaultPaymentTerm: null },
    });
  });

  it('takes bankgiro, plusgiro, IBAN with BIC, shown formatted and as stored', async () => {
    expect(await set({ bankgiro: '5050 1055', plusgiro: '4 78 90-9', iban: 'se45 5000 0000 0583 9825 7466', bic: 'essesess' })).toMatchObject({
      data: {
        bankgiro: '5050-1055',
        bankgiroDigits: '50501055',
        plusgiro: '4 78 90-9',
        plusgiroDigits: '478909',
        iban: 'SE4550000000058398257466',
        ibanFormatted: 'SE45 5000 0000 0583 9825 7466',
        bic: 'ESSESESS',
      },
    });
    // Cleared by null; an IBAN alone is enough (SEPA), a BIC alone is not.
    expect(await set({ plusgiro: null, bic: null })).toMatchObject({ data: { plusgiro: null, bic: null, iban: 'SE4550000000058398257466' } });
    expect(paths(await set({ iban: null, bic: 'ESSESESS' }))).toEqual(['bic']);
  });

  it('refuses wrong numbers with a typed error naming each field, and changes nothing', async () => {
    const r = await set({ bankgiro: '5050-1056', plusgiro: '1', iban: 'SE46 5000 0000 0583 9825 7466', bic: 'ESS', lateInterestRate: '100.5' });
    expect(issuesOf(r).map((i) => [i.path, i.code])).toEqual([
      ['bankgiro', 'check_digit'],
      ['plusgiro', 'invalid_format'],
      ['iban', 'check_digit'],
      ['bic', 'invalid_length'],
      ['lateInterestRate', 'out_of_range'],
    ]);
    expect(paths(await set({ lateInterestRate: '8.125' }))).toEqual(['lateInterestRate']);
    expect(await set({})).toMatchObject({ data: { bankgiro: '5050-1055', iban: 'SE4550000000058398257466', lateInterestRate: null } });
  });

  it('takes the late-payment interest as a decimal and clears it with null', async () => {
    expect(await set({ lateInterestRate: '10.50' })).toMatchObject({ data: { lateInterestRate: '10.5' } });
    expect(await set({ lateInterestRate: null })).toMatchObject({ data: { lateInterestRate: null } });
  });

  it('a default payment term of the company; another company’s is refused on that field', async () => {
    const own = await terms(c);
    expect(await set({ defaultPaymentTermId: own.t30 })).toMatchObject({ data: { defaultPaymentTerm: { id: own.t30, days: 30 } } });
    const theirs = await terms(other);
    const r = issuesOf(await set({ defaultPaymentTermId: theirs.t10 }));
    expect(r.map((i) => [i.path, i.code])).toEqual([['defaultPaymentTermId', 'not_found']]);
    expect(await set({ defaultPaymentTermId: null })).toMatchObject({ data: { defaultPaymentTerm: null } });
  });

  it('F-skatt is true, false or not stated (null)', async () => {
    expect(await set({ fSkatt: true })).toMatchObject({ data: { fSkatt: true } });
    expect(await set({ fSkatt: false })).toMatchObject({ data: { fSkatt: false } });
    expect(await set({ fSkatt: null })).toMatchObject({ data: { fSkatt: null } });
  });
});

describe('a new company locks an invoice only when it is complete', () => {
  let c: TestCompany;
  let customerId: string;
  let projectId: string;
  beforeAll(async () => {
    c = await h.bareCompany('Nybygg AB');
    const cu = await h.data(LrCustomer, { input: { name: 'Kund AB', type: 'COMPANY' } }, c.adminToken);
    if (cu.createCustomer.__typename !== 'MutationCreateCustomerSuccess') throw new Error(JSON.stringify(cu));
    customerId = cu.createCustomer.data.id;
    const p = await h.data(LrProject, { input: { customerId, name: 'Kontor', statusCode: 50 } }, c.adminToken);
    if (p.createProject.__typename !== 'MutationCreateProjectSuccess') throw new Error(JSON.stringify(p));
    projectId = p.createProject.data.id;
  });
  const invoice = async () => {
    const r = await h.data(
      LrInvoice,
      { input: { projectId, invoiceDate: '2026-03-02', lines: [{ description: 'Arbete', quantity: '2', unitPrice: '500', vatRate: '25' }] } },
      c.adminToken,
    );
    if (r.createInvoice.__typename !== 'MutationCreateInvoiceSuccess') throw new Error(JSON.stringify(r));
    return r.createInvoice.data;
  };
  const lock = (id: string) => h.data(LrLock, { id }, c.adminToken).then((r) => r.lockInvoice);
  const settings = async (input: UpdateCompanySettingsInput) => {
    const r = await h.data(LrSettings, { input }, c.adminToken);
    expect(r.updateCompanySettings.__typename).toBe('MutationUpdateCompanySettingsSuccess');
  };

  it('names every missing item, then locks once each is set', async () => {
    const inv = await invoice();
    expect(inv.dueDate).toBeNull();
    const first = await lock(inv.id);
    expect(paths(first)).toEqual([
      'company.organisationNumber',
      'company.address1',
      'company.postcode',
      'company.city',
      'company.vatNumber',
      'company.fSkatt',
      'company.paymentAccount',
      'customer.invoiceAddress',
      'dueDate',
    ]);
    // Each message says where to fix it.
    expect(issuesOf(first)[0]!.message).toBe('Set the organisation number in company settings.');
    for (const i of issuesOf(first)) expect(i.message).toMatch(/company settings|on the customer/);

    // An aktiebolag (5…) must state its registered office as well.
    await settings({ organisationNumber: '556036-0793' });
    expect(paths(await lock(inv.id))).toEqual([
      'company.address1',
      'company.postcode',
      'company.city',
      'company.registeredOffice',
      'company.vatNumber',
      'company.fSkatt',
      'company.paymentAccount',
      'customer.invoiceAddress',
      'dueDate',
    ]);
    await settings({ address1: 'Storgatan 1', postcode: '903 25', city: 'Umeå' });
    expect(paths(await lock(inv.id))).toEqual([
      'company.registeredOffice',
      'company.vatNumber',
      'company.fSkatt',
      'company.paymentAccount',
      'customer.invoiceAddress',
      'dueDate',
    ]);
    await settings({ registeredOffice: 'Umeå' });
    await settings({ vatNumber: 'SE556036079301' });
    expect(paths(await lock(inv.id))).toEqual(['company.fSkatt', 'company.paymentAccount', 'customer.invoiceAddress', 'dueDate']);
    // Not approved for F-skatt is a statement too: an ordinary invoice may be locked.
    await settings({ fSkatt: false });
    expect(paths(await lock(inv.id))).toEqual(['company.paymentAccount', 'customer.invoiceAddress', 'dueDate']);
    await settings({ plusgiro: '4 78 90-9' });
    expect(paths(await lock(inv.id))).toEqual(['customer.invoiceAddress', 'dueDate']);

    // A street without postcode and city is not an address.
    await h.data(LrUpdateCustomer, { input: { id: customerId, invoiceAddress: { address1: 'Kundgatan 2' } } }, c.adminToken);
    expect(paths(await lock(inv.id))).toEqual(['customer.invoiceAddress', 'dueDate']);
    await h.data(
      LrUpdateCustomer,
      { input: { id: customerId, invoiceAddress: { address1: 'Kundgatan 2', postcode: '11122', city: 'Stockholm' } } },
      c.adminToken,
    );
    expect(paths(await lock(inv.id))).toEqual(['dueDate']);

    // The company's default payment term gives the due date (the customer has none).
    await settings({ defaultPaymentTermId: (await terms(c)).t30 });
    expect(await lock(inv.id)).toMatchObject({
      __typename: 'MutationLockInvoiceSuccess',
      data: { locked: true, invoiceDate: '2026-03-02', dueDate: '2026-04-01' },
    });
  });

  it('the customer’s payment term wins over the company’s default; a due date set by hand over both', async () => {
    const { t10 } = await terms(c);
    await h.data(LrUpdateCustomer, { input: { id: customerId, paymentTermId: t10 } }, c.adminToken);
    // The invoice is created with the customer's term; one created before the customer had it falls back to it too.
    const inv = await invoice();
    expect(inv.dueDate).toBe('2026-03-12');
    expect(await lock(inv.id)).toMatchObject({ data: { dueDate: '2026-03-12' } });
    const byHand = await h.data(
      LrInvoice,
      {
        input: {
          projectId,
          invoiceDate: '2026-03-02',
          dueDate: '2026-05-31',
          lines: [{ description: 'Arbete', quantity: '1', unitPrice: '100', vatRate: '25' }],
        },
      },
      c.adminToken,
    );
    if (byHand.createInvoice.__typename !== 'MutationCreateInvoiceSuccess') throw new Error(JSON.stringify(byHand));
    expect(await lock(byHand.createInvoice.data.id)).toMatchObject({ data: { dueDate: '2026-05-31' } });
  });

  it('shows what stops the lock as the draft’s warnings', async () => {
    await settings({ fSkatt: null });
    const inv = await invoice();
    expect(inv.warnings).toContain('State in company settings whether the company is approved for F-skatt.');
    expect(paths(await lock(inv.id))).toEqual(['company.fSkatt']);
    await settings({ fSkatt: true });
    expect(await lock(inv.id)).toMatchObject({ __typename: 'MutationLockInvoiceSuccess' });
  });
});
