// Sending invoices (issue 17, item 4): sendInvoice by e-mail (the PDF attached, through a real
// local SMTP server and the job engine), by Peppol (the BIS Billing 3.0 document to an access
// point) and on paper; every sending recorded as the invoice's distribution status; and the Peppol
// document of real locked invoices (a normal, a reverse-charge, a ROT invoice and a credit note),
// downloadable and passing every offline check.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { PDFParse } from 'pdf-parse';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { PeppolAccessPoint, PeppolDocument, PeppolParticipant } from '@nordic-invoicing/connector-sdk';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createRunEngine, type RunEngine } from '../../src/integration/runtime/engine.js';
import { smtpNotifier } from '../../src/integration/runtime/notifier.js';
import { deliverInvoice } from '../../src/modules/invoice-distribution/index.js';
import { checkUbl } from '../../src/modules/invoice-distribution/ubl-rules.js';
import { all, parseXml, text } from '../../src/modules/invoice-distribution/xml.js';

const h = useHarness();

async function eventually<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > until) throw new Error(`nothing after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const DiCustomer = graphql(`
  mutation DiCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id } } } } }
      ... on Error { code message }
    }
  }
`);
const DiProject = graphql(`
  mutation DiProject($customerId: ID!) {
    createProject(input: { customerId: $customerId, name: "Distribution", statusCode: 50 }) {
      __typename ... on MutationCreateProjectSuccess { data { id number } } ... on Error { code message }
    }
  }
`);
const DiInvoice = graphql(`
  mutation DiInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number } } ... on Error { code message } }
  }
`);
const DiBuyers = graphql(`
  mutation DiBuyers($invoiceId: ID!, $contactId: ID!) {
    setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on Error { code message } }
  }
`);
const DiLock = graphql(`
  mutation DiLock($id: ID!) {
    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { id locked number } } ... on Error { code message } ... on ValidationError { issues { path message } } }
  }
`);
const DiCredit = graphql(`
  mutation DiCredit($id: ID!) {
    creditInvoice(id: $id, reason: "Fel antal timmar") { __typename ... on MutationCreditInvoiceSuccess { data { id number } } ... on Error { code message } }
  }
`);
const DiSend = graphql(`
  mutation DiSend($invoiceId: ID!, $method: InvoiceDeliveryMethod) {
    sendInvoice(invoiceId: $invoiceId, method: $method) {
      __typename
      ... on MutationSendInvoiceSuccess { data { id method recipient outcome requestedBy attempts sentAt } }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
    }
  }
`);
const DiDeliveries = graphql(`
  query DiDeliveries($id: ID!) {
    invoice(id: $id) {
      id
      deliveryStatus
      deliveries(first: 10) { totalCount edges { node { method recipient outcome requestedBy sentAt error attempts externalId } } }
    }
  }
`);
const DiPeppol = graphql(`query DiPeppol($id: ID!) { invoice(id: $id) { id number peppolDocument peppolDocumentCheck { rule message } } }`);

let c: TestCompany;
let orgCustomer: { id: string; number: string };
let enCustomer: { id: string };
let noMailCustomer: { id: string };
let privateCustomer: { id: string; contactId: string };
let project: { id: string; number: string };
let enProject: string;
let noMailProject: string;
let privateProject: string;

async function customer(input: Record<string, unknown>) {
  const r = (await h.data(DiCustomer, { input: input as never }, c.adminToken)).createCustomer;
  if (r.__typename !== 'MutationCreateCustomerSuccess') throw new Error(JSON.stringify(r));
  return r.data;
}
async function projectOf(customerId: string) {
  const r = (await h.data(DiProject, { customerId }, c.adminToken)).createProject;
  if (r.__typename !== 'MutationCreateProjectSuccess') throw new Error(JSON.stringify(r));
  return r.data;
}
async function invoice(input: Record<string, unknown>): Promise<string> {
  const r = (await h.data(DiInvoice, { input: input as never }, c.adminToken)).createInvoice;
  if (r.__typename !== 'MutationCreateInvoiceSuccess') throw new Error(JSON.stringify(r));
  return r.data.id;
}
async function lock(id: string): Promise<number> {
  const r = (await h.data(DiLock, { id }, c.adminToken)).lockInvoice;
  if (r.__typename !== 'MutationLockInvoiceSuccess') throw new Error(`lock: ${JSON.stringify(r)}`);
  return r.data.number;
}
const line = (description: string, quantity: string, unitPrice: string, extra: Record<string, unknown> = {}) => ({
  description,
  quantity,
  unitPrice,
  ...extra,
});
/** The Subject header, decoded from RFC 2047 encoded words (Q or B) where the mailer used them. */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)![1]!.replace(/\r?\n[ \t]/g, ' ');
  return header.replace(/\?= =\?UTF-8\?/gi, '?==?UTF-8?').replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}
const rawId = (gid: string) => Buffer.from(gid, 'base64').toString().split(':')[1]!;

beforeAll(async () => {
  c = await h.company('Bygg & Distribution AB');
  const term = await h.prisma.paymentTerm.findFirstOrThrow({ where: { companyId: c.companyId, days: 30 } });
  // The seller's data a lock and the Peppol document need (set here while the harness company has none).
  await h.prisma.company.update({
    where: { id: c.companyId },
    data: {
      organisationNumber: '5560360793',
      vatNumber: 'SE556036079301',
      address1: 'Storgatan 1',
      postcode: '903 25',
      city: 'Umeå',
      registeredOffice: 'Umeå',
      email: 'faktura@bygg.example',
      bankgiro: '50501055',
      iban: 'SE4550000000058398257466',
      bic: 'ESSESESS',
      fSkatt: true,
      defaultPaymentTermId: term.id,
    },
  });
  const termId = encodeGlobalID('PaymentTerm', term.id);
  const address = { address1: 'Kungsgatan 2', postcode: '11122', city: 'Stockholm' };
  orgCustomer = await customer({
    name: 'Fastighets AB Kund',
    type: 'COMPANY',
    organisationNumber: '5561234567',
    vatNumber: 'SE556123456701',
    invoiceAddress: address,
    invoiceEmail: 'ap@kund.example',
    paymentTermId: termId,
  });
  enCustomer = await customer({
    name: 'English Buyer Ltd',
    type: 'COMPANY',
    organisationNumber: '5566778899',
    vatNumber: 'SE556677889901',
    invoiceAddress: address,
    invoiceEmail: 'payables@buyer.example',
    language: 'EN',
    paymentTermId: termId,
  });
  noMailCustomer = await customer({ name: 'Utan Mejl AB', type: 'COMPANY', organisationNumber: '5590123450', invoiceAddress: address, paymentTermId: termId });
  const priv = await customer({
    name: 'Anna Andersson',
    type: 'PRIVATE',
    personalIdentityNumber: '200001012392',
    invoiceAddress: { address1: 'Villavägen 3', postcode: '90326', city: 'Umeå' },
    invoiceEmail: 'anna@example.com',
    paymentTermId: termId,
    contacts: [{ name: 'Anna Andersson', personalIdentityNumber: '200001012392', propertyDesignation: 'UMEÅ STADEN 1:2' }],
  });
  privateCustomer = { id: priv.id, contactId: priv.contacts.edges[0]!.node.id };
  project = await projectOf(orgCustomer.id);
  enProject = (await projectOf(enCustomer.id)).id;
  noMailProject = (await projectOf(noMailCustomer.id)).id;
  privateProject = (await projectOf(privateCustomer.id)).id;
});

describe('the Peppol document of real invoices', () => {
  const docOf = async (id: string) => (await h.data(DiPeppol, { id }, c.adminToken)).invoice!;
  const download = (id: string, token = c.adminToken) =>
    h.app.fetch(`http://test.local/invoices/${rawId(id)}/ubl`, { headers: { authorization: `Bearer ${token}` } });

  it('a normal invoice (two rates, markup and discount): downloadable, and it passes every check', async () => {
    const id = await invoice({
      projectId: project.id,
      customerReference: 'Anna Beställare',
      lines: [
        line('Snickeri', '8', '550', { unit: 'tim' }),
        line('Virke', '3.5', '99.90', { unit: 'm', markupPercent: '10', discountPercent: '5' }),
        line('Förbrukningsmaterial', '1', '100.33', { vatRate: '12' }),
      ],
    });
    // A draft has none.
    expect((await docOf(id)).peppolDocument).toBeNull();
    expect((await download(id)).status).toBe(404);
    const number = await lock(id);
    const doc = await docOf(id);
    expect(doc.peppolDocumentCheck).toEqual([]);
    expect(checkUbl(doc.peppolDocument!)).toEqual([]);
    const x = parseXml(doc.peppolDocument!);
    expect(text(x, 'ID')).toBe(String(number));
    expect(text(x, 'BuyerReference')).toBe('Anna Beställare');
    expect(text(x, 'AccountingCustomerParty/Party/EndpointID')).toBe('5561234567');
    expect(text(x, 'PaymentMeans/PaymentID')).toMatch(new RegExp(`^${number}\\d$`));
    expect(all(x, 'TaxTotal/TaxSubtotal').map((s) => text(s, 'TaxCategory/Percent'))).toEqual(['25', '12']);

    const res = await download(id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(res.headers.get('content-disposition')).toContain(`faktura-${number}.xml`);
    expect(await res.text()).toBe(doc.peppolDocument);
    // Another company's token finds nothing.
    const other = await h.company('Annat Bolag AB');
    expect((await download(id, other.adminToken)).status).toBe(404);
  });

  it('a reverse-charge invoice: one AE breakdown, both VAT numbers, and it passes every check', async () => {
    const id = await invoice({ projectId: project.id, contractorVat: true, lines: [line('Installation', '10', '650', { unit: 'tim' })] });
    await lock(id);
    const doc = await docOf(id);
    expect(doc.peppolDocumentCheck).toEqual([]);
    const x = parseXml(doc.peppolDocument!);
    expect(all(x, 'TaxTotal/TaxSubtotal').map((s) => [text(s, 'TaxCategory/ID'), text(s, 'TaxableAmount'), text(s, 'TaxAmount')])).toEqual([
      ['AE', '6500.00', '0.00'],
    ]);
    expect(text(x, 'AccountingCustomerParty/Party/PartyTaxScheme/CompanyID')).toBe('SE556123456701');
  });

  it('a ROT invoice: the reduction as the prepaid amount, the project as the buyer reference; it passes every check', async () => {
    const id = await invoice({
      projectId: privateProject,
      taxReductionType: 'ROT',
      lines: [line('Badrumsrenovering, arbete', '20', '600', { unit: 'tim', kind: 'LABOUR' }), line('Kakel', '12', '333.33', { unit: 'm2', kind: 'MATERIAL' })],
    });
    await h.data(DiBuyers, { invoiceId: id, contactId: privateCustomer.contactId }, c.adminToken);
    await lock(id);
    const doc = await docOf(id);
    expect(doc.peppolDocumentCheck).toEqual([]);
    const x = parseXml(doc.peppolDocument!);
    const prepaid = text(x, 'LegalMonetaryTotal/PrepaidAmount');
    expect(Number(prepaid)).toBeGreaterThan(0);
    expect(text(x, 'BuyerReference')).toBeTruthy();
    expect(
      all(x, 'Note')
        .map((n) => n.children.join(''))
        .join('\n'),
    ).toContain('200001012392'.replace(/^(\d{8})(\d{4})$/, '$1-$2'));
  });

  it('a credit note: a CreditNote referring to the original, positive amounts; it passes every check', async () => {
    const original = await invoice({ projectId: project.id, lines: [line('Snickeri', '4', '550', { unit: 'tim' })] });
    const originalNumber = await lock(original);
    const r = (await h.data(DiCredit, { id: original }, c.adminToken)).creditInvoice;
    if (r.__typename !== 'MutationCreditInvoiceSuccess') throw new Error(JSON.stringify(r));
    await lock(r.data.id);
    const doc = await docOf(r.data.id);
    expect(doc.peppolDocumentCheck).toEqual([]);
    const x = parseXml(doc.peppolDocument!);
    expect(x.name).toBe('CreditNote');
    expect(text(x, 'BillingReference/InvoiceDocumentReference/ID')).toBe(String(originalNumber));
    expect(text(x, 'LegalMonetaryTotal/PayableAmount')).toBe('2750.00');
    expect(text(x, 'CreditNoteLine/CreditedQuantity')).toBe('4');
  });
});

describe('sendInvoice', () => {
  let smtp: SMTPServer;
  let smtpPort: number;
  const mail: { to: string[]; raw: string }[] = [];
  let engine: RunEngine | null = null;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      size: 10 * 1024 * 1024,
      onData(stream, session, cb) {
        let raw = '';
        stream.on('data', (ch: Buffer) => (raw += ch.toString('utf8')));
        stream.on('end', () => {
          mail.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          cb();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    smtpPort = (smtp.server.address() as AddressInfo).port;
    // The harness wires the notification mail only; the server wires this one in src/start.ts.
    h.integrations.invoiceDelivery = deliverInvoice;
  });
  afterAll(async () => {
    h.integrations.notifier = null;
    h.integrations.peppolAccessPoint = null;
    await new Promise<void>((r) => smtp.close(() => r()));
  });
  afterEach(async () => {
    await engine?.stop({ timeoutMs: 5_000 });
    engine = null;
    h.integrations.stopping!.value = false;
  });
  const startEngine = async (o: { mailRetryLimit?: number } = {}) => {
    engine = createRunEngine(h.integrations, { url: h.db.url, work: true, pollingIntervalSeconds: 0.5, mailRetryDelaySeconds: 1, ...o });
    await engine.start();
  };
  const send = async (invoiceId: string, method?: 'EMAIL' | 'PEPPOL' | 'PAPER', token = c.adminToken) =>
    (await h.data(DiSend, { invoiceId, method: method ?? null }, token)).sendInvoice;
  const deliveries = async (id: string) => (await h.data(DiDeliveries, { id }, c.adminToken)).invoice!;
  /** The invoice's sendings once the latest is no longer PENDING (read again then: the status and the list are read one after the other). */
  const settled = async (id: string, timeoutMs = 20_000) => {
    await eventually(async () => {
      const latest = (await deliveries(id)).deliveries.edges[0]?.node;
      return latest && latest.outcome !== 'PENDING' ? true : null;
    }, timeoutMs);
    return deliveries(id);
  };
  const lockedInvoice = async (projectId = project.id, extra: Record<string, unknown> = {}) => {
    const id = await invoice({ projectId, lines: [line('Snickeri', '8', '550', { unit: 'tim' })], ...extra });
    const number = await lock(id);
    return { id, number };
  };

  it('by e-mail: the PDF arrives at the customer’s invoice address in Swedish, and the sending is recorded SENT', async () => {
    h.integrations.notifier = smtpNotifier(`smtp://127.0.0.1:${smtpPort}`, 'Fakturering <noreply@example.com>');
    await startEngine();
    const inv = await lockedInvoice();
    const r = await send(inv.id, 'EMAIL');
    expect(r).toMatchObject({ __typename: 'MutationSendInvoiceSuccess', data: { method: 'EMAIL', recipient: 'ap@kund.example', outcome: 'PENDING' } });
    const done = await settled(inv.id);
    const latest = done.deliveries.edges[0]!.node;
    expect(latest).toMatchObject({ method: 'EMAIL', outcome: 'SENT', attempts: 1, error: null, recipient: 'ap@kund.example' });
    expect(done.deliveryStatus).toMatch(/^Sent by e-mail to ap@kund\.example at \d{4}-\d\d-\d\dT.* \(asked by /);

    const m = mail.find((x) => x.to.includes('ap@kund.example'))!;
    expect(m.to).toEqual(['ap@kund.example']);
    expect(m.raw).toContain('Content-Language: sv');
    expect(m.raw).toContain('Reply-To: faktura@bygg.example');
    expect(subjectOf(m.raw)).toBe(`Faktura ${inv.number} från Bygg & Distribution AB`);
    // The attachment: a PDF whose text carries the invoice number.
    const part = /Content-Type: application\/pdf;[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/.exec(m.raw);
    expect(part, 'a PDF attachment').not.toBeNull();
    expect(m.raw).toContain(`filename=faktura-${inv.number}.pdf`);
    const pdf = Buffer.from(part![1]!.replace(/\s+/g, ''), 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    try {
      expect((await parser.getText()).text).toContain(String(inv.number));
    } finally {
      await parser.destroy();
    }
  });

  it('by e-mail to an English-speaking customer: subject and text in English', async () => {
    h.integrations.notifier = smtpNotifier(`smtp://127.0.0.1:${smtpPort}`, 'Fakturering <noreply@example.com>');
    await startEngine();
    const inv = await lockedInvoice(enProject);
    await send(inv.id);
    await settled(inv.id);
    const m = mail.find((x) => x.to.includes('payables@buyer.example'))!;
    expect(subjectOf(m.raw)).toBe(`Invoice ${inv.number} from Bygg & Distribution AB`);
    expect(m.raw).toContain('Content-Language: en');
    expect(m.raw).toContain(`filename=invoice-${inv.number}.pdf`);
  });

  it('by e-mail while the mail server is down: retried, then FAILED with the error', async () => {
    const closed = new SMTPServer({ disabledCommands: ['STARTTLS', 'AUTH'] });
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    h.integrations.notifier = smtpNotifier(`smtp://127.0.0.1:${deadPort}`, 'Fakturering <noreply@example.com>');
    await startEngine({ mailRetryLimit: 1 });
    const inv = await lockedInvoice();
    await send(inv.id, 'EMAIL');
    const done = await settled(inv.id, 30_000);
    const latest = done.deliveries.edges[0]!.node;
    expect(latest.outcome).toBe('FAILED');
    expect(latest.attempts).toBe(2);
    expect(latest.error).toMatch(/ECONNREFUSED|connect/i);
    expect(done.deliveryStatus).toMatch(/^Not sent by e-mail to ap@kund\.example: /);
  });

  it('refuses an unlocked invoice, e-mail without the customer’s invoice address, and a user without the lock permission', async () => {
    const draft = await invoice({ projectId: project.id, lines: [line('Utkast', '1', '1')] });
    expect(await send(draft, 'EMAIL')).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE', path: 'invoiceId' });
    const noMail = await lockedInvoice(noMailProject);
    expect(await send(noMail.id, 'EMAIL')).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'customer.invoiceEmail', code: 'required', message: expect.stringContaining('customer.invoiceEmail') }],
    });
    const viewer = await h.user(c.companyId, ['INVOICE_VIEW', 'PROJECT_VIEW', 'CUSTOMER_VIEW']);
    const denied = await h.exec(DiSend, { invoiceId: noMail.id, method: 'PAPER' }, viewer.token);
    expect(JSON.stringify(denied)).toMatch(/FORBIDDEN|INVOICE_LOCK/);
    expect((await deliveries(noMail.id)).deliveries.totalCount).toBe(0);
  });

  it('on paper: recorded as sent at once by the user, to the postal address; the invoice type is the default method', async () => {
    const inv = await lockedInvoice(project.id, { distribution: 'PAPER' });
    const r = await send(inv.id);
    expect(r).toMatchObject({ __typename: 'MutationSendInvoiceSuccess', data: { method: 'PAPER', outcome: 'SENT', attempts: 1 } });
    if (r.__typename !== 'MutationSendInvoiceSuccess') throw new Error();
    expect(r.data.recipient).toBe('Fastighets AB Kund\nKungsgatan 2\n111 22 Stockholm');
    expect(r.data.sentAt).toBeTruthy();
    const sig = (await h.prisma.user.findUniqueOrThrow({ where: { id: c.adminUserId } })).signature;
    expect(r.data.requestedBy).toBe(sig);
    expect((await deliveries(inv.id)).deliveryStatus).toMatch(
      new RegExp(`^Sent on paper to Fastighets AB Kund, Kungsgatan 2, 111 22 Stockholm at .* \\(asked by ${sig}\\)$`),
    );
  });

  it('by Peppol: refused with no access point configured; with one, the checked document goes to the buyer’s organisation number', async () => {
    const inv = await lockedInvoice(project.id, { distribution: 'EDI' });
    h.integrations.peppolAccessPoint = null;
    expect(await send(inv.id)).toMatchObject({
      __typename: 'ConflictError',
      code: 'INVALID_STATE',
      path: 'method',
      message: expect.stringMatching(/No Peppol access point is configured/),
    });

    const received: { doc: PeppolDocument; sender: PeppolParticipant; receiver: PeppolParticipant }[] = [];
    let failFirst = true;
    const accessPoint: PeppolAccessPoint = {
      name: 'Test AP',
      async send(doc, { sender, receiver }) {
        if (failFirst) {
          failFirst = false;
          throw new Error('AS4 receiver unavailable');
        }
        received.push({ doc, sender, receiver });
        return { messageId: `msg-${received.length}` };
      },
    };
    h.integrations.peppolAccessPoint = accessPoint;
    await startEngine();
    const r = await send(inv.id);
    expect(r).toMatchObject({ data: { method: 'PEPPOL', recipient: '0007:5561234567', outcome: 'PENDING' } });
    const done = await settled(inv.id, 30_000);
    // The first attempt failed and was retried.
    expect(done.deliveries.edges[0]!.node).toMatchObject({ outcome: 'SENT', attempts: 2, externalId: 'msg-1', error: null });
    expect(received).toHaveLength(1);
    expect(received[0]!.sender).toEqual({ scheme: '0007', id: '5560360793' });
    expect(received[0]!.receiver).toEqual({ scheme: '0007', id: '5561234567' });
    expect(received[0]!.doc).toMatchObject({ kind: 'Invoice', number: String(inv.number) });
    expect(checkUbl(received[0]!.doc.xml)).toEqual([]);

    // A document that breaks a BIS rule is refused before it reaches the access point, each rule named:
    // here the seller's VAT number, gone from the settings after the lock (BR-S-02).
    const later = await lockedInvoice(project.id, { distribution: 'EDI' });
    await h.prisma.company.update({ where: { id: c.companyId }, data: { vatNumber: null } });
    try {
      const refused = await send(later.id);
      expect(refused).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'peppolDocument', code: 'BR-S-02' }] });
      expect((await deliveries(later.id)).deliveries.totalCount).toBe(0);
    } finally {
      await h.prisma.company.update({ where: { id: c.companyId }, data: { vatNumber: 'SE556036079301' } });
    }
    expect(received).toHaveLength(1);

    // A private buyer has no Peppol address.
    const rot = await lockedInvoice(privateProject);
    expect(await send(rot.id, 'PEPPOL')).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'customer.organisationNumber' }] });
  });

  it('lists every sending, newest first', async () => {
    const inv = await lockedInvoice();
    await send(inv.id, 'PAPER');
    await send(inv.id, 'PAPER');
    const d = await deliveries(inv.id);
    expect(d.deliveries.totalCount).toBe(2);
  });
});
