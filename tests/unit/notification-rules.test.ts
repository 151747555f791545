// Who is told what when a customer's responsible user changes, and the e-mail that tells them.
import { describe, expect, it } from 'vitest';
import { assignmentNotices, customerLabel, renderNotificationMail, staffLanguage } from '../../src/modules/notifications/rules.js';

describe('assignmentNotices', () => {
  it.each([
    ['nobody → A, by an admin', null, 'A', 'ADM', [{ userId: 'A', kind: 'CUSTOMER_ASSIGNED' }]],
    ['A → nobody, by an admin', 'A', null, 'ADM', [{ userId: 'A', kind: 'CUSTOMER_UNASSIGNED' }]],
    [
      'A → B, by an admin: A told first, then B',
      'A',
      'B',
      'ADM',
      [
        { userId: 'A', kind: 'CUSTOMER_UNASSIGNED' },
        { userId: 'B', kind: 'CUSTOMER_ASSIGNED' },
      ],
    ],
    ['unchanged: nobody told', 'A', 'A', 'ADM', []],
    ['nobody → nobody', null, null, 'ADM', []],
    ['A assigns themselves: not told', null, 'A', 'A', []],
    ['A removes themselves: not told', 'A', null, 'A', []],
    ['A hands the customer to B: only B told', 'A', 'B', 'A', [{ userId: 'B', kind: 'CUSTOMER_ASSIGNED' }]],
    ['B takes the customer from A: only A told', 'A', 'B', 'B', [{ userId: 'A', kind: 'CUSTOMER_UNASSIGNED' }]],
    ['the system (an import from the command line) tells everyone concerned', null, 'A', null, [{ userId: 'A', kind: 'CUSTOMER_ASSIGNED' }]],
  ] as const)('%s', (_label, before, after, actor, expected) => {
    expect(assignmentNotices(before, after, actor)).toEqual(expected);
  });
});

describe('the e-mail', () => {
  const content = {
    customerNumber: '1001',
    customerName: 'Byggbolaget i Umeå AB',
    by: 'ADM',
    companyName: 'Bygg & Rör i Norr AB',
    recipientName: 'Tekla Tekniker',
  };

  it.each([
    [
      'sv',
      'CUSTOMER_ASSIGNED',
      'Du är ansvarig för kunden 1001 Byggbolaget i Umeå AB (Bygg & Rör i Norr AB)',
      'ADM har gjort dig ansvarig för kunden 1001 Byggbolaget i Umeå AB.',
    ],
    [
      'sv',
      'CUSTOMER_UNASSIGNED',
      'Du är inte längre ansvarig för kunden 1001 Byggbolaget i Umeå AB (Bygg & Rör i Norr AB)',
      'ADM har tagit bort dig som ansvarig för kunden 1001 Byggbolaget i Umeå AB.',
    ],
    [
      'en',
      'CUSTOMER_ASSIGNED',
      'You are responsible for the customer 1001 Byggbolaget i Umeå AB (Bygg & Rör i Norr AB)',
      'ADM has made you responsible for the customer 1001 Byggbolaget i Umeå AB.',
    ],
    [
      'en',
      'CUSTOMER_UNASSIGNED',
      'You are no longer responsible for the customer 1001 Byggbolaget i Umeå AB (Bygg & Rör i Norr AB)',
      'ADM has removed you as responsible for the customer 1001 Byggbolaget i Umeå AB.',
    ],
  ] as const)('%s %s', (lang, kind, subject, sentence) => {
    const m = renderNotificationMail({ ...content, kind }, lang);
    expect(m.subject).toBe(subject);
    expect(m.text.split('\n')).toContain(sentence);
    expect(m.text.startsWith(lang === 'sv' ? 'Hej Tekla Tekniker,' : 'Hello Tekla Tekniker,')).toBe(true);
    expect(m.language).toBe(lang);
  });

  it.each([
    ['EN', 'en'],
    [' en ', 'en'],
    ['SV', 'sv'],
    ['DE', 'sv'],
    [null, 'sv'],
  ] as const)('company language %s → %s', (code, lang) => {
    expect(staffLanguage(code)).toBe(lang);
  });

  it.each([
    ['1001', 'Acme', '1001 Acme'],
    ['1001', null, '1001'],
    [null, 'Acme', 'Acme'],
    [null, null, '?'],
  ] as const)('customer label %s %s', (n, name, label) => {
    expect(customerLabel(n, name)).toBe(label);
  });
});
