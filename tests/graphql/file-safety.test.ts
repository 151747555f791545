// Stored files are stored and served as what their bytes are, never as what their sender
// claimed: an HTML page from the accounting system named "Verifikat A1.pdf" is an attachment of
// type application/octet-stream, with nosniff and a sandboxing CSP; a PDF or a PNG is inline.
import { print } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { attachVoucherFile, importVoucher } from '../../src/modules/registers/vouchers.js';

const h = useHarness();

const FsVoucherFiles = graphql(`query FsVoucherFiles { vouchers(first: 10) { edges { node { remoteId files { id fileName contentType url } } } } }`);
const FsCreateSupplierInvoice = graphql(`
  mutation FsCreateSupplierInvoice($input: CreateSupplierInvoiceInput!) {
    createSupplierInvoice(input: $input) {
      __typename
      ... on MutationCreateSupplierInvoiceSuccess { data { id document { fileName contentType url } } }
      ... on ValidationError { issues { path code } }
    }
  }
`);

const HTML = new TextEncoder().encode('<!doctype html><html><body><script>fetch("/graphql",{credentials:"include"})</script></body></html>');
const PDF = new TextEncoder().encode('%PDF-1.4\n% voucher\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const CSP = "default-src 'none'; sandbox";

let c: TestCompany;
let db: ReturnType<typeof createTenantDb>;
let voucherId: string;

beforeAll(async () => {
  c = await h.company();
  db = createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: 'SYNC' });
  voucherId = (
    await importVoucher(db, {
      source: 'manual',
      remoteId: 'A1',
      series: 'A',
      number: 1,
      transactionDate: '2026-11-12',
      rows: [{ rowIndex: 0, accountNumber: 4010, debit: '100' }],
    })
  ).voucherId;
});

async function download(url: string) {
  const res = await h.app.fetch(`http://test.local${url}`, { headers: { authorization: `Bearer ${c.adminToken}` } });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    nosniff: res.headers.get('x-content-type-options'),
    csp: res.headers.get('content-security-policy'),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

async function fileUrl(fileName: string) {
  const list = await h.data(FsVoucherFiles, {}, c.adminToken);
  const f = list.vouchers.edges.flatMap((e) => e.node.files).find((x) => x.fileName === fileName)!;
  return f;
}

describe('voucher files', () => {
  it('an HTML file claimed as a PDF is stored as application/octet-stream and served as an attachment with nosniff and the CSP', async () => {
    await attachVoucherFile(db, voucherId, { fileName: 'Verifikat A1.pdf', contentType: 'application/pdf', bytes: HTML });
    const f = await fileUrl('Verifikat A1.pdf');
    expect(f.contentType).toBe('application/octet-stream');
    const r = await download(f.url);
    expect(r).toMatchObject({ status: 200, type: 'application/octet-stream', nosniff: 'nosniff', csp: CSP });
    expect(r.disposition).toMatch(/^attachment; filename="Verifikat A1.pdf"/);
    expect(r.body.equals(Buffer.from(HTML))).toBe(true);
  });

  it('a row stored before sniffing, with text/html, is served as an attachment too (the type is sniffed again when served)', async () => {
    const row = await db.voucherFile.create({
      data: scoped<Prisma.VoucherFileUncheckedCreateInput>({
        voucherId,
        fileName: 'old.html',
        contentType: 'text/html',
        size: HTML.byteLength,
        bytes: new Uint8Array(HTML),
      }),
      select: { id: true },
    });
    const r = await download(`/vouchers/files/${row.id}`);
    expect(r).toMatchObject({ status: 200, type: 'application/octet-stream', nosniff: 'nosniff', csp: CSP });
    expect(r.disposition).toMatch(/^attachment;/);
  });

  it('a PDF claimed as text/html is stored and served inline as application/pdf; a PNG inline as image/png', async () => {
    await attachVoucherFile(db, voucherId, { fileName: 'scan.pdf', contentType: 'text/html', bytes: PDF });
    const pdf = await fileUrl('scan.pdf');
    expect(pdf.contentType).toBe('application/pdf');
    const r = await download(pdf.url);
    expect(r).toMatchObject({ status: 200, type: 'application/pdf', nosniff: 'nosniff', csp: CSP });
    expect(r.disposition).toMatch(/^inline; filename="scan.pdf"/);
    await attachVoucherFile(db, voucherId, { fileName: 'kvitto.png', contentType: 'application/octet-stream', bytes: new Uint8Array(PNG) });
    const png = await download((await fileUrl('kvitto.png')).url);
    expect(png).toMatchObject({ status: 200, type: 'image/png', csp: CSP });
    expect(png.disposition).toMatch(/^inline;/);
  });
});

describe('supplier-invoice documents', () => {
  async function createWith(file: File, invoiceNumber: string) {
    const supplier = await db.supplier.create({
      data: scoped<Prisma.SupplierUncheckedCreateInput>({ number: `S-${invoiceNumber}`, name: `Supplier ${invoiceNumber}` }),
      select: { id: true },
    });
    const input = {
      supplierId: encodeGlobalID('Supplier', supplier.id),
      invoiceNumber,
      invoiceDate: '2026-11-01',
      net: '100.00',
      vat: '25.00',
      document: null,
    };
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: print(FsCreateSupplierInvoice), variables: { input } }));
    form.append('map', JSON.stringify({ 0: ['variables.input.document'] }));
    form.append('0', file);
    const res = await h.app.fetch('http://test.local/graphql', { method: 'POST', body: form, headers: { authorization: `Bearer ${c.adminToken}` } });
    return (
      (await res.json()) as {
        data: {
          createSupplierInvoice: { __typename: string; data?: { document: { contentType: string; url: string } }; issues?: { path: string; code: string }[] };
        };
      }
    ).data.createSupplierInvoice;
  }

  it('an HTML page sent as application/pdf is refused (the bytes decide the type)', async () => {
    const r = await createWith(new File([HTML], 'faktura.pdf', { type: 'application/pdf' }), 'FS-1');
    expect(r).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'document', code: 'unsupported_file_type' }] });
  });

  it('a PDF sent as text/plain is stored as application/pdf and served inline with the CSP', async () => {
    const r = await createWith(new File([PDF], 'faktura.pdf', { type: 'text/plain' }), 'FS-2');
    expect(r.__typename).toBe('MutationCreateSupplierInvoiceSuccess');
    expect(r.data!.document.contentType).toBe('application/pdf');
    const d = await download(r.data!.document.url);
    expect(d).toMatchObject({ status: 200, type: 'application/pdf', nosniff: 'nosniff', csp: CSP });
    expect(d.disposition).toMatch(/^inline;/);
  });
});
