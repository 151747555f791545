// The label table of the invoice and credit-note PDFs: which language a customer language prints
// in, how each language writes numbers, amounts and dates, and that the English texts are English
// with the Swedish statutory terms kept beside the legal phrases.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/modules/customers/rules.js';
import { identityNumberLabel, type PdfLabels, pdfLabels, printLanguage } from '../../src/modules/invoices/pdf-labels.js';

const SV = pdfLabels('SV');
const EN = pdfLabels('EN');

describe('printLanguage / pdfLabels', () => {
  it.each([
    ['SV', 'SV'],
    ['EN', 'EN'],
    ['NB', 'EN'],
    ['DA', 'EN'],
    ['FI', 'EN'],
    ['DE', 'EN'],
    ['PL', 'EN'],
    ['ET', 'EN'],
    ['LT', 'EN'],
    ['LV', 'EN'],
    ['sv', 'SV'],
    [' en ', 'EN'],
    [null, 'SV'],
    [undefined, 'SV'],
    ['', 'SV'],
  ] as const)('%j prints in %s', (language, expected) => {
    expect(printLanguage(language)).toBe(expected);
    expect(pdfLabels(language).language).toBe(expected);
  });

  it('covers every customer language', () => {
    for (const language of LANGUAGES) expect(pdfLabels(language)).toBe(language === 'SV' ? SV : EN);
  });

  it('gives the PDF its language tag', () => {
    expect(SV.pdfLang).toBe('sv-SE');
    expect(EN.pdfLang).toBe('en-GB');
  });
});

describe('number and date formats', () => {
  it.each([
    ['12345.6', '12 345,60 kr', '12,345.60 SEK'],
    ['-1300', '-1 300,00 kr', '-1,300.00 SEK'],
    ['0', '0,00 kr', '0.00 SEK'],
    ['1234567.05', '1 234 567,05 kr', '1,234,567.05 SEK'],
    ['999.999', '1 000,00 kr', '1,000.00 SEK'],
    ['-0.001', '0,00 kr', '0.00 SEK'],
    ['-0.005', '-0,01 kr', '-0.01 SEK'],
    ['100', '100,00 kr', '100.00 SEK'],
    [' 47500.00 ', '47 500,00 kr', '47,500.00 SEK'],
  ])('money %j → %j / %j', (input, sv, en) => {
    expect(SV.money(input)).toBe(sv);
    expect(EN.money(input)).toBe(en);
  });

  it.each([
    ['amount', '1234.5', '1 234,50', '1,234.50'],
    ['amount', '-26000', '-26 000,00', '-26,000.00'],
    ['unitPrice', '650', '650,00', '650.00'],
    ['unitPrice', '0.125', '0,125', '0.125'],
    ['unitPrice', '1234.56789', '1 234,5679', '1,234.5679'],
    ['plain', '7.50', '7,5', '7.5'],
    ['plain', '1234.5', '1 234,5', '1,234.5'],
    ['plain', '40', '40', '40'],
    ['percent', '25.00', '25 %', '25%'],
    ['percent', '12.5', '12,5 %', '12.5%'],
  ] as const)('%s %j → %j / %j', (kind, input, sv, en) => {
    const f = (l: PdfLabels) => (kind === 'plain' ? l.plain(input, 'quantity') : l[kind](input));
    expect(f(SV)).toBe(sv);
    expect(f(EN)).toBe(en);
  });

  it.each(['', 'abc', '12,50', '1 000', 'NaN', 'Infinity', '0x10'])('rejects the number %j in both languages', (input) => {
    for (const l of [SV, EN]) {
      expect(() => l.money(input)).toThrow(RangeError);
      expect(() => l.amount(input)).toThrow(RangeError);
      expect(() => l.plain(input, 'quantity')).toThrow(/quantity/);
    }
  });

  it.each([
    ['2026-03-02', '2026-03-02'],
    [' 2026-12-31 ', '2026-12-31'],
    ['2028-02-29', '2028-02-29'],
    ['', ''],
  ])('dates are ISO 8601 in both languages: %j → %j', (input, expected) => {
    expect(SV.date(input)).toBe(expected);
    expect(EN.date(input)).toBe(expected);
  });

  it.each(['2026-02-30', '02/03/2026', '2026-3-2', '2026-13-01'])('rejects the date %j', (input) => {
    expect(() => SV.date(input)).toThrow(RangeError);
    expect(() => EN.date(input)).toThrow(RangeError);
  });
});

describe('the texts', () => {
  /** Every text of a table, by its path (functions called with placeholders). */
  function texts(l: PdfLabels): Map<string, string> {
    const out = new Map<string, string>();
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'string') out.set(path, v);
      else if (typeof v === 'function') {
        // Formatting functions are covered above; templates take strings (or page numbers).
        if (['money', 'amount', 'unitPrice', 'plain', 'percent', 'date'].includes(path)) return;
        out.set(path, path === 'page' ? v(1, 2) : v('X', 'Y', 'Z'));
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    };
    walk(l, '');
    return out;
  }

  it('both tables have every text, none empty', () => {
    const sv = texts(SV);
    const en = texts(EN);
    expect([...en.keys()].sort()).toEqual([...sv.keys()].sort());
    for (const [k, v] of [...sv, ...en]) expect(v.trim(), k).not.toBe('');
  });

  it('the English texts are English: Swedish words only as the statutory term in brackets or the legal reference', () => {
    // Same in both languages by nature: abbreviations, the names ROT/RUT, the statutory reference.
    const same = new Set(['language', 'pdfLang', 'phone', 'reductionName.ROT', 'reductionName.RUT', 'reverseChargeLaw']);
    const sv = texts(SV);
    for (const [k, v] of texts(EN)) {
      if (['language', 'pdfLang'].includes(k)) continue;
      if (!same.has(k)) expect(v, k).not.toBe(sv.get(k));
      const outsideBrackets = v.replace(/\([^)]*\)/g, '').replace('16 kap. 13 § ML', '');
      expect(outsideBrackets, k).not.toMatch(/[åäöÅÄÖ]/);
    }
  });

  it.each([
    ['invoice', 'Faktura', 'Invoice'],
    ['creditNote', 'Kreditfaktura', 'Credit note'],
    ['amountToPay', 'Att betala', 'Amount due'],
    ['fTax', 'Godkänd för F-skatt', 'Approved for F-tax (Godkänd för F-skatt)'],
    ['reverseCharge', 'Omvänd betalningsskyldighet', 'Reverse charge (omvänd betalningsskyldighet)'],
    ['registeredOffice', 'Säte', 'Registered office'],
  ] as const)('%s: %j / %j', (key, sv, en) => {
    expect(SV[key]).toBe(sv);
    expect(EN[key]).toBe(en);
  });

  it('reverse charge names the statute in both languages', () => {
    expect(SV.reverseChargeStatement(SV.reverseChargeLaw)).toBe(
      'Köparen är skyldig att redovisa och betala mervärdesskatten för byggtjänsterna enligt 16 kap. 13 § ML.',
    );
    expect(EN.reverseChargeStatement(EN.reverseChargeLaw)).toBe(
      'The buyer is liable to account for and pay the VAT on the construction services under the Swedish VAT Act, 16 kap. 13 § ML.',
    );
  });

  it('a credit invoice refers to the original', () => {
    expect(SV.creditOf('1001', '2026-03-02')).toBe('Kredit av faktura 1001 (2026-03-02)');
    expect(EN.creditOf('1001', '2026-03-02')).toBe('Credit of invoice 1001 (2026-03-02)');
  });

  it.each([
    ['20000101-2384', 'Personnummer', 'Personal ID no.'],
    ['000101-2384', 'Personnummer', 'Personal ID no.'],
    ['556036-0793', 'Org.nr', 'Org. no.'],
    ['212000-0142', 'Org.nr', 'Org. no.'],
    ['16556036-0793', 'Org.nr', 'Org. no.'],
  ])('identity number %s is labelled %j / %j', (id, sv, en) => {
    expect(identityNumberLabel(SV, id)).toBe(sv);
    expect(identityNumberLabel(EN, id)).toBe(en);
  });

  it('pages and tax reductions', () => {
    expect(SV.page(2, 3)).toBe('Sida 2 av 3');
    expect(EN.page(2, 3)).toBe('Page 2 of 3');
    expect(SV.taxReduction(SV.reductionName.GREEN)).toBe('Skattereduktion (Grön teknik)');
    expect(EN.taxReduction(EN.reductionName.GREEN)).toBe('Tax reduction (green technology)');
    expect(EN.lessTaxReduction('ROT')).toBe('Less tax reduction (ROT)');
  });
});
