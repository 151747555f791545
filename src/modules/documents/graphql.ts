// GraphQL: documents and folders on customers and projects. `Customer.documents` and
// `Project.documents` list them (newest first), `documentFolders` their folders; files are
// uploaded as GraphQL multipart requests and downloaded from GET /documents/<id> (http.ts).
// Permissions are checked by the service (service.ts); the scopes here only refuse early.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { ValidationError } from '../../errors.js';
import { CustomerRef } from '../customers/index.js';
import { ProjectRef } from '../projects/index.js';
import { formatBytes } from './rules.js';
import * as service from './service.js';
import { changedConnectionOptions, changedEdgeOptions, mirroredCountWhere, mirroredRead, modifiedSinceArg } from '../sync/index.js';

const VIEW = ['CUSTOMER_VIEW', 'CUSTOMER_VIEW_ASSIGNED', 'PROJECT_VIEW'] as const;

/** The download path of a document (GET with the same Bearer token). */
export function documentUrl(id: string): string {
  return `/documents/${id}`;
}

export const DocumentFolderRef = builder.prismaNode('DocumentFolder', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyPermission: [...VIEW] },
  findUnique: (id, ctx) => ({ id, ...service.visibleOwnersWhere(ctx.auth!) }) as Prisma.DocumentFolderWhereUniqueInput,
  select: { id: true },
  description: 'A folder of documents on a customer or a project. Folders hold documents, not folders.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Unique on its customer or project, regardless of case.' }),
    customer: t.relation('customer', { nullable: true, description: 'The customer it belongs to (null: a project’s).' }),
    project: t.relation('project', { nullable: true, description: 'The project it belongs to (null: a customer’s).' }),
    modifiedAt: t.expose('updatedAt', { type: 'DateTime' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.exposeString('createdBy', { description: 'The signature of the user who created it.' }),
  }),
});

export const DocumentRef = builder.prismaNode('Document', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyPermission: [...VIEW] },
  findUnique: (id, ctx) => ({ id, ...service.visibleOwnersWhere(ctx.auth!) }) as Prisma.DocumentWhereUniqueInput,
  // Select mode: only what a query asks for is read (never the bytes).
  select: { id: true },
  description: 'An uploaded document (file) of a customer or a project.',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'The file name: unique in its folder regardless of case (an upload under a taken name is numbered, "offer (2).pdf").',
    }),
    contentType: t.exposeString('contentType', { description: 'The type the bytes show (decided at upload, never from the sender’s claim).' }),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the bytes, lower-case hex.' }),
    folder: t.relation('folder', { nullable: true, description: 'Null: at the top level.' }),
    customer: t.relation('customer', { nullable: true, description: 'The customer it belongs to (null: a project’s).' }),
    project: t.relation('project', { nullable: true, description: 'The project it belongs to (null: a customer’s).' }),
    modifiedAt: t.expose('updatedAt', { type: 'DateTime' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was uploaded.' }),
    createdBy: t.exposeString('createdBy', { description: 'The signature of the user who uploaded it.' }),
    url: t.string({
      description: 'Download path (GET with the same Bearer token); always served as an attachment.',
      select: { id: true },
      resolve: (d) => documentUrl(d.id),
    }),
  }),
});

const TYPES_TEXT = 'PDF, JPEG, PNG, GIF, WebP, HEIC, docx, xlsx, pptx, odt, ods, plain text or CSV';

function listFields(kind: 'customer' | 'project') {
  const parent = kind === 'customer' ? 'Customer' : 'Project';
  builder.prismaObjectField(parent, 'documents', (t) =>
    t.prismaConnection({
      type: 'Document',
      cursor: 'id',
      description: `The ${kind}’s documents, newest first; only those of one folder with \`folderId\` (and only those at the top level with \`topLevel: true\`).`,
      args: {
        folderId: t.arg.globalID({ for: DocumentFolderRef }),
        topLevel: t.arg.boolean({ description: 'Only the documents in no folder.' }),
      },
      resolve: (query, p, args, ctx) =>
        ctx.db.document.findMany({
          ...query,
          where: {
            ...service.ownerWhere(ctx.auth!, { kind, id: p.id }),
            ...(args.folderId ? { folderId: args.folderId.id } : args.topLevel ? { folderId: null } : {}),
          },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    }),
  );
  builder.prismaObjectField(parent, 'documentFolders', (t) =>
    t.prismaField({
      type: ['DocumentFolder'],
      description: `The ${kind}’s document folders by name.`,
      resolve: (query, p, _a, ctx) =>
        ctx.db.documentFolder.findMany({ ...query, where: service.ownerWhere(ctx.auth!, { kind, id: p.id }), orderBy: [{ nameKey: 'asc' }, { id: 'asc' }] }),
    }),
  );
}
listFields('customer');
listFields('project');

builder.queryFields((t) => ({
  documents: t.prismaConnection(
    {
      type: 'Document',
      cursor: 'id',
      defaultSize: 100,
      maxSize: 1000,
      description:
        'Every visible customer’s and project’s documents, newest first; with modifiedSince those changed since, by (updatedAt, id) (a copy in sync).',
      authScopes: { anyPermission: [...VIEW] },
      args: { modifiedSince: t.arg(modifiedSinceArg) },
      totalCount: (_p, args, ctx) => ctx.db.document.count({ where: mirroredCountWhere(service.visibleOwnersWhere(ctx.auth!), args) }),
      resolve: (query, _r, args, ctx) =>
        ctx.db.document.findMany(mirroredRead(query, args, service.visibleOwnersWhere(ctx.auth!), [{ createdAt: 'desc' as const }, { id: 'desc' as const }])),
    },
    changedConnectionOptions,
    changedEdgeOptions,
  ),
  documentFolders: t.prismaConnection(
    {
      type: 'DocumentFolder',
      cursor: 'id',
      defaultSize: 100,
      maxSize: 1000,
      description: 'Every visible customer’s and project’s document folders, by name; with modifiedSince those changed since, by (updatedAt, id).',
      authScopes: { anyPermission: [...VIEW] },
      args: { modifiedSince: t.arg(modifiedSinceArg) },
      totalCount: (_p, args, ctx) => ctx.db.documentFolder.count({ where: mirroredCountWhere(service.visibleOwnersWhere(ctx.auth!), args) }),
      resolve: (query, _r, args, ctx) =>
        ctx.db.documentFolder.findMany(mirroredRead(query, args, service.visibleOwnersWhere(ctx.auth!), [{ nameKey: 'asc' as const }, { id: 'asc' as const }])),
    },
    changedConnectionOptions,
    changedEdgeOptions,
  ),
}));

/** Reads an uploaded GraphQL File, refusing one over the limit before reading it. */
async function readUpload(file: File, ctx: Context): Promise<service.UploadedFile> {
  if (file.size > ctx.documents.maxBytes) {
    throw ValidationError.single(
      'file',
      'file_too_large',
      `A document is at most ${formatBytes(ctx.documents.maxBytes)}; this file is ${formatBytes(file.size)}.`,
    );
  }
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

const fileDescription = (ctx?: string) =>
  `The file (multipart request): ${TYPES_TEXT}; at most DOCUMENT_MAX_BYTES (default 25 MB). Its type is decided by its bytes${ctx ?? ''}.`;

const UploadCustomerDocumentInput = builder.inputType('UploadCustomerDocumentInput', {
  fields: (t) => ({
    customerId: t.globalID({ for: CustomerRef, required: true }),
    folderId: t.globalID({ for: DocumentFolderRef, description: 'A folder of the same customer; unset: the top level.' }),
    file: t.field({ type: 'File', required: true, description: fileDescription() }),
  }),
});
const UploadProjectDocumentInput = builder.inputType('UploadProjectDocumentInput', {
  fields: (t) => ({
    projectId: t.globalID({ for: ProjectRef, required: true }),
    folderId: t.globalID({ for: DocumentFolderRef, description: 'A folder of the same project; unset: the top level.' }),
    file: t.field({ type: 'File', required: true, description: fileDescription() }),
  }),
});
const CreateCustomerDocumentFolderInput = builder.inputType('CreateCustomerDocumentFolderInput', {
  fields: (t) => ({
    customerId: t.globalID({ for: CustomerRef, required: true }),
    name: t.string({ required: true, description: '1–100 characters, no / or \\; unique on the customer regardless of case.' }),
  }),
});
const CreateProjectDocumentFolderInput = builder.inputType('CreateProjectDocumentFolderInput', {
  fields: (t) => ({
    projectId: t.globalID({ for: ProjectRef, required: true }),
    name: t.string({ required: true, description: '1–100 characters, no / or \\; unique on the project regardless of case.' }),
  }),
});
const RenameDocumentFolderInput = builder.inputType('RenameDocumentFolderInput', {
  fields: (t) => ({
    id: t.globalID({ for: DocumentFolderRef, required: true }),
    name: t.string({ required: true, description: '1–100 characters, no / or \\; unique on its customer or project regardless of case.' }),
  }),
});

async function documentById(ctx: Context, query: object, id: string) {
  return ctx.db.document.findUniqueOrThrow({ ...(query as Record<string, unknown>), where: { id } });
}

builder.mutationFields((t) => ({
  uploadCustomerDocument: t.prismaField({
    type: 'Document',
    errors: {},
    description: `Uploads a document to a customer the user may see (needs CUSTOMER_UPLOAD). Accepted: ${TYPES_TEXT}. A name already taken in the folder is numbered ("offer (2).pdf").`,
    authScopes: { permission: 'CUSTOMER_UPLOAD' },
    args: { input: t.arg({ type: UploadCustomerDocumentInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const file = await readUpload(input.file, ctx);
      const id = await service.uploadDocument(
        ctx.db,
        ctx.auth!,
        ctx.documents,
        { kind: 'customer', id: input.customerId.id },
        { folderId: input.folderId?.id ?? null, file },
      );
      return documentById(ctx, query, id);
    },
  }),
  uploadProjectDocument: t.prismaField({
    type: 'Document',
    errors: {},
    description: `Uploads a document to a project (needs PROJECT_EDIT). Accepted: ${TYPES_TEXT}. A name already taken in the folder is numbered ("offer (2).pdf").`,
    authScopes: { permission: 'PROJECT_EDIT' },
    args: { input: t.arg({ type: UploadProjectDocumentInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const file = await readUpload(input.file, ctx);
      const id = await service.uploadDocument(
        ctx.db,
        ctx.auth!,
        ctx.documents,
        { kind: 'project', id: input.projectId.id },
        { folderId: input.folderId?.id ?? null, file },
      );
      return documentById(ctx, query, id);
    },
  }),
  deleteDocument: t.field({
    type: 'ID',
    errors: {},
    description: 'Deletes a document (and its file) of a customer or project the user may see; needs CUSTOMER_DELETE_FILES. Returns its id.',
    authScopes: { permission: 'CUSTOMER_DELETE_FILES' },
    args: { id: t.arg.globalID({ required: true, for: DocumentRef }) },
    resolve: async (_r, { id }, ctx) => {
      await service.deleteDocument(ctx.db, ctx.auth!, ctx.documents, id.id);
      return encodeGlobalID('Document', id.id);
    },
  }),
  createCustomerDocumentFolder: t.prismaField({
    type: 'DocumentFolder',
    errors: {},
    description: 'Creates a document folder on a customer the user may see (needs CUSTOMER_UPLOAD).',
    authScopes: { permission: 'CUSTOMER_UPLOAD' },
    args: { input: t.arg({ type: CreateCustomerDocumentFolderInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await service.createFolder(ctx.db, ctx.auth!, { kind: 'customer', id: input.customerId.id }, input.name);
      return ctx.db.documentFolder.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  createProjectDocumentFolder: t.prismaField({
    type: 'DocumentFolder',
    errors: {},
    description: 'Creates a document folder on a project (needs PROJECT_EDIT).',
    authScopes: { permission: 'PROJECT_EDIT' },
    args: { input: t.arg({ type: CreateProjectDocumentFolderInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await service.createFolder(ctx.db, ctx.auth!, { kind: 'project', id: input.projectId.id }, input.name);
      return ctx.db.documentFolder.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  renameDocumentFolder: t.prismaField({
    type: 'DocumentFolder',
    errors: {},
    description: 'Renames a document folder (needs CUSTOMER_UPLOAD for a customer’s, PROJECT_EDIT for a project’s).',
    authScopes: { anyPermission: ['CUSTOMER_UPLOAD', 'PROJECT_EDIT'] },
    args: { input: t.arg({ type: RenameDocumentFolderInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      await service.renameFolder(ctx.db, ctx.auth!, input.id.id, input.name);
      return ctx.db.documentFolder.findUniqueOrThrow({ ...query, where: { id: input.id.id } });
    },
  }),
  deleteDocumentFolder: t.field({
    type: 'ID',
    errors: {},
    description:
      'Deletes an empty document folder (needs CUSTOMER_UPLOAD for a customer’s, PROJECT_EDIT for a project’s); one holding documents is refused (IN_USE). Returns its id.',
    authScopes: { anyPermission: ['CUSTOMER_UPLOAD', 'PROJECT_EDIT'] },
    args: { id: t.arg.globalID({ required: true, for: DocumentFolderRef }) },
    resolve: async (_r, { id }, ctx) => {
      await service.deleteFolder(ctx.db, ctx.auth!, id.id);
      return encodeGlobalID('DocumentFolder', id.id);
    },
  }),
}));
