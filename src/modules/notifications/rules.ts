// Notifications to users: who is told what when a customer's responsible user changes, and the
// e-mail that tells them. Pure: no I/O.
//
// The customer register's rule: assigning a user to a customer notifies that user that they have
// been assigned the customer; removing the assignment notifies them that they no longer are. A
// change from one user to another does both. Nobody is told of their own act (a user who assigns
// a customer to themselves knows it), and an unchanged assignment tells no one.

export type NotificationKind = 'CUSTOMER_ASSIGNED' | 'CUSTOMER_UNASSIGNED';

export interface AssignmentNotice {
  userId: string;
  kind: NotificationKind;
}

/** The notices an assignment change makes: `before` and `after` are the responsible user's id (null: none). */
export function assignmentNotices(before: string | null, after: string | null, actorUserId: string | null): AssignmentNotice[] {
  if (before === after) return [];
  const notices: AssignmentNotice[] = [];
  if (before && before !== actorUserId) notices.push({ userId: before, kind: 'CUSTOMER_UNASSIGNED' });
  if (after && after !== actorUserId) notices.push({ userId: after, kind: 'CUSTOMER_ASSIGNED' });
  return notices;
}

export type MailLanguage = 'sv' | 'en';

/** The language of what the system writes to a company's own staff: English for `EN`, Swedish otherwise. */
export function staffLanguage(companyLanguage: string | null | undefined): MailLanguage {
  return companyLanguage?.trim().toUpperCase() === 'EN' ? 'en' : 'sv';
}

export interface NotificationContent {
  kind: NotificationKind;
  customerNumber: string | null;
  customerName: string | null;
  /** Signature of who made the change. */
  by: string;
  companyName: string;
  recipientName: string;
}

const TEXT = {
  sv: {
    CUSTOMER_ASSIGNED: {
      subject: (c: string) => `Du är ansvarig för kunden ${c}`,
      body: (c: string, by: string) => `${by} har gjort dig ansvarig för kunden ${c}.`,
    },
    CUSTOMER_UNASSIGNED: {
      subject: (c: string) => `Du är inte längre ansvarig för kunden ${c}`,
      body: (c: string, by: string) => `${by} har tagit bort dig som ansvarig för kunden ${c}.`,
    },
    greeting: (name: string) => `Hej ${name},`,
    footer: (company: string) => `Det här meddelandet skickades automatiskt från faktureringssystemet för ${company}.`,
  },
  en: {
    CUSTOMER_ASSIGNED: {
      subject: (c: string) => `You are responsible for the customer ${c}`,
      body: (c: string, by: string) => `${by} has made you responsible for the customer ${c}.`,
    },
    CUSTOMER_UNASSIGNED: {
      subject: (c: string) => `You are no longer responsible for the customer ${c}`,
      body: (c: string, by: string) => `${by} has removed you as responsible for the customer ${c}.`,
    },
    greeting: (name: string) => `Hello ${name},`,
    footer: (company: string) => `This message was sent automatically by the invoicing system of ${company}.`,
  },
} as const;

/** The customer as a notification names it: "1001 Byggbolaget AB", or what is known of it. */
export function customerLabel(number: string | null, name: string | null): string {
  return [number, name].filter((p) => p?.trim()).join(' ') || '?';
}

/** The e-mail telling a user of a notification, in the company's staff language. */
export function renderNotificationMail(n: NotificationContent, lang: MailLanguage): { subject: string; text: string; language: MailLanguage } {
  const t = TEXT[lang];
  const customer = customerLabel(n.customerNumber, n.customerName);
  const kind = t[n.kind];
  return {
    subject: `${kind.subject(customer)} (${n.companyName})`,
    text: [t.greeting(n.recipientName), '', kind.body(customer, n.by), '', '--', t.footer(n.companyName), ''].join('\n'),
    language: lang,
  };
}
