// The customer register through GraphQL: numbering, identity numbers, contacts, custom fields,
// lifecycle mutations, search/filter/sort, permissions and typed errors.
import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { CustCreateMutation } from '../gql/graphql.js';
import { useHarness } from '../helpers/harness.js';

const h = useHarness();

const CustCreate = graphql(`
  mutation CustCreate($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on MutationCreateCustomerSuccess {
        data {
          id number name type organisationNumber personalIdentityNumber vatNumber isConstructionCompany
          vatDisplayType showsVat language comments active createdBy modifiedBy
          invoiceAddress { address1 address2 postcode city countryCode }
          visitingAddress { address1 city countryCode }
          mailAddress { address1 postcode city countryCode }
          invoiceEmail phone mobile email
          paymentTerm { code days }
          assignedUser { signature }
          customFields { key label type value }
          contacts(first: 20) {
            totalCount
            edges { node { id name personalIdentityNumber isMainContact brfOrganisationNumber apartmentNumber propertyDesignation rotMissing } }
          }
        }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);

const CustUpdate = graphql(`
  mutation CustUpdate($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      __typename
      ... on MutationUpdateCustomerSuccess {
        data {
          id number name type organisationNumber personalIdentityNumber vatNumber showsVat vatDisplayType
          phone email comments modifiedBy
          invoiceAddress { address1 address2 postcode city countryCode }
          visitingAddress { address1 city countryCode }
          mailAddress { address1 postcode city countryCode }
          customFields { key value }
        }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code } }
    }
  }
`);

const CustList = graphql(`
  query CustList($first: Int, $after: String, $search: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
    customers(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id number name active } }
    }
  }
`);

const CustGet = graphql(`
  query CustGet($id: ID!) {
    customer(id: $id) { id number name active assignedUser { signature } contacts(first: 20) { totalCount edges { node { id name isMainContact } } } }
  }
`);

const CustByNumber = graphql(`
  query CustByNumber($number: String!) {
    customerByNumber(number: $number) { id name }
  }
`);

const CustLifecycle = graphql(`
  mutation CustLifecycle($id: ID!) {
    inactivateCustomer(id: $id) {
      __typename
      ... on MutationInactivateCustomerSuccess { data { active } }
      ... on Error { code }
    }
  }
`);
const CustActivate = graphql(`
  mutation CustActivate($id: ID!) {
    activateCustomer(id: $id) {
      __typename
      ... on MutationActivateCustomerSuccess { data { active } }
      ... on Error { code }
    }
  }
`);
const CustChangeNumber = graphql(`
  mutation CustChangeNumber($id: ID!, $number: String!) {
    changeCustomerNumber(id: $id, number: $number) {
      __typename
      ... on MutationChangeCustomerNumberSuccess { data { number } }
      ... on Error { code path message }
      ... on ForbiddenError { permission }
    }
  }
`);
const CustDelete = graphql(`
  mutation CustDelete($id: ID!) {
    deleteCustomer(id: $id) {
      __typename
      ... on MutationDeleteCustomerSuccess { data }
      ... on Error { code message }
    }
  }
`);
const CustAssign = graphql(`
  mutation CustAssign($id: ID!, $userId: ID) {
    assignCustomer(id: $id, userId: $userId) {
      __typename
      ... on MutationAssignCustomerSuccess { data { assignedUser { signature } } }
      ... on Error { code path }
      ... on ForbiddenError { permission }
    }
  }
`);
const CustAddContact = graphql(`
  mutation CustAddContact($customerId: ID!, $input: ContactInput!) {
    addContact(customerId: $customerId, input: $input) {
      __typename
      ... on MutationAddContactSuccess { data { id name personalIdentityNumber isMainContact propertyDesignation rotMissing createdBy customer { id } } }
      ... on Error { code path }
    }
  }
`);
const CustUpdateContact = graphql(`
  mutation CustUpdateContact($id: ID!, $input: ContactInput!) {
    updateContact(id: $id, input: $input) {
      __typename
      ... on MutationUpdateContactSuccess { data { id name email isMainContact } }
      ... on Error { code path }
    }
  }
`);
const CustRemoveContact = graphql(`
  mutation CustRemoveContact($id: ID!) {
    removeContact(id: $id) {
      __typename
      ... on MutationRemoveContactSuccess { data }
      ... on Error { code }
    }
  }
`);
const CustCopy = graphql(`
  mutation CustCopy($customerId: ID!) {
    copyCustomerToContact(customerId: $customerId) {
      __typename
      ... on MutationCopyCustomerToContactSuccess { data { name personalIdentityNumber mobile phone email } }
      ... on Error { code }
    }
  }
`);
const CustDefineField = graphql(`
  mutation CustDefineField($input: CreateCustomFieldDefinitionInput!) {
    createCustomFieldDefinition(input: $input) {
      __typename
      ... on MutationCreateCustomFieldDefinitionSuccess { data { id key } }
      ... on Error { code path }
    }
  }
`);
const CustSettings = graphql(`
  mutation CustSettings($input: UpdateCompanySettingsInput!) {
    updateCompanySettings(input: $input) {
      __typename
      ... on MutationUpdateCompanySettingsSuccess { data { customerNumberMinLength customerNumberMaxLength customerNumberStart } }
      ... on Error { code path }
    }
  }
`);
const CustPaymentTerms = graphql(`
  query CustPaymentTerms { paymentTerms { id code days } }
`);
const CustMe = graphql(`
  query CustMe { me { id signature } }
`);

type Created = Extract<CustCreateMutation['createCustomer'], { __typename: 'MutationCreateCustomerSuccess' }>['data'];

async function create(token: string, input: Parameters<typeof h.exec<CustCreateMutation, { input: object }>>[1]['input']): Promise<Created> {
  const r = await h.data(CustCreate, { input: input as never }, token);
  if (r.createCustomer.__typename !== 'MutationCreateCustomerSuccess') {
    throw new Error(`create failed: ${JSON.stringify(r.createCustomer)}`);
  }
  return r.createCustomer.data;
}

describe('numbering', () => {
  it('assigns the next free number, skipping past hand-given numbers, and refuses duplicates', async () => {
    const c = await h.company();
    expect((await create(c.adminToken, { name: 'A' })).number).toBe('1000');
    expect((await create(c.adminToken, { name: 'B', number: '2000' })).number).toBe('2000');
    expect((await create(c.adminToken, { name: 'C' })).number).toBe('2001');
    expect((await create(c.adminToken, { name: 'D', number: 'K-17' })).number).toBe('K-17');
    expect((await create(c.adminToken, { name: 'E' })).number).toBe('2002');
    const dup = await h.data(CustCreate, { input: { name: 'F', number: '2000' } }, c.adminToken);
    expect(dup.createCustomer).toMatchObject({ __typename: 'ConflictError', code: 'NUMBER_TAKEN', path: 'number' });
  });

  it('applies the company’s minimum and maximum length and start number', async () => {
    const c = await h.company();
    const s = await h.data(CustSettings, { input: { customerNumberMinLength: 5, customerNumberMaxLength: 6, customerNumberStart: 10 } }, c.adminToken);
    expect(s.updateCompanySettings.__typename).toBe('MutationUpdateCompanySettingsSuccess');
    expect((await create(c.adminToken, { name: 'A' })).number).toBe('00010');
    const short = await h.data(CustCreate, { input: { name: 'B', number: '123' } }, c.adminToken);
    expect(short.createCustomer).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'number', code: 'too_short' }] });
    const long = await h.data(CustCreate, { input: { name: 'B', number: '1234567' } }, c.adminToken);
    expect(long.createCustomer).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'number', code: 'too_long' }] });
    const bad = await h.data(CustSettings, { input: { customerNumberMinLength: 7 } }, c.adminToken);
    expect(bad.updateCompanySettings).toMatchObject({ __typename: 'ValidationError', path: 'customerNumberMinLength' });
  });

  it('gives distinct numbers to concurrent creations', async () => {
    const c = await h.company();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => create(c.adminToken, { name: `Parallel ${i}` })));
    const numbers = results.map((r) => r.number).sort();
    expect(new Set(numbers).size).toBe(8);
    expect(numbers).toEqual(['1000', '1001', '1002', '1003', '1004', '1005', '1006', '1007']);
  });
});

describe('fields and validation', () => {
  it('stores every field normalised and returns it', async () => {
    const c = await h.company();
    const terms = await h.data(CustPaymentTerms, {}, c.adminToken);
    const t30 = terms.paymentTerms.find((t) => t.days === 30)!;
    const cust = await create(c.adminToken, {
      name: '  Norrbygg Entreprenad AB ',
      type: 'COMPANY',
      organisationNumber: '556036-0793',
      vatNumber: 'se 5560360793 01',
      isConstructionCompany: true,
      paymentTermId: t30.id,
      invoiceAddress: { address1: 'Storgatan 1', address2: 'Box 12', postcode: '90325', city: 'Umeå' },
      visitingAddress: { address1: 'Verkstadsvägen 3', city: 'Umeå', countryCode: 'se' },
      mailAddress: { address1: 'Box 77', postcode: '90106', city: 'Umeå' },
      invoiceEmail: 'Faktura@Norrbygg.SE',
      phone: '090-12 34 56',
      mobile: '+46 70 123 45 67',
      email: 'info@norrbygg.se',
      language: 'EN',
      comments: 'Internal note',
      facilityRequired: true,
      alwaysSendAsInvoice: true,
    });
    expect(cust).toMatchObject({
      name: 'Norrbygg Entreprenad AB',
      organisationNumber: '556036-0793',
      personalIdentityNumber: null,
      vatNumber: 'SE556036079301',
      isConstructionCompany: true,
      vatDisplayType: 'AUTOMATIC',
      showsVat: false,
      paymentTerm: { code: '30', days: 30 },
      invoiceAddress: { address1: 'Storgatan 1', address2: 'Box 12', postcode: '903 25', city: 'Umeå', countryCode: 'SE' },
      visitingAddress: { address1: 'Verkstadsvägen 3', city: 'Umeå', countryCode: 'SE' },
      mailAddress: { address1: 'Box 77', postcode: '901 06', city: 'Umeå', countryCode: null },
      invoiceEmail: 'faktura@norrbygg.se',
      phone: '090-12 34 56',
      language: 'EN',
      comments: 'Internal note',
      active: true,
      createdBy: `AD${cust.createdBy.slice(2)}`,
    });
    expect(cust.createdBy).toMatch(/^AD\d+$/);
  });

  it('keeps identity numbers to their customer type', async () => {
    const c = await h.company();
    const priv = await create(c.adminToken, { name: 'Anna', type: 'PRIVATE', personalIdentityNumber: '000101-2384' });
    expect(priv).toMatchObject({ personalIdentityNumber: '20000101-2384', showsVat: true });
    const wrong = await h.data(CustCreate, { input: { name: 'X', type: 'PRIVATE', organisationNumber: '5560360793' } }, c.adminToken);
    expect(wrong.createCustomer).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'organisationNumber', code: 'not_allowed_for_type' }] });
    const soleTrader = await create(c.adminToken, { name: 'Enskild firma', organisationNumber: '640823-3234' });
    expect(soleTrader.organisationNumber).toBe('19640823-3234');
    const bad = await h.data(
      CustCreate,
      { input: { name: 'Y', organisationNumber: '556036-0794', vatNumber: 'SE123', invoiceAddress: { postcode: '1234' } } },
      c.adminToken,
    );
    expect(bad.createCustomer.__typename).toBe('ValidationError');
    if (bad.createCustomer.__typename === 'ValidationError') {
      expect(bad.createCustomer.issues.map((i) => [i.path, i.code])).toEqual([
        ['organisationNumber', 'check_digit'],
        ['vatNumber', 'invalid_format'],
        ['invoiceAddress.postcode', 'invalid_format'],
      ]);
    }
  });

  it('updates only what is given, null clears, and VAT display follows the setting', async () => {
    const c = await h.company();
    const cust = await create(c.adminToken, { name: 'Kvarnen AB', organisationNumber: '5560360793', phone: '08-1234567', comments: 'x' });
    const u = await h.data(
      CustUpdate,
      { input: { id: cust.id, phone: null, vatDisplayType: 'NORMAL_VAT', visitingAddress: { city: 'Uppsala' } } },
      c.adminToken,
    );
    expect(u.updateCustomer).toMatchObject({
      __typename: 'MutationUpdateCustomerSuccess',
      data: {
        name: 'Kvarnen AB',
        number: cust.number,
        phone: null,
        comments: 'x',
        showsVat: true,
        vatDisplayType: 'NORMAL_VAT',
        visitingAddress: { city: 'Uppsala' },
      },
    });
    const typeChange = await h.data(CustUpdate, { input: { id: cust.id, type: 'PRIVATE' } }, c.adminToken);
    expect(typeChange.updateCustomer).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'organisationNumber', code: 'not_allowed_for_type' }] });
    const ok = await h.data(
      CustUpdate,
      { input: { id: cust.id, type: 'PRIVATE', organisationNumber: null, personalIdentityNumber: '200001012392' } },
      c.adminToken,
    );
    expect(ok.updateCustomer).toMatchObject({ data: { type: 'PRIVATE', organisationNumber: null, personalIdentityNumber: '20000101-2392' } });
    const noName = await h.data(CustUpdate, { input: { id: cust.id, name: '' } }, c.adminToken);
    expect(noName.updateCustomer).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'name', code: 'required' }] });
    const mail = await h.data(CustUpdate, { input: { id: cust.id, mailAddress: { address1: 'Box 5', postcode: '7510' } } }, c.adminToken);
    expect(mail.updateCustomer).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'mailAddress.postcode', code: 'invalid_format' }] });
    const mailOk = await h.data(CustUpdate, { input: { id: cust.id, mailAddress: { address1: 'Box 5', postcode: '75105', city: 'Uppsala' } } }, c.adminToken);
    expect(mailOk.updateCustomer).toMatchObject({ data: { mailAddress: { address1: 'Box 5', postcode: '751 05', city: 'Uppsala' } } });
    const cleared = await h.data(CustUpdate, { input: { id: cust.id, mailAddress: null } }, c.adminToken);
    expect(cleared.updateCustomer).toMatchObject({ data: { mailAddress: null, visitingAddress: { city: 'Uppsala' } } });
  });

  it('validates custom fields against the company’s definitions', async () => {
    const c = await h.company();
    const d1 = await h.data(
      CustDefineField,
      { input: { key: 'region', label: 'Region', type: 'SELECT', options: ['Norr', 'Syd'], required: true } },
      c.adminToken,
    );
    expect(d1.createCustomFieldDefinition.__typename).toBe('MutationCreateCustomFieldDefinitionSuccess');
    await h.data(CustDefineField, { input: { key: 'creditLimit', label: 'Credit limit', type: 'NUMBER' } }, c.adminToken);
    await h.data(CustDefineField, { input: { key: 'contractEnds', label: 'Contract ends', type: 'DATE' } }, c.adminToken);
    const dupKey = await h.data(CustDefineField, { input: { key: 'region', label: 'Again', type: 'TEXT' } }, c.adminToken);
    expect(dupKey.createCustomFieldDefinition).toMatchObject({ code: 'ALREADY_EXISTS', path: 'key' });
    const selectWithout = await h.data(CustDefineField, { input: { key: 'tier', label: 'Tier', type: 'SELECT' } }, c.adminToken);
    expect(selectWithout.createCustomFieldDefinition).toMatchObject({ code: 'VALIDATION_FAILED', path: 'options' });

    const missing = await h.data(CustCreate, { input: { name: 'A' } }, c.adminToken);
    expect(missing.createCustomer).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'customFields', code: 'required' }] });
    const invalid = await h.data(
      CustCreate,
      {
        input: {
          name: 'A',
          customFields: [
            { key: 'region', value: 'Väst' },
            { key: 'creditLimit', value: 'lots' },
            { key: 'nope', value: 1 },
          ],
        },
      },
      c.adminToken,
    );
    expect(invalid.createCustomer.__typename === 'ValidationError' && invalid.createCustomer.issues.map((i) => i.path)).toEqual([
      'customFields.0.value',
      'customFields.1.value',
      'customFields.2.key',
    ]);
    const ok = await create(c.adminToken, {
      name: 'A',
      customFields: [
        { key: 'region', value: 'Norr' },
        { key: 'creditLimit', value: '150000,50' },
        { key: 'contractEnds', value: '2027-06-30' },
      ],
    });
    expect(ok.customFields).toEqual([
      { key: 'region', label: 'Region', type: 'SELECT', value: 'Norr' },
      { key: 'creditLimit', label: 'Credit limit', type: 'NUMBER', value: '150000.50' },
      { key: 'contractEnds', label: 'Contract ends', type: 'DATE', value: '2027-06-30' },
    ]);
    const u = await h.data(CustUpdate, { input: { id: ok.id, customFields: [{ key: 'creditLimit', value: null }] } }, c.adminToken);
    expect(u.updateCustomer.__typename === 'MutationUpdateCustomerSuccess' && u.updateCustomer.data.customFields.map((f) => f.key)).toEqual([
      'region',
      'contractEnds',
    ]);
  });
});

describe('contacts', () => {
  it('adds, updates, removes contacts and keeps one main contact', async () => {
    const c = await h.company();
    const cust = await create(c.adminToken, { name: 'Anna Svensson', type: 'PRIVATE', contacts: [{ name: 'Anna', isMainContact: true }] });
    const added = await h.data(
      CustAddContact,
      {
        customerId: cust.id,
        input: { name: 'Per', personalIdentityNumber: '200001012392', propertyDesignation: 'Västerås Björken 3:14', isMainContact: true },
      },
      c.adminToken,
    );
    expect(added.addContact).toMatchObject({
      __typename: 'MutationAddContactSuccess',
      data: {
        name: 'Per',
        personalIdentityNumber: '20000101-2392',
        propertyDesignation: 'VÄSTERÅS BJÖRKEN 3:14',
        isMainContact: true,
        rotMissing: [],
        customer: { id: cust.id },
      },
    });
    const got = await h.data(CustGet, { id: cust.id }, c.adminToken);
    expect(got.customer?.contacts.edges.map((e) => [e.node.name, e.node.isMainContact])).toEqual([
      ['Per', true],
      ['Anna', false],
    ]);
    const annaId = got.customer!.contacts.edges[1]!.node.id;
    const bad = await h.data(CustUpdateContact, { id: annaId, input: { personalIdentityNumber: '190002291234' } }, c.adminToken);
    expect(bad.updateContact).toMatchObject({ __typename: 'ValidationError', path: 'personalIdentityNumber' });
    const upd = await h.data(CustUpdateContact, { id: annaId, input: { email: 'anna@example.se' } }, c.adminToken);
    expect(upd.updateContact).toMatchObject({ data: { name: 'Anna', email: 'anna@example.se' } });
    const rm = await h.data(CustRemoveContact, { id: annaId }, c.adminToken);
    expect(rm.removeContact.__typename).toBe('MutationRemoveContactSuccess');
    const after = await h.data(CustGet, { id: cust.id }, c.adminToken);
    expect(after.customer?.contacts.totalCount).toBe(1);
  });

  it('rejects two main contacts in one create', async () => {
    const c = await h.company();
    const r = await h.data(
      CustCreate,
      {
        input: {
          name: 'X',
          contacts: [
            { name: 'A', isMainContact: true },
            { name: 'B', isMainContact: true },
          ],
        },
      },
      c.adminToken,
    );
    expect(r.createCustomer).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'contacts', code: 'several_main_contacts' }] });
  });

  it('copies the customer to a contact with name, person/org number, mobile, phone and e-mail', async () => {
    const c = await h.company();
    const cust = await create(c.adminToken, {
      name: 'Erik Johansson',
      type: 'PRIVATE',
      personalIdentityNumber: '200001012392',
      mobile: '070-1234567',
      phone: '090-123456',
      email: 'erik@example.se',
      comments: 'not copied',
    });
    const r = await h.data(CustCopy, { customerId: cust.id }, c.adminToken);
    expect(r.copyCustomerToContact).toEqual({
      __typename: 'MutationCopyCustomerToContactSuccess',
      data: { name: 'Erik Johansson', personalIdentityNumber: '20000101-2392', mobile: '070-1234567', phone: '090-123456', email: 'erik@example.se' },
    });
  });
});

describe('lifecycle', () => {
  it('inactivates and activates, and filters by active', async () => {
    const c = await h.company();
    const a = await create(c.adminToken, { name: 'Active' });
    const b = await create(c.adminToken, { name: 'Soon inactive' });
    expect((await h.data(CustLifecycle, { id: b.id }, c.adminToken)).inactivateCustomer).toMatchObject({ data: { active: false } });
    const active = await h.data(CustList, { filter: { active: true } }, c.adminToken);
    expect(active.customers.edges.map((e) => e.node.id)).toEqual([a.id]);
    const inactive = await h.data(CustList, { filter: { active: false } }, c.adminToken);
    expect(inactive.customers.edges.map((e) => e.node.id)).toEqual([b.id]);
    expect((await h.data(CustActivate, { id: b.id }, c.adminToken)).activateCustomer).toMatchObject({ data: { active: true } });
  });

  it('lets only an administrator change a number', async () => {
    const c = await h.company();
    const cust = await create(c.adminToken, { name: 'A' });
    await create(c.adminToken, { name: 'B', number: '5000' });
    const office = await h.user(c.companyId, ['CUSTOMER_VIEW', 'CUSTOMER_EDIT']);
    const denied = await h.data(CustChangeNumber, { id: cust.id, number: '4711' }, office.token);
    expect(denied.changeCustomerNumber).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const taken = await h.data(CustChangeNumber, { id: cust.id, number: '5000' }, c.adminToken);
    expect(taken.changeCustomerNumber).toMatchObject({ __typename: 'ConflictError', code: 'NUMBER_TAKEN', path: 'number' });
    const ok = await h.data(CustChangeNumber, { id: cust.id, number: '4711' }, c.adminToken);
    expect(ok.changeCustomerNumber).toEqual({ __typename: 'MutationChangeCustomerNumberSuccess', data: { number: '4711' } });
    expect((await h.data(CustByNumber, { number: '4711' }, c.adminToken)).customerByNumber?.id).toBe(cust.id);
    expect((await create(c.adminToken, { name: 'C' })).number).toBe('5001');
  });

  it('deletes a customer with its contacts', async () => {
    const c = await h.company();
    const cust = await create(c.adminToken, { name: 'Gone', contacts: [{ name: 'Contact' }] });
    const r = await h.data(CustDelete, { id: cust.id }, c.adminToken);
    expect(r.deleteCustomer).toEqual({ __typename: 'MutationDeleteCustomerSuccess', data: cust.id });
    expect((await h.data(CustGet, { id: cust.id }, c.adminToken)).customer).toBeNull();
    expect(await h.prisma.contact.count({ where: { companyId: c.companyId } })).toBe(0);
    const again = await h.data(CustDelete, { id: cust.id }, c.adminToken);
    expect(again.deleteCustomer).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });
});

describe('search, filters and sorting', () => {
  it('searches name, contact names and e-mail, filters and sorts, and pages', async () => {
    const c = await h.company();
    await create(c.adminToken, { name: 'Bergslagens Måleri AB', email: 'info@bergsmal.se' });
    await create(c.adminToken, { name: 'Anna Lind', type: 'PRIVATE', contacts: [{ name: 'Gustav Lind' }] });
    await create(c.adminToken, { name: 'Cementgjuteriet AB', invoiceEmail: 'faktura@cement.se', contacts: [{ name: 'Olle', email: 'olle@bergsmal.se' }] });
    const byContact = await h.data(CustList, { search: 'gustav' }, c.adminToken);
    expect(byContact.customers.edges.map((e) => e.node.name)).toEqual(['Anna Lind']);
    const byMail = await h.data(CustList, { search: 'bergsmal', orderBy: { field: 'NAME' } }, c.adminToken);
    expect(byMail.customers.edges.map((e) => e.node.name)).toEqual(['Bergslagens Måleri AB', 'Cementgjuteriet AB']);
    const priv = await h.data(CustList, { filter: { type: 'PRIVATE' } }, c.adminToken);
    expect(priv.customers.totalCount).toBe(1);
    const desc = await h.data(CustList, { orderBy: { field: 'NUMBER', direction: 'DESC' } }, c.adminToken);
    expect(desc.customers.edges.map((e) => e.node.number)).toEqual(['1002', '1001', '1000']);
    const byName = await h.data(CustList, { orderBy: { field: 'NAME', direction: 'ASC' } }, c.adminToken);
    expect(byName.customers.edges.map((e) => e.node.name)).toEqual(['Anna Lind', 'Bergslagens Måleri AB', 'Cementgjuteriet AB']);

    const page1 = await h.data(CustList, { first: 2, orderBy: { field: 'NAME' } }, c.adminToken);
    expect(page1.customers).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = await h.data(CustList, { first: 2, after: page1.customers.pageInfo.endCursor, orderBy: { field: 'NAME' } }, c.adminToken);
    expect(page2.customers.edges.map((e) => e.node.name)).toEqual(['Cementgjuteriet AB']);
    expect(page2.customers.pageInfo.hasNextPage).toBe(false);
  });

  it('searches % and _ literally, not as wildcards', async () => {
    const c = await h.company();
    await create(c.adminToken, { name: 'Rabatt 100% AB' });
    await create(c.adminToken, { name: 'Tusen 1000 AB' });
    await create(c.adminToken, { name: 'Snake_case AB' });
    await create(c.adminToken, { name: 'SnakeXcase AB' });
    const names = async (search: string) =>
      (await h.data(CustList, { search, orderBy: { field: 'NAME' } }, c.adminToken)).customers.edges.map((e) => e.node.name);
    expect(await names('100%')).toEqual(['Rabatt 100% AB']);
    expect(await names('e_c')).toEqual(['Snake_case AB']);
    expect(await names('%')).toEqual(['Rabatt 100% AB']);
  });

  it('sorts by modification time', async () => {
    const c = await h.company();
    const a = await create(c.adminToken, { name: 'First' });
    await create(c.adminToken, { name: 'Second' });
    await h.data(CustUpdate, { input: { id: a.id, comments: 'touched' } }, c.adminToken);
    const r = await h.data(CustList, { orderBy: { field: 'MODIFIED', direction: 'DESC' } }, c.adminToken);
    expect(r.customers.edges.map((e) => e.node.name)).toEqual(['First', 'Second']);
  });
});

describe('permissions', () => {
  it('limits "view/edit (only) assigned" users to their customers', async () => {
    const c = await h.company();
    const tech = await h.user(c.companyId, ['CUSTOMER_VIEW_ASSIGNED', 'CUSTOMER_EDIT_ASSIGNED']);
    const techMe = await h.data(CustMe, {}, tech.token);
    const mine = await create(c.adminToken, { name: 'Mine', assignedUserId: techMe.me.id });
    const other = await create(c.adminToken, { name: 'Other' });
    expect(mine.assignedUser?.signature).toBe(techMe.me.signature);

    const list = await h.data(CustList, {}, tech.token);
    expect(list.customers.edges.map((e) => e.node.name)).toEqual(['Mine']);
    expect((await h.data(CustGet, { id: other.id }, tech.token)).customer).toBeNull();
    const assignedToMe = await h.data(CustList, { filter: { assignedToMe: true } }, c.adminToken);
    expect(assignedToMe.customers.totalCount).toBe(0);

    const editMine = await h.data(CustUpdate, { input: { id: mine.id, comments: 'ok' } }, tech.token);
    expect(editMine.updateCustomer.__typename).toBe('MutationUpdateCustomerSuccess');
    const editOther = await h.data(CustUpdate, { input: { id: other.id, comments: 'no' } }, tech.token);
    expect(editOther.updateCustomer).toMatchObject({ __typename: 'NotFoundError' });

    const viewer = await h.user(c.companyId, ['CUSTOMER_VIEW', 'CUSTOMER_EDIT_ASSIGNED']);
    const viewerEdit = await h.data(CustUpdate, { input: { id: other.id, comments: 'no' } }, viewer.token);
    expect(viewerEdit.updateCustomer).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
  });

  it('returns a typed FORBIDDEN and writes nothing when a permission is missing', async () => {
    const c = await h.company();
    const viewer = await h.user(c.companyId, ['CUSTOMER_VIEW']);
    const r = await h.data(CustCreate, { input: { name: 'Nope' } }, viewer.token);
    expect(r.createCustomer).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await h.prisma.customer.count({ where: { companyId: c.companyId } })).toBe(0);

    const office = await h.user(c.companyId, ['CUSTOMER_VIEW', 'CUSTOMER_CREATE']);
    const me = await h.data(CustMe, {}, office.token);
    const assign = await h.data(CustCreate, { input: { name: 'Assigned', assignedUserId: me.me.id } }, office.token);
    expect(assign.createCustomer).toMatchObject({ __typename: 'ForbiddenError', permission: 'CUSTOMER_ASSIGN' });

    const nobody = await h.user(c.companyId, []);
    const list = await h.exec(CustList, {}, nobody.token);
    expect(list.data).toBeNull();
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anon = await h.exec(CustList, {}, null);
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('assigns and unassigns with the Assign permission only', async () => {
    const c = await h.company();
    const cust = await create(c.adminToken, { name: 'A' });
    const tech = await h.user(c.companyId, ['CUSTOMER_VIEW_ASSIGNED']);
    const techId = (await h.data(CustMe, {}, tech.token)).me.id;
    const office = await h.user(c.companyId, ['CUSTOMER_VIEW', 'CUSTOMER_EDIT']);
    const denied = await h.data(CustAssign, { id: cust.id, userId: techId }, office.token);
    expect(denied.assignCustomer).toMatchObject({ __typename: 'ForbiddenError' });
    const ok = await h.data(CustAssign, { id: cust.id, userId: techId }, c.adminToken);
    expect(ok.assignCustomer).toMatchObject({ data: { assignedUser: { signature: expect.stringMatching(/^U\d+$/) } } });
    expect((await h.data(CustGet, { id: cust.id }, tech.token)).customer?.id).toBe(cust.id);
    const un = await h.data(CustAssign, { id: cust.id, userId: null }, c.adminToken);
    expect(un.assignCustomer).toMatchObject({ data: { assignedUser: null } });
    expect((await h.data(CustGet, { id: cust.id }, tech.token)).customer).toBeNull();
  });
});

describe('no N+1', () => {
  it('loads a page of customers with their contacts in a number of statements independent of the page size', async () => {
    const c = await h.company();
    for (let i = 0; i < 50; i++) {
      await create(c.adminToken, { name: `Customer ${i}`, contacts: [{ name: `A${i}` }, { name: `B${i}` }] });
    }
    const Page = graphql(`
      query CustPage($first: Int!) {
        customers(first: $first) {
          edges { node { id name contacts(first: 10) { edges { node { id name rotMissing } } } } }
        }
      }
    `);
    const measure = async (first: number) =>
      h.countStatements(async () => {
        const r = await h.data(Page, { first }, c.adminToken);
        expect(r.customers.edges).toHaveLength(first);
        expect(r.customers.edges.every((e) => e.node.contacts.edges.length === 2)).toBe(true);
      });
    await measure(2); // warm-up
    const small = await measure(5);
    const large = await measure(50);
    expect(large.count).toBe(small.count);
    // Beyond authenticating the token: one compiled statement for the customers with their
    // contacts (field by field it would be one for the customers and one for all their contacts).
    const data = large.statements.filter((s) => /FROM "(public"\.")?(Customer|Contact)"/.test(s));
    expect(data).toHaveLength(1);
    expect(large.count - data.length).toBeLessThanOrEqual(4);
  });
});
