import { describe, expect, it } from 'vitest';
import {
  ageAtEndOfYear,
  formatIdentityNumber,
  formatOrganisationNumber,
  formatPersonalIdentityNumberLong,
  formatPersonalIdentityNumberShort,
  identityCheckDigit,
  parseIdentityNumber,
  parseOrganisationNumber,
  parsePersonalIdentityNumber,
  type IdentityErrorCode,
  type IdentityKind,
  type IdentityParseResult,
  type ParsedIdentity,
} from '@nordic-invoicing/connector-sdk/se';

// Every test uses a fixed reference date so nothing depends on the clock.
const TODAY = new Date('2026-11-22T12:00:00Z');
const opts = { today: TODAY };

function expectOk(result: IdentityParseResult): ParsedIdentity {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`);
  return result.value;
}

function expectError(result: IdentityParseResult, code: IdentityErrorCode): string {
  if (result.ok) throw new Error(`expected ${code}, got ok ${JSON.stringify(result.value)}`);
  expect(result.code).toBe(code);
  expect(result.message).toMatch(/^[A-Z].*\.$/); // a sentence
  return result.message;
}

// Reference section 1.6: Skatteverket test personnummer (12-digit, 10-digit form, birth date).
const SKATTEVERKET_PERSONS: ReadonlyArray<readonly [string, string, string]> = [
  ['200001012384', '000101-2384', '2000-01-01'],
  ['200001012392', '000101-2392', '2000-01-01'],
  ['200003012382', '000301-2382', '2000-03-01'],
  ['200101012391', '010101-2391', '2001-01-01'],
  ['200002292381', '000229-2381', '2000-02-29'], // leap day
  ['201701012393', '170101-2393', '2017-01-01'], // minor
  ['189506299818', '950629+9818', '1895-06-29'], // '+' form
  ['190006129803', '000612+9803', '1900-06-12'], // '+' form
];

const SAMORDNINGSNUMMER: ReadonlyArray<readonly [string, string, string]> = [
  ['195705749959', '570574-9959', '1957-05-14'],
  ['197306749982', '730674-9982', '1973-06-14'],
];

describe('identityCheckDigit', () => {
  // Luhn over the nine digits YYMMDDNNN; Luhn's own table is in se-primitives.test.ts.
  it.each([
    ['640823323', 4], // Skatteverket's worked example 640823-323K
    ['556036079', 3], // organisation number 556036-0793
  ])('identityCheckDigit(%s) = %i', (nine, expected) => {
    expect(identityCheckDigit(nine)).toBe(expected);
  });

  it.each(['64082332', '6408233234', '19640823323', '64082332x', '', ' 64082332'])('throws for %j (not exactly nine digits)', (bad) => {
    expect(() => identityCheckDigit(bad)).toThrow(RangeError);
  });
});

describe('parsePersonalIdentityNumber – valid', () => {
  type Row = readonly [input: string, normalized: string, kind: IdentityKind, birthDate: string];
  const rows: Row[] = [];
  for (const [twelve, ten, birth] of SKATTEVERKET_PERSONS) {
    rows.push([twelve, twelve, 'PERSONNUMMER', birth]);
    rows.push([`${twelve.slice(0, 8)}-${twelve.slice(8)}`, twelve, 'PERSONNUMMER', birth]);
    rows.push([`${twelve.slice(0, 8)}+${twelve.slice(8)}`, twelve, 'PERSONNUMMER', birth]); // 12 digits: separator ignored
    rows.push([ten, twelve, 'PERSONNUMMER', birth]);
    rows.push([`  ${ten}\t`, twelve, 'PERSONNUMMER', birth]);
    if (ten.includes('-')) rows.push([ten.replace('-', ''), twelve, 'PERSONNUMMER', birth]);
  }
  for (const [twelve, ten, birth] of SAMORDNINGSNUMMER) {
    rows.push([twelve, twelve, 'SAMORDNINGSNUMMER', birth]);
    rows.push([ten, twelve, 'SAMORDNINGSNUMMER', birth]);
    rows.push([ten.replace('-', ''), twelve, 'SAMORDNINGSNUMMER', birth]);
  }
  rows.push(['640823-3234', '196408233234', 'PERSONNUMMER', '1964-08-23']);
  rows.push(['19640823-3234', '196408233234', 'PERSONNUMMER', '1964-08-23']);

  it.each(rows)('%j → %s (%s, born %s)', (input, normalized, kind, birthDate) => {
    expect(expectOk(parsePersonalIdentityNumber(input, opts))).toEqual({ kind, normalized, birthDate });
  });
});

describe('parsePersonalIdentityNumber – century from the 10-digit form (today 2026-11-22)', () => {
  it.each([
    // '-' or none: year in [1927, 2026]
    ['270101-1237', '192701011237'], // lower edge: current year − 99
    ['2701011237', '192701011237'],
    ['260101-1238', '202601011238'], // upper edge: current year
    ['261122-1231', '202611221231'], // born today is not in the future
    ['9506299818', '199506299818'], // no separator → 1995, whereas 950629+9818 is 1895
    // '+': year in [1827, 1926]
    ['260101+1238', '192601011238'], // upper edge: current year − 100
    ['270101+1237', '182701011237'], // lower edge: current year − 199
    ['950629+9818', '189506299818'],
  ])('%s → %s', (input, normalized) => {
    expect(expectOk(parsePersonalIdentityNumber(input, opts)).normalized).toBe(normalized);
  });

  it('uses the calendar date in Sweden: 23:30 UTC on 22 Nov is already 23 Nov in Stockholm', () => {
    const lateEvening = { today: new Date('2026-11-22T23:30:00Z') };
    expect(expectOk(parsePersonalIdentityNumber('261123-1230', lateEvening)).birthDate).toBe('2026-11-23');
    expectError(parsePersonalIdentityNumber('261123-1230', opts), 'FUTURE_DATE');
  });

  it('moves the century window with the reference year', () => {
    const in2027 = { today: new Date('2027-06-01T12:00:00Z') };
    expect(expectOk(parsePersonalIdentityNumber('270101-1237', in2027)).normalized).toBe('202701011237');
    expect(expectOk(parsePersonalIdentityNumber('270101+1237', in2027)).normalized).toBe('192701011237');
  });
});

describe('parsePersonalIdentityNumber – invalid', () => {
  it.each<readonly [string, IdentityErrorCode]>([
    // check digit (reference 1.6)
    ['640823-3235', 'CHECK_DIGIT'],
    ['6408233235', 'CHECK_DIGIT'],
    ['198707049996', 'CHECK_DIGIT'],
    ['870704-9996', 'CHECK_DIGIT'],
    ['193901829913', 'CHECK_DIGIT'], // samordningsnummer, bad check digit
    ['390182-9913', 'CHECK_DIGIT'],
    // födelsenummer 000 (Luhn passes)
    ['201509160006', 'BIRTH_NUMBER'],
    ['150916-0006', 'BIRTH_NUMBER'],
    // 1900 is not a leap year: any 19000229… is invalid, with or without a valid check digit
    ['190002291235', 'INVALID_DATE'],
    ['190002299808', 'INVALID_DATE'],
    ['190002291234', 'INVALID_DATE'],
    ['000229+1235', 'INVALID_DATE'],
    ['19000229-1235', 'INVALID_DATE'],
    // other impossible dates
    ['641323-3237', 'INVALID_DATE'], // month 13
    ['640023-3234', 'INVALID_DATE'], // month 00
    ['640800-3231', 'INVALID_DATE'], // day 00
    ['640832-3233', 'INVALID_DATE'], // day 32
    ['640860-3238', 'INVALID_DATE'], // day 60 = samordningsnummer day 0
    ['640892-3230', 'INVALID_DATE'], // day 92 = samordningsnummer day 32
    ['640431-3238', 'INVALID_DATE'], // 31 April
    ['650229-3233', 'INVALID_DATE'], // 1965 not a leap year
    ['650289-3230', 'INVALID_DATE'], // samordningsnummer for 1965-02-29
    // future dates
    ['261123-1230', 'FUTURE_DATE'], // tomorrow
    ['261225-1237', 'FUTURE_DATE'],
    ['261185-1235', 'FUTURE_DATE'], // samordningsnummer for 2026-11-25
    ['203012311233', 'FUTURE_DATE'],
    // empty
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    // format
    ['640823-323', 'FORMAT'], // 9 digits
    ['64082332341', 'FORMAT'], // 11 digits
    ['1964082332341', 'FORMAT'], // 13 digits
    ['640823 3234', 'FORMAT'], // space inside
    ['6408 23-3234', 'FORMAT'],
    ['640823/3234', 'FORMAT'],
    ['640823_3234', 'FORMAT'],
    ['640823–3234', 'FORMAT'], // en dash
    ['640823--3234', 'FORMAT'],
    ['640823-+3234', 'FORMAT'],
    ['6408-233234', 'FORMAT'], // separator in the wrong place
    ['-6408233234', 'FORMAT'],
    ['6408233234-', 'FORMAT'],
    ['64O823-3234', 'FORMAT'], // letter O
    ['abcdef-ghij', 'FORMAT'],
    ['640823-323K', 'FORMAT'],
    ['176408233234', 'FORMAT'], // century 17
    ['216408233234', 'FORMAT'], // century 21
    ['165560360793', 'FORMAT'], // organisation number in 12-digit form
    ['SE556036079301', 'FORMAT'],
  ])('%j → %s', (input, code) => {
    expectError(parsePersonalIdentityNumber(input, opts), code);
  });

  it.each([
    ['640823-3235', 'The check digit is wrong (expected 4).'],
    ['198707049996', 'The check digit is wrong (expected 8).'],
    ['193901829913', 'The check digit is wrong (expected 5).'],
    ['190002291235', 'The date 1900-02-29 does not exist.'],
    ['261225-1237', 'The birth date 2026-12-25 is in the future.'],
    ['201509160006', 'The three digits after the date cannot be 000.'],
  ])('%j gives the message %j', (input, message) => {
    const result = parsePersonalIdentityNumber(input, opts);
    expect(result).toEqual({ ok: false, code: expect.any(String), message });
  });
});

describe('parseOrganisationNumber', () => {
  it.each([
    ['556036-0793', '5560360793'], // Saab AB
    ['5560360793', '5560360793'],
    ['165560360793', '5560360793'],
    ['16556036-0793', '5560360793'],
    [' 556036-0793 ', '5560360793'],
    ['212000-0142', '2120000142'], // Stockholms stad
    ['2120000142', '2120000142'],
    ['162120000142', '2120000142'],
    ['717600-4583', '7176004583'], // a bostadsrättsförening
    ['167176004583', '7176004583'],
  ])('%j → %s', (input, normalized) => {
    expect(expectOk(parseOrganisationNumber(input))).toEqual({ kind: 'ORGANISATIONSNUMMER', normalized });
  });

  it.each<readonly [string, IdentityErrorCode]>([
    ['556036-0794', 'CHECK_DIGIT'],
    ['5560360794', 'CHECK_DIGIT'],
    ['165560360794', 'CHECK_DIGIT'],
    ['212000-0143', 'CHECK_DIGIT'],
    // third digit 0 or 1 (even with a valid Luhn digit)
    ['550136-1231', 'ORGANISATION_THIRD_DIGIT'],
    ['551036-1230', 'ORGANISATION_THIRD_DIGIT'],
    ['165501361231', 'ORGANISATION_THIRD_DIGIT'],
    ['640823-3234', 'ORGANISATION_THIRD_DIGIT'], // a personnummer
    ['550136-1232', 'ORGANISATION_THIRD_DIGIT'],
    // format
    ['', 'EMPTY'],
    ['  ', 'EMPTY'],
    ['556036+0793', 'FORMAT'],
    ['556036 0793', 'FORMAT'],
    ['55603-60793', 'FORMAT'],
    ['556036-079', 'FORMAT'],
    ['55603607931', 'FORMAT'],
    ['175560360793', 'FORMAT'], // 12 digits not starting with 16
    ['195705749959', 'FORMAT'], // 12-digit person
    ['1655603607930', 'FORMAT'],
    ['SE556036079301', 'FORMAT'],
    ['556O36-0793', 'FORMAT'],
  ])('%j → %s', (input, code) => {
    expectError(parseOrganisationNumber(input), code);
  });

  it('reports the expected check digit', () => {
    expect(parseOrganisationNumber('556036-0794')).toEqual({
      ok: false,
      code: 'CHECK_DIGIT',
      message: 'The check digit is wrong (expected 3).',
    });
  });
});

describe('parseIdentityNumber (Person/Orgnr field)', () => {
  it.each<readonly [string, IdentityKind, string]>([
    ['556036-0793', 'ORGANISATIONSNUMMER', '5560360793'],
    ['5560360793', 'ORGANISATIONSNUMMER', '5560360793'],
    ['165560360793', 'ORGANISATIONSNUMMER', '5560360793'],
    ['212000-0142', 'ORGANISATIONSNUMMER', '2120000142'],
    ['717600-4583', 'ORGANISATIONSNUMMER', '7176004583'],
    ['640823-3234', 'PERSONNUMMER', '196408233234'],
    ['196408233234', 'PERSONNUMMER', '196408233234'],
    ['000101-2384', 'PERSONNUMMER', '200001012384'],
    ['950629+9818', 'PERSONNUMMER', '189506299818'],
    ['200002292381', 'PERSONNUMMER', '200002292381'],
    ['570574-9959', 'SAMORDNINGSNUMMER', '195705749959'],
    ['197306749982', 'SAMORDNINGSNUMMER', '197306749982'],
  ])('%j → %s %s', (input, kind, normalized) => {
    const value = expectOk(parseIdentityNumber(input, opts));
    expect(value.kind).toBe(kind);
    expect(value.normalized).toBe(normalized);
  });

  it.each<readonly [string, IdentityErrorCode]>([
    ['', 'EMPTY'],
    ['556036-0794', 'CHECK_DIGIT'], // routed to organisation
    ['165560360794', 'CHECK_DIGIT'],
    ['556036+0793', 'FORMAT'], // third digit ≥ 2, but organisations never use '+'
    ['640823-3235', 'CHECK_DIGIT'], // routed to person
    ['201509160006', 'BIRTH_NUMBER'],
    ['190002291235', 'INVALID_DATE'],
    ['261225-1237', 'FUTURE_DATE'],
    ['175560360793', 'FORMAT'],
    ['55603607', 'FORMAT'],
  ])('%j → %s', (input, code) => {
    expectError(parseIdentityNumber(input, opts), code);
  });
});

describe('formatPersonalIdentityNumberShort', () => {
  it.each([
    ['200001012384', TODAY, '000101-2384'],
    ['201701012393', TODAY, '170101-2393'],
    ['189506299818', TODAY, '950629+9818'],
    ['190006129803', TODAY, '000612+9803'],
    ['195705749959', TODAY, '570574-9959'],
    // '+' from the calendar year the person turns 100
    ['192605011234', TODAY, '260501+1234'], // born 1926-05-01: 100 in 2026
    ['192605011234', new Date('2025-12-31T12:00:00Z'), '260501-1234'],
    ['192605011234', new Date('2026-01-01T12:00:00Z'), '260501+1234'], // before the birthday, same calendar year
    ['192701011237', TODAY, '270101-1237'], // born 1927-01-01: 99 in 2026
    ['192701011237', new Date('2027-01-01T12:00:00Z'), '270101+1237'],
    // the year turns at Swedish midnight: 23:30 UTC on 31 Dec is 00:30 on 1 Jan in Stockholm
    ['192701011237', new Date('2026-12-31T22:30:00Z'), '270101-1237'],
    ['192701011237', new Date('2026-12-31T23:30:00Z'), '270101+1237'],
  ])('%s at %s → %s', (normalized, today, expected) => {
    expect(formatPersonalIdentityNumberShort(normalized, { today })).toBe(expected);
  });

  it.each(['6408233234', '19640823-3234', '1964082332345', 'x96408233234'])('throws for %j', (bad) => {
    expect(() => formatPersonalIdentityNumberShort(bad, opts)).toThrow(RangeError);
  });
});

describe('formatPersonalIdentityNumberLong / formatOrganisationNumber / formatIdentityNumber', () => {
  it.each([
    ['196408233234', '19640823-3234'],
    ['189506299818', '18950629-9818'],
    ['195705749959', '19570574-9959'],
  ])('long %s → %s', (normalized, expected) => {
    expect(formatPersonalIdentityNumberLong(normalized)).toBe(expected);
  });

  it.each([
    ['5560360793', '556036-0793'],
    ['2120000142', '212000-0142'],
    ['7176004583', '717600-4583'],
  ])('organisation %s → %s', (normalized, expected) => {
    expect(formatOrganisationNumber(normalized)).toBe(expected);
  });

  it.each([
    [formatPersonalIdentityNumberLong, '6408233234'],
    [formatOrganisationNumber, '165560360793'],
    [formatOrganisationNumber, '556036-0793'],
  ] as const)('%o throws for %j', (fn, bad) => {
    expect(() => fn(bad)).toThrow(RangeError);
  });

  it.each<readonly [ParsedIdentity, string]>([
    [{ kind: 'PERSONNUMMER', normalized: '200001012384', birthDate: '2000-01-01' }, '20000101-2384'],
    [{ kind: 'PERSONNUMMER', normalized: '189506299818', birthDate: '1895-06-29' }, '18950629-9818'],
    [{ kind: 'SAMORDNINGSNUMMER', normalized: '195705749959', birthDate: '1957-05-14' }, '19570574-9959'],
    [{ kind: 'ORGANISATIONSNUMMER', normalized: '5560360793' }, '556036-0793'],
  ])('formatIdentityNumber(%o) → %s', (parsed, expected) => {
    expect(formatIdentityNumber(parsed, opts)).toBe(expected);
  });
});

describe('round-trips', () => {
  const persons = [...SKATTEVERKET_PERSONS.map(([twelve]) => twelve), ...SAMORDNINGSNUMMER.map(([twelve]) => twelve), '196408233234'];

  it.each(persons)('%s: short form parses back (today 2026-11-22)', (normalized) => {
    const short = formatPersonalIdentityNumberShort(normalized, opts);
    expect(expectOk(parsePersonalIdentityNumber(short, opts)).normalized).toBe(normalized);
  });

  it.each(persons)('%s: long form parses back', (normalized) => {
    const long = formatPersonalIdentityNumberLong(normalized);
    expect(expectOk(parsePersonalIdentityNumber(long, opts)).normalized).toBe(normalized);
  });

  it.each(persons)('%s: formatIdentityNumber of the parse result parses back via parseIdentityNumber', (normalized) => {
    const parsed = expectOk(parseIdentityNumber(normalized, opts));
    expect(expectOk(parseIdentityNumber(formatIdentityNumber(parsed, opts), opts))).toEqual(parsed);
  });

  it.each([
    ['192605011234', TODAY, '260501+1234'],
    ['192701011237', TODAY, '270101-1237'],
    ['192701011237', new Date('2027-01-01T12:00:00Z'), '270101+1237'],
    ['202601011238', TODAY, '260101-1238'],
  ])('%s at %s: boundary short form %s parses back', (normalized, today, short) => {
    expect(formatPersonalIdentityNumberShort(normalized, { today })).toBe(short);
    expect(expectOk(parsePersonalIdentityNumber(short, { today })).normalized).toBe(normalized);
  });

  it.each(['5560360793', '2120000142', '7176004583'])('organisation %s parses back', (normalized) => {
    const formatted = formatOrganisationNumber(normalized);
    expect(expectOk(parseOrganisationNumber(formatted)).normalized).toBe(normalized);
    expect(expectOk(parseIdentityNumber(formatted, opts)).normalized).toBe(normalized);
    expect(expectOk(parseOrganisationNumber(`16${normalized}`)).normalized).toBe(normalized);
  });
});

describe('ageAtEndOfYear (ROT/RUT: buyer ≥ 18 at year end)', () => {
  it.each([
    ['201701012393', 2026, 9], // the minor of reference 1.6
    ['201701012393', 2034, 17],
    ['201701012393', 2035, 18],
    ['200001012384', 2017, 17],
    ['200001012384', 2018, 18], // "adult from 2018"
    ['200001012392', 2026, 26],
    ['200002292381', 2018, 18],
    ['195705749959', 2026, 69], // samordningsnummer: the year is unaffected by day + 60
    ['189506299818', 2026, 131],
    ['201701012393', 2016, -1], // not yet born
  ])('%s in %i → %i', (normalized, year, age) => {
    expect(ageAtEndOfYear(normalized, year)).toBe(age);
  });

  it('the minor fails and the 2000-born buyers pass the ROT age check for 2026', () => {
    const minor = expectOk(parsePersonalIdentityNumber('170101-2393', opts)).normalized;
    expect(ageAtEndOfYear(minor, 2026) >= 18).toBe(false);
    for (const input of ['000101-2384', '000101-2392']) {
      expect(ageAtEndOfYear(expectOk(parsePersonalIdentityNumber(input, opts)).normalized, 2026) >= 18).toBe(true);
    }
  });

  it.each<readonly [string, number]>([
    ['1701012393', 2026],
    ['201701012393', 2026.5],
  ])('throws for (%j, %s)', (normalized, year) => {
    expect(() => ageAtEndOfYear(normalized, year)).toThrow(RangeError);
  });
});
