// Sending invoices (pure rules): the method of a sending, the customer's language, the e-mail that
// carries the PDF, and the distribution status the latest sending gives the invoice.
import { describe, expect, it } from 'vitest';
import {
  customerLanguage,
  deliveryMethod,
  distributionStatus,
  formatAmount,
  type InvoiceMailContent,
  renderInvoiceMail,
} from '../../src/modules/invoice-distribution/rules.js';

describe('deliveryMethod', () => {
  it.each([
    [null, 'EMAIL', 'EMAIL'],
    [null, 'PAPER', 'PAPER'],
    [null, 'EDI', 'PEPPOL'],
    ['PAPER', 'EMAIL', 'PAPER'],
    ['EMAIL', 'EDI', 'EMAIL'],
    ['PEPPOL', 'PAPER', 'PEPPOL'],
  ] as const)('asked %s, invoice type %s: %s', (asked, distribution, expected) => {
    expect(deliveryMethod(asked, distribution)).toBe(expected);
  });
});

describe('customerLanguage', () => {
  it.each([
    ['SV', 'sv'],
    ['sv', 'sv'],
    [null, 'sv'],
    ['EN', 'en'],
    ['DE', 'en'],
    ['FI', 'en'],
  ])('%s → %s', (lang, expected) => {
    expect(customerLanguage(lang)).toBe(expected);
  });
});

describe('formatAmount', () => {
  it.each([
    ['6069', 'sv', '6\u00a0069,00\u00a0kr'],
    ['1234567.891', 'sv', '1\u00a0234\u00a0567,89\u00a0kr'],
    ['0.005', 'sv', '0,01\u00a0kr'],
    ['-2750', 'sv', '−2\u00a0750,00\u00a0kr'],
    ['6069', 'en', 'SEK 6,069.00'],
    ['999.995', 'en', 'SEK 1,000.00'],
  ] as const)('%s in %s: %s', (amount, lang, expected) => {
    expect(formatAmount(amount, lang)).toBe(expected);
  });
});

const content: InvoiceMailContent = {
  isCredit: false,
  number: '1001',
  companyName: 'Bygg AB',
  amountToPay: '6069.00',
  dueDate: '2026-12-31',
  ocrReference: '10016',
  paymentAccounts: ['Bankgiro 5050-1055'],
  companyEmail: 'faktura@bygg.example',
};

describe('renderInvoiceMail', () => {
  it('Swedish: the invoice, what to pay, by when, with which reference, where', () => {
    const m = renderInvoiceMail(content, 'sv');
    expect(m.subject).toBe('Faktura 1001 från Bygg AB');
    expect(m.fileName).toBe('faktura-1001.pdf');
    expect(m.language).toBe('sv');
    expect(m.text).toBe(
      [
        'Hej,',
        '',
        'Bifogat finns faktura 1001 från Bygg AB (PDF).',
        '',
        'Att betala: 6\u00a0069,00\u00a0kr senast 2026-12-31.',
        'Ange OCR-nummer 10016 vid betalning.',
        'Betala till: Bankgiro 5050-1055.',
        '',
        'Frågor om fakturan besvaras på faktura@bygg.example.',
        '',
        'Med vänliga hälsningar',
        'Bygg AB',
        '',
      ].join('\n'),
    );
  });

  it('English', () => {
    const m = renderInvoiceMail(content, 'en');
    expect(m.subject).toBe('Invoice 1001 from Bygg AB');
    expect(m.fileName).toBe('invoice-1001.pdf');
    expect(m.text).toContain('Amount due: SEK 6,069.00 by 2026-12-31.');
    expect(m.text).toContain('Please quote the OCR reference 10016 with your payment.');
  });

  it.each(['sv', 'en'] as const)('a credit note (%s) is a refund: no due date, OCR or payment accounts', (lang) => {
    const m = renderInvoiceMail({ ...content, isCredit: true, amountToPay: '-2750.00', dueDate: '2026-12-31', ocrReference: null }, lang);
    expect(m.subject).toBe(lang === 'sv' ? 'Kreditfaktura 1001 från Bygg AB' : 'Credit note 1001 from Bygg AB');
    expect(m.text).toContain(lang === 'sv' ? 'Att återbetala till er: 2\u00a0750,00\u00a0kr.' : 'Amount to be refunded to you: SEK 2,750.00.');
    expect(m.text).not.toContain('2026-12-31');
    expect(m.text).not.toContain('Bankgiro');
  });

  it('leaves out what the company has not set', () => {
    const m = renderInvoiceMail({ ...content, ocrReference: null, dueDate: null, paymentAccounts: [], companyEmail: null }, 'sv');
    expect(m.text).toContain('Att betala: 6\u00a0069,00\u00a0kr.');
    expect(m.text).not.toMatch(/OCR|Betala till|Frågor/);
  });
});

describe('distributionStatus', () => {
  const at = new Date('2026-12-06T13:30:00Z');
  const base = {
    method: 'EMAIL',
    outcome: 'SENT',
    recipient: 'ap@kund.example',
    requestedAt: at,
    requestedBy: 'AB',
    sentAt: new Date('2026-12-06T13:30:05Z'),
    error: null,
  } as const;
  it.each([
    ['never sent', null, null],
    ['sent by e-mail', base, 'Sent by e-mail to ap@kund.example at 2026-12-06T13:30:05.000Z (asked by AB)'],
    [
      'on its way by Peppol',
      { ...base, method: 'PEPPOL', outcome: 'PENDING', recipient: '0007:5561234567', sentAt: null },
      'Sending by Peppol to 0007:5561234567 (asked by AB at 2026-12-06T13:30:00.000Z)',
    ],
    [
      'failed',
      { ...base, outcome: 'FAILED', sentAt: null, error: 'connect ECONNREFUSED' },
      'Not sent by e-mail to ap@kund.example: connect ECONNREFUSED (asked by AB at 2026-12-06T13:30:00.000Z)',
    ],
    [
      'on paper (address on one line)',
      { ...base, method: 'PAPER', recipient: 'Kund AB\nGatan 1\n111 22 Stockholm', sentAt: at },
      'Sent on paper to Kund AB, Gatan 1, 111 22 Stockholm at 2026-12-06T13:30:00.000Z (asked by AB)',
    ],
  ] as const)('%s', (_name, latest, expected) => {
    expect(distributionStatus(latest)).toBe(expected);
  });
});
