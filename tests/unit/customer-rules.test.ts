import { describe, expect, it } from 'vitest';
import type { CustomerType, VatDisplayType } from '../../src/generated/prisma/enums.js';
import type { ValidationIssue } from '../../src/errors.js';
import {
  contactChanges,
  contactFromCustomer,
  customerChanges,
  customerNumberIssues,
  nextCustomerNumber,
  normalisePostcode,
  numericValue,
  parseVatNumber,
  rotMissing,
  showsVat,
  type ContactColumns,
  type CustomerColumns,
  type CustomerRuleContext,
  type NumberSettings,
} from '../../src/modules/customers/rules.js';

// Fixed reference date: nothing depends on the clock.
const TODAY = new Date('2026-11-22T12:00:00Z');
const settings: NumberSettings = { customerNumberMinLength: 4, customerNumberMaxLength: 8, customerNumberStart: 1000 };
const ctx: CustomerRuleContext = { settings, today: TODAY };

// Test identity numbers (all with correct check digits).
const ORG = '556036-0793'; // → 5560360793
const ORG_NORM = '5560360793';
const ORG_BAD_CHECK = '556036-0794';
const BRF = '769600-1234'; // → 7696001234
const PERSON = '811218-9876'; // → 198112189876
const PERSON_NORM = '198112189876';
const PERSON_BAD_CHECK = '811218-9875';

/** Issues reduced to what the rules decide: path and code (messages are for humans). */
const pc = (issues: ValidationIssue[]) => issues.map(({ path, code }) => ({ path, code }));
const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** An existing company customer with every field filled in. */
const EXISTING: CustomerColumns = Object.freeze({
  number: '1001',
  numberValue: 1001n,
  name: 'Acme AB',
  type: 'COMPANY',
  organisationNumber: ORG_NORM,
  personalIdentityNumber: null,
  vatNumber: 'SE556036079301',
  isConstructionCompany: false,
  category: 'EXTERNAL',
  vatDisplayType: 'AUTOMATIC',
  paymentTermId: 'pt-30',
  invoiceAddress1: 'Box 1',
  invoiceAddress2: 'c/o Ekonomi',
  invoicePostcode: '111 22',
  invoiceCity: 'Stockholm',
  invoiceCountryCode: 'SE',
  visitingAddress1: 'Storgatan 1',
  visitingAddress2: null,
  visitingPostcode: '111 23',
  visitingCity: 'Stockholm',
  visitingCountryCode: 'SE',
  mailAddress1: 'Box 99',
  mailAddress2: null,
  mailPostcode: '111 99',
  mailCity: 'Stockholm',
  mailCountryCode: 'SE',
  invoiceEmail: 'faktura@acme.se',
  phone: '08-123 45',
  mobile: '070-123 45 67',
  email: 'info@acme.se',
  language: 'SV',
  comments: 'VIP',
  assignedUserId: 'u-7',
  facilitiesDisabled: false,
  facilityRequired: false,
  costCentreRequired: false,
  alwaysSendAsInvoice: false,
} satisfies CustomerColumns);

const NEW_DEFAULTS: CustomerColumns = {
  number: '',
  numberValue: null,
  name: '',
  type: 'COMPANY',
  organisationNumber: null,
  personalIdentityNumber: null,
  vatNumber: null,
  isConstructionCompany: false,
  category: 'EXTERNAL',
  vatDisplayType: 'AUTOMATIC',
  paymentTermId: null,
  invoiceAddress1: null,
  invoiceAddress2: null,
  invoicePostcode: null,
  invoiceCity: null,
  invoiceCountryCode: 'SE',
  visitingAddress1: null,
  visitingAddress2: null,
  visitingPostcode: null,
  visitingCity: null,
  visitingCountryCode: null,
  mailAddress1: null,
  mailAddress2: null,
  mailPostcode: null,
  mailCity: null,
  mailCountryCode: null,
  invoiceEmail: null,
  phone: null,
  mobile: null,
  email: null,
  language: 'SV',
  comments: null,
  assignedUserId: null,
  facilitiesDisabled: false,
  facilityRequired: false,
  costCentreRequired: false,
  alwaysSendAsInvoice: false,
};

// ---------------------------------------------------------------------------------------------

describe('showsVat (a corporate id hides VAT unless NORMAL_VAT; NO_VAT never shows)', () => {
  it.each<readonly [VatDisplayType, CustomerType, string | null, boolean]>([
    ['AUTOMATIC', 'COMPANY', ORG_NORM, false], // corporate id → no VAT
    ['AUTOMATIC', 'COMPANY', PERSON_NORM, false], // sole trader: personnummer as corporate id
    ['AUTOMATIC', 'COMPANY', null, true], // no corporate id → VAT shown
    ['AUTOMATIC', 'COMPANY', '', true], // empty counts as none
    ['AUTOMATIC', 'PRIVATE', null, true],
    // A private customer carries no corporate id (the field becomes personnummer);
    // a stray stored organisation number on a consumer does not hide VAT.
    ['AUTOMATIC', 'PRIVATE', ORG_NORM, true],
    ['NORMAL_VAT', 'COMPANY', ORG_NORM, true], // "always displayed – even if a corporate registration number is entered"
    ['NORMAL_VAT', 'COMPANY', null, true],
    ['NORMAL_VAT', 'PRIVATE', ORG_NORM, true],
    ['NORMAL_VAT', 'PRIVATE', null, true],
    ['NO_VAT', 'COMPANY', ORG_NORM, false],
    ['NO_VAT', 'COMPANY', null, false],
    ['NO_VAT', 'PRIVATE', ORG_NORM, false],
    ['NO_VAT', 'PRIVATE', null, false],
  ])('%s / %s / organisationNumber %j → %s', (vatDisplayType, type, organisationNumber, expected) => {
    expect(showsVat({ vatDisplayType, type, organisationNumber })).toBe(expected);
  });
});

describe('parseVatNumber', () => {
  it.each([
    ['SE556036079301', 'SE556036079301'],
    ['se556036079301', 'SE556036079301'], // lower case
    ['SE 5560 3607 9301', 'SE556036079301'], // spaces
    [' se556036-0793 01 ', 'SE556036079301'], // dash and surrounding spaces
    ['SE556036.0793.01', 'SE556036079301'], // dots
    ['SE202100548901', 'SE202100548901'],
    ['DE123456789', 'DE123456789'], // non-Swedish: format only
    ['de 123 456 789', 'DE123456789'],
    ['NO123456789MVA', 'NO123456789MVA'],
    ['FR12', 'FR12'], // shortest: country + 2
    ['AT1234567890123', 'AT1234567890123'], // longest: country + 13
  ])('%j → %s', (input, value) => {
    expect(parseVatNumber(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['SE556036079401', 'check_digit'], // org.nr 556036-0794: wrong check digit
    ['SE202100548801', 'check_digit'],
    ['SE55603607930', 'invalid_format'], // one digit short
    ['SE5560360793', 'invalid_format'], // no 01
    ['SE556036079302', 'invalid_format'], // must end in 01
    ['SE5560360793011', 'invalid_format'],
    ['SEABCDEFGHIJ01', 'invalid_format'],
    ['garbage!', 'invalid_format'],
    ['', 'invalid_format'],
    ['12345678901', 'invalid_format'], // no country code
    ['D', 'invalid_format'],
    ['DE1', 'invalid_format'], // too short after the country code
    ['DE12345678901234', 'invalid_format'], // 14 after the country code
    ['DE12345#789', 'invalid_format'],
  ])('%j → %s', (input, code) => {
    const r = parseVatNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message).not.toBe('');
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('customerNumberIssues (min 4, max 8)', () => {
  it.each<readonly [string, string | null]>([
    ['1000', null],
    ['12345678', null],
    ['K-77_a', null],
    ['abcd', null],
    ['123', 'too_short'],
    ['123456789', 'too_long'],
    ['', 'invalid_format'],
    ['12 34', 'invalid_format'],
    ['Å123', 'invalid_format'],
    ['12.34', 'invalid_format'],
    ['12/34', 'invalid_format'],
  ])('%j → %s', (number, code) => {
    const expected = code === null ? [] : [{ path: 'number', code }];
    expect(pc(customerNumberIssues(number, settings))).toEqual(expected);
  });

  it('uses the given path', () => {
    expect(pc(customerNumberIssues('12', settings, 'rows.7.number'))).toEqual([{ path: 'rows.7.number', code: 'too_short' }]);
  });
});

describe('numericValue', () => {
  it.each<readonly [string, bigint | null]>([
    ['1000', 1000n],
    ['0042', 42n],
    ['0', 0n],
    ['999999999999999999', 999999999999999999n], // 18 digits
    ['1000000000000000000', null], // 19 digits
    ['A100', null],
    ['K-77', null],
    ['-1', null],
    ['12.5', null],
    ['', null],
    [' 12', null],
  ])('%j → %s', (number, expected) => {
    expect(numericValue(number)).toBe(expected);
  });
});

describe('nextCustomerNumber', () => {
  const s = (customerNumberMinLength: number, customerNumberMaxLength: number, customerNumberStart: number): NumberSettings => ({
    customerNumberMinLength,
    customerNumberMaxLength,
    customerNumberStart,
  });
  it.each<readonly [string, bigint | null, NumberSettings, string | null]>([
    ['no numbers yet → start', null, s(1, 10, 1000), '1000'],
    ['no numbers yet, start padded', null, s(3, 10, 7), '007'],
    ['highest below start → start', 999n, s(1, 10, 1000), '1000'],
    ['highest far below start → start', 5n, s(1, 10, 1000), '1000'],
    ['highest equal to start → start + 1', 1000n, s(1, 10, 1000), '1001'],
    ['one above the highest', 41999n, s(1, 10, 1000), '42000'],
    ['padded to min length', 5n, s(4, 10, 1), '0006'],
    ['padded to min length from 0', 0n, s(6, 10, 0), '000001'],
    ['no padding needed when longer', 123456n, s(4, 10, 1), '123457'],
    ['exactly max length', 9998n, s(1, 4, 1), '9999'],
    ['would exceed max length → null', 9999n, s(1, 4, 1), null],
    ['start itself exceeds max length → null', null, s(1, 3, 1000), null],
    ['padding beyond max length → null', null, s(5, 4, 1), null],
  ])('%s', (_label, highest, numberSettings, expected) => {
    expect(nextCustomerNumber(highest, numberSettings)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------

describe('normalisePostcode', () => {
  it.each<readonly [string, string | null | undefined, string | null]>([
    ['12345', 'SE', '123 45'],
    ['123 45', 'SE', '123 45'],
    ['SE-123 45', 'SE', '123 45'],
    ['SE12345', 'SE', '123 45'],
    ['se-12345', 'SE', '123 45'],
    ['  123 45  ', 'SE', '123 45'],
    ['12345', null, '123 45'], // no country → Sweden
    ['12345', undefined, '123 45'],
    ['1234', 'SE', null],
    ['123456', 'SE', null],
    ['ABCDE', 'SE', null],
    ['123  45', 'SE', null],
    ['12-345', 'SE', null],
    ['DK-1234', 'SE', null],
    ['', 'SE', null],
    ['0150', 'NO', '0150'], // other countries pass through
    ['SW1A 1AA', 'GB', 'SW1A 1AA'],
    [' 10115 ', 'DE', '10115'],
    ['123456789012', 'DE', '123456789012'], // 12 characters
    ['1234567890123', 'DE', null], // 13 characters
  ])('%j (%s) → %j', (postcode, country, expected) => {
    expect(normalisePostcode(postcode, country)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------

describe('customerChanges – new customer', () => {
  it.each<readonly [string, Record<string, unknown>]>([
    ['empty input', {}],
    ['name null', { name: null }],
    ['only a type', { type: 'PRIVATE' }],
  ])('name is required (%s)', (_label, input) => {
    const r = customerChanges(input, null, ctx);
    expect(pc(r.issues)).toEqual([{ path: 'name', code: 'required' }]);
  });

  it('a minimal customer gets the defaults', () => {
    const r = customerChanges({ name: '  Acme AB  ' }, null, ctx);
    expect(r.issues).toEqual([]);
    expect(r.columns).toEqual({ name: 'Acme AB' });
    expect(r.merged).toEqual({ ...NEW_DEFAULTS, name: 'Acme AB' });
    expect(r.customFields).toBeUndefined();
  });

  it('a new customer may leave the number empty (assigned later)', () => {
    for (const number of [undefined, null, '', '   ']) {
      const r = customerChanges({ name: 'Acme', number }, null, ctx);
      expect(r.issues).toEqual([]);
      expect(r.columns).toEqual({ name: 'Acme' });
      expect(r.merged.number).toBe('');
    }
  });

  it.each<readonly [string, Partial<CustomerColumns>]>([
    ['1234', { number: '1234', numberValue: 1234n }],
    [' 0042 ', { number: '0042', numberValue: 42n }],
    ['K-77_x', { number: 'K-77_x', numberValue: null }],
  ])('number %j is stored with its numeric value', (number, expected) => {
    const r = customerChanges({ name: 'Acme', number }, null, ctx);
    expect(r.issues).toEqual([]);
    expect(r.columns).toEqual({ name: 'Acme', ...expected });
  });

  it.each([
    ['123', 'too_short'],
    ['123456789', 'too_long'],
    ['12 34', 'invalid_format'],
  ])('number %j → issue %s', (number, code) => {
    expect(pc(customerChanges({ name: 'Acme', number }, null, ctx).issues)).toEqual([{ path: 'number', code }]);
  });

  it('copies every plain field', () => {
    const r = customerChanges(
      {
        name: 'Acme',
        isConstructionCompany: true,
        vatDisplayType: 'NORMAL_VAT',
        paymentTermId: 'pt-10',
        language: 'EN',
        comments: '  Call first  ',
        assignedUserId: 'u-1',
        facilitiesDisabled: true,
        facilityRequired: true,
        costCentreRequired: true,
        alwaysSendAsInvoice: true,
        customFields: [{ key: 'colour', value: 'red' }],
      },
      null,
      ctx,
    );
    expect(r.issues).toEqual([]);
    expect(r.columns).toEqual({
      name: 'Acme',
      isConstructionCompany: true,
      vatDisplayType: 'NORMAL_VAT',
      paymentTermId: 'pt-10',
      language: 'EN',
      comments: 'Call first',
      assignedUserId: 'u-1',
      facilitiesDisabled: true,
      facilityRequired: true,
      costCentreRequired: true,
      alwaysSendAsInvoice: true,
    });
    expect(r.customFields).toEqual([{ key: 'colour', value: 'red' }]);
  });
});

describe('customerChanges – identity numbers and type', () => {
  type Row = readonly [label: string, input: Record<string, unknown>, columns: Partial<CustomerColumns>];
  it.each<Row>([
    ['company org.nr with dash → 10 digits', { organisationNumber: ORG }, { organisationNumber: ORG_NORM }],
    ['company org.nr without dash', { organisationNumber: ORG_NORM }, { organisationNumber: ORG_NORM }],
    ['company org.nr, 12-digit 16 form → 10 digits', { organisationNumber: `16${ORG_NORM}` }, { organisationNumber: ORG_NORM }],
    ['sole trader: personnummer (10 digits) as organisationNumber → 12 digits', { organisationNumber: PERSON }, { organisationNumber: PERSON_NORM }],
    ['sole trader: personnummer (12 digits) as organisationNumber', { organisationNumber: '19811218-9876' }, { organisationNumber: PERSON_NORM }],
    [
      'private personnummer 10 digits → 12 digits',
      { type: 'PRIVATE', personalIdentityNumber: PERSON },
      { type: 'PRIVATE', personalIdentityNumber: PERSON_NORM },
    ],
    ['private personnummer without dash', { type: 'PRIVATE', personalIdentityNumber: '8112189876' }, { type: 'PRIVATE', personalIdentityNumber: PERSON_NORM }],
    [
      'private personnummer with + (100 years or older)',
      { type: 'PRIVATE', personalIdentityNumber: '000612+9803' },
      { type: 'PRIVATE', personalIdentityNumber: '190006129803' },
    ],
    ['private samordningsnummer', { type: 'PRIVATE', personalIdentityNumber: '570574-9959' }, { type: 'PRIVATE', personalIdentityNumber: '195705749959' }],
  ])('%s', (_label, input, columns) => {
    const r = customerChanges({ name: 'Acme', ...input }, null, ctx);
    expect(r.issues).toEqual([]);
    expect(r.columns).toEqual({ name: 'Acme', ...columns });
  });

  it('the century of a 10-digit personnummer follows ctx.today', () => {
    const r1 = customerChanges({ name: 'A', type: 'PRIVATE', personalIdentityNumber: '260101-1238' }, null, ctx);
    expect(r1.columns.personalIdentityNumber).toBe('202601011238');
    const r2 = customerChanges({ name: 'A', type: 'PRIVATE', personalIdentityNumber: '260101-1238' }, null, {
      settings,
      today: new Date('2025-06-01T12:00:00Z'),
    });
    expect(r2.columns.personalIdentityNumber).toBe('192601011238');
  });

  it.each<readonly [string, Record<string, unknown>, string, string]>([
    ['PRIVATE with organisationNumber', { type: 'PRIVATE', organisationNumber: ORG }, 'organisationNumber', 'not_allowed_for_type'],
    ['COMPANY with personalIdentityNumber', { type: 'COMPANY', personalIdentityNumber: PERSON }, 'personalIdentityNumber', 'not_allowed_for_type'],
    ['default type (COMPANY) with personalIdentityNumber', { personalIdentityNumber: PERSON }, 'personalIdentityNumber', 'not_allowed_for_type'],
    ['org.nr check digit', { organisationNumber: ORG_BAD_CHECK }, 'organisationNumber', 'check_digit'],
    ['sole trader personnummer check digit', { organisationNumber: PERSON_BAD_CHECK }, 'organisationNumber', 'check_digit'],
    ['private personnummer check digit', { type: 'PRIVATE', personalIdentityNumber: PERSON_BAD_CHECK }, 'personalIdentityNumber', 'check_digit'],
    ['org.nr format', { organisationNumber: '12345' }, 'organisationNumber', 'format'],
    ['personnummer format', { type: 'PRIVATE', personalIdentityNumber: '81-12-18' }, 'personalIdentityNumber', 'format'],
    ['personnummer invalid date', { type: 'PRIVATE', personalIdentityNumber: '811332-9876' }, 'personalIdentityNumber', 'invalid_date'],
    [
      'personnummer in the future (relative to ctx.today)',
      { type: 'PRIVATE', personalIdentityNumber: '20270101-2384' },
      'personalIdentityNumber',
      'future_date',
    ],
    ['org.nr given as personalIdentityNumber', { type: 'PRIVATE', personalIdentityNumber: ORG }, 'personalIdentityNumber', 'invalid_date'],
    ['VAT number check digit', { vatNumber: 'SE556036079401' }, 'vatNumber', 'check_digit'],
    ['VAT number format', { vatNumber: 'SE5560360793' }, 'vatNumber', 'invalid_format'],
  ])('%s → %s: %s', (_label, input, path, code) => {
    const r = customerChanges({ name: 'Acme', ...input }, null, ctx);
    expect(pc(r.issues)).toEqual([{ path, code }]);
  });

  it('normalises the VAT number', () => {
    const r = customerChanges({ name: 'Acme', vatNumber: 'se 556036-0793 01' }, null, ctx);
    expect(r.issues).toEqual([]);
    expect(r.columns.vatNumber).toBe('SE556036079301');
  });

  it('a customer changed to PRIVATE must drop its organisation number', () => {
    const r = customerChanges({ type: 'PRIVATE' }, EXISTING, ctx);
    expect(pc(r.issues)).toEqual([{ path: 'organisationNumber', code: 'not_allowed_for_type' }]);
  });

  it('a customer changed to PRIVATE with its identity numbers swapped is fine', () => {
    const r = customerChanges({ type: 'PRIVATE', organisationNumber: null, personalIdentityNumber: PERSON }, EXISTING, ctx);
    expect(r.issues).toEqual([]);
    expect(r.columns).toEqual({ type: 'PRIVATE', organisationNumber: null, personalIdentityNumber: PERSON_NORM });
    expect(r.merged.organisationNumber).toBeNull();
    expect(r.merged.personalIdentityNumber).toBe(PERSON_NORM);
  });
});

describe('customerChanges – path prefix', () => {
  it("prefixes every issue path with 'rows.3.'", () => {
    const r = customerChanges(
      {
        number: '12',
        type: 'PRIVATE',
        organisationNumber: ORG,
        personalIdentityNumber: PERSON_BAD_CHECK,
        vatNumber: 'SE1',
        invoiceAddress: { postcode: '1234' },
        visitingAddress: { postcode: 'abc' },
      },
      null,
      { ...ctx, pathPrefix: 'rows.3' },
    );
    expect(pc(r.issues).sort(byPath)).toEqual(
      [
        { path: 'rows.3.number', code: 'too_short' },
        { path: 'rows.3.name', code: 'required' },
        { path: 'rows.3.organisationNumber', code: 'not_allowed_for_type' },
        { path: 'rows.3.personalIdentityNumber', code: 'check_digit' },
        { path: 'rows.3.vatNumber', code: 'invalid_format' },
        { path: 'rows.3.invoiceAddress.postcode', code: 'invalid_format' },
        { path: 'rows.3.visitingAddress.postcode', code: 'invalid_format' },
      ].sort(byPath),
    );
    for (const i of r.issues) expect(i.path.startsWith('rows.3.')).toBe(true);
  });

  it('prefixes schema (zod) issues too', () => {
    const r = customerChanges({ email: 'nope' }, EXISTING, { ...ctx, pathPrefix: 'rows.3' });
    expect(pc(r.issues)).toEqual([{ path: 'rows.3.email', code: 'invalid_email' }]);
  });
});

describe('customerChanges – update semantics', () => {
  type Row = readonly [label: string, input: Record<string, unknown>, columns: Partial<CustomerColumns>];
  it.each<Row>([
    ['nothing given → nothing changes', {}, {}],
    ['all undefined → nothing changes', { name: undefined, phone: undefined, invoiceAddress: undefined }, {}],
    ['rename only', { name: 'Acme Sverige AB' }, { name: 'Acme Sverige AB' }],
    ['null clears comments', { comments: null }, { comments: null }],
    ["'' clears comments", { comments: '' }, { comments: null }],
    ['whitespace clears comments', { comments: '   ' }, { comments: null }],
    ['null clears phone', { phone: null }, { phone: null }],
    ["'' clears mobile", { mobile: '' }, { mobile: null }],
    ['null clears email', { email: null }, { email: null }],
    ["'' clears invoiceEmail", { invoiceEmail: '' }, { invoiceEmail: null }],
    ['null clears vatNumber', { vatNumber: null }, { vatNumber: null }],
    ['null clears organisationNumber', { organisationNumber: null }, { organisationNumber: null }],
    ["'' clears organisationNumber", { organisationNumber: '' }, { organisationNumber: null }],
    ['null clears paymentTermId', { paymentTermId: null }, { paymentTermId: null }],
    ['null clears assignedUserId', { assignedUserId: null }, { assignedUserId: null }],
    ['null leaves type (not nullable)', { type: null }, {}],
    ['null leaves vatDisplayType', { vatDisplayType: null }, {}],
    ['null leaves language', { language: null }, {}],
    ['null leaves flags', { isConstructionCompany: null, facilitiesDisabled: null, alwaysSendAsInvoice: null }, {}],
    ['null number leaves the number', { number: null }, {}],
    [
      'flags and enums',
      { isConstructionCompany: true, vatDisplayType: 'NO_VAT', language: 'FI' },
      { isConstructionCompany: true, vatDisplayType: 'NO_VAT', language: 'FI' },
    ],
    ['new number', { number: '2002' }, { number: '2002', numberValue: 2002n }],
    ['phone whitespace collapsed', { phone: '  08 -  555  12 ' }, { phone: '08 - 555 12' }],
    ['phone with + ( ) /', { phone: '+46 (0)8/123-45' }, { phone: '+46 (0)8/123-45' }],
    ['one invoice address field', { invoiceAddress: { city: 'Göteborg' } }, { invoiceCity: 'Göteborg' }],
    ['invoice postcode normalised', { invoiceAddress: { postcode: '41101' } }, { invoicePostcode: '411 01' }],
    ['invoice postcode with SE- prefix', { invoiceAddress: { postcode: 'SE-411 01' } }, { invoicePostcode: '411 01' }],
    ['invoice postcode cleared', { invoiceAddress: { postcode: null } }, { invoicePostcode: null }],
    ["invoice postcode '' cleared", { invoiceAddress: { postcode: '' } }, { invoicePostcode: null }],
    [
      'invoice address null clears the lines but keeps the country',
      { invoiceAddress: null },
      { invoiceAddress1: null, invoiceAddress2: null, invoicePostcode: null, invoiceCity: null },
    ],
    [
      'visiting address null clears it including the country',
      { visitingAddress: null },
      { visitingAddress1: null, visitingAddress2: null, visitingPostcode: null, visitingCity: null, visitingCountryCode: null },
    ],
    ['invoice country null → SE', { invoiceAddress: { countryCode: null } }, { invoiceCountryCode: 'SE' }],
    [
      'country upper-cased, foreign postcode passes',
      { invoiceAddress: { countryCode: 'no', postcode: '0150' } },
      { invoiceCountryCode: 'NO', invoicePostcode: '0150' },
    ],
    [
      'visiting address abroad',
      { visitingAddress: { address1: ' Unter den Linden 1 ', postcode: '10117', city: 'Berlin', countryCode: 'DE' } },
      { visitingAddress1: 'Unter den Linden 1', visitingPostcode: '10117', visitingCity: 'Berlin', visitingCountryCode: 'DE' },
    ],
    ['visiting country null clears it', { visitingAddress: { countryCode: null } }, { visitingCountryCode: null }],
    [
      'mail address abroad',
      { mailAddress: { address1: ' Postboks 12 ', postcode: '0150', city: 'Oslo', countryCode: 'no' } },
      { mailAddress1: 'Postboks 12', mailPostcode: '0150', mailCity: 'Oslo', mailCountryCode: 'NO' },
    ],
    ['mail postcode normalised (stored country SE)', { mailAddress: { postcode: '11199' } }, { mailPostcode: '111 99' }],
    [
      'mail address null clears it including the country',
      { mailAddress: null },
      { mailAddress1: null, mailAddress2: null, mailPostcode: null, mailCity: null, mailCountryCode: null },
    ],
  ])('%s', (_label, input, columns) => {
    const r = customerChanges(input, EXISTING, ctx);
    expect(r.issues).toEqual([]);
    expect(r.columns).toEqual(columns);
    expect(r.merged).toEqual({ ...EXISTING, ...columns });
  });

  it('a name cannot be cleared', () => {
    const r = customerChanges({ name: null }, EXISTING, ctx);
    expect(pc(r.issues)).toEqual([{ path: 'name', code: 'required' }]);
    expect(r.columns).toEqual({});
    expect(r.merged.name).toBe('Acme AB');
  });

  it('validates a postcode against the stored country when the input leaves the country out', () => {
    const norwegian = { ...EXISTING, invoiceCountryCode: 'NO' };
    const r = customerChanges({ invoiceAddress: { postcode: '0150' } }, norwegian, ctx);
    expect(r.issues).toEqual([]);
    expect(r.columns).toEqual({ invoicePostcode: '0150' });
  });

  it('validates a postcode against the country given in the same input', () => {
    const r = customerChanges({ invoiceAddress: { countryCode: 'SE', postcode: '0150' } }, { ...EXISTING, invoiceCountryCode: 'NO' }, ctx);
    expect(pc(r.issues)).toEqual([{ path: 'invoiceAddress.postcode', code: 'invalid_format' }]);
  });

  it.each<readonly [string, Record<string, unknown>, string, string]>([
    ['invalid Swedish invoice postcode', { invoiceAddress: { postcode: '1234' } }, 'invoiceAddress.postcode', 'invalid_format'],
    ['invalid Swedish visiting postcode', { visitingAddress: { postcode: 'abc' } }, 'visitingAddress.postcode', 'invalid_format'],
    ['postcode over 12 characters', { invoiceAddress: { countryCode: 'DE', postcode: '1234567890123' } }, 'invoiceAddress.postcode', 'too_long'],
    ['country code not two letters', { invoiceAddress: { countryCode: 'SWE' } }, 'invoiceAddress.countryCode', 'invalid_format'],
    ['phone with letters', { phone: 'call me' }, 'phone', 'invalid_format'],
    ['mobile too short', { mobile: '12' }, 'mobile', 'invalid_format'],
    ['unknown type', { type: 'GOVERNMENT' }, 'type', 'invalid_value'],
    ['name too long', { name: 'x'.repeat(201) }, 'name', 'too_long'],
    ['blank name', { name: '   ' }, 'name', 'required'],
    ['comments too long', { comments: 'x'.repeat(4001) }, 'comments', 'too_long'],
  ])('%s → %s: %s', (_label, input, path, code) => {
    expect(pc(customerChanges(input, EXISTING, ctx).issues)).toEqual([{ path, code }]);
  });
});

describe('customerChanges – unknown keys (strict schema)', () => {
  it('reports an unknown top-level key', () => {
    const r = customerChanges({ name: 'Acme', colour: 'red' }, EXISTING, ctx);
    expect(pc(r.issues)).toEqual([{ path: 'colour', code: 'unknown_field' }]);
    expect(r.columns.name).toBe('Acme');
    expect(r.issues[0]?.message).toContain('colour');
  });

  it('reports an unknown key inside an address at the address path', () => {
    const r = customerChanges({ invoiceAddress: { zip: '12345' } }, EXISTING, ctx);
    expect(pc(r.issues)).toEqual([{ path: 'invoiceAddress.zip', code: 'unknown_field' }]);
    expect(r.issues[0]?.message).toContain('zip');
  });

  it('puts the prefix on an unknown key', () => {
    const r = customerChanges({ colour: 'red' }, EXISTING, { ...ctx, pathPrefix: 'rows.3' });
    expect(pc(r.issues)).toEqual([{ path: 'rows.3.colour', code: 'unknown_field' }]);
  });
});

describe('customerChanges – e-mail addresses', () => {
  it.each<readonly ['email' | 'invoiceEmail', string, string]>([
    ['email', ' Info@Acme.SE ', 'info@acme.se'],
    ['email', 'ANNA.SVENSSON@EXAMPLE.COM', 'anna.svensson@example.com'],
    ['invoiceEmail', 'Faktura@Acme.se', 'faktura@acme.se'],
  ])('%s %j → %s', (field, value, expected) => {
    const r = customerChanges({ [field]: value }, EXISTING, ctx);
    expect(r.issues).toEqual([]);
    expect(r.columns).toEqual({ [field]: expected });
  });

  it.each<readonly ['email' | 'invoiceEmail', string]>([
    ['email', 'not-an-email'],
    ['email', 'a@@acme.se'],
    ['email', 'anna@'],
    ['invoiceEmail', 'faktura acme.se'],
  ])('%s %j → invalid_email', (field, value) => {
    expect(pc(customerChanges({ [field]: value }, EXISTING, ctx).issues)).toEqual([{ path: field, code: 'invalid_email' }]);
  });
});

describe('customerChanges – reports every problem at once (doc comment)', () => {
  // The doc comment: "Returns every problem, not just the first." A schema problem in one field
  // must neither hide the rule checks of the others nor invent problems with valid fields.
  it('an invalid e-mail on a new customer does not make the given name "required"', () => {
    const r = customerChanges({ name: 'Acme', email: 'nope' }, null, ctx);
    expect(pc(r.issues)).toEqual([{ path: 'email', code: 'invalid_email' }]);
  });

  it('an unknown key on a new customer does not make the given name "required"', () => {
    const r = customerChanges({ name: 'Acme', colour: 'red' }, null, ctx);
    expect(pc(r.issues)).toEqual([{ path: 'colour', code: 'unknown_field' }]);
  });

  it('a blank name on a new customer is reported once', () => {
    const r = customerChanges({ name: '' }, null, ctx);
    expect(pc(r.issues)).toEqual([{ path: 'name', code: 'required' }]);
  });

  it('an invalid e-mail does not hide a wrong check digit in another field', () => {
    const r = customerChanges({ email: 'nope', organisationNumber: ORG_BAD_CHECK }, EXISTING, ctx);
    expect(pc(r.issues).sort(byPath)).toEqual(
      [
        { path: 'email', code: 'invalid_email' },
        { path: 'organisationNumber', code: 'check_digit' },
      ].sort(byPath),
    );
  });
});

// ---------------------------------------------------------------------------------------------

const EXISTING_CONTACT: ContactColumns = Object.freeze({
  name: 'Anna Svensson',
  identityNumber: PERSON_NORM,
  mobile: '070-111 22 33',
  phone: null,
  email: 'anna@example.com',
  brfOrganisationNumber: null,
  apartmentNumber: null,
  propertyDesignation: 'STOCKHOLM SÖDER 1:2',
  isMainContact: true,
  sendServiceProtocol: false,
  sendWorkOrder: false,
} satisfies ContactColumns);

describe('contactChanges', () => {
  it.each<readonly [string, Record<string, unknown>]>([
    ['empty input', {}],
    ['name null', { name: null }],
    ['only a phone', { phone: '08-123 45' }],
  ])('name is required on create (%s)', (_label, input) => {
    expect(pc(contactChanges(input, null, { today: TODAY }).issues)).toEqual([{ path: 'name', code: 'required' }]);
  });

  it('name required on create, with prefix', () => {
    expect(pc(contactChanges({}, null, { today: TODAY, pathPrefix: 'contacts.0' }).issues)).toEqual([{ path: 'contacts.0.name', code: 'required' }]);
  });

  it('a new contact gets the defaults', () => {
    const r = contactChanges({ name: ' Anna ', personalIdentityNumber: PERSON, email: 'Anna@Example.com' }, null, { today: TODAY });
    expect(r.issues).toEqual([]);
    expect(r.columns).toEqual({ name: 'Anna', identityNumber: PERSON_NORM, email: 'anna@example.com' });
    expect(r.merged).toEqual({
      name: 'Anna',
      identityNumber: PERSON_NORM,
      mobile: null,
      phone: null,
      email: 'anna@example.com',
      brfOrganisationNumber: null,
      apartmentNumber: null,
      propertyDesignation: null,
      isMainContact: false,
      sendServiceProtocol: false,
      sendWorkOrder: false,
    });
  });

  it('an update may leave the name out but cannot clear it', () => {
    expect(contactChanges({}, EXISTING_CONTACT, { today: TODAY })).toEqual({ columns: {}, merged: EXISTING_CONTACT, issues: [] });
    const r = contactChanges({ name: null }, EXISTING_CONTACT, { today: TODAY });
    expect(pc(r.issues)).toEqual([{ path: 'name', code: 'required' }]);
    expect(r.merged.name).toBe('Anna Svensson');
  });

  type Row = readonly [label: string, input: Record<string, unknown>, columns: Partial<ContactColumns>];
  it.each<Row>([
    ['personnummer 10 digits → 12', { personalIdentityNumber: PERSON }, { identityNumber: PERSON_NORM }],
    ['personnummer 12 digits', { personalIdentityNumber: '19811218-9876' }, { identityNumber: PERSON_NORM }],
    ['samordningsnummer', { personalIdentityNumber: '570574-9959' }, { identityNumber: '195705749959' }],
    ['organisation number → 10 digits', { personalIdentityNumber: ORG }, { identityNumber: ORG_NORM }],
    ['organisation number, 16 form → 10 digits', { personalIdentityNumber: `16${ORG_NORM}` }, { identityNumber: ORG_NORM }],
    ['null clears the identity number', { personalIdentityNumber: null }, { identityNumber: null }],
    ["'' clears the identity number", { personalIdentityNumber: '' }, { identityNumber: null }],
    ['BRF organisation number', { brfOrganisationNumber: BRF }, { brfOrganisationNumber: '7696001234' }],
    ['BRF cleared', { brfOrganisationNumber: null }, { brfOrganisationNumber: null }],
    ['property designation upper-cased', { propertyDesignation: ' stockholm söder 1:3 ' }, { propertyDesignation: 'STOCKHOLM SÖDER 1:3' }],
    ['property designation of 40 characters', { propertyDesignation: 'a'.repeat(40) }, { propertyDesignation: 'A'.repeat(40) }],
    ['property designation cleared', { propertyDesignation: '' }, { propertyDesignation: null }],
    ['apartment number', { apartmentNumber: ' 1101 ' }, { apartmentNumber: '1101' }],
    [
      'flags',
      { isMainContact: false, sendServiceProtocol: true, sendWorkOrder: true },
      { isMainContact: false, sendServiceProtocol: true, sendWorkOrder: true },
    ],
    ['null flags are ignored', { isMainContact: null, sendWorkOrder: null }, {}],
    ['phone and mobile', { phone: ' 08  123 45 ', mobile: null }, { phone: '08 123 45', mobile: null }],
    ['e-mail lower-cased', { email: 'ANNA@EXAMPLE.COM' }, { email: 'anna@example.com' }],
  ])('%s', (_label, input, columns) => {
    const r = contactChanges(input, EXISTING_CONTACT, { today: TODAY });
    expect(r.issues).toEqual([]);
    expect(r.columns).toEqual(columns);
    expect(r.merged).toEqual({ ...EXISTING_CONTACT, ...columns });
  });

  it.each<readonly [string, Record<string, unknown>, string, string]>([
    ['personnummer check digit', { personalIdentityNumber: PERSON_BAD_CHECK }, 'contacts.2.personalIdentityNumber', 'check_digit'],
    ['organisation number check digit', { personalIdentityNumber: ORG_BAD_CHECK }, 'contacts.2.personalIdentityNumber', 'check_digit'],
    ['identity number format', { personalIdentityNumber: '12345' }, 'contacts.2.personalIdentityNumber', 'format'],
    ['identity number in the future', { personalIdentityNumber: '20270101-2384' }, 'contacts.2.personalIdentityNumber', 'future_date'],
    ['BRF given a personnummer', { brfOrganisationNumber: PERSON }, 'contacts.2.brfOrganisationNumber', 'organisation_third_digit'],
    ['BRF given a 12-digit personnummer', { brfOrganisationNumber: '19811218-9876' }, 'contacts.2.brfOrganisationNumber', 'format'],
    ['BRF check digit', { brfOrganisationNumber: '769600-1235' }, 'contacts.2.brfOrganisationNumber', 'check_digit'],
    ['property designation over 40 characters', { propertyDesignation: 'a'.repeat(41) }, 'contacts.2.propertyDesignation', 'too_long'],
    ['apartment number over 10 characters', { apartmentNumber: '12345678901' }, 'contacts.2.apartmentNumber', 'too_long'],
    ['invalid e-mail', { email: 'anna' }, 'contacts.2.email', 'invalid_email'],
    ['invalid phone', { phone: 'abc' }, 'contacts.2.phone', 'invalid_format'],
  ])('%s → %s: %s', (_label, input, path, code) => {
    const r = contactChanges(input, EXISTING_CONTACT, { today: TODAY, pathPrefix: 'contacts.2' });
    expect(pc(r.issues)).toEqual([{ path, code }]);
  });

  it('without a prefix the BRF error is at brfOrganisationNumber', () => {
    expect(pc(contactChanges({ brfOrganisationNumber: PERSON }, EXISTING_CONTACT, { today: TODAY }).issues)).toEqual([
      { path: 'brfOrganisationNumber', code: 'organisation_third_digit' },
    ]);
  });

  it('a too long property designation on a new contact is the only problem (name was given)', () => {
    const r = contactChanges({ name: 'Anna', propertyDesignation: 'a'.repeat(41) }, null, { today: TODAY });
    expect(pc(r.issues)).toEqual([{ path: 'propertyDesignation', code: 'too_long' }]);
  });
});

describe('rotMissing', () => {
  type C = Parameters<typeof rotMissing>[0];
  const c = (identityNumber: string | null, propertyDesignation: string | null, brfOrganisationNumber: string | null, apartmentNumber: string | null): C => ({
    identityNumber,
    propertyDesignation,
    brfOrganisationNumber,
    apartmentNumber,
  });
  it.each<readonly [string, C, string[]]>([
    ['personnummer + property designation → ready', c(PERSON_NORM, 'STOCKHOLM SÖDER 1:2', null, null), []],
    ['personnummer + BRF + apartment → ready', c(PERSON_NORM, null, '7696001234', '1101'), []],
    ['samordningsnummer + property → ready', c('195705749959', 'UPPSALA KUNGSÄNGEN 4:1', null, null), []],
    ['property designation is enough even with a half BRF', c(PERSON_NORM, 'UPPSALA KUNGSÄNGEN 4:1', '7696001234', null), []],
    ['nothing', c(null, null, null, null), ['personalIdentityNumber', 'propertyDesignation']],
    ['no identity number', c(null, 'STOCKHOLM SÖDER 1:2', null, null), ['personalIdentityNumber']],
    ['no property at all', c(PERSON_NORM, null, null, null), ['propertyDesignation']],
    ['BRF without apartment', c(PERSON_NORM, null, '7696001234', null), ['apartmentNumber']],
    ['apartment without BRF', c(PERSON_NORM, null, null, '1101'), ['brfOrganisationNumber']],
    ['organisation number is not a person', c(ORG_NORM, 'STOCKHOLM SÖDER 1:2', null, null), ['personalIdentityNumber']],
    ['organisation number and no property', c(ORG_NORM, null, null, null), ['personalIdentityNumber', 'propertyDesignation']],
    ['empty strings count as missing', c('', '', '', ''), ['personalIdentityNumber', 'propertyDesignation']],
  ])('%s → %j', (_label, contact, expected) => {
    expect(rotMissing(contact)).toEqual(expected);
  });
});

describe('contactFromCustomer', () => {
  type Src = Parameters<typeof contactFromCustomer>[0];
  const base = { name: 'Anna Svensson', mobile: '070-111 22 33', phone: '08-123 45', email: 'anna@example.com' };
  it.each<readonly [string, Src, string | null]>([
    ['PRIVATE copies the personnummer', { ...base, type: 'PRIVATE', personalIdentityNumber: PERSON_NORM, organisationNumber: null }, PERSON_NORM],
    [
      'PRIVATE ignores a stray organisation number',
      { ...base, type: 'PRIVATE', personalIdentityNumber: PERSON_NORM, organisationNumber: ORG_NORM },
      PERSON_NORM,
    ],
    ['PRIVATE without personnummer', { ...base, type: 'PRIVATE', personalIdentityNumber: null, organisationNumber: null }, null],
    ['COMPANY copies the organisation number', { ...base, type: 'COMPANY', personalIdentityNumber: null, organisationNumber: ORG_NORM }, ORG_NORM],
    [
      'COMPANY (sole trader) copies the personnummer kept as organisation number',
      { ...base, type: 'COMPANY', personalIdentityNumber: null, organisationNumber: PERSON_NORM },
      PERSON_NORM,
    ],
    ['COMPANY without organisation number', { ...base, type: 'COMPANY', personalIdentityNumber: PERSON_NORM, organisationNumber: null }, null],
  ])('%s', (_label, customer, identityNumber) => {
    expect(contactFromCustomer(customer)).toEqual({ ...base, identityNumber });
  });

  it('copies nulls as nulls', () => {
    expect(
      contactFromCustomer({ name: 'X', type: 'COMPANY', organisationNumber: null, personalIdentityNumber: null, mobile: null, phone: null, email: null }),
    ).toEqual({ name: 'X', identityNumber: null, mobile: null, phone: null, email: null });
  });
});
