// Documents of customers and projects: upload, folders, delete and the bytes for download.
// Through the tenant-scoped client, one transaction per operation; the rules are in rules.ts.
//
// Who may do what (checked here, whatever the caller):
// - see a customer's documents and folders: whoever may see the customer (CUSTOMER_VIEW, or
//   CUSTOMER_VIEW_ASSIGNED for the customers assigned to them); a project's: PROJECT_VIEW;
// - upload, and create, rename and delete (empty) folders: CUSTOMER_UPLOAD on a customer the user
//   may see; PROJECT_EDIT on a project;
// - delete a document: CUSTOMER_DELETE_FILES ("Delete Uploaded Files") on a customer or project
//   whose documents the user may see.
//
// Storage: with DOCUMENT_STORAGE=directory the file is written first (under a random name), then
// the row is inserted in a transaction; if that fails the file is removed again. A delete removes
// the row, then the file. Either way no row points at a missing file, and a file left behind
// (its removal failed) is only an unreferenced file with a random name.
import { createHash } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client.js';
import { lockForUpdate, scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import { isForeignKeyViolation, isUniqueViolationOn } from '../../db/errors.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import type { AuthenticatedUser, DocumentSettings } from '../../graphql/context.js';
import { sniffContentType } from '../../http/file-types.js';
import { customerViewScope, type Permission } from '../auth/index.js';
import { documentName, documentType, folderName, freeName, nameKey, sizeIssue } from './rules.js';
import { readDocumentFile, removeDocumentFile, writeDocumentFile } from './storage.js';
import { recordDeletions } from '../sync/index.js';

export type Auth = Pick<AuthenticatedUser, 'actor' | 'permissions'>;

/** What documents belong to: one customer or one project. */
export type Owner = { kind: 'customer'; id: string } | { kind: 'project'; id: string };

export interface UploadedFile {
  fileName: string;
  bytes: Uint8Array;
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** The customers whose documents the user may see, as a Prisma filter on Customer. */
function visibleCustomers(auth: Auth): Prisma.CustomerWhereInput | null {
  const scope = customerViewScope({ userId: auth.actor.userId, permissions: auth.permissions });
  if (scope.kind === 'none') return null;
  return scope.kind === 'assigned' ? { assignedUserId: scope.userId } : {};
}

/** The documents or folders the user may see (their customer is visible, or they may view projects). */
export function visibleOwnersWhere(auth: Auth): { OR: (Prisma.DocumentWhereInput & Prisma.DocumentFolderWhereInput)[] } {
  const or: (Prisma.DocumentWhereInput & Prisma.DocumentFolderWhereInput)[] = [];
  const customers = visibleCustomers(auth);
  if (customers) or.push({ customerId: { not: null }, customer: { is: customers } });
  if (auth.permissions.has('PROJECT_VIEW')) or.push({ projectId: { not: null } });
  return { OR: or.length ? or : [{ id: NO_ID }] };
}

/** The documents (or folders) of one owner the user may see: none when they may not see the owner. */
export function ownerWhere(auth: Auth, owner: Owner): Prisma.DocumentWhereInput & Prisma.DocumentFolderWhereInput {
  if (owner.kind === 'project') return auth.permissions.has('PROJECT_VIEW') ? { projectId: owner.id } : { id: NO_ID };
  const customers = visibleCustomers(auth);
  return customers ? { customerId: owner.id, customer: { is: customers } } : { id: NO_ID };
}

function ownerColumns(owner: Owner): { customerId: string | null; projectId: string | null } {
  return owner.kind === 'customer' ? { customerId: owner.id, projectId: null } : { customerId: null, projectId: owner.id };
}

function ownerOf(row: { customerId: string | null; projectId: string | null }): Owner {
  return row.customerId ? { kind: 'customer', id: row.customerId } : { kind: 'project', id: row.projectId! };
}

/** The permission that uploads to (and keeps the folders of) an owner of this kind. */
export function uploadPermission(kind: Owner['kind']): Permission {
  return kind === 'customer' ? 'CUSTOMER_UPLOAD' : 'PROJECT_EDIT';
}

function requireUpload(auth: Auth, kind: Owner['kind']): void {
  const p = uploadPermission(kind);
  if (!auth.permissions.has(p)) throw new ForbiddenError(`You need the permission ${p}.`, p);
}

/**
 * Locks the owner's row for the rest of the transaction (uploads to one customer or project are
 * serialised, so two uploads of one name get different names) after checking the user may see
 * it. Otherwise NotFound at `path` (another company's, or one the user may not see).
 */
async function lockVisibleOwner(tx: TenantClient, auth: Auth, owner: Owner, path: string): Promise<void> {
  const entity = owner.kind === 'customer' ? 'Customer' : 'Project';
  const notFound = () => new NotFoundError(entity, `No such ${owner.kind}.`, path);
  if (owner.kind === 'customer') {
    const customers = visibleCustomers(auth);
    if (!customers || !(await tx.customer.findFirst({ where: { id: owner.id, ...customers }, select: { id: true } }))) throw notFound();
    await lockForUpdate(tx, 'Customer', owner.id);
  } else {
    if (!(await lockForUpdate(tx, 'Project', owner.id))) throw notFound();
  }
}

/**
 * Stores an uploaded file as a document of `owner`, in `folderId` when given (a folder of the
 * same owner, else NOT_FOUND at folderId). Refused (at `file`) when empty, larger than the limit
 * or of a type that is not accepted; a taken name is numbered. Returns the document's id.
 */
export async function uploadDocument(
  db: TenantDb,
  auth: Auth,
  settings: DocumentSettings,
  owner: Owner,
  input: { folderId: string | null; file: UploadedFile },
): Promise<string> {
  requireUpload(auth, owner.kind);
  const { file } = input;
  const tooBig = sizeIssue(file.bytes.byteLength, settings.maxBytes);
  if (tooBig) throw new ValidationError([tooBig]);
  const type = documentType({ fileName: file.fileName, sniffedType: await sniffContentType(file.bytes), bytes: file.bytes });
  if (!type.ok) throw new ValidationError([type.issue]);
  const name = documentName(file.fileName, type.value);
  if (!name.ok) throw new ValidationError([name.issue]);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');

  const dir = settings.storage === 'directory' ? settings.dir : null;
  if (settings.storage === 'directory' && !dir) throw new Error('DOCUMENT_STORAGE=directory needs DOCUMENT_DIR');
  const storageKey = dir ? await writeDocumentFile(dir, file.bytes) : null;
  try {
    return await db.$transaction(async (tx) => {
      await lockVisibleOwner(tx, auth, owner, owner.kind === 'customer' ? 'customerId' : 'projectId');
      if (input.folderId !== null) {
        const folder = await tx.documentFolder.findFirst({ where: { id: input.folderId, ...ownerColumns(owner) }, select: { id: true } });
        if (!folder) throw new NotFoundError('DocumentFolder', `No such folder on this ${owner.kind}.`, 'folderId');
      }
      const siblings = await tx.document.findMany({ where: { ...ownerColumns(owner), folderId: input.folderId }, select: { nameKey: true } });
      const finalName = freeName(name.value, new Set(siblings.map((s) => s.nameKey)));
      const row = await tx.document.create({
        data: scoped<Prisma.DocumentUncheckedCreateInput>({
          ...ownerColumns(owner),
          folderId: input.folderId,
          name: finalName,
          nameKey: nameKey(finalName),
          contentType: type.value,
          size: file.bytes.byteLength,
          sha256,
          bytes: storageKey ? null : new Uint8Array(file.bytes),
          storageKey,
        }),
        select: { id: true },
      });
      return row.id;
    });
  } catch (err) {
    if (dir && storageKey) await removeDocumentFile(dir, storageKey);
    throw err;
  }
}

/** Deletes a document (CUSTOMER_DELETE_FILES), then its file. NOT_FOUND when the user may not see it. */
export async function deleteDocument(db: TenantDb, auth: Auth, settings: DocumentSettings, id: string): Promise<void> {
  if (!auth.permissions.has('CUSTOMER_DELETE_FILES')) throw new ForbiddenError('You need the permission CUSTOMER_DELETE_FILES.', 'CUSTOMER_DELETE_FILES');
  const gone = await db.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({ where: { id, ...visibleOwnersWhere(auth) }, select: { id: true, storageKey: true } });
    if (!doc) throw new NotFoundError('Document', 'No such document.', 'id');
    await recordDeletions(tx, 'Document', [doc.id]);
    await tx.document.delete({ where: { id: doc.id } });
    return doc;
  });
  if (gone.storageKey && settings.dir) {
    // The row is gone; a file that cannot be removed now is an unreferenced file with a random name.
    await removeDocumentFile(settings.dir, gone.storageKey).catch(() => undefined);
  }
}

/** Creates a folder on `owner`; its name is unique on the owner (ALREADY_EXISTS at name). */
export async function createFolder(db: TenantDb, auth: Auth, owner: Owner, rawName: string): Promise<string> {
  requireUpload(auth, owner.kind);
  const name = folderName(rawName);
  if (!name.ok) throw new ValidationError([name.issue]);
  return db
    .$transaction(async (tx) => {
      await lockVisibleOwner(tx, auth, owner, owner.kind === 'customer' ? 'customerId' : 'projectId');
      await refuseTakenFolderName(tx, owner, name.value, null);
      const row = await tx.documentFolder.create({
        data: scoped<Prisma.DocumentFolderUncheckedCreateInput>({ ...ownerColumns(owner), name: name.value, nameKey: nameKey(name.value) }),
        select: { id: true },
      });
      return row.id;
    })
    .catch((err: unknown) => folderNameConflict(err, name.value));
}

async function refuseTakenFolderName(tx: TenantClient, owner: Owner, name: string, except: string | null): Promise<void> {
  const taken = await tx.documentFolder.findFirst({
    where: { ...ownerColumns(owner), nameKey: nameKey(name), ...(except ? { id: { not: except } } : {}) },
    select: { id: true },
  });
  if (taken) throw new ConflictError('ALREADY_EXISTS', `There is already a folder called "${name}" here.`, 'name');
}

function folderNameConflict(err: unknown, name: string): never {
  if (isUniqueViolationOn(err, 'nameKey')) throw new ConflictError('ALREADY_EXISTS', `There is already a folder called "${name}" here.`, 'name');
  throw err;
}

/** A folder the user may see, with its owner; NOT_FOUND at `path` otherwise. Checks the upload permission of its owner. */
async function editableFolder(tx: TenantClient, auth: Auth, id: string, path: string) {
  const folder = await tx.documentFolder.findFirst({ where: { id, ...visibleOwnersWhere(auth) }, select: { id: true, customerId: true, projectId: true } });
  if (!folder) throw new NotFoundError('DocumentFolder', 'No such folder.', path);
  const owner = ownerOf(folder);
  requireUpload(auth, owner.kind);
  return { folder, owner };
}

export async function renameFolder(db: TenantDb, auth: Auth, id: string, rawName: string): Promise<void> {
  const name = folderName(rawName);
  if (!name.ok) throw new ValidationError([name.issue]);
  await db
    .$transaction(async (tx) => {
      const { owner } = await editableFolder(tx, auth, id, 'id');
      await refuseTakenFolderName(tx, owner, name.value, id);
      await tx.documentFolder.update({ where: { id }, data: { name: name.value, nameKey: nameKey(name.value) } });
    })
    .catch((err: unknown) => folderNameConflict(err, name.value));
}

/** Deletes an empty folder; one holding documents is refused (IN_USE). */
export async function deleteFolder(db: TenantDb, auth: Auth, id: string): Promise<void> {
  await db
    .$transaction(async (tx) => {
      await editableFolder(tx, auth, id, 'id');
      await recordDeletions(tx, 'DocumentFolder', [id]);
      await tx.documentFolder.delete({ where: { id } });
    })
    .catch((err: unknown) => {
      // Documents refer to their folder with ON DELETE RESTRICT.
      if (isForeignKeyViolation(err)) throw new ConflictError('IN_USE', 'The folder holds documents; delete or move them first.', 'id');
      throw err;
    });
}

/** A document's name, stored type and bytes for download, or null when the user may not see it. */
export async function documentFile(db: TenantDb, auth: Auth & Pick<AuthenticatedUser, 'customer'>, settings: DocumentSettings, id: string) {
  const customer = auth.customer;
  const doc = await db.document.findFirst({
    // A customer user: only their own customer's documents (the route checked the right).
    where: customer ? { id, customerId: customer.customerId } : { id, ...visibleOwnersWhere(auth) },
    select: { name: true, contentType: true, bytes: true, storageKey: true },
  });
  if (!doc) return null;
  let bytes: Uint8Array<ArrayBuffer>;
  if (doc.bytes) bytes = new Uint8Array(doc.bytes);
  else if (doc.storageKey && settings.dir) bytes = await readDocumentFile(settings.dir, doc.storageKey);
  else throw new Error('The document is stored under DOCUMENT_DIR, which is not set');
  return { fileName: doc.name, contentType: doc.contentType, bytes };
}
