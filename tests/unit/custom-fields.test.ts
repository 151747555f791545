import { describe, expect, it } from 'vitest';
import type { CustomFieldType } from '../../src/generated/prisma/enums.js';
import { applyCustomFields, coerceCustomFieldValue, type CustomFieldDef, type CustomFieldValues } from '../../src/modules/customers/custom-fields.js';

const def = (key: string, type: CustomFieldType, extra: Partial<CustomFieldDef> = {}): CustomFieldDef => ({
  key,
  label: key.toUpperCase(),
  type,
  options: [],
  required: false,
  active: true,
  ...extra,
});

const TEXT = def('note', 'TEXT');
const NUMBER = def('qty', 'NUMBER');
const DATE = def('due', 'DATE');
const BOOLEAN = def('vip', 'BOOLEAN');
const SELECT = def('size', 'SELECT', { options: ['small', 'medium', 'large'] });

type Coerced = ReturnType<typeof coerceCustomFieldValue>;
const ok = (value: string | boolean): Coerced => ({ ok: true, value });

function expectRejected(r: Coerced, code: string): void {
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.code).toBe(code);
    expect(r.message).not.toBe('');
  }
}

describe('coerceCustomFieldValue – TEXT', () => {
  it.each<readonly [unknown, string]>([
    ['hello', 'hello'],
    ['  spaced  ', '  spaced  '], // text is kept as given
    ['x'.repeat(1000), 'x'.repeat(1000)],
    ['åäö ÅÄÖ', 'åäö ÅÄÖ'],
  ])('%j → ok', (value, expected) => {
    expect(coerceCustomFieldValue(TEXT, value)).toEqual(ok(expected));
  });

  it.each<readonly [unknown, string]>([
    ['x'.repeat(1001), 'too_long'],
    [12, 'invalid_type'],
    [true, 'invalid_type'],
    [null, 'invalid_type'],
    [['a'], 'invalid_type'],
    [{ text: 'a' }, 'invalid_type'],
  ])('%j → %s', (value, code) => {
    expectRejected(coerceCustomFieldValue(TEXT, value), code);
  });
});

describe('coerceCustomFieldValue – NUMBER (exact decimal strings)', () => {
  it.each<readonly [unknown, string]>([
    ['12,5', '12.5'], // Swedish decimal comma
    ['12.5', '12.5'],
    [' 42 ', '42'],
    ['-3,25', '-3.25'],
    ['0', '0'],
    ['007', '007'],
    ['123456789012345', '123456789012345'], // 15 integer digits
    ['1.123456', '1.123456'], // 6 decimals
    [12.5, '12.5'],
    [0, '0'],
    [-7, '-7'],
    [0.125, '0.125'],
    [123456789012345, '123456789012345'],
  ])('%j → %j', (value, expected) => {
    expect(coerceCustomFieldValue(NUMBER, value)).toEqual(ok(expected));
  });

  it.each<readonly [unknown]>([
    ['abc'],
    [NaN],
    [Infinity],
    [-Infinity],
    [1e20], // String(1e20) has 21 digits
    [1e21], // '1e+21'
    [1e-7], // '1e-7'
    ['1e3'],
    ['12.1234567'], // 7 decimals
    ['1234567890123456'], // 16 integer digits
    ['1,234.5'],
    ['1 000'],
    ['+5'],
    ['.5'],
    ['12.'],
    [''],
    [true],
    [null],
    [{}],
  ])('%j → invalid_number', (value) => {
    expectRejected(coerceCustomFieldValue(NUMBER, value), 'invalid_number');
  });
});

describe('coerceCustomFieldValue – DATE (real dates only)', () => {
  it.each(['2025-01-05', '2024-02-29', '2000-02-29', '2025-12-31', '1999-04-30'])('%j → ok', (value) => {
    expect(coerceCustomFieldValue(DATE, value)).toEqual(ok(value));
  });

  it.each<readonly [unknown]>([
    ['2025-02-29'], // not a leap year
    ['1900-02-29'], // century, not a leap year
    ['2025-04-31'],
    ['2025-13-01'],
    ['2025-00-10'],
    ['2025-01-00'],
    ['2025-1-5'],
    ['20250105'],
    ['2025-01-05T00:00:00Z'],
    [' 2025-01-05'],
    ['05/01/2025'],
    [''],
    [20250105],
    [new Date('2025-01-05T00:00:00Z')],
    [null],
  ])('%j → invalid_date', (value) => {
    expectRejected(coerceCustomFieldValue(DATE, value), 'invalid_date');
  });
});

describe('coerceCustomFieldValue – BOOLEAN', () => {
  it.each([true, false])('%j → ok', (value) => {
    expect(coerceCustomFieldValue(BOOLEAN, value)).toEqual(ok(value));
  });

  it.each<readonly [unknown]>([['true'], ['false'], [1], [0], [null], ['yes']])('%j → invalid_type', (value) => {
    expectRejected(coerceCustomFieldValue(BOOLEAN, value), 'invalid_type');
  });
});

describe('coerceCustomFieldValue – SELECT (options small, medium, large)', () => {
  it.each(['small', 'medium', 'large'])('%j → ok', (value) => {
    expect(coerceCustomFieldValue(SELECT, value)).toEqual(ok(value));
  });

  it.each<readonly [unknown]>([['Medium'], [' medium'], ['xl'], [''], [1], [true], [['small']]])('%j → invalid_option', (value) => {
    expectRejected(coerceCustomFieldValue(SELECT, value), 'invalid_option');
  });

  it('a select without options accepts nothing', () => {
    expectRejected(coerceCustomFieldValue(def('empty', 'SELECT'), 'small'), 'invalid_option');
  });
});

// ---------------------------------------------------------------------------------------------

describe('applyCustomFields', () => {
  const REQUIRED_SIZE = { ...SELECT, required: true };
  const LEGACY = def('legacy', 'TEXT', { active: false });
  const OLD_REQUIRED = def('oldReq', 'TEXT', { active: false, required: true });
  const DEFS: CustomFieldDef[] = [TEXT, NUMBER, DATE, BOOLEAN, REQUIRED_SIZE, LEGACY, OLD_REQUIRED];

  type Input = { key: string; value: unknown }[] | undefined;
  type Row = readonly [label: string, inputs: Input, current: CustomFieldValues, values: CustomFieldValues, issues: { path: string; code: string }[]];

  it.each<Row>([
    ['no inputs keep the current values', undefined, { size: 'small', note: 'x' }, { size: 'small', note: 'x' }, []],
    ['empty inputs keep the current values', [], { size: 'small', note: 'x' }, { size: 'small', note: 'x' }, []],
    [
      'values of every type',
      [
        { key: 'note', value: 'Ring först' },
        { key: 'qty', value: '12,5' },
        { key: 'due', value: '2024-02-29' },
        { key: 'vip', value: false },
        { key: 'size', value: 'large' },
      ],
      {},
      { note: 'Ring först', qty: '12.5', due: '2024-02-29', vip: false, size: 'large' },
      [],
    ],
    ['values not mentioned are kept', [{ key: 'qty', value: 4 }], { size: 'large', note: 'keep', qty: '3' }, { size: 'large', note: 'keep', qty: '4' }, []],
    [
      'unknown key',
      [
        { key: 'size', value: 'small' },
        { key: 'colour', value: 'red' },
      ],
      {},
      { size: 'small' },
      [{ path: 'customFields.1.key', code: 'unknown_field' }],
    ],
    [
      'inactive definition counts as unknown, its stored value is left alone',
      [{ key: 'legacy', value: 'new' }],
      { size: 'small', legacy: 'old' },
      { size: 'small', legacy: 'old' },
      [{ path: 'customFields.0.key', code: 'unknown_field' }],
    ],
    [
      'inactive definition cannot be cleared either',
      [{ key: 'legacy', value: null }],
      { size: 'small', legacy: 'old' },
      { size: 'small', legacy: 'old' },
      [{ path: 'customFields.0.key', code: 'unknown_field' }],
    ],
    [
      'duplicate key: the first wins, the second is reported',
      [
        { key: 'qty', value: 1 },
        { key: 'size', value: 'small' },
        { key: 'qty', value: 2 },
      ],
      {},
      { qty: '1', size: 'small' },
      [{ path: 'customFields.2.key', code: 'duplicate' }],
    ],
    [
      'duplicate key after a clear',
      [
        { key: 'note', value: null },
        { key: 'note', value: 'again' },
      ],
      { size: 'small', note: 'x' },
      { size: 'small' },
      [{ path: 'customFields.1.key', code: 'duplicate' }],
    ],
    ['null clears', [{ key: 'note', value: null }], { size: 'small', note: 'x' }, { size: 'small' }, []],
    ["'' clears", [{ key: 'note', value: '' }], { size: 'small', note: 'x' }, { size: 'small' }, []],
    ['undefined clears', [{ key: 'vip', value: undefined }], { size: 'small', vip: true }, { size: 'small' }, []],
    ['clearing a value that is not set', [{ key: 'due', value: null }], { size: 'small' }, { size: 'small' }, []],
    ['required field missing', undefined, {}, {}, [{ path: 'customFields', code: 'required' }]],
    ['required field cleared with null', [{ key: 'size', value: null }], { size: 'small' }, {}, [{ path: 'customFields', code: 'required' }]],
    ["required field cleared with ''", [{ key: 'size', value: '' }], { size: 'small' }, {}, [{ path: 'customFields', code: 'required' }]],
    ['required field given now', [{ key: 'size', value: 'medium' }], {}, { size: 'medium' }, []],
    [
      'invalid value keeps the current one',
      [{ key: 'due', value: '2025-02-29' }],
      { size: 'small', due: '2025-01-01' },
      { size: 'small', due: '2025-01-01' },
      [{ path: 'customFields.0.value', code: 'invalid_date' }],
    ],
    [
      // A required field given an invalid value is reported once, at its value.
      'invalid required value: reported once, at the value',
      [{ key: 'size', value: 'xl' }],
      {},
      {},
      [{ path: 'customFields.0.value', code: 'invalid_option' }],
    ],
    [
      'invalid required value keeps the valid current one',
      [{ key: 'size', value: 'xl' }],
      { size: 'small' },
      { size: 'small' },
      [{ path: 'customFields.0.value', code: 'invalid_option' }],
    ],
    [
      'every problem at once',
      [
        { key: 'nope', value: 1 },
        { key: 'qty', value: 'abc' },
        { key: 'vip', value: 'yes' },
        { key: 'qty', value: 2 },
      ],
      {},
      {},
      [
        { path: 'customFields.0.key', code: 'unknown_field' },
        { path: 'customFields.1.value', code: 'invalid_number' },
        { path: 'customFields.2.value', code: 'invalid_type' },
        { path: 'customFields.3.key', code: 'duplicate' },
        { path: 'customFields', code: 'required' },
      ],
    ],
  ])('%s', (_label, inputs, current, values, issues) => {
    const r = applyCustomFields(inputs, DEFS, current);
    expect(r.values).toEqual(values);
    expect(r.issues.map(({ path, code }) => ({ path, code }))).toEqual(issues);
  });

  it('one required issue per missing required field, naming it', () => {
    const other = def('region', 'TEXT', { required: true, label: 'Region' });
    const r = applyCustomFields(undefined, [REQUIRED_SIZE, other], {});
    expect(r.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'customFields', code: 'required' },
      { path: 'customFields', code: 'required' },
    ]);
    expect(r.issues[0]?.message).toContain('size');
    expect(r.issues[1]?.message).toContain('region');
  });

  it('uses the given path prefix', () => {
    const r = applyCustomFields(
      [
        { key: 'colour', value: 'red' },
        { key: 'qty', value: 'x' },
      ],
      DEFS,
      {},
      'rows.4.customFields',
    );
    expect(r.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'rows.4.customFields.0.key', code: 'unknown_field' },
      { path: 'rows.4.customFields.1.value', code: 'invalid_number' },
      { path: 'rows.4.customFields', code: 'required' },
    ]);
  });

  it('does not mutate the current values', () => {
    const current = Object.freeze({ size: 'small', note: 'x' });
    const r = applyCustomFields(
      [
        { key: 'note', value: null },
        { key: 'qty', value: 1 },
      ],
      DEFS,
      current,
    );
    expect(current).toEqual({ size: 'small', note: 'x' });
    expect(r.values).toEqual({ size: 'small', qty: '1' });
    expect(r.values).not.toBe(current);
  });
});
