// The failure e-mail (pure parts): Swedish unless the company's language is English, times in
// Stockholm local time through summer and winter time, every failure with its reference and the
// accounting system's message; and the mail sink's reading of a sent message.
import { describe, expect, it } from 'vitest';
import { formatStockholmTime, mailLanguage, renderFailureReport, type FailureReport } from '../../src/integration/runtime/notifier.js';
import { decodeHeader, readMessage } from '../../src/scripts/mail-sink.js';

describe('Stockholm local time in words', () => {
  it.each([
    // winter (CET, UTC+1)
    ['2026-12-05T13:30:00Z', '5 december 2026 kl. 14:30', '5 December 2026 at 14:30 (Swedish time)'],
    ['2026-01-15T07:05:00Z', '15 januari 2026 kl. 08:05', '15 January 2026 at 08:05 (Swedish time)'],
    // summer (CEST, UTC+2)
    ['2026-07-01T12:30:00Z', '1 juli 2026 kl. 14:30', '1 July 2026 at 14:30 (Swedish time)'],
    ['2026-06-30T22:05:00Z', '1 juli 2026 kl. 00:05', '1 July 2026 at 00:05 (Swedish time)'],
    // the day changes in Stockholm before it does in UTC, and so does the year
    ['2026-12-31T23:30:00Z', '1 januari 2027 kl. 00:30', '1 January 2027 at 00:30 (Swedish time)'],
    // summer time begins: 02:00 CET becomes 03:00 CEST
    ['2026-03-29T00:59:00Z', '29 mars 2026 kl. 01:59', '29 March 2026 at 01:59 (Swedish time)'],
    ['2026-03-29T01:00:00Z', '29 mars 2026 kl. 03:00', '29 March 2026 at 03:00 (Swedish time)'],
    // summer time ends: 02:00–02:59 happens twice, first in summer time, then in standard time
    ['2026-10-25T00:30:00Z', '25 oktober 2026 kl. 02:30 (sommartid)', '25 October 2026 at 02:30 (Swedish summer time)'],
    ['2026-10-25T01:30:00Z', '25 oktober 2026 kl. 02:30 (normaltid)', '25 October 2026 at 02:30 (Swedish standard time)'],
    ['2026-10-25T02:00:00Z', '25 oktober 2026 kl. 03:00', '25 October 2026 at 03:00 (Swedish time)'],
  ])('%s → "%s" / "%s"', (iso, sv, en) => {
    expect(formatStockholmTime(new Date(iso), 'sv')).toBe(sv);
    expect(formatStockholmTime(new Date(iso), 'en')).toBe(en);
  });
});

describe('the e-mail language', () => {
  it.each([
    [undefined, 'sv'],
    [null, 'sv'],
    ['SV', 'sv'],
    ['EN', 'en'],
    ['en', 'en'],
    ['DE', 'sv'],
    ['FI', 'sv'],
    ['', 'sv'],
  ] as const)('company language %j → %s', (language, expected) => {
    expect(mailLanguage(language)).toBe(expected);
  });
});

const report = (over: Partial<FailureReport> = {}): FailureReport => ({
  companyName: 'Bygg AB',
  connectionName: 'Fortnox',
  connectorName: 'Fortnox',
  runId: 'r1',
  startedAt: new Date('2026-11-22T10:30:00Z'),
  status: 'FAILED',
  flowErrors: [{ flow: 'voucher-import', message: 'Fortnox did not answer' }],
  failures: [
    { flow: 'project-export', entityType: 'project', reference: 'Project 10000_1', message: 'Projektnummer får inte innehålla punkt' },
    { flow: 'customer-export', entityType: 'customer', reference: 'Customer 1001', message: 'Ogiltigt organisationsnummer' },
  ],
  ...over,
});

describe('the failure e-mail', () => {
  it('is Swedish by default: subject, Stockholm time, every failure with its reference and message, every stopped flow', () => {
    const { subject, text, language } = renderFailureReport(report());
    expect(language).toBe('sv');
    expect(subject).toBe('Integrationen med Fortnox: 3 fel vid körningen 22 november 2026 kl. 11:30 (Bygg AB)');
    expect(text.split('\n')).toEqual([
      'Integrationen "Fortnox" (Fortnox) för Bygg AB kördes 22 november 2026 kl. 11:30. Resultat: misslyckades.',
      'Det här meddelandet skickas efter varje körning med fel, tills felen är åtgärdade. Rätta uppgifterna (här eller i bokföringssystemet); nästa körning försöker igen.',
      '',
      'Flöden som stoppades:',
      '  - voucher-import: Fortnox did not answer',
      '',
      'Fel:',
      '  Referens:   Project 10000_1',
      '  Typ:        Projekt',
      '  Flöde:      project-export',
      '  Meddelande: Projektnummer får inte innehålla punkt',
      '',
      '  Referens:   Customer 1001',
      '  Typ:        Kund',
      '  Flöde:      customer-export',
      '  Meddelande: Ogiltigt organisationsnummer',
      '',
      'Körningens id: r1',
    ]);
  });

  it('is English when the company’s language is English', () => {
    const { subject, text, language } = renderFailureReport(report({ language: 'EN', startedAt: new Date('2026-07-01T12:30:00Z'), status: 'PARTIAL' }));
    expect(language).toBe('en');
    expect(subject).toBe('Fortnox integration: 3 errors in the run on 1 July 2026 at 14:30 (Swedish time) (Bygg AB)');
    expect(text).toContain(
      'The integration "Fortnox" (Fortnox) of Bygg AB ran on 1 July 2026 at 14:30 (Swedish time). Result: partly succeeded, some entities could not be transferred.',
    );
    expect(text).toContain('until they are fixed');
    expect(text).toContain('  - voucher-import: Fortnox did not answer');
    expect(text).toContain(
      '  Reference: Project 10000_1\n  Type:      Project\n  Flow:      project-export\n  Message:   Projektnummer får inte innehålla punkt',
    );
    expect(text).toContain('  Reference: Customer 1001');
    expect(text).toContain('Run id: r1');
  });

  it.each([
    ['SV', 1, 'Integrationen med Visma: 1 fel vid körningen'],
    ['EN', 1, 'Visma integration: 1 error in the run on'],
    ['EN', 2, 'Visma integration: 2 errors in the run on'],
  ] as const)('subject (%s, %i failure(s))', (language, n, start) => {
    const failures = Array.from({ length: n }, (_, i) => ({ flow: 'customer-export', entityType: 'customer', reference: `Customer ${i}`, message: 'x' }));
    expect(renderFailureReport(report({ language, connectorName: 'Visma', flowErrors: [], failures })).subject.startsWith(start)).toBe(true);
  });

  it('shows an unknown entity type and status as they are', () => {
    const { text } = renderFailureReport(
      report({ status: 'ODD', flowErrors: [], failures: [{ flow: 'f', entityType: 'gadget', reference: 'Gadget 1', message: 'm' }] }),
    );
    expect(text).toContain('Resultat: ODD.');
    expect(text).toContain('  Typ:        gadget');
  });
});

describe('the mail sink reads what nodemailer sends', () => {
  it.each([
    ['=?UTF-8?Q?Integrationen_med_Fortnox:_1_fel_vid_k=C3=B6rningen?=', 'Integrationen med Fortnox: 1 fel vid körningen'],
    ['=?UTF-8?B?w6XDpMO2?= och =?UTF-8?Q?=C3=85?=', 'åäö och Å'],
    ['=?UTF-8?Q?a?= =?UTF-8?Q?b?=', 'ab'],
    ['=?ISO-8859-1?Q?Sm=F6rg=E5s?=', 'Smörgås'],
    ['plain text', 'plain text'],
  ])('header %s', (raw, decoded) => {
    expect(decodeHeader(raw)).toBe(decoded);
  });

  it('a quoted-printable UTF-8 body with folded headers', () => {
    const raw = [
      'From: Demo <a@example.com>',
      'To: ekonomi@example.se',
      'Subject: =?UTF-8?Q?Integrationen_med_Fortnox:_1_fel_vid_k=C3=B6rningen_5_d?=',
      ' =?UTF-8?Q?ecember_2026_kl=2E_14:30?=',
      'Content-Language: sv',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Fl=C3=B6de: customer-export, a long line that was wrapped by the sender with=',
      ' a soft line break',
      '',
    ].join('\r\n');
    expect(readMessage(raw)).toEqual({
      from: 'Demo <a@example.com>',
      to: 'ekonomi@example.se',
      subject: 'Integrationen med Fortnox: 1 fel vid körningen 5 december 2026 kl. 14:30',
      language: 'sv',
      text: 'Flöde: customer-export, a long line that was wrapped by the sender with a soft line break',
    });
  });

  it('the text part of a multipart message, base64', () => {
    const raw = [
      'Subject: x',
      'Content-Type: multipart/alternative; boundary="--b1"',
      '',
      '----b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('Hej Åsa').toString('base64'),
      '----b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Hej</p>',
      '----b1--',
      '',
    ].join('\r\n');
    expect(readMessage(raw).text).toBe('Hej Åsa');
  });
});
