// Pure parts of the customer import: cell conversions (what Excel does to data), header
// matching (Swedish and English, order free), the CSV export's field escaping, contact ids.
import { describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  cellBoolean,
  cellCode,
  cellDate,
  cellIdentity,
  cellPhone,
  cellText,
  excelSerialToIsoDate,
  plainNumber,
  type Cell,
} from '../../src/modules/customer-import/cells.js';
import { CONTACT_COLUMNS, CUSTOMER_COLUMNS, customFieldColumns, mapHeader, normaliseHeader, readCell } from '../../src/modules/customer-import/columns.js';
import { csvField } from '../../src/modules/customer-import/export.js';
import { parseContactId } from '../../src/modules/customer-import/contact-rows.js';
import { guessDelimiter, parseRange } from '../../src/modules/customer-import/readers.js';
import type { CustomFieldDef } from '../../src/modules/customers/custom-fields.js';

const s = (value: string): Cell => ({ kind: 'string', value });
const n = (value: number): Cell => ({ kind: 'number', value });
const d = (iso: string): Cell => ({ kind: 'date', value: new Date(`${iso}T00:00:00Z`) });
const code = (r: { ok: boolean; problem?: { code: string } }) => (r.ok ? 'ok' : r.problem!.code);

describe('cell conversions', () => {
  it.each([
    ['empty', { kind: 'empty' } as Cell, null],
    ['trimmed text', s('  Acme AB '), 'Acme AB'],
    ['blank text', s('   '), null],
    ['an integer', n(1102), '1102'],
    ['a large integer, no exponent', n(123456789012), '123456789012'],
  ])('text: %s', (_name, cell, expected) => {
    expect(cellText(cell)).toEqual({ ok: true, value: expected });
  });

  it('refuses formulas, error cells, and dates where text is expected', () => {
    expect(code(cellText({ kind: 'formula', formula: 'A1&B1' }))).toBe('formula');
    expect(code(cellText({ kind: 'error', value: '#N/A' }))).toBe('cell_error');
    const r = cellText(d('2024-03-01'));
    expect(code(r)).toBe('unexpected_date');
    expect(r.ok ? '' : r.problem.message).toContain('2024-03-01');
  });

  it.each([
    // [cell, outcome]
    [s('19850412-1234'), 'ok'],
    [n(198504121234), 'ok'], // 12 digits kept
    [n(8504121234), 'ok'], // 10 digits kept
    [n(1012384), 'lost_leading_zero'], // 0001012384 as a number
    [s('1012384'), 'lost_leading_zero'], // the same saved to CSV
    [n(850412.2384), 'number_float'],
    [s('850412,2384'), 'number_float'],
    [s('8,50412E+11'), 'scientific_notation'],
    [s('1,98504E+11'), 'scientific_notation'],
  ])('identity number %#', (cell, expected) => {
    expect(code(cellIdentity(cell))).toBe(expected);
  });

  it('suggests the number with its leading zeros back', () => {
    const r = cellIdentity(n(1012384));
    expect(r.ok ? '' : r.problem.message).toContain('000101-2384');
  });

  it('phone numbers stored as numbers have lost their leading 0', () => {
    expect(code(cellPhone(n(701234567)))).toBe('lost_leading_zero');
    expect(cellPhone(s('070-123 45 67'))).toEqual({ ok: true, value: '070-123 45 67' });
  });

  it.each([
    [s('Ja'), true],
    [s('nej'), false],
    [s('Yes'), true],
    [s('FALSE'), false],
    [s('Sant'), true],
    [s('x'), true],
    [n(1), true],
    [n(0), false],
    [{ kind: 'boolean', value: true } as Cell, true],
    [{ kind: 'empty' } as Cell, null],
  ])('yes/no %#', (cell, expected) => {
    expect(cellBoolean(cell)).toEqual({ ok: true, value: expected });
  });

  it('an unknown yes/no word is an error', () => {
    expect(code(cellBoolean(s('kanske')))).toBe('invalid_boolean');
  });

  it('dates: a date cell or YYYY-MM-DD text; a bare serial number is a date stored as a number', () => {
    expect(cellDate(d('2024-01-01'))).toEqual({ ok: true, value: '2024-01-01' });
    expect(cellDate(s('2024-01-01'))).toEqual({ ok: true, value: '2024-01-01' });
    const r = cellDate(n(45292));
    expect(code(r)).toBe('date_as_number');
    expect(r.ok ? '' : r.problem.message).toContain('2024-01-01');
    expect(code(cellDate(s('45292')))).toBe('date_as_number');
    expect(excelSerialToIsoDate(45292)).toBe('2024-01-01');
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
  });

  it('customer numbers: integers are text, decimals are refused', () => {
    expect(cellCode(n(1000))).toEqual({ ok: true, value: '1000' });
    expect(code(cellCode(n(1000.5)))).toBe('invalid_format');
    expect(plainNumber(1e20)).toBe('100000000000000000000');
  });
});

describe('columns', () => {
  it('every header name and alias of a kind is unambiguous', () => {
    for (const cols of [CUSTOMER_COLUMNS, CONTACT_COLUMNS]) {
      const owner = new Map<string, string>();
      for (const c of cols) {
        for (const name of [c.sv, c.en, c.key, ...(c.aliases ?? [])].map(normaliseHeader)) {
          expect(owner.get(name) ?? c.key, `${name} is both ${owner.get(name)} and ${c.key}`).toBe(c.key);
          owner.set(name, c.key);
        }
      }
    }
  });

  it('matches Swedish and English headers in any order, and reports unknown ones', () => {
    const m = mapHeader(['E-mail', 'Kundnummer', 'Namn', 'Postnummer', 'Customer type', 'Favourite colour', null, 'ORG.NR'], 'customers');
    expect(m.columns.map((c) => [c.index, c.def.key])).toEqual([
      [0, 'email'],
      [1, 'number'],
      [2, 'name'],
      [3, 'invoicePostcode'],
      [4, 'type'],
      [7, 'organisationNumber'],
    ]);
    expect(m.unknown).toEqual(['Favourite colour']);
    expect(m.problems).toEqual([]);
  });

  it('refuses a column given twice and a sheet without the key column', () => {
    expect(mapHeader(['Namn', 'Name'], 'customers').problems[0]?.code).toBe('duplicate_column');
    expect(mapHeader(['Telefon'], 'customers').problems[0]?.code).toBe('missing_column');
    expect(mapHeader(['Namn', 'Telefon'], 'contacts').problems[0]?.code).toBe('missing_column');
    expect(mapHeader(['Foo', 'Bar'], 'customers').problems[0]?.code).toBe('no_header');
  });

  it('custom fields are columns by label or key; a label that collides gets its key', () => {
    const defs: CustomFieldDef[] = [
      { key: 'floor', label: 'Våning', type: 'NUMBER', options: [], required: false, active: true },
      { key: 'phone2', label: 'Telefon', type: 'TEXT', options: [], required: false, active: true },
      { key: 'old', label: 'Old', type: 'TEXT', options: [], required: false, active: false },
    ];
    expect(customFieldColumns(defs).map((c) => c.sv)).toEqual(['Våning', 'Telefon (phone2)']);
    const m = mapHeader(['Namn', 'våning', 'Telefon (phone2)', 'Telefon', 'Old'], 'customers', defs);
    expect(m.columns.map((c) => c.def.key)).toEqual(['name', 'custom:floor', 'custom:phone2', 'phone']);
    expect(m.unknown).toEqual(['Old']);
  });

  it('reads enumerations in either language or as codes', () => {
    const type = CUSTOMER_COLUMNS.find((c) => c.key === 'type')!;
    const vat = CUSTOMER_COLUMNS.find((c) => c.key === 'vatDisplayType')!;
    const lang = CUSTOMER_COLUMNS.find((c) => c.key === 'language')!;
    const country = CUSTOMER_COLUMNS.find((c) => c.key === 'invoiceCountryCode')!;
    expect(readCell(type, s('Privat'))).toEqual({ ok: true, value: 'PRIVATE' });
    expect(readCell(type, s('company'))).toEqual({ ok: true, value: 'COMPANY' });
    expect(readCell(vat, s('Ingen moms'))).toEqual({ ok: true, value: 'NO_VAT' });
    expect(readCell(vat, s('Normal VAT'))).toEqual({ ok: true, value: 'NORMAL_VAT' });
    expect(readCell(lang, s('engelska'))).toEqual({ ok: true, value: 'EN' });
    expect(readCell(country, s('Sverige'))).toEqual({ ok: true, value: 'SE' });
    expect(code(readCell(type, s('Förening')))).toBe('invalid_option');
  });
});

describe('files', () => {
  it('CSV fields: quoted when needed, formulas escaped', () => {
    expect(csvField('Acme; AB')).toBe('"Acme; AB"');
    expect(csvField('Säg "hej"')).toBe('"Säg ""hej"""');
    expect(csvField('+46 70 123')).toBe("'+46 70 123");
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField(null)).toBe('');
  });

  it('guesses the separator from the header line, ignoring quoted ones', () => {
    expect(guessDelimiter('Kundnummer;Namn;"Ort, län"')).toBe(';');
    expect(guessDelimiter('number,name,city')).toBe(',');
    expect(guessDelimiter('a\tb\tc')).toBe('\t');
  });

  it('parses merged ranges', () => {
    expect(parseRange('B1:C2')).toEqual({ ref: 'B1:C2', top: 1, bottom: 2, left: 2, right: 3 });
    expect(parseRange('AA10')).toMatchObject({ top: 10, bottom: 10, left: 27, right: 27 });
  });

  it('contact ids: the global id the export writes, or a bare id', () => {
    const id = '4b9f7a4e-6f0c-4a51-9a43-3f7c3a6f2c11';
    expect(parseContactId(encodeGlobalID('Contact', id))).toBe(id);
    expect(parseContactId(id.toUpperCase())).toBe(id);
    expect(parseContactId(encodeGlobalID('Customer', id))).toBeNull();
    expect(parseContactId('hello')).toBeNull();
  });
});

describe('the customer category column (revenue accounting)', () => {
  const def = CUSTOMER_COLUMNS.find((c) => c.key === 'category')!;
  it.each([
    ['Kundkategori', 'sv'],
    ['Customer category', 'en'],
    ['kategori', 'alias'],
  ])('maps the header %s (%s)', (header) => {
    expect(mapHeader(['Kundnummer', header], 'customers').columns.map((m) => m.def.key)).toEqual(['number', 'category']);
  });
  it.each([
    ['Extern', 'EXTERNAL'],
    ['External', 'EXTERNAL'],
    ['Koncernintern', 'INTRA_GROUP'],
    ['Intra-group', 'INTRA_GROUP'],
    ['intra_group', 'INTRA_GROUP'],
  ])('reads %s as %s', (text, value) => {
    expect(readCell(def, s(text))).toEqual({ ok: true, value });
  });
  it('refuses anything else and leaves an empty cell empty', () => {
    expect(code(readCell(def, s('Privat')))).toBe('invalid_option');
    expect(readCell(def, { kind: 'empty' })).toEqual({ ok: true, value: null });
  });
});
