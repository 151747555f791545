// The invoice PDF through the download route: real bytes, text extracted and checked for the
// legally required contents (ML 17 kap., ROT §2.4) and for what the invoice hides.
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { createTenantDb, SYSTEM_SIGNATURE, scoped } from '../../src/db/tenant.js';
import type { PortScope } from '../../src/integration/runtime/ports.js';
import { invoicePorts } from '../../src/modules/invoices/port.js';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';

const h = useHarness();

const PdfSettings = graphql(`
  mutation PdfSettings($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { __typename ... on Error { message } } }
`);
const PdfCustomer = graphql(`
  mutation PdfCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id } } } } } }
  }
`);
const PdfProject = graphql(`
  mutation PdfProject($customerId: ID!) { createProject(input: { customerId: $customerId, number: "10000", name: "Badrum", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } } }
`);
const PdfProject2 = graphql(`
  mutation PdfProject2($customerId: ID!) { createProject(input: { customerId: $customerId, name: "Stambyte", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } } }
`);
const PdfInvoice = graphql(`
  mutation PdfInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number pdfUrl } } ... on Error { message } }
  }
`);
const PdfBuyers = graphql(`
  mutation PdfBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) { __typename ... on Error { message } } }
`);
const PdfLock = graphql(`mutation PdfLock($id: ID!) { lockInvoice(id: $id) { __typename ... on ValidationError { issues { path code } } } }`);
const PdfCredit = graphql(`
  mutation PdfCredit($id: ID!, $reason: String!) {
    creditInvoice(id: $id, reason: $reason) { __typename ... on MutationCreditInvoiceSuccess { data { id number pdfUrl } } ... on Error { message } }
  }
`);
const PdfCustomerLanguage = graphql(`
  mutation PdfCustomerLanguage($id: ID!, $language: Language!) {
    updateCustomer(input: { id: $id, language: $language }) { __typename ... on Error { message } }
  }
`);

let c: TestCompany;
let termId: string;

async function pdfText(path: string, token: string | null): Promise<{ status: number; type: string | null; text: string; bytes: Uint8Array }> {
  const res = await h.app.fetch(`http://test.local${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (res.headers.get('content-type') !== 'application/pdf') return { status: res.status, type: res.headers.get('content-type'), text: '', bytes };
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    return { status: res.status, type: 'application/pdf', text: (await parser.getText()).text, bytes };
  } finally {
    await parser.destroy();
  }
}

beforeAll(async () => {
  c = await h.company('Norrbygg Entreprenad AB');
  await h.data(
    PdfSettings,
    {
      input: {
        organisationNumber: '5560360793',
        vatNumber: 'SE556036079301',
        address1: 'Storgatan 1',
        postcode: '90325',
        city: 'Umeå',
        registeredOffice: 'Umeå',
        paymentDetails: 'Swish 123 456 78 90',
        fSkatt: true,
      },
    },
    c.adminToken,
  );
  // A term whose stored name is English: a Swedish invoice prints its days in Swedish instead.
  const term = await tenant().paymentTerm.create({ data: scoped<Prisma.PaymentTermUncheckedCreateInput>({ code: 'N30', name: 'Net 30 days', days: 30 }) });
  // The structured payment accounts, the late-interest rate and the default term, set directly.
  await h.prisma.company.update({
    where: { id: c.companyId },
    data: {
      bankgiro: '50501055',
      iban: 'SE4550000000058398257466',
      bic: 'ESSESESS',
      lateInterestRate: '8',
      defaultPaymentTermId: term.id,
    },
  });
  termId = Buffer.from(`PaymentTerm:${term.id}`).toString('base64'); // its GraphQL id
});

/** The database id inside a GraphQL id (base64 of "Type:uuid"). */
const uuid = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
const flat = (t: string) => t.replace(/\s+/g, ' ');
/** The tenant's own client, for what a test sets directly. */
const tenant = () => createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: SYSTEM_SIGNATURE });

describe('invoice PDF', () => {
  it('shows seller, buyer, numbers, dates, lines, VAT per rate, ROT per buyer and the amount to pay, hiding codes', async () => {
    const cust = await h.data(
      PdfCustomer,
      {
        input: {
          name: 'Familjen Lind',
          type: 'PRIVATE',
          personalIdentityNumber: '200001012384',
          paymentTermId: termId,
          invoiceAddress: { address1: 'Björkvägen 14', postcode: '72231', city: 'Västerås' },
          contacts: [
            { name: 'Anna Lind', personalIdentityNumber: '200001012384', propertyDesignation: 'VÄSTERÅS BJÖRKEN 3:14' },
            { name: 'Erik Lind', personalIdentityNumber: '200001012392', propertyDesignation: 'VÄSTERÅS BJÖRKEN 3:14' },
          ],
        },
      },
      c.adminToken,
    );
    if (cust.createCustomer.__typename !== 'MutationCreateCustomerSuccess') throw new Error();
    const contacts = cust.createCustomer.data.contacts.edges.map((e) => e.node.id);
    const p = await h.data(PdfProject, { customerId: cust.createCustomer.data.id }, c.adminToken);
    if (p.createProject.__typename !== 'MutationCreateProjectSuccess') throw new Error();
    const inv = await h.data(
      PdfInvoice,
      {
        input: {
          projectId: p.createProject.data.id,
          title: 'Renovering badrum',
          invoiceDate: '2026-03-02',
          taxReductionType: 'ROT',
          hideCode: true,
          lines: [
            { description: 'Arbete badrum', code: 'ART-HIDDEN-1', quantity: '1', unitPrice: '40000', kind: 'LABOUR' },
            { description: 'Kakel och fix', code: 'ART-HIDDEN-2', quantity: '1', unitPrice: '10000', kind: 'MATERIAL' },
          ],
        },
      },
      c.adminToken,
    );
    if (inv.createInvoice.__typename !== 'MutationCreateInvoiceSuccess') throw new Error(JSON.stringify(inv));
    const { id, number, pdfUrl } = inv.createInvoice.data;
    await h.data(PdfBuyers, { invoiceId: id, buyers: contacts.map((contactId) => ({ contactId })) }, c.adminToken);

    // Before the lock: a draft, saying so, with nothing to pay by
    const draft = flat((await pdfText(pdfUrl, c.adminToken)).text);
    for (const s of ['UTKAST – ej giltig som faktura', 'Fakturautkast', `Utkast nr ${number}`, 'Preliminärt belopp 47 500,00 kr'])
      expect(draft, s).toContain(s);
    for (const s of ['Fakturanummer', 'Förfallodatum', 'OCR', 'Bankgiro', 'Att betala', 'dröjsmålsränta']) expect(draft, s).not.toContain(s);

    const lock = await h.data(PdfLock, { id }, c.adminToken);
    expect(lock.lockInvoice.__typename, JSON.stringify(lock)).toBe('MutationLockInvoiceSuccess');

    const pdf = await pdfText(pdfUrl, c.adminToken);
    expect(pdf.status).toBe(200);
    expect(Buffer.from(pdf.bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const expected of [
      'Norrbygg Entreprenad AB',
      '556036-0793',
      'SE556036079301',
      'Storgatan 1',
      'F-skatt',
      'Familjen Lind',
      'Björkvägen 14',
      '72231'.replace('72231', '722 31'),
      `${number}`,
      '2026-03-02',
      'Renovering badrum',
      '10000',
      'Arbete badrum',
      'Kakel och fix',
      '62 500,00',
      '12 500,00', // total incl. VAT; VAT at 25 %
      'Anna Lind',
      '20000101-2384',
      'Erik Lind',
      '20000101-2392',
      'VÄSTERÅS BJÖRKEN 3:14',
      '7 500,00',
      '15 000,00',
      'Att betala 47 500,00 kr',
      // seller's and buyer's postcodes written the same way (the company's was typed "90325")
      '903 25 Umeå',
      '722 31 Västerås',
      // payment: due date, OCR reference and the accounts beside it, terms in Swedish, late interest
      `Fakturanummer ${number}`,
      'Förfallodatum 2026-04-01',
      'OCR-nummer',
      'Bankgiro 5050-1055',
      'IBAN SE45 5000 0000 0583 9825 7466',
      'BIC ESSESESS',
      'Betalning Swish 123 456 78 90',
      'Betalningsvillkor 30 dagar netto',
      'Vid betalning efter förfallodagen debiteras dröjsmålsränta med 8 % per år.',
    ]) {
      expect(text, expected).toContain(expected);
    }
    for (const s of ['ART-HIDDEN', 'UTKAST', '90325', 'Net 30 days']) expect(text, s).not.toContain(s);
    expect(text).toMatch(/OCR-nummer \d+ Bankgiro 5050-1055/);
    // the buyers in the order they were added
    expect(text.indexOf('Anna Lind 20000101-2384')).toBeGreaterThan(-1);
    expect(text.indexOf('Anna Lind 20000101-2384')).toBeLessThan(text.indexOf('Erik Lind 20000101-2392'));

    // Its credit note: the original once, the amount to be refunded, nothing to pay by
    const cr = await h.data(PdfCredit, { id, reason: 'Fel pris' }, c.adminToken);
    if (cr.creditInvoice.__typename !== 'MutationCreditInvoiceSuccess') throw new Error(JSON.stringify(cr));
    const creditLock = await h.data(PdfLock, { id: cr.creditInvoice.data.id }, c.adminToken);
    expect(creditLock.lockInvoice.__typename, JSON.stringify(creditLock)).toBe('MutationLockInvoiceSuccess');
    const ct = flat((await pdfText(cr.creditInvoice.data.pdfUrl, c.adminToken)).text);
    for (const s of ['Kreditfaktura', `Kreditfakturanr ${cr.creditInvoice.data.number}`, 'Orsak: Fel pris', 'Att återbetala 47 500,00 kr'])
      expect(ct, s).toContain(s);
    expect(ct.match(new RegExp(`Kredit av faktura ${number}\\b`, 'g'))).toHaveLength(1);
    for (const s of ['Förfallodatum', 'OCR', 'Bankgiro', 'IBAN', 'Swish', 'Betalningsvillkor', 'dröjsmålsränta', 'Att betala', '-47 500,00', 'UTKAST']) {
      expect(ct, s).not.toContain(s);
    }
    expect(ct.indexOf('Anna Lind 20000101-2384')).toBeGreaterThan(-1);
    expect(ct.indexOf('Anna Lind 20000101-2384')).toBeLessThan(ct.indexOf('Erik Lind 20000101-2392'));
  });

  it('prints the ROT buyers in the order they were added, and a credit note’s in its original’s order', async () => {
    const cust = await h.data(
      PdfCustomer,
      {
        input: {
          name: 'Familjen Berg',
          type: 'PRIVATE',
          personalIdentityNumber: '200001012384',
          paymentTermId: termId,
          invoiceAddress: { address1: 'Tallvägen 2', postcode: '90330', city: 'Umeå' },
          contacts: [
            { name: 'Anna Berg', personalIdentityNumber: '200001012384', propertyDesignation: 'UMEÅ TALLEN 1:2' },
            { name: 'Erik Berg', personalIdentityNumber: '200001012392', propertyDesignation: 'UMEÅ TALLEN 1:2' },
          ],
        },
      },
      c.adminToken,
    );
    if (cust.createCustomer.__typename !== 'MutationCreateCustomerSuccess') throw new Error(JSON.stringify(cust));
    const p = await h.data(PdfProject2, { customerId: cust.createCustomer.data.id }, c.adminToken);
    if (p.createProject.__typename !== 'MutationCreateProjectSuccess') throw new Error();
    const inv = await h.data(
      PdfInvoice,
      {
        input: {
          projectId: p.createProject.data.id,
          invoiceDate: '2026-03-02',
          taxReductionType: 'ROT',
          lines: [{ description: 'Fasadmålning', quantity: '1', unitPrice: '20000', kind: 'LABOUR' }],
        },
      },
      c.adminToken,
    );
    if (inv.createInvoice.__typename !== 'MutationCreateInvoiceSuccess') throw new Error(JSON.stringify(inv));
    const { id, pdfUrl } = inv.createInvoice.data;
    await h.data(PdfBuyers, { invoiceId: id, buyers: cust.createCustomer.data.contacts.edges.map((e) => ({ contactId: e.node.id })) }, c.adminToken);
    // The buyer whose row has the greater id is made the one added first, so neither the rows'
    // place in the table (the updated row moves last) nor their ids give the expected order.
    const db = tenant();
    const rows = await db.invoiceBuyer.findMany({ where: { invoiceId: uuid(id) } });
    const [smaller, greater] = [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    await db.invoiceBuyer.update({ where: { id: greater!.id }, data: { createdAt: new Date(smaller!.createdAt.getTime() - 60_000) } });
    const [first, second] = [greater!.name, smaller!.name];
    const inOrder = (text: string) => {
      const t = flat(text);
      expect(t.indexOf(`${first} 2000`), t).toBeGreaterThan(-1);
      expect(t.indexOf(`${first} 2000`), t).toBeLessThan(t.indexOf(`${second} 2000`));
    };
    inOrder((await pdfText(pdfUrl, c.adminToken)).text);

    {
      const lock = await h.data(PdfLock, { id }, c.adminToken);
      expect(lock.lockInvoice.__typename, JSON.stringify(lock)).toBe('MutationLockInvoiceSuccess');
    }
    const cr = await h.data(PdfCredit, { id, reason: 'Fel pris' }, c.adminToken);
    if (cr.creditInvoice.__typename !== 'MutationCreditInvoiceSuccess') throw new Error(JSON.stringify(cr));
    // The credit note's copies say they were added the other way round; it follows the original.
    const copies = await db.invoiceBuyer.findMany({ where: { invoiceId: uuid(cr.creditInvoice.data.id) } });
    const base = Date.now();
    for (const r of copies) await db.invoiceBuyer.update({ where: { id: r.id }, data: { createdAt: new Date(base + (r.name === first ? 60_000 : 0)) } });
    inOrder((await pdfText(cr.creditInvoice.data.pdfUrl, c.adminToken)).text);
  });

  it('shows markup only when the invoice does not hide it, and the reverse-charge text with both VAT numbers', async () => {
    const cust = await h.data(
      PdfCustomer,
      {
        input: {
          name: 'Bygg Partner AB',
          organisationNumber: '2120000142',
          vatNumber: 'SE212000014201',
          isConstructionCompany: true,
          invoiceAddress: { address1: 'Industrivägen 4', postcode: '90327', city: 'Umeå' },
        },
      },
      c.adminToken,
    );
    if (cust.createCustomer.__typename !== 'MutationCreateCustomerSuccess') throw new Error();
    const p = await h.data(PdfProject2, { customerId: cust.createCustomer.data.id }, c.adminToken);
    if (p.createProject.__typename !== 'MutationCreateProjectSuccess') throw new Error();
    const projectId = p.createProject.data.id;
    const make = async (hideMarkup: boolean) => {
      const r = await h.data(
        PdfInvoice,
        { input: { projectId, hideMarkup, lines: [{ description: 'Rör', quantity: '2', unitPrice: '100', markupPercent: '15' }] } },
        c.adminToken,
      );
      if (r.createInvoice.__typename !== 'MutationCreateInvoiceSuccess') throw new Error();
      {
        const lock = await h.data(PdfLock, { id: r.createInvoice.data.id }, c.adminToken);
        expect(lock.lockInvoice.__typename, JSON.stringify(lock)).toBe('MutationLockInvoiceSuccess');
      }
      return (await pdfText(r.createInvoice.data.pdfUrl, c.adminToken)).text.replace(/\s+/g, ' ');
    };
    const shown = await make(false);
    expect(shown).toContain('Påslag %');
    expect(shown).toContain('100,00');
    const hidden = await make(true);
    expect(hidden).not.toContain('Påslag');
    expect(hidden).toContain('115,00'); // the unit price includes the markup
    for (const text of [shown, hidden]) {
      expect(text).toContain('Omvänd betalningsskyldighet');
      expect(text).toContain('SE212000014201');
      expect(text).toContain('SE556036079301');
      expect(text).toContain('230,00');
    }
  });

  describe('in the customer’s language', () => {
    type Lang = 'SV' | 'EN' | 'NB';
    /** A locked invoice of 1 000 kr + 25 % VAT to a new customer with the language. */
    async function invoiceFor(language: Lang, name: string) {
      const cust = await h.data(
        PdfCustomer,
        { input: { name, organisationNumber: '2120000142', language, invoiceAddress: { address1: 'Kungsgatan 2', postcode: '11122', city: 'Stockholm' } } },
        c.adminToken,
      );
      if (cust.createCustomer.__typename !== 'MutationCreateCustomerSuccess') throw new Error(JSON.stringify(cust));
      const customerId = cust.createCustomer.data.id;
      const p = await h.data(PdfProject2, { customerId }, c.adminToken);
      if (p.createProject.__typename !== 'MutationCreateProjectSuccess') throw new Error();
      const r = await h.data(
        PdfInvoice,
        {
          input: {
            projectId: p.createProject.data.id,
            invoiceDate: '2026-03-02',
            lines: [{ description: 'Målning trapphus', quantity: '1', unitPrice: '1000' }],
          },
        },
        c.adminToken,
      );
      if (r.createInvoice.__typename !== 'MutationCreateInvoiceSuccess') throw new Error(JSON.stringify(r));
      {
        const lock = await h.data(PdfLock, { id: r.createInvoice.data.id }, c.adminToken);
        expect(lock.lockInvoice.__typename, JSON.stringify(lock)).toBe('MutationLockInvoiceSuccess');
      }
      return { customerId, ...r.createInvoice.data };
    }
    const text = async (pdfUrl: string) => {
      const pdf = await pdfText(pdfUrl, c.adminToken);
      expect(pdf.status).toBe(200);
      return pdf.text.replace(/\s+/g, ' ');
    };
    const SWEDISH = ['Faktura', 'Fakturanummer', 'Fakturadatum', 'Säte: Umeå', 'Godkänd för F-skatt', 'Beskrivning', 'Att betala 1 250,00 kr', 'Sida 1 av 1'];
    const ENGLISH = [
      'Invoice',
      'Invoice no.',
      'Invoice date',
      'Registered office: Umeå',
      'Approved for F-tax (Godkänd för F-skatt)',
      'Description',
      'Amount due 1,250.00 SEK',
      'Page 1 of 1',
    ];

    it('SV: the invoice in Swedish', async () => {
      const inv = await invoiceFor('SV', 'Svensk Fastighet AB');
      const t = await text(inv.pdfUrl);
      for (const s of [...SWEDISH, 'Målning trapphus', '2026-03-02']) expect(t, s).toContain(s);
      for (const s of ['Invoice', 'Amount due', 'SEK', 'Page']) expect(t, s).not.toContain(s);
    });

    it('EN: the invoice and its credit note in English; what users typed stays as entered', async () => {
      const inv = await invoiceFor('EN', 'British Estates Ltd');
      const t = await text(inv.pdfUrl);
      for (const s of [
        ...ENGLISH,
        'Målning trapphus',
        'Bankgiro 5050-1055',
        'Payment Swish 123 456 78 90',
        'Payment terms 30 days net',
        'If payment is made after the due date, late-payment interest of 8% per year will be charged.',
        '2026-03-02',
        '1,000.00',
      ]) {
        expect(t, s).toContain(s);
      }
      for (const s of ['Net 30 days', 'dagar']) expect(t, s).not.toContain(s);
      for (const s of ['Faktura', 'Att betala', 'Säte', ' kr', 'Sida']) expect(t, s).not.toContain(s);

      const cr = await h.data(PdfCredit, { id: inv.id, reason: 'Fel pris' }, c.adminToken);
      if (cr.creditInvoice.__typename !== 'MutationCreditInvoiceSuccess') throw new Error(JSON.stringify(cr));
      // Unlocked, the credit note is a draft
      const draft = await text(cr.creditInvoice.data.pdfUrl);
      for (const s of ['DRAFT – not valid as an invoice', 'Draft credit note', 'Preliminary refund 1,250.00 SEK']) expect(draft, s).toContain(s);
      expect((await h.data(PdfLock, { id: cr.creditInvoice.data.id }, c.adminToken)).lockInvoice.__typename).toBe('MutationLockInvoiceSuccess');
      const ct = await text(cr.creditInvoice.data.pdfUrl);
      for (const s of ['Credit note', 'Credit note no.', `Credit of invoice ${inv.number} (2026-03-02)`, 'Reason: Fel pris', 'To be refunded 1,250.00 SEK']) {
        expect(ct, s).toContain(s);
      }
      // The stored Swedish title that repeats the reference ("Kredit av faktura N (…)") is left out.
      for (const s of ['Kredit', 'Orsak', 'Att betala', 'Amount due', 'Due date', 'Payment terms', 'Bankgiro', 'DRAFT']) expect(ct, s).not.toContain(s);
    });

    it('NB: printed in English (no other language is translated)', async () => {
      const inv = await invoiceFor('NB', 'Norsk Eiendom AS');
      const t = await text(inv.pdfUrl);
      for (const s of ENGLISH) expect(t, s).toContain(s);
      expect(t).not.toContain('Att betala');
    });

    it('follows the customer’s language as it is when the PDF is rendered', async () => {
      const inv = await invoiceFor('SV', 'Bytt Språk AB');
      expect(await text(inv.pdfUrl)).toContain('Att betala 1 250,00 kr');
      expect((await h.data(PdfCustomerLanguage, { id: inv.customerId, language: 'EN' }, c.adminToken)).updateCustomer.__typename).toBe(
        'MutationUpdateCustomerSuccess',
      );
      const t = await text(inv.pdfUrl);
      expect(t).toContain('Amount due 1,250.00 SEK');
      expect(t).not.toContain('Att betala');
    });

    it('the stand-in for a PDF too large for an accounting system is in the customer’s language', async () => {
      const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: SYSTEM_SIGNATURE });
      const scope: PortScope = {
        connectionId: 'test',
        openFailures: new Map(),
        only: null,
        dryRun: false,
        plan: () => undefined,
        firstRunOf: async () => false,
      };
      const port = invoicePorts(db, scope, new Date()).invoices;
      const standIn = async (pdfUrl: string) => {
        const id = /\/invoices\/(.+)\.pdf$/.exec(pdfUrl)![1]!;
        const pdf = await port.pdf(id, { maxBytes: 1000 });
        expect(pdf.placeholder).toBe(true);
        const parser = new PDFParse({ data: pdf.bytes.slice() });
        try {
          return (await parser.getText()).text.replace(/\s+/g, ' ');
        } finally {
          await parser.destroy();
        }
      };
      const en = await invoiceFor('EN', 'Stand-in Ltd');
      const enText = await standIn(en.pdfUrl);
      expect(enText).toContain(`Invoice ${en.number}`);
      expect(enText).toContain('The invoice document is available in the invoicing system');
      expect(enText).not.toContain('Faktura');
      const sv = await invoiceFor('SV', 'Ersättning AB');
      const svText = await standIn(sv.pdfUrl);
      expect(svText).toContain(`Faktura ${sv.number}`);
      expect(svText).toContain('Fakturadokumentet finns tillgängligt');
    });
  });

  it('refuses without a token, without INVOICE_VIEW, and for another company’s invoice', async () => {
    const list = await h.prisma.invoice.findFirstOrThrow({ where: { companyId: c.companyId } });
    const path = `/invoices/${list.id}.pdf`;
    expect((await pdfText(path, null)).status).toBe(401);
    const nobody = await h.user(c.companyId, ['CUSTOMER_VIEW']);
    expect((await pdfText(path, nobody.token)).status).toBe(403);
    const other = await h.company();
    expect((await pdfText(path, other.adminToken)).status).toBe(404);
  });
});
