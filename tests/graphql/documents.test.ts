// Documents on customers and projects through GraphQL and the download route: upload (multipart),
// list, download (an attachment with its name, nosniff and the stored type), delete; folders;
// permissions (upload, the "Delete Uploaded Files" permission, a user who sees only assigned
// customers); limits (size, type decided by the bytes whatever the name says); another company
// can neither list, download nor delete; and storage in a directory, where a failure after the
// file write leaves no file behind.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany, type TestUser } from '../helpers/harness.js';
import { createApp, type App } from '../../src/app.js';
import type { Permission } from '../../src/generated/prisma/enums.js';

const h = useHarness();

const CreateCustomer = graphql(`
  mutation DocCreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on Error { code message } }
  }
`);
const CreateProject = graphql(`
  mutation DocCreateProject($customerId: ID!) {
    createProject(input: { customerId: $customerId, name: "Tak", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } ... on Error { code message } }
  }
`);
const Me = graphql(`query DocMe { me { id } }`);
const DeleteCustomer = graphql(`
  mutation DocDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code message path } } }
`);
const UploadCustomer = graphql(`
  mutation DocUploadCustomer($input: UploadCustomerDocumentInput!) {
    uploadCustomerDocument(input: $input) {
      __typename
      ... on MutationUploadCustomerDocumentSuccess { data { id name contentType size sha256 createdBy createdAt url folder { id name } } }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);
const UploadProject = graphql(`
  mutation DocUploadProject($input: UploadProjectDocumentInput!) {
    uploadProjectDocument(input: $input) {
      __typename
      ... on MutationUploadProjectDocumentSuccess { data { id name contentType size url folder { id name } } }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);
const CustomerDocs = graphql(`
  query DocCustomerDocs($id: ID!, $folderId: ID, $topLevel: Boolean) {
    customer(id: $id) {
      id
      documents(first: 50, folderId: $folderId, topLevel: $topLevel) { edges { node { id name contentType size url folder { name } } } }
      documentFolders { id name createdBy }
    }
  }
`);
const ProjectDocs = graphql(`
  query DocProjectDocs($id: ID!) {
    node(id: $id) { ... on Project { documents(first: 50) { edges { node { id name folder { name } } } } documentFolders { id name } } }
  }
`);
const DocNode = graphql(`query DocNode($id: ID!) { node(id: $id) { id ... on Document { name } } }`);
const Customers = graphql(`query DocCustomers { customers(first: 50) { edges { node { id name documents(first: 10) { edges { node { name } } } } } } }`);
const DeleteDocument = graphql(`
  mutation DocDelete($id: ID!) { deleteDocument(id: $id) { __typename ... on MutationDeleteDocumentSuccess { data } ... on Error { code path } ... on ForbiddenError { permission } } }
`);
const CreateCustomerFolder = graphql(`
  mutation DocCreateCustomerFolder($input: CreateCustomerDocumentFolderInput!) {
    createCustomerDocumentFolder(input: $input) {
      __typename
      ... on MutationCreateCustomerDocumentFolderSuccess { data { id name } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
    }
  }
`);
const CreateProjectFolder = graphql(`
  mutation DocCreateProjectFolder($input: CreateProjectDocumentFolderInput!) {
    createProjectDocumentFolder(input: $input) { __typename ... on MutationCreateProjectDocumentFolderSuccess { data { id name } } ... on Error { code path } }
  }
`);
const RenameFolder = graphql(`
  mutation DocRenameFolder($input: RenameDocumentFolderInput!) {
    renameDocumentFolder(input: $input) { __typename ... on MutationRenameDocumentFolderSuccess { data { id name } } ... on Error { code path } ... on ValidationError { issues { path code } } }
  }
`);
const DeleteFolder = graphql(`
  mutation DocDeleteFolder($id: ID!) { deleteDocumentFolder(id: $id) { __typename ... on MutationDeleteDocumentFolderSuccess { data } ... on Error { code path } } }
`);

// Minimal files whose bytes show their type.
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
const HTML = new TextEncoder().encode('<!doctype html><html><script>alert(document.cookie)</script></html>');
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
/** The start of a Windows executable (DOS header pointing at a PE header). */
const EXE = (() => {
  const b = new Uint8Array(512);
  b.set([0x4d, 0x5a]);
  new DataView(b.buffer).setUint32(0x3c, 0x80, true);
  b.set([0x50, 0x45, 0, 0], 0x80);
  return b;
})();

type Issue = { path: string; code: string; message: string };
type UploadResult = {
  __typename: string;
  data?: {
    id: string;
    name: string;
    contentType: string;
    size: number;
    sha256: string;
    createdBy: string;
    url: string;
    folder: { id: string; name: string } | null;
  };
  code?: string;
  path?: string | null;
  permission?: string | null;
  issues?: Issue[];
};

/** Uploads through a GraphQL multipart request, as a browser does. */
async function upload(
  target: { customerId: string } | { projectId: string },
  file: File,
  token: string,
  opts: { folderId?: string; app?: App } = {},
): Promise<UploadResult> {
  const isCustomer = 'customerId' in target;
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query: print(isCustomer ? UploadCustomer : UploadProject),
      variables: { input: { ...target, folderId: opts.folderId ?? null, file: null } },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', file);
  const res = await (opts.app ?? h.app).fetch('http://test.local/graphql', { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { data?: Record<string, UploadResult>; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body));
  return isCustomer ? body.data.uploadCustomerDocument! : body.data.uploadProjectDocument!;
}

async function uploaded(target: { customerId: string } | { projectId: string }, file: File, token: string, opts: { folderId?: string; app?: App } = {}) {
  const r = await upload(target, file, token, opts);
  if (!r.data) throw new Error(JSON.stringify(r));
  return r.data;
}

function download(url: string, token: string, app: App = h.app): Promise<Response> {
  return Promise.resolve(app.fetch(`http://test.local${url}`, { headers: { authorization: `Bearer ${token}` } }));
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const countDocuments = () => h.prisma.document.count({ where: { companyId: c.companyId } });

let c: TestCompany;
let other: TestCompany;
let assignee: TestUser;
let assigneeId: string;
let mine: string; // a customer assigned to `assignee`
let theirs: string; // a customer assigned to nobody
let project: string;

async function customer(name: string) {
  const r = await h.data(CreateCustomer, { input: { name } }, c.adminToken);
  if (r.createCustomer.__typename !== 'MutationCreateCustomerSuccess') throw new Error(JSON.stringify(r));
  return r.createCustomer.data.id;
}

/** Assigns a customer to a user (set directly: the assignment itself is not what these tests are about). */
async function assign(customerId: string, userId: string) {
  const raw = (gid: string) => Buffer.from(gid, 'base64').toString().split(':')[1]!;
  await h.prisma.customer.update({ where: { id: raw(customerId) }, data: { assignedUserId: raw(userId) } });
}

async function user(permissions: Permission[]) {
  return h.user(c.companyId, permissions);
}

beforeAll(async () => {
  c = await h.company('Documents AB');
  other = await h.company('Other AB');
  assignee = await user(['CUSTOMER_VIEW_ASSIGNED', 'CUSTOMER_UPLOAD']);
  assigneeId = (await h.data(Me, {}, assignee.token)).me.id;
  mine = await customer('Assigned Kund AB');
  await assign(mine, assigneeId);
  theirs = await customer('Other Kund AB');
  const p = await h.data(CreateProject, { customerId: mine }, c.adminToken);
  if (p.createProject.__typename !== 'MutationCreateProjectSuccess') throw new Error(JSON.stringify(p));
  project = p.createProject.data.id;
});

describe('upload, list, download, delete', () => {
  it('stores a PDF with its facts, lists it on the customer and serves it as an attachment', async () => {
    const doc = await uploaded({ customerId: mine }, new File([PDF], 'Offert åäö.pdf', { type: 'application/pdf' }), c.adminToken);
    expect(doc).toMatchObject({ name: 'Offert åäö.pdf', contentType: 'application/pdf', size: PDF.byteLength, sha256: sha256(PDF), folder: null });
    expect(doc.createdBy).toMatch(/^AD/);
    expect(doc.url).toMatch(/^\/documents\/[0-9a-f-]{36}$/);

    const list = await h.data(CustomerDocs, { id: mine }, c.adminToken);
    expect(list.customer?.documents.edges.map((e) => e.node.name)).toContain('Offert åäö.pdf');

    const res = await download(doc.url, c.adminToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="Offert ___.pdf"; filename*=UTF-8''${encodeURIComponent('Offert åäö.pdf')}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
  });

  it('numbers a name already taken in the folder, regardless of case', async () => {
    const a = await uploaded({ customerId: theirs }, new File([PDF], 'Ritning.pdf'), c.adminToken);
    const b = await uploaded({ customerId: theirs }, new File([PDF], 'ritning.PDF'), c.adminToken);
    const d = await uploaded({ customerId: theirs }, new File([PDF], 'Ritning.pdf'), c.adminToken);
    expect([a.name, b.name, d.name]).toEqual(['Ritning.pdf', 'ritning (2).PDF', 'Ritning (3).pdf']);
  });

  it('uploads of one name at the same time get different names (uploads to one customer are serialised)', async () => {
    const cust = await customer('Concurrent Kund AB');
    const results = await Promise.all(Array.from({ length: 6 }, () => uploaded({ customerId: cust }, new File([PDF], 'samtidigt.pdf'), c.adminToken)));
    expect(results.map((d) => d.name).sort()).toEqual([
      'samtidigt (2).pdf',
      'samtidigt (3).pdf',
      'samtidigt (4).pdf',
      'samtidigt (5).pdf',
      'samtidigt (6).pdf',
      'samtidigt.pdf',
    ]);
  });

  it('accepts plain text and CSV (recognised from the bytes) and serves them with their type', async () => {
    const csv = await uploaded({ customerId: mine }, new File(['artikel;pris\nRör;12,50\n'], 'priser.csv', { type: 'application/vnd.ms-excel' }), c.adminToken);
    expect(csv).toMatchObject({ name: 'priser.csv', contentType: 'text/csv' });
    const txt = await uploaded({ customerId: mine }, new File(['Anteckningar'], 'notes'), c.adminToken);
    expect(txt).toMatchObject({ name: 'notes.txt', contentType: 'text/plain' });
    const res = await download(csv.url, c.adminToken);
    expect(res.headers.get('content-type')).toBe('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it('serves an image as an attachment too, and names a file by what its bytes are', async () => {
    const png = await uploaded({ customerId: mine }, new File([PNG], 'photo.exe', { type: 'application/x-msdownload' }), c.adminToken);
    expect(png).toMatchObject({ name: 'photo.exe.png', contentType: 'image/png' });
    const res = await download(png.url, c.adminToken);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="photo.exe.png"/);
  });

  it('deletes a document: gone from the list and the route', async () => {
    const doc = await uploaded({ customerId: mine }, new File([PDF], 'bort.pdf'), c.adminToken);
    const r = await h.data(DeleteDocument, { id: doc.id }, c.adminToken);
    expect(r.deleteDocument).toEqual({ __typename: 'MutationDeleteDocumentSuccess', data: doc.id });
    const list = await h.data(CustomerDocs, { id: mine }, c.adminToken);
    expect(list.customer?.documents.edges.map((e) => e.node.id)).not.toContain(doc.id);
    expect((await download(doc.url, c.adminToken)).status).toBe(404);
    expect((await h.data(DeleteDocument, { id: doc.id }, c.adminToken)).deleteDocument).toMatchObject({ __typename: 'NotFoundError', path: 'id' });
  });

  it('documents a project: upload, folder, list', async () => {
    const f = await h.data(CreateProjectFolder, { input: { projectId: project, name: 'Foton' } }, c.adminToken);
    if (f.createProjectDocumentFolder.__typename !== 'MutationCreateProjectDocumentFolderSuccess') throw new Error(JSON.stringify(f));
    const doc = await uploaded({ projectId: project }, new File([PNG], 'tak.png'), c.adminToken, { folderId: f.createProjectDocumentFolder.data.id });
    expect(doc).toMatchObject({ name: 'tak.png', folder: { name: 'Foton' } });
    const list = await h.data(ProjectDocs, { id: project }, c.adminToken);
    expect(list.node).toMatchObject({ documents: { edges: [{ node: { name: 'tak.png', folder: { name: 'Foton' } } }] }, documentFolders: [{ name: 'Foton' }] });
    // A project's documents are not the customer's.
    const customerList = await h.data(CustomerDocs, { id: mine }, c.adminToken);
    expect(customerList.customer?.documents.edges.map((e) => e.node.name)).not.toContain('tak.png');
  });

  it('a customer with documents cannot be deleted', async () => {
    const lone = await customer('Lone Kund AB');
    const doc = await uploaded({ customerId: lone }, new File([PDF], 'avtal.pdf'), c.adminToken);
    expect((await h.data(DeleteCustomer, { id: lone }, c.adminToken)).deleteCustomer).toMatchObject({
      __typename: 'ConflictError',
      code: 'IN_USE',
      path: 'id',
    });
    await h.data(DeleteDocument, { id: doc.id }, c.adminToken);
    expect((await h.data(DeleteCustomer, { id: lone }, c.adminToken)).deleteCustomer).toMatchObject({ __typename: 'MutationDeleteCustomerSuccess' });
  });
});

describe('folders', () => {
  it('creates, lists, filters by, renames and deletes (only when empty) a folder', async () => {
    const cust = await customer('Folder Kund AB');
    const created = await h.data(CreateCustomerFolder, { input: { customerId: cust, name: '  Ritningar ' } }, c.adminToken);
    if (created.createCustomerDocumentFolder.__typename !== 'MutationCreateCustomerDocumentFolderSuccess') throw new Error(JSON.stringify(created));
    const folder = created.createCustomerDocumentFolder.data;
    expect(folder.name).toBe('Ritningar');

    // The same name regardless of case is refused; an invalid name names the field.
    expect((await h.data(CreateCustomerFolder, { input: { customerId: cust, name: 'RITNINGAR' } }, c.adminToken)).createCustomerDocumentFolder).toMatchObject({
      __typename: 'ConflictError',
      code: 'ALREADY_EXISTS',
      path: 'name',
    });
    expect((await h.data(CreateCustomerFolder, { input: { customerId: cust, name: 'a/b' } }, c.adminToken)).createCustomerDocumentFolder).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'name', code: 'invalid_name' }],
    });
    // Another customer may have a folder of that name.
    expect((await h.data(CreateCustomerFolder, { input: { customerId: mine, name: 'Ritningar' } }, c.adminToken)).createCustomerDocumentFolder.__typename).toBe(
      'MutationCreateCustomerDocumentFolderSuccess',
    );

    const inFolder = await uploaded({ customerId: cust }, new File([PDF], 'plan.pdf'), c.adminToken, { folderId: folder.id });
    const top = await uploaded({ customerId: cust }, new File([PDF], 'plan.pdf'), c.adminToken);
    // The same name in another folder is not numbered.
    expect([inFolder.name, inFolder.folder?.name, top.name, top.folder]).toEqual(['plan.pdf', 'Ritningar', 'plan.pdf', null]);

    const all = await h.data(CustomerDocs, { id: cust }, c.adminToken);
    expect(all.customer?.documents.edges).toHaveLength(2);
    expect(all.customer?.documentFolders).toEqual([{ id: folder.id, name: 'Ritningar', createdBy: expect.stringMatching(/^AD/) }]);
    const only = await h.data(CustomerDocs, { id: cust, folderId: folder.id }, c.adminToken);
    expect(only.customer?.documents.edges.map((e) => e.node.id)).toEqual([inFolder.id]);
    const topLevel = await h.data(CustomerDocs, { id: cust, topLevel: true }, c.adminToken);
    expect(topLevel.customer?.documents.edges.map((e) => e.node.id)).toEqual([top.id]);

    expect((await h.data(RenameFolder, { input: { id: folder.id, name: 'Planer' } }, c.adminToken)).renameDocumentFolder).toMatchObject({
      data: { name: 'Planer' },
    });
    expect((await h.data(DeleteFolder, { id: folder.id }, c.adminToken)).deleteDocumentFolder).toMatchObject({ __typename: 'ConflictError', code: 'IN_USE' });
    await h.data(DeleteDocument, { id: inFolder.id }, c.adminToken);
    expect((await h.data(DeleteFolder, { id: folder.id }, c.adminToken)).deleteDocumentFolder).toEqual({
      __typename: 'MutationDeleteDocumentFolderSuccess',
      data: folder.id,
    });
  });

  it('refuses a folder of another customer (or an unknown one) naming folderId, and stores nothing', async () => {
    const f = await h.data(CreateCustomerFolder, { input: { customerId: theirs, name: 'Theirs' } }, c.adminToken);
    if (f.createCustomerDocumentFolder.__typename !== 'MutationCreateCustomerDocumentFolderSuccess') throw new Error(JSON.stringify(f));
    const before = await countDocuments();
    const r = await upload({ customerId: mine }, new File([PDF], 'x.pdf'), c.adminToken, { folderId: f.createCustomerDocumentFolder.data.id });
    expect(r).toMatchObject({ __typename: 'NotFoundError', path: 'folderId' });
    // Nor a customer's folder for a project.
    expect(await upload({ projectId: project }, new File([PDF], 'x.pdf'), c.adminToken, { folderId: f.createCustomerDocumentFolder.data.id })).toMatchObject({
      __typename: 'NotFoundError',
      path: 'folderId',
    });
    expect(await countDocuments()).toBe(before);
  });
});

describe('permissions', () => {
  it('upload needs CUSTOMER_UPLOAD (customers) and PROJECT_EDIT (projects)', async () => {
    const viewer = await user(['CUSTOMER_VIEW', 'PROJECT_VIEW']);
    expect(await upload({ customerId: mine }, new File([PDF], 'x.pdf'), viewer.token)).toMatchObject({
      __typename: 'ForbiddenError',
      permission: 'CUSTOMER_UPLOAD',
    });
    expect(await upload({ projectId: project }, new File([PDF], 'x.pdf'), viewer.token)).toMatchObject({
      __typename: 'ForbiddenError',
      permission: 'PROJECT_EDIT',
    });
    expect((await h.data(CreateCustomerFolder, { input: { customerId: mine, name: 'V' } }, viewer.token)).createCustomerDocumentFolder).toMatchObject({
      __typename: 'ForbiddenError',
      permission: 'CUSTOMER_UPLOAD',
    });
    const projectEditor = await user(['PROJECT_VIEW', 'PROJECT_EDIT']);
    expect((await upload({ projectId: project }, new File([PDF], 'p.pdf'), projectEditor.token)).__typename).toBe('MutationUploadProjectDocumentSuccess');
  });

  it('delete needs CUSTOMER_DELETE_FILES, which upload does not give', async () => {
    const uploader = await user(['CUSTOMER_VIEW', 'CUSTOMER_UPLOAD', 'CUSTOMER_DELETE']);
    const doc = await uploaded({ customerId: theirs }, new File([PDF], 'keep.pdf'), uploader.token);
    expect((await h.data(DeleteDocument, { id: doc.id }, uploader.token)).deleteDocument).toMatchObject({
      __typename: 'ForbiddenError',
      permission: 'CUSTOMER_DELETE_FILES',
    });
    expect((await download(doc.url, c.adminToken)).status).toBe(200);
    const deleter = await user(['CUSTOMER_VIEW', 'CUSTOMER_DELETE_FILES']);
    expect((await h.data(DeleteDocument, { id: doc.id }, deleter.token)).deleteDocument.__typename).toBe('MutationDeleteDocumentSuccess');
  });

  it('the Administrators group of a company has CUSTOMER_DELETE_FILES', async () => {
    const group = await h.prisma.group.findFirstOrThrow({ where: { companyId: c.companyId, name: 'Administrators' } });
    expect(group.permissions).toContain('CUSTOMER_DELETE_FILES');
  });

  it('a user who may view only assigned customers sees, downloads and uploads only their documents', async () => {
    const own = await uploaded({ customerId: mine }, new File([PDF], 'assigned.pdf'), c.adminToken);
    const foreign = await uploaded({ customerId: theirs }, new File([PDF], 'not-yours.pdf'), c.adminToken);

    const list = await h.data(Customers, {}, assignee.token);
    expect(list.customers.edges.map((e) => e.node.id)).toEqual([mine]);
    expect(list.customers.edges[0]!.node.documents.edges.map((e) => e.node.name)).toContain('assigned.pdf');
    expect((await h.data(DocNode, { id: own.id }, assignee.token)).node).toMatchObject({ name: 'assigned.pdf' });
    expect((await h.data(DocNode, { id: foreign.id }, assignee.token)).node).toBeNull();
    expect((await download(own.url, assignee.token)).status).toBe(200);
    expect((await download(foreign.url, assignee.token)).status).toBe(404);
    expect(await upload({ customerId: theirs }, new File([PDF], 'sneak.pdf'), assignee.token)).toMatchObject({
      __typename: 'NotFoundError',
      path: 'customerId',
    });
    expect(await upload({ customerId: mine }, new File([PDF], 'mine.pdf'), assignee.token)).toMatchObject({ data: { name: 'mine.pdf' } });

    // With delete permission, still only the assigned customers' documents.
    const assignedDeleter = await user(['CUSTOMER_VIEW_ASSIGNED', 'CUSTOMER_DELETE_FILES']);
    expect((await h.data(DeleteDocument, { id: foreign.id }, assignedDeleter.token)).deleteDocument).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('a project viewer sees project documents but not customer documents', async () => {
    const projectDoc = await uploaded({ projectId: project }, new File([PDF], 'project-only.pdf'), c.adminToken);
    const customerDoc = await uploaded({ customerId: mine }, new File([PDF], 'customer-only.pdf'), c.adminToken);
    const projectViewer = await user(['PROJECT_VIEW']);
    expect((await download(projectDoc.url, projectViewer.token)).status).toBe(200);
    expect((await download(customerDoc.url, projectViewer.token)).status).toBe(404);
    const nobody = await user(['INVOICE_VIEW']);
    const res = await download(projectDoc.url, nobody.token);
    expect(res.status).toBe(403);
    expect((await download(projectDoc.url, 'not-a-token')).status).toBe(401);
  });
});

describe('limits', () => {
  let small: App;
  beforeAll(() => {
    small = createApp({ prisma: h.prisma, logErrors: false, documents: { maxBytes: 1000, storage: 'database', dir: null } });
  });

  it('refuses a file over DOCUMENT_MAX_BYTES and an empty file, naming the field', async () => {
    const before = await countDocuments();
    const big = new Uint8Array(1001);
    big.set(PDF);
    expect(await upload({ customerId: mine }, new File([big], 'big.pdf'), c.adminToken, { app: small })).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'file', code: 'file_too_large' }],
    });
    expect(await upload({ customerId: mine }, new File([], 'empty.pdf'), c.adminToken)).toMatchObject({ issues: [{ path: 'file', code: 'empty_file' }] });
    expect(await countDocuments()).toBe(before);
    const fits = new Uint8Array(1000);
    fits.set(PDF);
    expect((await upload({ customerId: mine }, new File([fits], 'fits.pdf'), c.adminToken, { app: small })).__typename).toBe(
      'MutationUploadCustomerDocumentSuccess',
    );
  });

  it.each([
    ['an HTML page named as a PDF', HTML, 'invoice.pdf', 'application/pdf'],
    ['an SVG named as a PNG', SVG, 'photo.png', 'image/png'],
    ['an executable named as a PDF', EXE, 'report.pdf', 'application/pdf'],
    ['binary bytes no type matches', Uint8Array.from([0, 1, 2, 3, 255, 254, 0, 7]), 'data.txt', 'text/plain'],
  ])('refuses %s (the type is decided by the bytes)', async (_label, bytes, name, claimed) => {
    const before = await countDocuments();
    const r = await upload({ customerId: mine }, new File([bytes as Uint8Array<ArrayBuffer>], name, { type: claimed }), c.adminToken);
    expect(r).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'file', code: 'type_not_allowed' }] });
    expect(await countDocuments()).toBe(before);
  });
});

describe('another company', () => {
  it('can neither list, download, delete nor upload to the documents of this company', async () => {
    const doc = await uploaded({ customerId: theirs }, new File([PDF], 'secret-offer.pdf'), c.adminToken);
    const f = await h.data(CreateCustomerFolder, { input: { customerId: theirs, name: 'Secret folder' } }, c.adminToken);
    if (f.createCustomerDocumentFolder.__typename !== 'MutationCreateCustomerDocumentFolderSuccess') throw new Error(JSON.stringify(f));
    const folderId = f.createCustomerDocumentFolder.data.id;

    expect((await h.data(CustomerDocs, { id: theirs }, other.adminToken)).customer).toBeNull();
    expect((await h.data(DocNode, { id: doc.id }, other.adminToken)).node).toBeNull();
    const list = JSON.stringify(await h.data(Customers, {}, other.adminToken));
    expect(list).not.toContain('secret-offer');
    expect((await download(doc.url, other.adminToken)).status).toBe(404);
    expect((await h.data(DeleteDocument, { id: doc.id }, other.adminToken)).deleteDocument).toMatchObject({ __typename: 'NotFoundError' });
    expect(await upload({ customerId: theirs }, new File([PDF], 'x.pdf'), other.adminToken)).toMatchObject({ __typename: 'NotFoundError', path: 'customerId' });
    expect(await upload({ projectId: project }, new File([PDF], 'x.pdf'), other.adminToken)).toMatchObject({ __typename: 'NotFoundError', path: 'projectId' });
    expect((await h.data(RenameFolder, { input: { id: folderId, name: 'Mine now' } }, other.adminToken)).renameDocumentFolder).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect((await h.data(DeleteFolder, { id: folderId }, other.adminToken)).deleteDocumentFolder).toMatchObject({ __typename: 'NotFoundError' });
    // Still there for its own company.
    expect((await download(doc.url, c.adminToken)).status).toBe(200);
    const folders = await h.data(CustomerDocs, { id: theirs }, c.adminToken);
    expect(folders.customer?.documentFolders.map((x) => x.name)).toContain('Secret folder');
  });
});

describe('directory storage', () => {
  let dir: string;
  let app: App;
  beforeAll(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'documents-')), 'files');
    app = createApp({ prisma: h.prisma, logErrors: false, documents: { maxBytes: 1024 * 1024, storage: 'directory', dir } });
  });
  afterAll(async () => {
    await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('writes the bytes to a file under a random name, serves them, and removes the file with the document', async () => {
    const doc = await uploaded({ customerId: mine }, new File([PDF], '../../etc/passwd.pdf'), c.adminToken, { app });
    expect(doc.name).toBe('passwd.pdf');
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{32}$/);
    const row = await h.prisma.document.findUniqueOrThrow({ where: { id: Buffer.from(doc.id, 'base64').toString().split(':')[1]! } });
    expect(row.bytes).toBeNull();
    expect(row.storageKey).toBe(files[0]);

    const res = await download(doc.url, c.adminToken, app);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);

    const res2 = await app.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${c.adminToken}` },
      body: JSON.stringify({ query: print(DeleteDocument), variables: { id: doc.id } }),
    });
    expect(((await res2.json()) as { data: { deleteDocument: { __typename: string } } }).data.deleteDocument.__typename).toBe('MutationDeleteDocumentSuccess');
    expect(await readdir(dir)).toEqual([]);
  });

  it('a failure after the file was written (an unknown folder) leaves no file and no row', async () => {
    const before = await readdir(dir);
    const rows = await countDocuments();
    const f = await h.data(CreateCustomerFolder, { input: { customerId: theirs, name: 'Elsewhere' } }, c.adminToken);
    if (f.createCustomerDocumentFolder.__typename !== 'MutationCreateCustomerDocumentFolderSuccess') throw new Error(JSON.stringify(f));
    const r = await upload({ customerId: mine }, new File([PDF], 'lost.pdf'), c.adminToken, { app, folderId: f.createCustomerDocumentFolder.data.id });
    expect(r).toMatchObject({ __typename: 'NotFoundError', path: 'folderId' });
    expect(await readdir(dir)).toEqual(before);
    expect(await countDocuments()).toBe(rows);
  });
});
