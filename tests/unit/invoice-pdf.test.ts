import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { DocumentLine, InvoiceDocument } from '../../src/modules/invoices/document.js';
import { formatSek, renderInvoicePdf, renderPlaceholderPdf } from '../../src/modules/invoices/pdf.js';
import { creditNoteTitle, formatPostcode, orderBuyers, paymentAccounts, postalLine, presentation } from '../../src/modules/invoices/presentation.js';

// ---------------------------------------------------------------------------------------------
// Fixtures (amounts computed as amounts.ts would: VAT per rate on the rate's sum, öre half up)

const seller: InvoiceDocument['seller'] = {
  name: 'Byggmästarna i Västerås AB',
  address: ['Stora Gatan 12', '722 12 Västerås'],
  organisationNumber: '556036-0793',
  vatNumber: 'SE556036079301',
  email: 'faktura@byggmastarna.se',
  phone: '021-12 34 56',
  fSkatt: true,
};

const noPayment: InvoiceDocument['payment'] = { bankgiro: null, plusgiro: null, iban: null, bic: null, details: null };

function line(p: Partial<DocumentLine> & Pick<DocumentLine, 'description' | 'quantity' | 'unitPrice' | 'amount'>): DocumentLine {
  return { code: null, unit: 'st', markupPercent: null, discountPercent: null, vatRate: '25', kind: 'OTHER', ...p };
}

function base(p: Partial<InvoiceDocument>): InvoiceDocument {
  return {
    language: 'SV',
    isCredit: false,
    draft: false,
    number: '1001',
    externalNumber: null,
    title: null,
    description: null,
    invoiceDate: '2026-03-02',
    dueDate: '2026-04-01',
    ocrReference: null,
    deliveryDate: null,
    seller,
    buyer: {
      name: 'Örebro Fastighetsförvaltning AB',
      number: 'K-1042',
      address: ['Box 113', '701 42 Örebro'],
      organisationNumber: '212000-0142',
      vatNumber: 'SE212000014201',
    },
    ourReference: null,
    customerReference: null,
    customerReference2: null,
    projectNumber: null,
    lines: [],
    vatGroups: [],
    subtotal: '0.00',
    vatAmount: '0.00',
    total: '0.00',
    rounding: '0.00',
    roundedTotal: '0.00',
    reverseCharge: false,
    noVat: null,
    taxReduction: null,
    amountToPay: '0.00',
    credit: null,
    paymentTermDays: 30,
    lateInterestRate: null,
    payment: noPayment,
    currency: 'SEK',
    ...p,
  };
}

/** 25 % and 12 %, markup and discount shown, codes hidden, öresavrundning −0,38. */
const normal = base({
  externalNumber: 'FN-55012',
  title: 'Renovering av kontorskök, plan 3',
  description: 'Arbeten enligt offert 2026-118.\nUtfört vecka 8–9.',
  deliveryDate: '2026-02-27',
  ourReference: 'Anna Lindqvist',
  customerReference: 'Erik Ståhl',
  customerReference2: 'PO-77812',
  projectNumber: 'P-2026-014',
  lines: [
    line({ description: 'Snickeriarbete kök', quantity: '40', unit: 'tim', unitPrice: '650.00', amount: '26000.00', kind: 'LABOUR' }),
    line({ description: 'Gipsskivor 13 mm', quantity: '30', unitPrice: '89.50', markupPercent: '10', amount: '2953.50', kind: 'MATERIAL' }),
    line({ description: 'Hyra av ställning', quantity: '1', unit: 'mån', unitPrice: '4500.00', discountPercent: '10', amount: '4050.00' }),
    line({ description: 'Lunchbuffé vid byggmöte', quantity: '5', unit: 'port', unitPrice: '120.00', vatRate: '12', amount: '600.00' }),
  ],
  vatGroups: [
    { rate: '25', base: '33003.50', vat: '8250.88' },
    { rate: '12', base: '600.00', vat: '72.00' },
  ],
  subtotal: '33603.50',
  vatAmount: '8322.88',
  total: '41926.38',
  rounding: '-0.38',
  roundedTotal: '41926.00',
  amountToPay: '41926.00',
});

/** Reverse charge (swedish-rules §3 worked example), item codes shown. */
const reverseCharge = base({
  number: '1002',
  buyer: {
    name: 'Bygg & Anläggning Norr AB',
    number: 'K-2001',
    address: ['Industrivägen 4', '903 27 Umeå'],
    organisationNumber: '556677-8899',
    vatNumber: 'SE556677889901',
  },
  customerReference: 'Lars Öhman',
  lines: [
    line({
      description: 'Arbete underentreprenad, stomme hus B',
      code: 'Ä001',
      quantity: '100',
      unit: 'tim',
      unitPrice: '800.00',
      amount: '80000.00',
      kind: 'LABOUR',
    }),
    line({ description: 'Material stomme', code: 'B-200', quantity: '1', unit: 'parti', unitPrice: '20000.00', amount: '20000.00', kind: 'MATERIAL' }),
  ],
  vatGroups: [{ rate: '25', base: '100000.00', vat: '0.00' }],
  subtotal: '100000.00',
  vatAmount: '0.00',
  total: '100000.00',
  roundedTotal: '100000.00',
  reverseCharge: true,
  amountToPay: '100000.00',
});

/** ROT, two buyers (swedish-rules §2.8, 30 %): 7 500 each, to pay 47 500. */
const rot = base({
  number: '1003',
  buyer: { name: 'Karin Åström', number: 'K-3100', address: ['Björkvägen 3', '722 31 Västerås'], organisationNumber: '20000101-2384', vatNumber: null },
  title: 'Badrumsrenovering',
  lines: [
    line({ description: 'Rivning och plattsättning badrum', quantity: '50', unit: 'tim', unitPrice: '800.00', amount: '40000.00', kind: 'LABOUR' }),
    line({ description: 'Kakel, fix och tätskikt', quantity: '1', unit: 'parti', unitPrice: '10000.00', amount: '10000.00', kind: 'MATERIAL' }),
  ],
  vatGroups: [{ rate: '25', base: '50000.00', vat: '12500.00' }],
  subtotal: '50000.00',
  vatAmount: '12500.00',
  total: '62500.00',
  roundedTotal: '62500.00',
  taxReduction: {
    type: 'ROT',
    basis: '50000.00',
    total: '15000.00',
    labour: '50000.00',
    material: '12500.00',
    other: '0.00',
    buyers: [
      { name: 'Karin Åström', personalIdentityNumber: '20000101-2384', amount: '7500.00', home: 'VÄSTERÅS BJÖRKEN 3:14' },
      { name: 'Olof Åström', personalIdentityNumber: '20000101-2392', amount: '7500.00', home: 'VÄSTERÅS BJÖRKEN 3:14' },
    ],
  },
  amountToPay: '47500.00',
});

/** Credit of invoice 1001 (swedish-rules §4 example): −4 000 net, −1 000 VAT. */
const credit = base({
  isCredit: true,
  number: '1005',
  lines: [
    line({
      description: 'Snickeriarbete kök, felaktigt debiterade timmar',
      quantity: '-4',
      unit: 'tim',
      unitPrice: '1000.00',
      amount: '-4000.00',
      kind: 'LABOUR',
    }),
  ],
  vatGroups: [{ rate: '25', base: '-4000.00', vat: '-1000.00' }],
  subtotal: '-4000.00',
  vatAmount: '-1000.00',
  total: '-5000.00',
  roundedTotal: '-5000.00',
  amountToPay: '-5000.00',
  credit: { originalNumber: '1001', originalDate: '2026-03-02', reason: 'Felaktigt debiterade timmar' },
});

const manyDescriptions = Array.from({ length: 120 }, (_, i) => `Rad ${String(i + 1).padStart(3, '0')} montering våning ${(i % 7) + 1}`);
const many = base({
  number: '1006',
  lines: manyDescriptions.map((description, i) =>
    line({ description, quantity: '2', unit: 'tim', unitPrice: `${500 + i}.00`, amount: `${(500 + i) * 2}.00`, kind: 'LABOUR' }),
  ),
  // Only the layout is under test here; totals are placeholders that add up.
  vatGroups: [{ rate: '25', base: '134280.00', vat: '33570.00' }],
  subtotal: '134280.00',
  vatAmount: '33570.00',
  total: '167850.00',
  roundedTotal: '167850.00',
  amountToPay: '167850.00',
});

// ---------------------------------------------------------------------------------------------

async function extract(pdf: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return { text: text.text, pages: text.pages.map((p) => p.text), total: text.total, info: info.info as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}

/** Text of one extracted line containing all the parts (pdf.js joins a table row into one line). */
const rowWith = (text: string, ...parts: string[]) => text.split('\n').find((l) => parts.every((p) => l.includes(p)));

async function render(doc: InvoiceDocument) {
  const pdf = await renderInvoicePdf(doc);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return { pdf, ...(await extract(pdf)) };
}

describe('formatSek', () => {
  it.each([
    ['12345.6', '12 345,60 kr'],
    ['-1300', '-1 300,00 kr'],
    ['0', '0,00 kr'],
    ['1234567.05', '1 234 567,05 kr'],
    ['999.999', '1 000,00 kr'],
    ['-0.001', '0,00 kr'],
    ['100', '100,00 kr'],
    ['1000', '1 000,00 kr'],
    [' 47500.00 ', '47 500,00 kr'],
  ])('%s → %s', (input, expected) => {
    expect(formatSek(input)).toBe(expected);
  });

  it.each(['', 'abc', '12,50', '1 000', 'NaN', 'Infinity', '0x10'])('rejects %j', (input) => {
    expect(() => formatSek(input)).toThrow(RangeError);
  });
});

describe('renderInvoicePdf', () => {
  it('normal invoice with two VAT rates: parties, invoice data, lines, VAT per rate, totals', async () => {
    const { text, total, info } = await render(normal);
    expect(total).toBe(1);
    for (const s of [
      'Faktura',
      // seller
      'Byggmästarna i Västerås AB',
      'Stora Gatan 12',
      '722 12 Västerås',
      'Org.nr 556036-0793',
      'Momsreg.nr SE556036079301',
      'Godkänd för F-skatt',
      // buyer
      'Örebro Fastighetsförvaltning AB',
      'K-1042',
      'Box 113',
      '701 42 Örebro',
      '212000-0142',
      'SE212000014201',
      // invoice data
      '1001',
      'FN-55012',
      '2026-03-02',
      '2026-04-01',
      '2026-02-27',
      'Anna Lindqvist',
      'Erik Ståhl',
      'PO-77812',
      'P-2026-014',
      '30 dagar netto',
      'Renovering av kontorskök, plan 3',
      'Arbeten enligt offert 2026-118.',
      'Utfört vecka 8–9.',
      // lines
      'Snickeriarbete kök',
      'Gipsskivor 13 mm',
      'Hyra av ställning',
      'Lunchbuffé vid byggmöte',
      'Påslag %',
      'Rabatt %',
      'Moms %',
      // totals
      'Momsspecifikation',
      'Summa exkl. moms',
      '33 603,50 kr',
      '8 322,88 kr',
      'Öresavrundning',
      '-0,38 kr',
      'Att betala',
      '41 926,00 kr',
      'Sida 1 av 1',
    ]) {
      expect(text).toContain(s);
    }
    expect(rowWith(text, 'Snickeriarbete kök', '40', 'tim', '650,00', '25', '26 000,00')).toBeDefined();
    expect(rowWith(text, 'Gipsskivor 13 mm', '89,50', '10', '2 953,50')).toBeDefined();
    expect(rowWith(text, 'Lunchbuffé vid byggmöte', '120,00', '12', '600,00')).toBeDefined();
    // VAT per rate: rate, base and VAT on one row
    expect(rowWith(text, '25 %', '33 003,50 kr', '8 250,88 kr')).toBeDefined();
    expect(rowWith(text, '12 %', '600,00 kr', '72,00 kr')).toBeDefined();
    expect(rowWith(text, 'Att betala', '41 926,00 kr')).toBeDefined();
    // codes are hidden: no code column
    expect(text).not.toContain('Art.nr');
    expect(text).not.toContain('Omvänd betalningsskyldighet');
    expect(text).not.toContain('Skattereduktion');
    expect(info.Title).toBe('Faktura 1001');
    expect(info.Author).toBe('Byggmästarna i Västerås AB');
    expect(String(info.CreationDate)).toMatch(/^D:20260302/);
  });

  it('prints the OCR reference to pay with, labelled by language; none when there is none', async () => {
    expect((await render({ ...normal, ocrReference: '10015' })).text).toMatch(/OCR-nummer\s*10015/);
    expect((await render({ ...normal, language: 'EN', ocrReference: '10015' })).text).toMatch(/OCR reference\s*10015/);
    expect((await render(normal)).text).not.toContain('OCR');
  });

  it('reverse charge: no VAT, the statement with 16 kap. 13 § ML and both VAT numbers', async () => {
    const { text } = await render(reverseCharge);
    for (const s of [
      'Omvänd betalningsskyldighet',
      '16 kap. 13 § ML',
      'Säljarens momsreg.nr: SE556036079301',
      'Köparens momsreg.nr: SE556677889901',
      'Byggmästarna i Västerås AB',
      'Bygg & Anläggning Norr AB',
      '1002',
      '2026-03-02',
      'Lars Öhman',
      'Arbete underentreprenad, stomme hus B',
      'Material stomme',
      'Art.nr',
      'Ä001',
      'B-200',
      'Summa exkl. moms',
      '100 000,00 kr',
    ]) {
      expect(text).toContain(s);
    }
    expect(rowWith(text, 'Ä001', '100', '800,00', '80 000,00')).toBeDefined();
    expect(rowWith(text, 'Att betala', '100 000,00 kr')).toBeDefined();
    // no VAT rows, no per-line rate
    expect(text).not.toContain('Momsspecifikation');
    expect(text).not.toContain('Moms %');
    expect(text).not.toContain('inkl. moms');
    expect(text).not.toMatch(/^Moms\b/m);
    expect(text).not.toContain('Öresavrundning');
  });

  it('ROT with two buyers: F-skatt, costs apart, basis, each buyer with personnummer, home and amount, total reduction', async () => {
    const { text } = await render(rot);
    for (const s of [
      'Godkänd för F-skatt',
      'Karin Åström',
      'Personnummer',
      '20000101-2384',
      'Skattereduktion (ROT)',
      'Arbetskostnad',
      '50 000,00 kr',
      'Materialkostnad',
      '12 500,00 kr',
      'Övriga kostnader',
      'Underlag',
      'Total skattereduktion (ROT)',
      '15 000,00 kr',
      'Summa inkl. moms',
      '62 500,00 kr',
    ]) {
      expect(text).toContain(s);
    }
    expect(rowWith(text, 'Karin Åström', '20000101-2384', 'VÄSTERÅS BJÖRKEN 3:14', '7 500,00 kr')).toBeDefined();
    expect(rowWith(text, 'Olof Åström', '20000101-2392', 'VÄSTERÅS BJÖRKEN 3:14', '7 500,00 kr')).toBeDefined();
    expect(rowWith(text, 'Avgår skattereduktion (ROT)', '-15 000,00 kr')).toBeDefined();
    expect(rowWith(text, 'Att betala', '47 500,00 kr')).toBeDefined();
    expect(rowWith(text, '25 %', '50 000,00 kr', '12 500,00 kr')).toBeDefined();
  });

  it.each([
    ['RUT', 'Skattereduktion (RUT)'],
    ['GREEN', 'Skattereduktion (Grön teknik)'],
  ] as const)('names the %s reduction', async (type, heading) => {
    const { text } = await render(base({ ...rot, taxReduction: { ...rot.taxReduction!, type } }));
    expect(text).toContain(heading);
  });

  it('shows a condominium home (BRF and apartment)', async () => {
    const home = 'BRF 717600-4583, lgh 1102';
    const tr = rot.taxReduction!;
    const { text } = await render(base({ ...rot, taxReduction: { ...tr, buyers: [{ ...tr.buyers[0]!, home, amount: '15000.00' }] } }));
    expect(rowWith(text, 'Karin Åström', '20000101-2384', home, '15 000,00 kr')).toBeDefined();
  });

  it('credit invoice: Kreditfaktura, reference to the original and the reason, negative amounts', async () => {
    const { text, info } = await render(credit);
    for (const s of [
      'Kreditfaktura',
      '1005',
      'Kredit av faktura 1001 (2026-03-02)',
      'Felaktigt debiterade timmar',
      'Snickeriarbete kök, felaktigt debiterade timmar',
      '-4 000,00 kr',
    ]) {
      expect(text).toContain(s);
    }
    expect(rowWith(text, '25 %', '-4 000,00 kr', '-1 000,00 kr')).toBeDefined();
    expect(rowWith(text, 'Att återbetala', '5 000,00 kr')).toBeDefined();
    expect(text).not.toContain('Att betala');
    expect(info.Title).toBe('Kreditfaktura 1005');
  });

  it('VAT-free invoice: its grounds and no VAT rows', async () => {
    const reason = 'Momsfri uthyrning av fastighet, 10 kap. 30 § ML';
    const { text } = await render(
      base({
        ...normal,
        noVat: { reason },
        vatGroups: [{ rate: '0', base: '33603.50', vat: '0.00' }],
        vatAmount: '0.00',
        total: '33603.50',
        rounding: '0.50',
        roundedTotal: '33604.00',
        amountToPay: '33604.00',
      }),
    );
    expect(text).toContain('Ingen moms debiteras');
    expect(text).toContain(reason);
    expect(text).not.toContain('Momsspecifikation');
    expect(rowWith(text, 'Öresavrundning', '0,50 kr')).toBeDefined();
    expect(rowWith(text, 'Att betala', '33 604,00 kr')).toBeDefined();
  });

  it('120 lines: several pages, table header and page numbers on each, every line present', async () => {
    const { text, pages, total } = await render(many);
    expect(total).toBeGreaterThan(1);
    expect(pages).toHaveLength(total);
    for (const [i, page] of pages.entries()) {
      expect(page).toContain(`Sida ${i + 1} av ${total}`);
      expect(page).toContain('Beskrivning');
      expect(page).toContain('Byggmästarna i Västerås AB');
    }
    for (const d of manyDescriptions) expect(text).toContain(d);
    // each description exactly once, in order
    const positions = manyDescriptions.map((d) => text.indexOf(d));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(rowWith(pages.at(-1)!, 'Att betala', '167 850,00 kr')).toBeDefined();
  });

  it('continues a line or invoice description longer than a page on the next pages without losing words', async () => {
    const words = Array.from({ length: 1500 }, (_, i) => `ord${i + 1}`);
    const { text, total } = await render(
      base({
        ...normal,
        description: words.map((w) => `inledning${w}`).join(' '),
        lines: [line({ description: words.join(' '), code: 'X1', quantity: '1', unitPrice: '1', amount: '1.00' }), ...normal.lines],
      }),
    );
    expect(total).toBeGreaterThan(3);
    const inLine = new Set(text.match(/\bord\d+\b/g));
    const inDescription = new Set(text.match(/\binledningord\d+\b/g));
    expect(words.filter((w) => !inLine.has(w))).toEqual([]);
    expect(words.filter((w) => !inDescription.has(`inledning${w}`))).toEqual([]);
    for (const d of normal.lines) expect(text).toContain(d.description);
    expect(rowWith(text, 'Att betala', '41 926,00 kr')).toBeDefined();
  });

  it('repeats the buyer table header when many tax-reduction buyers run over a page', async () => {
    const tr = rot.taxReduction!;
    const buyers = Array.from({ length: 45 }, (_, i) => ({ ...tr.buyers[i % 2]!, name: `Köpare ${String(i + 1).padStart(2, '0')} Åström`, amount: '333.00' }));
    const { text, pages, total } = await render(base({ ...many, taxReduction: { ...tr, buyers, total: '14985.00' } }));
    expect(total).toBeGreaterThan(3);
    for (const b of buyers) expect(rowWith(text, b.name, b.personalIdentityNumber, '333,00 kr')).toBeDefined();
    const withBuyers = pages.filter((p) => /Köpare \d\d Åström/.test(p));
    expect(withBuyers.length).toBeGreaterThan(1);
    for (const p of withBuyers) expect(p).toContain('Personnummer');
    expect(text).toContain('Total skattereduktion (ROT)');
  });

  it('renders an invoice without lines', async () => {
    const { text, total } = await render(
      base({
        ...normal,
        lines: [],
        vatGroups: [],
        subtotal: '0.00',
        vatAmount: '0.00',
        total: '0.00',
        rounding: '0.00',
        roundedTotal: '0.00',
        amountToPay: '0.00',
      }),
    );
    expect(total).toBe(1);
    expect(rowWith(text, 'Att betala', '0,00 kr')).toBeDefined();
    expect(text).not.toContain('Öresavrundning');
  });

  it('wraps long descriptions and keeps text outside WinAnsi readable', async () => {
    const long =
      'Demontering av befintlig köksinredning inklusive bänkskivor, vitvaror och överskåp samt bortforsling till återvinningscentral enligt miljöplan';
    const { text } = await render(
      base({
        ...normal,
        lines: [
          ...normal.lines,
          line({ description: long, quantity: '1', unitPrice: '0', amount: '0.00' }),
          line({ description: 'Łukasz Wiśniewski − 5 m²\tÅ', quantity: '1', unitPrice: '0', amount: '0.00' }),
        ],
      }),
    );
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Demontering av befintlig köksinredning');
    expect(flat).toContain('återvinningscentral enligt miljöplan');
    expect(text).toContain('Lukasz Wisniewski - 5 m² Å');
  });

  it('renders decomposed Unicode (NFD) Swedish letters correctly', async () => {
    const { text } = await render(base({ ...normal, buyer: { ...normal.buyer, name: 'Åke Öberg Bygg AB'.normalize('NFD') } }));
    expect(text).toContain('Åke Öberg Bygg AB');
  });

  it('is deterministic: the same document gives identical bytes', async () => {
    for (const doc of [normal, rot, many]) {
      const [a, b] = await Promise.all([renderInvoicePdf(doc), renderInvoicePdf(structuredClone(doc))]);
      expect(a.equals(b)).toBe(true);
    }
    expect((await renderInvoicePdf(normal)).equals(await renderInvoicePdf({ ...normal, number: '1007' }))).toBe(false);
  });

  it('rejects an invalid invoice date or amount', async () => {
    await expect(renderInvoicePdf({ ...normal, invoiceDate: '2026-02-30' })).rejects.toThrow(RangeError);
    await expect(renderInvoicePdf({ ...normal, amountToPay: '41 926' })).rejects.toThrow(RangeError);
  });
});

describe('renderInvoicePdf in the customer’s language', () => {
  it('EN: an invoice in English, with English number formats; what users typed stays as entered', async () => {
    const { text, info, pdf } = await render({ ...normal, language: 'EN' });
    for (const s of [
      'Invoice',
      'Invoice no.',
      'External no.',
      'Invoice date',
      'Due date',
      'Delivery date',
      'Payment terms',
      'Our reference',
      'Your reference',
      'Your reference 2',
      'Project no.',
      'CUSTOMER',
      'Customer no.',
      'Org. no. 556036-0793',
      'VAT reg. no. SE556036079301',
      'Approved for F-tax (Godkänd för F-skatt)',
      'Description',
      'Qty',
      'Unit price',
      'Markup %',
      'Discount %',
      'VAT %',
      'Amount',
      'VAT specification',
      'VAT rate',
      'Taxable amount',
      'Total excl. VAT',
      '33,603.50 SEK',
      'Rounding',
      '-0.38 SEK',
      'Page 1 of 1',
      // dates stay ISO 8601
      '2026-03-02',
      '2026-04-01',
      // payment terms in the document's language
      '30 days net',
      // typed by users: as entered
      'Snickeriarbete kök',
      'Arbeten enligt offert 2026-118.',
    ]) {
      expect(text, s).toContain(s);
    }
    expect(rowWith(text, 'Snickeriarbete kök', '40', 'tim', '650.00', '25', '26,000.00')).toBeDefined();
    expect(rowWith(text, 'Gipsskivor 13 mm', '89.50', '10', '2,953.50')).toBeDefined();
    expect(rowWith(text, '25%', '33,003.50 SEK', '8,250.88 SEK')).toBeDefined();
    expect(rowWith(text, '12%', '600.00 SEK', '72.00 SEK')).toBeDefined();
    expect(rowWith(text, 'VAT', '8,322.88 SEK')).toBeDefined();
    expect(rowWith(text, 'Amount due', '41,926.00 SEK')).toBeDefined();
    for (const swedish of [
      'Faktura',
      'Fakturanummer',
      'Att betala',
      'Momsspecifikation',
      'Summa',
      'Öresavrundning',
      'Sida',
      'Godkänd för F-skatt ',
      ' kr',
      'dagar',
    ]) {
      expect(text, swedish).not.toContain(swedish);
    }
    expect(info.Title).toBe('Invoice 1001');
    expect(info.Subject).toBe('Invoice 1001 to Örebro Fastighetsförvaltning AB');
    expect(pdf.toString('latin1')).toContain('/Lang (en-GB)');
  });

  it('SV: the same invoice for a Swedish customer stays Swedish', async () => {
    const { text, info, pdf } = await render({ ...normal, language: 'SV' });
    for (const s of ['Faktura', 'Fakturanummer', 'Godkänd för F-skatt', 'Beskrivning', 'Summa exkl. moms', 'Sida 1 av 1']) expect(text).toContain(s);
    expect(rowWith(text, 'Att betala', '41 926,00 kr')).toBeDefined();
    for (const english of ['Invoice', 'Amount due', 'VAT', 'SEK', 'Page']) expect(text, english).not.toContain(english);
    expect(info.Title).toBe('Faktura 1001');
    expect(pdf.toString('latin1')).toContain('/Lang (sv-SE)');
  });

  it('EN: a credit note refers to the original invoice and gives the reason in English', async () => {
    const { text, info } = await render({ ...credit, language: 'EN' });
    for (const s of ['Credit note', 'Credit note no.', 'Credit of invoice 1001 (2026-03-02)', 'Reason: Felaktigt debiterade timmar', '-4,000.00 SEK']) {
      expect(text, s).toContain(s);
    }
    expect(rowWith(text, 'To be refunded', '5,000.00 SEK')).toBeDefined();
    expect(text).not.toContain('Amount due');
    expect(text).not.toContain('Kredit');
    expect(info.Title).toBe('Credit note 1005');
  });

  it('EN: reverse charge keeps its legal meaning, with the Swedish statutory term and reference', async () => {
    const { text } = await render({ ...reverseCharge, language: 'EN' });
    const flat = text.replace(/\s+/g, ' ');
    for (const s of [
      'Reverse charge (omvänd betalningsskyldighet)',
      'The buyer is liable to account for and pay the VAT on the construction services under the Swedish VAT Act, 16 kap. 13 § ML.',
      "Seller's VAT reg. no.: SE556036079301",
      "Buyer's VAT reg. no.: SE556677889901",
      'Item no.',
    ]) {
      expect(flat, s).toContain(s);
    }
    expect(rowWith(text, 'Amount due', '100,000.00 SEK')).toBeDefined();
    expect(text).not.toContain('Köparen');
    expect(text).not.toContain('VAT %');
  });

  it('EN: the ROT details and the buyers in English', async () => {
    const { text } = await render({ ...rot, language: 'EN' });
    for (const s of [
      'Tax reduction (ROT)',
      'Labour cost',
      'Material cost',
      'Other costs',
      'Basis (labour cost incl. VAT)',
      'Buyer',
      'Personal ID no.',
      'Property designation / condominium',
      'Total tax reduction (ROT)',
      'Total incl. VAT',
      '62,500.00 SEK',
      'claimed from the Swedish Tax Agency (Skatteverket)',
    ]) {
      expect(text, s).toContain(s);
    }
    expect(rowWith(text, 'Karin Åström', '20000101-2384', 'VÄSTERÅS BJÖRKEN 3:14', '7,500.00 SEK')).toBeDefined();
    expect(rowWith(text, 'Less tax reduction (ROT)', '-15,000.00 SEK')).toBeDefined();
    expect(rowWith(text, 'Amount due', '47,500.00 SEK')).toBeDefined();
    expect(text).not.toContain('Skattereduktion');
    const green = await render({ ...rot, language: 'EN', taxReduction: { ...rot.taxReduction!, type: 'GREEN' } });
    expect(green.text).toContain('Tax reduction (green technology)');
    expect(green.text).toContain('Basis (labour and material incl. VAT)');
    const rut = await render({ ...rot, language: 'EN', taxReduction: { ...rot.taxReduction!, type: 'RUT' } });
    expect(rut.text).toContain('Home');
  });

  it('EN: the continuation header and page numbers of a multi-page invoice', async () => {
    const { pages, total } = await render({ ...many, language: 'EN' });
    expect(total).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) {
      expect(page).toContain(`Page ${i + 1} of ${total}`);
      expect(page).toContain('Description');
    }
    expect(pages[1]).toContain('Invoice 1006 · 2026-03-02');
  });

  it.each(['NB', 'DA', 'FI', 'DE', 'PL', 'ET', 'LT', 'LV'] as const)('%s: printed in English, byte for byte the English document', async (language) => {
    const [other, english] = await Promise.all([renderInvoicePdf({ ...normal, language }), renderInvoicePdf({ ...normal, language: 'EN' })]);
    expect(other.equals(english)).toBe(true);
    const { text } = await extract(other);
    expect(rowWith(text, 'Amount due', '41,926.00 SEK')).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------
// What a draft, a final invoice and a credit note present (presentation.ts), as tables, and the
// PDF text that follows from it.

describe('presentation', () => {
  it.each([
    // draft, isCredit, amountToPay → number is final, due date, OCR, payment details, late interest, terms, amount kind, amount shown
    [false, false, '41926.00', true, true, true, true, true, true, 'TO_PAY', '41926'],
    [true, false, '41926.00', false, false, false, false, false, true, 'PRELIMINARY', '41926'],
    [false, true, '-5000.00', true, false, false, false, false, false, 'TO_REFUND', '5000'],
    [true, true, '-5000.00', false, false, false, false, false, false, 'PRELIMINARY_REFUND', '5000'],
    [false, true, '-0.00', true, false, false, false, false, false, 'TO_REFUND', '0'],
    // a credit note asking for money (never made by the service) says so instead of a negative refund
    [false, true, '100.00', true, false, false, false, false, false, 'TO_PAY', '100'],
    [false, false, '-20.00', true, true, true, true, true, true, 'TO_PAY', '-20'],
  ] as const)('draft %s, credit %s, %s', (draft, isCredit, amountToPay, finalNumber, due, ocr, pay, interest, terms, kind, value) => {
    expect(presentation({ draft, isCredit, amountToPay })).toEqual({
      draft,
      finalNumber,
      showDueDate: due,
      showOcr: ocr,
      showPaymentDetails: pay,
      showLateInterest: interest,
      showPaymentTerms: terms,
      amount: { kind, value },
    });
  });
});

describe('formatPostcode', () => {
  it.each([
    ['90325', 'SE', '903 25'],
    ['903 25', 'SE', '903 25'],
    [' 903  25 ', 'SE', '903 25'],
    ['SE-903 25', 'SE', '903 25'],
    ['se90325', 'SE', '903 25'],
    ['11122', null, '111 22'],
    ['11122', undefined, '111 22'],
    ['11122', '', '111 22'],
    ['11122', 'se', '111 22'],
    // not five digits: as entered
    ['1234', 'SE', '1234'],
    ['123456', 'SE', '123456'],
    // other countries: as entered
    ['0150', 'NO', '0150'],
    ['00100', 'FI', '00100'],
    ['10115', 'DE', '10115'],
    ['SW1A 1AA', 'GB', 'SW1A 1AA'],
    ['', 'SE', null],
    ['  ', 'SE', null],
    [null, 'SE', null],
  ] as const)('%j in %j → %j', (postcode, country, expected) => {
    expect(formatPostcode(postcode, country)).toBe(expected);
  });

  it.each([
    ['90325', 'Umeå', 'SE', '903 25 Umeå'],
    ['10115', 'Berlin', 'DE', '10115 Berlin'],
    [null, 'Umeå', 'SE', 'Umeå'],
    ['90325', null, 'SE', '903 25'],
    [null, ' ', 'SE', null],
  ] as const)('postal line %j %j %j → %j', (postcode, city, country, expected) => {
    expect(postalLine(postcode, city, country)).toBe(expected);
  });
});

describe('paymentAccounts', () => {
  it.each([
    [
      { bankgiro: '50501055', plusgiro: '478909', iban: 'SE4550000000058398257466', bic: 'ESSESESS', paymentDetails: ' Swish 123 456 78 90 ' },
      { bankgiro: '5050-1055', plusgiro: '4 78 90-9', iban: 'SE45 5000 0000 0583 9825 7466', bic: 'ESSESESS', details: 'Swish 123 456 78 90' },
    ],
    [
      { bankgiro: '1234566', plusgiro: '12', iban: 'se45 5000 0000 0583 9825 7466', bic: 'esse se ss', paymentDetails: '' },
      { bankgiro: '123-4566', plusgiro: '1-2', iban: 'SE45 5000 0000 0583 9825 7466', bic: 'ESSESESS', details: null },
    ],
    [
      { bankgiro: null, plusgiro: null, iban: null, bic: null, paymentDetails: null },
      { bankgiro: null, plusgiro: null, iban: null, bic: null, details: null },
    ],
  ])('%j → %j', (company, expected) => {
    expect(paymentAccounts(company)).toEqual(expected);
  });
});

describe('creditNoteTitle', () => {
  it.each([
    ['Kredit av faktura 17 (2026-03-02)', '17', null],
    ['Kredit av faktura 17', '17', null],
    ['kredit av faktura nr 17', '17', null],
    ['Credit of invoice 17 (2026-03-02)', '17', null],
    // another invoice's number, or a title of its own: kept
    ['Kredit av faktura 170 (2026-03-02)', '17', 'Kredit av faktura 170 (2026-03-02)'],
    ['Kredit av faktura 17, fel pris på rad 2', '17', 'Kredit av faktura 17, fel pris på rad 2'],
    ['Renovering badrum', '17', 'Renovering badrum'],
    ['Kredit av faktura 17', null, 'Kredit av faktura 17'],
    [null, '17', null],
    ['  ', '17', null],
  ] as const)('%j (original %j) → %j', (title, original, expected) => {
    expect(creditNoteTitle(title, original)).toBe(expected);
  });
});

describe('orderBuyers', () => {
  const t = (ms: number) => new Date(Date.UTC(2026, 2, 2, 10, 0, 0, ms));
  const b = (id: string, contactId: string, ms: number) => ({ id, contactId, createdAt: t(ms) });
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

  it.each([
    ['in the order added', [b('b', 'erik', 2), b('a', 'anna', 1)], undefined, ['a', 'b']],
    ['already in order', [b('a', 'anna', 1), b('b', 'erik', 2)], undefined, ['a', 'b']],
    ['added in the same millisecond: by id', [b('f2', 'erik', 1), b('0c', 'anna', 1)], undefined, ['0c', 'f2']],
    ['three', [b('c', 'x', 3), b('a', 'y', 1), b('b', 'z', 2)], undefined, ['a', 'b', 'c']],
    // a credit note's buyers follow the original's order, whatever order they were copied in
    ['credit note: the original order', [b('a', 'anna', 1), b('b', 'erik', 2)], ['erik', 'anna'], ['b', 'a']],
    ['credit note: a buyer not on the original comes last', [b('n', 'new', 0), b('b', 'erik', 2)], ['erik'], ['b', 'n']],
    ['no buyers', [], ['erik'], []],
  ] as const)('%s', (_name, buyers, original, expected) => {
    expect(ids(orderBuyers(buyers, original))).toEqual(expected);
    expect(ids(orderBuyers([...buyers].reverse(), original))).toEqual(expected);
  });
});

const payment: InvoiceDocument['payment'] = {
  bankgiro: '5050-1055',
  plusgiro: '4 78 90-9',
  iban: 'SE45 5000 0000 0583 9825 7466',
  bic: 'ESSESESS',
  details: 'Swish 123 456 78 90',
};
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a final invoice: payment details, payment terms and late interest in the document’s language', () => {
  it('SV: the accounts beside the OCR reference, the free text, the terms in Swedish, the company’s interest rate', async () => {
    const { text } = await render({ ...normal, ocrReference: '10015', payment, lateInterestRate: '8.50' });
    const t = flat(text);
    for (const s of [
      'Fakturanummer 1001',
      'Förfallodatum 2026-04-01',
      'OCR-nummer 10015',
      'Bankgiro 5050-1055',
      'Plusgiro 4 78 90-9',
      'IBAN SE45 5000 0000 0583 9825 7466',
      'BIC ESSESESS',
      'Betalning Swish 123 456 78 90',
      'Betalningsvillkor 30 dagar netto',
      'Vid betalning efter förfallodagen debiteras dröjsmålsränta med 8,5 % per år.',
      'Att betala 41 926,00 kr',
    ]) {
      expect(t, s).toContain(s);
    }
    expect(t).not.toContain('UTKAST');
    expect(t).not.toContain('räntelagen');
    // the OCR reference and the accounts together
    expect(t).toMatch(/OCR-nummer 10015 Bankgiro 5050-1055/);
  });

  it('SV: without a rate the sentence refers to the Interest Act; 0 days is cash', async () => {
    const t = flat((await render({ ...normal, paymentTermDays: 0 })).text);
    expect(t).toContain('Vid betalning efter förfallodagen debiteras dröjsmålsränta enligt räntelagen.');
    expect(t).toContain('Betalningsvillkor Kontant');
    expect(t).not.toContain('dagar netto');
    expect(t).not.toContain('Bankgiro');
  });

  it('EN: the same in English', async () => {
    const withRate = flat((await render({ ...normal, language: 'EN', ocrReference: '10015', payment, lateInterestRate: '8' })).text);
    for (const s of [
      'Invoice no. 1001',
      'Due date 2026-04-01',
      'OCR reference 10015',
      'Bankgiro 5050-1055',
      'IBAN SE45 5000 0000 0583 9825 7466',
      'BIC ESSESESS',
      'Payment Swish 123 456 78 90',
      'Payment terms 30 days net',
      'If payment is made after the due date, late-payment interest of 8% per year will be charged.',
    ]) {
      expect(withRate, s).toContain(s);
    }
    expect(withRate).not.toContain('dagar');
    const byLaw = flat((await render({ ...normal, language: 'EN', paymentTermDays: 0 })).text);
    expect(byLaw).toContain('late-payment interest will be charged under the Swedish Interest Act (räntelagen).');
    expect(byLaw).toContain('Payment terms Due on receipt');
  });

  it('prints no payment terms when the invoice has none', async () => {
    expect((await render({ ...normal, paymentTermDays: null })).text).not.toContain('Betalningsvillkor');
  });
});

describe('a draft says what it is', () => {
  const draft = { ...normal, draft: true, ocrReference: '10015', payment, lateInterestRate: '8' };

  it('SV: the mark on the page and in the title, a draft number, no due date, OCR reference or payment instructions', async () => {
    const { text, info, pages } = await render(draft);
    const t = flat(text);
    for (const s of ['UTKAST – ej giltig som faktura', 'Fakturautkast', 'Utkast nr 1001', 'Fakturadatum 2026-03-02', 'Preliminärt belopp 41 926,00 kr']) {
      expect(t, s).toContain(s);
    }
    for (const s of ['Fakturanummer', 'Förfallodatum', '2026-04-01', 'OCR', '10015', 'Bankgiro', 'IBAN', 'Swish', 'Att betala', 'dröjsmålsränta']) {
      expect(t, s).not.toContain(s);
    }
    for (const page of pages) expect(page).toContain('UTKAST – ej giltig som faktura');
    expect(info.Title).toBe('Fakturautkast 1001 (UTKAST – ej giltig som faktura)');
  });

  it('the mark is on every page of a long draft, and in the continuation header', async () => {
    const { pages, total } = await render({ ...many, draft: true });
    expect(total).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('UTKAST – ej giltig som faktura');
    expect(pages[1]).toContain('Fakturautkast 1006 · 2026-03-02');
    const final = await render(many);
    for (const page of final.pages) expect(page).not.toContain('UTKAST');
  });

  it('EN: DRAFT – not valid as an invoice', async () => {
    const { text, pages, info } = await render({ ...draft, language: 'EN' });
    const t = flat(text);
    for (const s of ['DRAFT – not valid as an invoice', 'Draft invoice', 'Draft no. 1001', 'Preliminary amount 41,926.00 SEK']) expect(t, s).toContain(s);
    for (const s of ['Invoice no.', 'Due date', 'OCR', 'Bankgiro', 'Amount due', 'late-payment interest']) expect(t, s).not.toContain(s);
    for (const page of pages) expect(page).toContain('DRAFT – not valid as an invoice');
    expect(info.Title).toBe('Draft invoice 1001 (DRAFT – not valid as an invoice)');
  });

  it('a draft credit note is both', async () => {
    const t = flat((await render({ ...credit, draft: true })).text);
    for (const s of ['UTKAST – ej giltig som faktura', 'Kreditfakturautkast', 'Utkast nr 1005', 'Preliminärt att återbetala 5 000,00 kr'])
      expect(t, s).toContain(s);
    expect(t).not.toContain('Kreditfakturanr');
  });

  it('a locked invoice carries no mark', async () => {
    const { text, info } = await render({ ...draft, draft: false });
    expect(text).not.toContain('UTKAST');
    expect(text).not.toContain('utkast');
    expect(info.Title).toBe('Faktura 1001');
  });
});

describe('a credit note', () => {
  // What the service stores and the company has: a title repeating the reference, a due date, an
  // OCR reference, payment accounts and terms; none of them belong on a credit note.
  const stored = {
    ...credit,
    title: 'Kredit av faktura 1001 (2026-03-02)',
    dueDate: '2026-04-01',
    ocrReference: '10056',
    payment,
    lateInterestRate: '8',
  };

  it('SV: Kreditfaktura, the original referred to once, the amount to be refunded, no due date, terms or payment instructions', async () => {
    const { text } = await render(stored);
    const t = flat(text);
    for (const s of ['Kreditfaktura', 'Kreditfakturanr 1005', 'Orsak: Felaktigt debiterade timmar', 'Att återbetala 5 000,00 kr']) expect(t, s).toContain(s);
    expect(t.match(/Kredit av faktura 1001/g)).toHaveLength(1);
    for (const s of [
      'Förfallodatum',
      '2026-04-01',
      'OCR',
      '10056',
      'Bankgiro',
      'IBAN',
      'Swish',
      'Betalningsvillkor',
      'dagar netto',
      'dröjsmålsränta',
      'Att betala',
      '-5 000,00 kr',
    ]) {
      expect(t, s).not.toContain(s);
    }
  });

  it('EN: Credit note, To be refunded', async () => {
    const t = flat((await render({ ...stored, language: 'EN' })).text);
    for (const s of ['Credit note', 'Credit of invoice 1001 (2026-03-02)', 'To be refunded 5,000.00 SEK']) expect(t, s).toContain(s);
    for (const s of ['Due date', 'OCR', 'Bankgiro', 'Payment terms', 'Amount due', '-5,000.00 SEK', 'Kredit av faktura']) expect(t, s).not.toContain(s);
  });
});

describe('the ROT buyers', () => {
  it('are printed in the document’s order', async () => {
    const { text } = await render(rot);
    expect(text.indexOf('Karin Åström 20000101-2384')).toBeGreaterThan(-1);
    expect(text.indexOf('Karin Åström 20000101-2384')).toBeLessThan(text.indexOf('Olof Åström'));
  });
});

describe('renderPlaceholderPdf', () => {
  it('is a one-page PDF saying where the invoice is available', async () => {
    const pdf = await renderPlaceholderPdf({
      sellerName: 'Byggmästarna i Västerås AB',
      invoiceNumber: '1001',
      externalNumber: 'FN-55012',
      systemName: 'Nordic Project Invoicing',
      language: 'SV',
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, total, info } = await extract(pdf);
    expect(total).toBe(1);
    for (const s of ['Byggmästarna i Västerås AB', 'Faktura 1001', 'FN-55012', 'Nordic Project Invoicing', 'tillgängligt']) expect(text).toContain(s);
    expect(info.Title).toBe('Faktura 1001');
    expect(pdf.length).toBeLessThan(10_000);
  });

  it('is in the customer’s language: English for EN and the other languages', async () => {
    for (const language of ['EN', 'NB'] as const) {
      const pdf = await renderPlaceholderPdf({
        sellerName: 'Byggmästarna i Västerås AB',
        invoiceNumber: '1001',
        externalNumber: 'FN-55012',
        systemName: 'Nordic Project Invoicing',
        language,
      });
      const { text, info } = await extract(pdf);
      const flat = text.replace(/\s+/g, ' ');
      for (const s of [
        'Invoice 1001',
        'External no. FN-55012',
        'The invoice document is available in the invoicing system Nordic Project Invoicing.',
        'larger than the receiving system accepts (5 MB)',
      ]) {
        expect(flat, s).toContain(s);
      }
      expect(flat).not.toContain('Faktura');
      expect(info.Title).toBe('Invoice 1001');
    }
  });

  it('leaves out a missing external number', async () => {
    const pdf = await renderPlaceholderPdf({
      sellerName: 'Byggmästarna i Västerås AB',
      invoiceNumber: '1001',
      externalNumber: null,
      systemName: 'Nordic Project Invoicing',
      language: 'SV',
    });
    const { text } = await extract(pdf);
    expect(text).not.toContain('Externt nummer');
  });
});
