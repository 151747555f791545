// Cross-tenant cases for documents and their folders: company A (every permission) uploads to
// company B's customer and project, into B's folder, renames and deletes B's folder and deletes
// B's document; every mutation answers NOT_FOUND, nothing of B leaks (names, ids, bytes) and B's
// rows stay as they were.
import { print } from 'graphql';
import { graphql } from '../../gql/index.js';
import { createTenantDb, scoped } from '../../../src/db/tenant.js';
import type { Prisma } from '../../../src/generated/prisma/client.js';
import { ALL_PERMISSIONS } from '../../../src/modules/auth/index.js';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../../src/graphql/context.js';
import { createFolder, uploadDocument, type Auth } from '../../../src/modules/documents/service.js';
import { execAsA, gid, remember, type TenantModule, type TenantWorld } from './world.js';

const Q = {
  nodes: graphql(`
    query TenantDocumentNodes($doc: ID!, $folder: ID!, $customer: ID!) {
      doc: node(id: $doc) { id ... on Document { name url } }
      folder: node(id: $folder) { id ... on DocumentFolder { name } }
      customer(id: $customer) { id documents(first: 10) { edges { node { id name } } } documentFolders { id name } }
    }
  `),
};
const M = {
  uploadCustomer: graphql(`
    mutation TenantUploadCustomerDocument($input: UploadCustomerDocumentInput!) {
      uploadCustomerDocument(input: $input) { __typename ... on Error { code } ... on MutationUploadCustomerDocumentSuccess { data { id name folder { name } } } }
    }
  `),
  uploadProject: graphql(`
    mutation TenantUploadProjectDocument($input: UploadProjectDocumentInput!) {
      uploadProjectDocument(input: $input) { __typename ... on Error { code } ... on MutationUploadProjectDocumentSuccess { data { id name } } }
    }
  `),
  deleteDocument: graphql(
    `mutation TenantDeleteDocument($id: ID!) { deleteDocument(id: $id) { __typename ... on Error { code } ... on MutationDeleteDocumentSuccess { data } } }`,
  ),
  createCustomerFolder: graphql(`
    mutation TenantCreateCustomerDocumentFolder($customerId: ID!) {
      createCustomerDocumentFolder(input: { customerId: $customerId, name: "Intruder" }) { __typename ... on Error { code } ... on MutationCreateCustomerDocumentFolderSuccess { data { id } } }
    }
  `),
  createProjectFolder: graphql(`
    mutation TenantCreateProjectDocumentFolder($projectId: ID!) {
      createProjectDocumentFolder(input: { projectId: $projectId, name: "Intruder" }) { __typename ... on Error { code } ... on MutationCreateProjectDocumentFolderSuccess { data { id } } }
    }
  `),
  renameFolder: graphql(`
    mutation TenantRenameDocumentFolder($id: ID!) {
      renameDocumentFolder(input: { id: $id, name: "Intruder" }) { __typename ... on Error { code } ... on MutationRenameDocumentFolderSuccess { data { id name } } }
    }
  `),
  deleteFolder: graphql(
    `mutation TenantDeleteDocumentFolder($id: ID!) { deleteDocumentFolder(id: $id) { __typename ... on Error { code } ... on MutationDeleteDocumentFolderSuccess { data } } }`,
  ),
};

const seeded = new WeakMap<TenantWorld, { customer: string; project: string; folder: string; document: string }>();

/** A multipart upload as company A, the file at variables.input.file. */
async function uploadAsA(w: TenantWorld, query: typeof M.uploadCustomer | typeof M.uploadProject, input: Record<string, unknown>) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(query), variables: { input: { ...input, file: null } } }));
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', new File(['%PDF-1.4 intruder'], 'intruder.pdf'));
  const res = await w.h.app.fetch('http://test.local/graphql', { method: 'POST', body: form, headers: { authorization: `Bearer ${w.a.adminToken}` } });
  return res.json();
}

export const documentsTenantModule: TenantModule = {
  name: 'documents',
  async seed(w: TenantWorld) {
    const actor = { companyId: w.b.companyId, userId: w.b.adminUserId, signature: 'SEED' };
    const db = createTenantDb(w.h.prisma, actor);
    const auth: Auth = { actor, permissions: new Set(ALL_PERMISSIONS) };
    const customer = await db.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: 'VD-1', name: 'Victim Document Customer' }) });
    const project = await db.project.create({
      data: scoped<Prisma.ProjectUncheckedCreateInput>({ number: 'VD-P1', name: 'Victim Document Project', customerId: customer.id, statusCode: 50 }),
    });
    const folder = await createFolder(db, auth, { kind: 'customer', id: customer.id }, 'Victim folder');
    const document = await uploadDocument(
      db,
      auth,
      DEFAULT_DOCUMENT_SETTINGS,
      { kind: 'customer', id: customer.id },
      {
        folderId: folder,
        file: { fileName: 'victim-contract.pdf', bytes: new TextEncoder().encode('%PDF-1.4 victim-document-bytes') },
      },
    );
    remember(w, 'Document', document);
    remember(w, 'DocumentFolder', folder);
    w.markers.push('victim-contract', 'Victim folder', 'victim-document-bytes', customer.id, project.id);
    seeded.set(w, { customer: customer.id, project: project.id, folder, document });
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    const s = seeded.get(w)!;
    const customer = Buffer.from(`Customer:${s.customer}`).toString('base64');
    const project = Buffer.from(`Project:${s.project}`).toString('base64');
    const folder = gid(w, 'DocumentFolder');
    const document = gid(w, 'Document');
    return {
      uploadCustomerDocument: {
        // Besides the upload: B's document and folder by id, B's customer with its documents, and
        // the download route, carried along with the result so the leak check reads them too.
        run: async () => {
          const upload = (await uploadAsA(w, M.uploadCustomer, { customerId: customer, folderId: folder })) as Record<string, unknown>;
          const nodes = await exec(Q.nodes, { doc: document, folder, customer });
          const res = await w.h.app.fetch(`http://test.local/documents/${s.document}`, { headers: { authorization: `Bearer ${w.a.adminToken}` } });
          const download = { status: res.status, body: await res.text() };
          if (download.status !== 404 || nodes.data?.doc !== null || nodes.data?.folder !== null || nodes.data?.customer !== null) {
            throw new Error(`company A reached B's documents: ${JSON.stringify({ nodes, download })}`);
          }
          return { ...upload, extensions: { nodes, download } };
        },
        expectError: 'NotFoundError',
      },
      uploadProjectDocument: { run: () => uploadAsA(w, M.uploadProject, { projectId: project }), expectError: 'NotFoundError' },
      deleteDocument: { run: () => exec(M.deleteDocument, { id: document }), expectError: 'NotFoundError' },
      createCustomerDocumentFolder: { run: () => exec(M.createCustomerFolder, { customerId: customer }), expectError: 'NotFoundError' },
      createProjectDocumentFolder: { run: () => exec(M.createProjectFolder, { projectId: project }), expectError: 'NotFoundError' },
      renameDocumentFolder: { run: () => exec(M.renameFolder, { id: folder }), expectError: 'NotFoundError' },
      deleteDocumentFolder: { run: () => exec(M.deleteFolder, { id: folder }), expectError: 'NotFoundError' },
    };
  },
};
