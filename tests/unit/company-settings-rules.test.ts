// Company settings: the payment accounts checked as the registers check a supplier's, the BIC
// only with an IBAN, the late-payment interest rate and the F-skatt statement.
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { parseLateInterestRate, parsePaymentSettings, type PaymentSettingsInput } from '../../src/modules/companies/rules.js';

const none = { iban: null, bic: null };

describe('payment settings', () => {
  it.each<[string, PaymentSettingsInput, { iban: string | null; bic: string | null }, Record<string, unknown>, [string, string][]]>([
    ['nothing given changes nothing', {}, none, {}, []],
    ['bankgiro 7 digits, dash ignored', { bankgiro: '123-4566' }, none, { bankgiro: '1234566' }, []],
    ['bankgiro 8 digits', { bankgiro: '5050-1055' }, none, { bankgiro: '50501055' }, []],
    ['bankgiro with a wrong check digit', { bankgiro: '5050-1056' }, none, {}, [['bankgiro', 'check_digit']]],
    ['bankgiro too short', { bankgiro: '12345' }, none, {}, [['bankgiro', 'invalid_format']]],
    ['bankgiro cleared by null', { bankgiro: null }, none, { bankgiro: null }, []],
    ['bankgiro cleared by blank text', { bankgiro: '  ' }, none, { bankgiro: null }, []],
    ['plusgiro with spaces', { plusgiro: '4 78 90-9' }, none, { plusgiro: '478909' }, []],
    ['plusgiro with a wrong check digit', { plusgiro: '4 78 90-8' }, none, {}, [['plusgiro', 'check_digit']]],
    ['IBAN alone (mod 97), spaces and case normalised', { iban: 'se45 5000 0000 0583 9825 7466' }, none, { iban: 'SE4550000000058398257466' }, []],
    ['IBAN with wrong check digits', { iban: 'SE46 5000 0000 0583 9825 7466' }, none, {}, [['iban', 'check_digit']]],
    ['IBAN of the wrong length for its country', { iban: 'SE45 5000 0000 0583 9825 746' }, none, {}, [['iban', 'invalid_length']]],
    ['IBAN with BIC', { iban: 'SE4550000000058398257466', bic: 'esse se ss' }, none, { iban: 'SE4550000000058398257466', bic: 'ESSESESS' }, []],
    ['BIC of the wrong length', { iban: 'SE4550000000058398257466', bic: 'ESSESES' }, none, { iban: 'SE4550000000058398257466' }, [['bic', 'invalid_length']]],
    ['BIC without an IBAN', { bic: 'ESSESESS' }, none, { bic: 'ESSESESS' }, [['bic', 'iban_required']]],
    ['BIC added to a stored IBAN', { bic: 'ESSESESS' }, { iban: 'SE4550000000058398257466', bic: null }, { bic: 'ESSESESS' }, []],
    ['IBAN cleared while a BIC stays', { iban: null }, { iban: 'SE4550000000058398257466', bic: 'ESSESESS' }, { iban: null }, [['bic', 'iban_required']]],
    ['IBAN and BIC cleared together', { iban: null, bic: null }, { iban: 'SE4550000000058398257466', bic: 'ESSESESS' }, { iban: null, bic: null }, []],
    ['a refused IBAN with a BIC: only the IBAN is named', { iban: 'SE00', bic: 'ESSESESS' }, none, { bic: 'ESSESESS' }, [['iban', 'invalid_format']]],
    ['late interest as text', { lateInterestRate: '10.25' }, none, { lateInterestRate: '10.25' }, []],
    ['late interest from the Decimal scalar', { lateInterestRate: new Prisma.Decimal('8.5') }, none, { lateInterestRate: '8.5' }, []],
    ['late interest with a decimal comma', { lateInterestRate: '9,75' }, none, { lateInterestRate: '9.75' }, []],
    ['late interest cleared', { lateInterestRate: null }, none, { lateInterestRate: null }, []],
    ['F-skatt true', { fSkatt: true }, none, { fSkatt: true }, []],
    ['F-skatt false', { fSkatt: false }, none, { fSkatt: false }, []],
    ['F-skatt unset again (null)', { fSkatt: null }, none, { fSkatt: null }, []],
    [
      'every refusal at once, each at its field',
      { bankgiro: '1', plusgiro: 'x', iban: 'SE46 5000 0000 0583 9825 7466', lateInterestRate: '101' },
      none,
      {},
      [
        ['bankgiro', 'invalid_format'],
        ['plusgiro', 'invalid_format'],
        ['iban', 'check_digit'],
        ['lateInterestRate', 'out_of_range'],
      ],
    ],
  ])('%s', (_n, input, current, columns, issues) => {
    const r = parsePaymentSettings(input, current);
    expect(r.issues.map((i) => [i.path, i.code])).toEqual(issues);
    expect(r.columns).toEqual(columns);
  });
});

describe('late-payment interest', () => {
  it.each([
    ['0', { ok: true, value: '0' }],
    ['100', { ok: true, value: '100' }],
    ['8', { ok: true, value: '8' }],
    ['10.25', { ok: true, value: '10.25' }],
    [' 12.50 ', { ok: true, value: '12.5' }],
    ['100.01', { ok: false, code: 'out_of_range' }],
    ['-1', { ok: false, code: 'out_of_range' }],
    ['10.125', { ok: false, code: 'too_many_decimals' }],
    ['ten', { ok: false, code: 'invalid_format' }],
    ['1e2', { ok: false, code: 'invalid_format' }],
    ['', { ok: false, code: 'invalid_format' }],
  ] as const)('%j', (input, expected) => {
    expect(parseLateInterestRate(input)).toMatchObject(expected);
  });
});
