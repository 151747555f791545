// The invoice PDF through the download route: real bytes, text extracted and checked for the
// legally required contents (ML 17 kap., ROT §2.4) and for what the invoice hides.
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
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

let c: TestCompany;

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
        paymentDetails: 'Bankgiro 123-4567',
      },
    },
    c.adminToken,
  );
});

describe('invoice PDF', () => {
  it('shows seller, buyer, numbers, dates, lines, VAT per rate, ROT per buyer and the amount to pay, hiding codes', async () => {
    const cust = await h.data(
      PdfCustomer,
      {
        input: {
          name: 'Familjen Lind',
          type: 'PRIVATE',
          personalIdentityNumber: '200001012384',
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
    expect((await h.data(PdfLock, { id }, c.adminToken)).lockInvoice.__typename).toBe('MutationLockInvoiceSuccess');

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
      'Att betala',
      '47 500,00',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('ART-HIDDEN');
  });

  it('shows markup only when the invoice does not hide it, and the reverse-charge text with both VAT numbers', async () => {
    const cust = await h.data(
      PdfCustomer,
      { input: { name: 'Bygg Partner AB', organisationNumber: '2120000142', vatNumber: 'SE212000014201', isConstructionCompany: true } },
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
      expect((await h.data(PdfLock, { id: r.createInvoice.data.id }, c.adminToken)).lockInvoice.__typename).toBe('MutationLockInvoiceSuccess');
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
