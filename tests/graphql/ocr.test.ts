// OCR references on customer invoices: made from the invoice number by the company's scheme when
// the invoice is locked, shown on it, found by invoiceByOcr and by the list's search (as a payment
// carries it: spaces and dashes ignored), and none when the company uses none.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { TEST_INVOICE_ADDRESS, useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createInvoice, lockInvoice } from '../../src/modules/invoices/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { isValidOcrReference } from '@nordic-invoicing/connector-sdk/se';

const h = useHarness();

const OcInvoice = graphql(`query OcInvoice($id: ID!) { invoice(id: $id) { id number ocrReference } }`);
const OcByOcr = graphql(`query OcByOcr($reference: String!) { invoiceByOcr(reference: $reference) { id number } }`);
const OcSearch = graphql(`query OcSearch($search: String) { invoices(first: 10, search: $search) { edges { node { id ocrReference } } } }`);
const OcScheme = graphql(`
  mutation OcScheme($input: UpdateCompanySettingsInput!) {
    updateCompanySettings(input: $input) { __typename ... on MutationUpdateCompanySettingsSuccess { data { ocrScheme } } ... on Error { code } }
  }
`);

let c: TestCompany;
let projectId: string;
const D = (v: string) => new Prisma.Decimal(v);
const db = () => createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
async function locked(): Promise<{ id: string; gid: string; number: number }> {
  const id = await createInvoice(db(), { projectId, lines: [{ description: 'Arbete', quantity: D('1'), unitPrice: D('100'), vatRate: D('25') }] });
  await lockInvoice(db(), id, 'AD');
  const number = (await db().invoice.findUniqueOrThrow({ where: { id } })).number;
  return { id, gid: encodeGlobalID('Invoice', id), number };
}

beforeAll(async () => {
  c = await h.company();
  const auth = { actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' }, permissions: new Set(['CUSTOMER_CREATE'] as const) };
  const customerId = await createCustomer(db(), auth, { name: 'OCR-kund AB', type: 'COMPANY', invoiceAddress: TEST_INVOICE_ADDRESS });
  projectId = await createProject(db(), { customerId, name: 'OCR', statusCode: 40 });
});

describe('OCR references', () => {
  it('a locked invoice gets its number with the check digit (the default scheme); a draft has none', async () => {
    const draft = await createInvoice(db(), { projectId, lines: [{ description: 'Utkast', quantity: D('1'), unitPrice: D('1'), vatRate: D('25') }] });
    expect((await h.data(OcInvoice, { id: encodeGlobalID('Invoice', draft) }, c.adminToken)).invoice).toMatchObject({ ocrReference: null });
    const inv = await locked();
    const shown = (await h.data(OcInvoice, { id: inv.gid }, c.adminToken)).invoice!;
    expect(shown.ocrReference).toMatch(new RegExp(`^${inv.number}\\d$`));
    expect(isValidOcrReference(shown.ocrReference!, 'CHECK_DIGIT')).toBe(true);

    // Found as a payment carries it, by the dedicated lookup and by the list's search.
    const spaced = shown.ocrReference!.replace(/(\d{2})(?=\d)/g, '$1 ');
    expect((await h.data(OcByOcr, { reference: spaced }, c.adminToken)).invoiceByOcr).toEqual({ id: inv.gid, number: inv.number });
    expect((await h.data(OcByOcr, { reference: '12' }, c.adminToken)).invoiceByOcr).toBeNull();
    const found = (await h.data(OcSearch, { search: shown.ocrReference }, c.adminToken)).invoices.edges.map((e) => e.node.id);
    expect(found).toContain(inv.gid);
  });

  it('follows the company’s scheme: a length digit before the check digit, or none at all', async () => {
    const lengthScheme = await h.data(OcScheme, { input: { ocrScheme: 'LENGTH_AND_CHECK_DIGIT' } }, c.adminToken);
    expect(lengthScheme.updateCompanySettings).toMatchObject({ data: { ocrScheme: 'LENGTH_AND_CHECK_DIGIT' } });
    const inv = await locked();
    const ref = (await h.data(OcInvoice, { id: inv.gid }, c.adminToken)).invoice!.ocrReference!;
    expect(ref.startsWith(String(inv.number))).toBe(true);
    expect(ref).toHaveLength(String(inv.number).length + 2);
    expect(isValidOcrReference(ref, 'LENGTH_AND_CHECK_DIGIT')).toBe(true);

    await h.data(OcScheme, { input: { ocrScheme: 'NONE' } }, c.adminToken);
    const none = await locked();
    expect((await h.data(OcInvoice, { id: none.gid }, c.adminToken)).invoice!.ocrReference).toBeNull();
    await h.data(OcScheme, { input: { ocrScheme: 'CHECK_DIGIT' } }, c.adminToken);
  });
});
