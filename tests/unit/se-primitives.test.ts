// Table tests of the Swedish primitives in packages/connector-sdk/src/se: Luhn, bankgiro, plusgiro, IBAN, BIC and
// the VAT rates (identity numbers: identity-numbers.test.ts), and that the modules and the
// connector SDK hand out these very functions rather than copies.
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { luhnCheckDigit, luhnValid } from '@nordic-invoicing/connector-sdk/se';
import {
  formatBankgiro,
  formatIban,
  formatPlusgiro,
  parseBankgiro,
  parseBic,
  parseIban,
  parsePlusgiro,
  type ParseResult,
} from '@nordic-invoicing/connector-sdk/se';
import { isSwedishVatRate, SWEDISH_VAT_RATES, swedishVatRate } from '@nordic-invoicing/connector-sdk/se';
import { identityCheckDigit } from '@nordic-invoicing/connector-sdk/se';
import * as sdk from '@nordic-invoicing/connector-sdk';
import * as identityModule from '../../src/modules/customers/identity-numbers.js';
import * as registerRules from '../../src/modules/registers/rules.js';
import { isVatRate, VAT_RATES as INVOICE_VAT_RATES } from '../../src/modules/invoices/amounts.js';
import { parseVatRate, SUPPLIER_INVOICE_VAT_RATES } from '../../src/modules/supplier-invoices/rules.js';
import { parseVatNumber } from '../../src/modules/customers/rules.js';
import * as visma from '../../connectors/visma/personnummer.js';

const ok = <T>(r: ParseResult<T>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.value;
};
const code = (r: ParseResult<unknown>) => (r.ok ? 'ok' : r.code);

describe('luhnCheckDigit (any payload length)', () => {
  it.each([
    ['640823323', 4], // Skatteverket's worked example 640823-323K
    ['000101238', 4],
    ['000229238', 1],
    ['170101239', 3],
    ['950629981', 8],
    ['570574995', 9],
    ['870704999', 8],
    ['390182991', 5],
    ['556036079', 3], // organisation number 556036-0793
    ['212000014', 2],
    ['717600458', 3],
    ['150916000', 6],
    ['5050105', 5], // bankgiro 5050-1055
    ['505105', 7], // bankgiro 505-1057
    ['1234567', 4], // bankgiro 1234-5674
    ['4', 2], // plusgiro 4-2
    ['47890', 9], // plusgiro 4 78 90-9
    ['9020010', 6], // plusgiro 9 02 00 10-6
    ['0', 0],
    ['7992739871', 3], // the textbook example 79927398713
  ])('luhnCheckDigit(%s) = %i', (payload, expected) => {
    expect(luhnCheckDigit(payload)).toBe(expected);
    expect(luhnValid(payload + expected)).toBe(true);
    expect(luhnValid(payload + ((expected + 1) % 10))).toBe(false);
  });
  it.each(['', ' 123', '12a', '1-2', '１２'])('throws for %j (not digits only)', (bad) => {
    expect(() => luhnCheckDigit(bad)).toThrow(RangeError);
  });
});

describe('identity numbers use the same Luhn', () => {
  it.each(['640823323', '556036079', '150916000'])('identityCheckDigit(%s) = luhnCheckDigit', (nine) => {
    expect(identityCheckDigit(nine)).toBe(luhnCheckDigit(nine));
  });
  it('customers keep the old name for the nine-digit check digit', () => {
    expect(identityModule.luhnCheckDigit).toBe(identityCheckDigit);
    expect(() => identityModule.luhnCheckDigit('55603607')).toThrow(RangeError);
  });
  it.each([
    ['SE556036079301', 'ok'],
    ['SE556036079401', 'check_digit'],
  ])('a Swedish VAT number checks its organisation number: %s → %s', (vat, expected) => {
    const r = parseVatNumber(vat);
    expect(r.ok ? 'ok' : r.code).toBe(expected);
  });
});

describe('Luhn (modulus 10)', () => {
  it.each([
    ['50501055', true],
    ['5051057', true],
    ['42', true],
    ['478909', true],
    ['5560360793', true], // an organisation number is Luhn over all ten digits too
    ['50501056', false],
    ['42a', false],
    ['', false],
  ])('%s → %s', (digits, valid) => expect(luhnValid(digits)).toBe(valid));
});

describe('bankgiro', () => {
  it.each([
    ['5050-1055', '50501055', '5050-1055'],
    [' 5050 1055 ', '50501055', '5050-1055'],
    ['505-1057', '5051057', '505-1057'],
    ['5051057', '5051057', '505-1057'],
    ['1234-5674', '12345674', '1234-5674'],
  ])('%j is stored %s and shown %s', (input, stored, shown) => {
    const v = ok(parseBankgiro(input));
    expect(v).toBe(stored);
    expect(formatBankgiro(v)).toBe(shown);
  });
  it.each([
    ['5050-1056', 'check_digit'],
    ['505-1058', 'check_digit'],
    ['123456', 'invalid_format'], // 6 digits
    ['123456789', 'invalid_format'], // 9 digits
    ['5050/1055', 'invalid_format'],
    ['BG 5050-1055', 'invalid_format'],
  ])('%j is refused: %s', (input, c) => expect(code(parseBankgiro(input))).toBe(c));
  it('formats nothing as null', () => expect(formatBankgiro(null)).toBeNull());
});

describe('plusgiro', () => {
  it.each([
    ['4-2', '42', '4-2'],
    ['4 78 90-9', '478909', '4 78 90-9'],
    ['478909', '478909', '4 78 90-9'],
    ['1234566', '1234566', '12 34 56-6'],
    ['9020010-6', '90200106', '9 02 00 10-6'],
  ])('%j is stored %s and shown %s', (input, stored, shown) => {
    const v = ok(parsePlusgiro(input));
    expect(v).toBe(stored);
    expect(formatPlusgiro(v)).toBe(shown);
  });
  it.each([
    ['4-3', 'check_digit'],
    ['478908', 'check_digit'],
    ['4', 'invalid_format'], // 1 digit
    ['123456789', 'invalid_format'], // 9 digits
    ['PG 42', 'invalid_format'],
  ])('%j is refused: %s', (input, c) => expect(code(parsePlusgiro(input))).toBe(c));
});

describe('IBAN (ISO 13616)', () => {
  it.each([
    ['SE45 5000 0000 0583 9825 7466', 'SE4550000000058398257466'],
    ['se45 5000 0000 0583 9825 7466', 'SE4550000000058398257466'],
    ['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['NO93 8601 1117 947', 'NO9386011117947'],
    ['DE89370400440532013000', 'DE89370400440532013000'],
    ['FI21 1234 5600 0007 85', 'FI2112345600000785'],
    ['DK50-0040-0440-1162-43', 'DK5000400440116243'],
  ])('%j is stored %s', (input, stored) => expect(ok(parseIban(input))).toBe(stored));
  it.each([
    ['SE45 5000 0000 0583 9825 7467', 'check_digit'],
    ['GB82 WEST 1234 5698 7654 33', 'check_digit'],
    ['SE45 5000 0000 0583 9825 746', 'invalid_length'], // SE has 24 characters
    ['NO93 8601 1117 9470', 'invalid_length'],
    ['5000 0000 0583 9825 7466', 'invalid_format'],
    ['SE4X 5000 0000 0583 9825 7466', 'invalid_format'],
    ['SE45 5000', 'invalid_format'],
    ['SE45 5000 0000 0583 9825 746!', 'invalid_format'],
  ])('%j is refused: %s', (input, c) => expect(code(parseIban(input))).toBe(c));
  it('is shown in groups of four', () => {
    expect(formatIban('SE4550000000058398257466')).toBe('SE45 5000 0000 0583 9825 7466');
    expect(formatIban('NO9386011117947')).toBe('NO93 8601 1117 947');
  });
});

describe('BIC', () => {
  it.each([
    ['ESSESESS', 'ESSESESS'],
    ['handsess', 'HANDSESS'],
    ['NDEA SESS XXX', 'NDEASESSXXX'],
    ['DEUTDEFF500', 'DEUTDEFF500'],
  ])('%j is stored %s', (input, stored) => expect(ok(parseBic(input))).toBe(stored));
  it.each([
    ['ESSESES', 'invalid_length'],
    ['ESSESESSX', 'invalid_length'],
    ['ESSESESSXXXX', 'invalid_length'],
    ['E5SESESS', 'invalid_format'], // bank code is letters
    ['ESSE5ESS', 'invalid_format'], // country is letters
    ['ESSESES!', 'invalid_format'],
  ])('%j is refused: %s', (input, c) => expect(code(parseBic(input))).toBe(c));
});

describe('Swedish VAT rates', () => {
  it('are 25, 12, 6 and 0 percent', () => expect([...SWEDISH_VAT_RATES]).toEqual(['25', '12', '6', '0']));
  it.each([
    ['25', '25'],
    ['12', '12'],
    ['6', '6'],
    ['0', '0'],
    ['6.00', '6'],
    [' 12 ', '12'],
    ['025', '25'],
    [25, '25'],
    [0, '0'],
  ])('%j names the rate %s', (input, rate) => {
    expect(swedishVatRate(input)).toBe(rate);
    expect(isSwedishVatRate(input)).toBe(true);
  });
  it.each(['24', '6.5', '-6', '1e1', '', 'abc', '25%', 6.5, 12.0000001, Number.NaN, -0.5, 100])('%j is not a rate', (input) => {
    expect(swedishVatRate(input)).toBeNull();
    expect(isSwedishVatRate(input)).toBe(false);
  });
  it('is the one list the invoice, supplier-invoice and register rules check against', () => {
    expect(INVOICE_VAT_RATES).toBe(SWEDISH_VAT_RATES);
    expect(SUPPLIER_INVOICE_VAT_RATES).toBe(SWEDISH_VAT_RATES);
    expect(registerRules.VAT_RATES).toBe(SWEDISH_VAT_RATES);
    expect(isVatRate(new Prisma.Decimal('6.00'))).toBe(true);
    expect(isVatRate('7')).toBe(false);
    expect(parseVatRate('12').ok).toBe(true);
    expect(parseVatRate('13').ok).toBe(false);
  });
});

describe('one implementation behind every entry point', () => {
  it('the registers re-export the shared bank-number functions', () => {
    expect(registerRules.luhnValid).toBe(luhnValid);
    expect(registerRules.parseBankgiro).toBe(parseBankgiro);
    expect(registerRules.parsePlusgiro).toBe(parsePlusgiro);
    expect(registerRules.parseIban).toBe(parseIban);
    expect(registerRules.parseBic).toBe(parseBic);
    expect(registerRules.formatBankgiro).toBe(formatBankgiro);
    expect(registerRules.formatPlusgiro).toBe(formatPlusgiro);
    expect(registerRules.formatIban).toBe(formatIban);
  });
  it('the connector SDK exports them to connectors', () => {
    expect(sdk.luhnCheckDigit).toBe(luhnCheckDigit);
    expect(sdk.luhnValid).toBe(luhnValid);
    expect(sdk.identityCheckDigit).toBe(identityCheckDigit);
    expect(sdk.parsePersonalIdentityNumber).toBe(identityModule.parsePersonalIdentityNumber);
    expect(sdk.parseBankgiro).toBe(parseBankgiro);
    expect(sdk.parseIban).toBe(parseIban);
    expect(sdk.SWEDISH_VAT_RATES).toBe(SWEDISH_VAT_RATES);
    expect(visma.luhnCheckDigit).toBe(luhnCheckDigit);
  });
});
