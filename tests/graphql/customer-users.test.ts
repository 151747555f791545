// Customer users: people at a customer who log in to see that customer's locked invoices (with
// PDFs), projects and documents, as their rights allow. Invited by e-mail (read from a local SMTP
// server), governed by CUSTOMER_CREATE_USERS, CUSTOMER_CHANGE_USER_RIGHTS and
// CUSTOMER_DELETE_USERS, refused by every staff root field, never in a staff role (services and
// database), and their tokens stop working when they are deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { graphql } from '../gql/index.js';
import { TEST_INVOICE_ADDRESS, type TestCompany, useHarness } from '../helpers/harness.js';
import { createApp, createLoginRuntimeFor, type App } from '../../src/app.js';
import { smtpNotifier } from '../../src/integration/runtime/notifier.js';
import { createTenantDb, scoped, SYSTEM_SIGNATURE } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import type { CustomerUserRight, Permission } from '../../src/generated/prisma/enums.js';
import { ALL_PERMISSIONS, generateApiToken, type LoginRuntime } from '../../src/modules/auth/index.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../src/graphql/context.js';
import { uploadDocument } from '../../src/modules/documents/service.js';

const h = useHarness();

const Invite = graphql(`
  mutation CuInvite($customerId: ID!, $email: String!, $rights: [CustomerUserRight!]!) {
    inviteCustomerUser(customerId: $customerId, email: $email, rights: $rights) {
      __typename
      ... on Error { code path }
      ... on MutationInviteCustomerUserSuccess { data { email rights expiresAt customer { id } } }
    }
  }
`);
const Accept = graphql(`
  mutation CuAccept($token: String!, $name: String!, $password: String!) {
    acceptInvite(token: $token, name: $name, password: $password) {
      __typename
      ... on Error { code path }
      ... on MutationAcceptInviteSuccess { data { accessToken refreshToken } }
    }
  }
`);
const Login = graphql(`
  mutation CuLogin($input: LoginInput!) {
    login(input: $input) { __typename ... on Error { code } ... on MutationLoginSuccess { data { __typename ... on LoginSession { accessToken refreshToken } } } }
  }
`);
const Refresh = graphql(`
  mutation CuRefresh($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) { __typename ... on Error { code } ... on MutationRefreshSessionSuccess { data { accessToken } } }
  }
`);
const SetRights = graphql(`
  mutation CuSetRights($userId: ID!, $rights: [CustomerUserRight!]!) {
    setCustomerUserRights(userId: $userId, rights: $rights) {
      __typename
      ... on Error { code path }
      ... on MutationSetCustomerUserRightsSuccess { data { id customerRights } }
    }
  }
`);
const Delete = graphql(`
  mutation CuDelete($userId: ID!) { deleteCustomerUser(userId: $userId) { __typename ... on Error { code path } ... on MutationDeleteCustomerUserSuccess { data } } }
`);
const Portal = graphql(`
  query CuPortal {
    customerPortal { number name rights invoiceCity }
  }
`);
const PortalInvoices = graphql(`
  query CuPortalInvoices {
    customerPortal {
      invoices(first: 10) { totalCount edges { node { number total amountToPay dueDate ocrReference paidDate pdfUrl projectNumber } } }
    }
  }
`);
const PortalProjects = graphql(`
  query CuPortalProjects { customerPortal { projects(first: 10) { totalCount edges { node { number name statusCode statusName } } } } }
`);
const PortalDocuments = graphql(`
  query CuPortalDocuments { customerPortal { documents(first: 10) { edges { node { name url folder { name } } } } documentFolders { name } } }
`);
const CustomerUsers = graphql(`
  query CuCustomerUsers($id: ID!) { customer(id: $id) { id users { id email customerRights active lastLoginAt } } }
`);
const Users = graphql(`query CuUsers { users(first: 100) { edges { node { id email customer { id } customerRights } } } }`);
const CreateCustomer = graphql(`
  mutation CuCreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }
`);
const CreateProject = graphql(`
  mutation CuCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on Error { code path } ... on ValidationError { issues { path code } } ... on MutationCreateProjectSuccess { data { id } } }
  }
`);
const CreateInvoice = graphql(`
  mutation CuCreateInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number } } ... on Error { message } } }
`);
const Lock = graphql(`mutation CuLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { message } } }`);
const Assign = graphql(`
  mutation CuAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }
`);
const UpdateUser = graphql(`
  mutation CuUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }
`);
const CreateToken = graphql(`
  mutation CuCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }
`);
const UpdateInvoice = graphql(`
  mutation CuUpdateInvoice($input: UpdateInvoiceInput!) { updateInvoice(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }
`);
const DeleteCustomer = graphql(`
  mutation CuDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code path message } } }
`);
const Groups = graphql(`query CuGroups { groups { id name } }`);
const InviteStaff = graphql(`mutation CuInviteStaff($email: String!) { inviteUser(email: $email) { __typename ... on Error { code path } } }`);

// --- the local SMTP server -------------------------------------------------------------------
const mail: { to: string[]; text: string }[] = [];
let smtp: SMTPServer;
let smtpUrl: string;
const decode = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
const pools: pg.Pool[] = [];
let app: App;
let login: LoginRuntime;
let c: TestCompany;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, cb) {
      let raw = '';
      stream.on('data', (ch: Buffer) => (raw += ch.toString('utf8')));
      stream.on('end', () => {
        mail.push({ to: session.envelope.rcptTo.map((r) => r.address), text: decode(raw) });
        cb();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  let pool: pg.Pool | null = null;
  if (h.db.kind === 'postgres') {
    pool = new pg.Pool({ connectionString: h.db.url, max: 3 });
    pools.push(pool);
  }
  login = createLoginRuntimeFor(h.prisma, h.integrations, {
    pool,
    limits: { maxFailures: 50, failureWindowSeconds: 900, lockoutSeconds: 900, attemptsPerAddress: 10_000, resetEmailsPerHour: 10 },
    settings: { publicAppUrl: 'https://app.example.test/' },
  });
  h.integrations.notifier = smtpNotifier(smtpUrl, 'Portal <noreply@example.test>');
  app = createApp({ prisma: h.prisma, integrations: h.integrations, login, logErrors: process.env.TEST_LOG_ERRORS === '1' });
  c = await h.company();
});
afterAll(async () => {
  h.integrations.notifier = null;
  for (const p of pools) await p.end();
  await new Promise<void>((r) => smtp.close(() => r()));
});

async function exec<R, V>(
  doc: TypedDocumentNode<R, V>,
  vars: V,
  token: string | null,
): Promise<{ data?: R | null; errors?: { extensions?: { code?: string } }[]; status: number }> {
  const res = await app.fetch(
    'http://test.local/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(doc), variables: vars }),
    },
    { req: { socket: { remoteAddress: '10.77.0.1' } } } as never,
  );
  return { ...((await res.json()) as object), status: res.status };
}
async function data<R, V>(doc: TypedDocumentNode<R, V>, vars: V, token: string | null): Promise<R> {
  const r = await exec(doc, vars, token);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}
async function download(path: string, token: string): Promise<number> {
  const res = await app.fetch(`http://test.local${path}`, { headers: { authorization: `Bearer ${token}` } });
  await res.arrayBuffer();
  return res.status;
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const uuid = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
const tenant = (companyId = c.companyId) => createTenantDb(h.prisma, { companyId, userId: null, signature: SYSTEM_SIGNATURE });
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

let counter = 0;
async function customer(name: string, language: 'SV' | 'EN' = 'SV', token = c.adminToken): Promise<string> {
  const r = await data(CreateCustomer, { input: { name, language, invoiceAddress: TEST_INVOICE_ADDRESS } }, token);
  if (r.createCustomer.__typename !== 'MutationCreateCustomerSuccess') throw new Error(JSON.stringify(r));
  return r.createCustomer.data.id;
}
async function project(customerId: string, name: string): Promise<string> {
  const r = await data(CreateProject, { input: { customerId, name, statusCode: 50 } }, c.adminToken);
  if (r.createProject.__typename !== 'MutationCreateProjectSuccess') throw new Error(JSON.stringify(r));
  return r.createProject.data.id;
}
async function invoice(projectId: string, locked: boolean): Promise<{ id: string; number: number }> {
  const r = await data(
    CreateInvoice,
    { input: { projectId, invoiceDate: '2026-11-02', lines: [{ description: 'Arbete', quantity: '2', unitPrice: '500', kind: 'LABOUR' }] } },
    c.adminToken,
  );
  if (r.createInvoice.__typename !== 'MutationCreateInvoiceSuccess') throw new Error(JSON.stringify(r));
  if (locked) {
    const l = await data(Lock, { id: r.createInvoice.data.id }, c.adminToken);
    expect(l.lockInvoice.__typename, JSON.stringify(l)).toBe('MutationLockInvoiceSuccess');
  }
  return r.createInvoice.data;
}
const PASSWORD = 'correct horse battery';
/** A customer user created directly (as an accepted invitation would), logged in: their access token. */
async function customerUser(customerGid: string, rights: CustomerUserRight[]) {
  const n = ++counter;
  const email = `cu${n}@customer.example`;
  const user = await tenant().user.create({
    data: scoped<Prisma.UserUncheckedCreateInput>({
      name: `Customer user ${n}`,
      email,
      signature: `CU${n}`,
      customerId: uuid(customerGid),
      customerRights: rights,
      passwordHash: await hashPassword(PASSWORD),
    }),
  });
  const r = await data(Login, { input: { email, password: PASSWORD } }, null);
  if (r.login.__typename !== 'MutationLoginSuccess' || r.login.data.__typename !== 'LoginSession') throw new Error(JSON.stringify(r));
  return { userId: user.id, gid: gid('User', user.id), email, token: r.login.data.accessToken, refreshToken: r.login.data.refreshToken };
}
function linkToken(to: string): string {
  const m = [...mail].reverse().find((x) => x.to.includes(to) && x.text.includes('/accept-invite#token='));
  if (!m) throw new Error(`no invitation to ${to}`);
  return /\/accept-invite#token=([A-Za-z0-9_-]+)/.exec(m.text)![1]!;
}

describe('customer users', () => {
  it('invited by e-mail (in the customer’s language), the accepted invitation logs them in as a customer user with its rights and no groups', async () => {
    const sv = await customer('Fastighets AB Norr', 'SV');
    const en = await customer('Property Ltd', 'EN');
    const inv = await data(Invite, { customerId: sv, email: 'Ekonomi@Norr.example', rights: ['INVOICES', 'INVOICES'] }, c.adminToken);
    expect(inv.inviteCustomerUser).toMatchObject({
      __typename: 'MutationInviteCustomerUserSuccess',
      data: { email: 'ekonomi@norr.example', rights: ['INVOICES'], customer: { id: sv } },
    });
    const svMail = mail.find((m) => m.to.includes('ekonomi@norr.example'))!;
    expect(svMail.text).toContain('bjuder in dig');
    expect(svMail.text).toContain('Fastighets AB Norr');
    await data(Invite, { customerId: en, email: 'clerk@property.example', rights: ['PROJECTS'] }, c.adminToken);
    expect(mail.find((m) => m.to.includes('clerk@property.example'))!.text).toContain('invites you to log in');

    const accepted = await data(Accept, { token: linkToken('ekonomi@norr.example'), name: 'Eva Ekonomi', password: PASSWORD }, null);
    if (accepted.acceptInvite.__typename !== 'MutationAcceptInviteSuccess') throw new Error(JSON.stringify(accepted));
    const token = accepted.acceptInvite.data.accessToken;
    const portal = await data(Portal, {}, token);
    expect(portal.customerPortal).toEqual({ number: expect.any(String), name: 'Fastighets AB Norr', rights: ['INVOICES'], invoiceCity: 'Stockholm' });
    const row = await h.prisma.user.findFirstOrThrow({ where: { companyId: c.companyId, email: 'ekonomi@norr.example' }, include: { groups: true } });
    expect(row).toMatchObject({ customerId: uuid(sv), customerRights: ['INVOICES'], groups: [] });
    // Staff see them on the customer and in the user list (with their customer); staff have no portal.
    const listed = await data(CustomerUsers, { id: sv }, c.adminToken);
    expect(listed.customer!.users).toEqual([
      { id: gid('User', row.id), email: 'ekonomi@norr.example', customerRights: ['INVOICES'], active: true, lastLoginAt: expect.any(String) },
    ]);
    const users = await data(Users, {}, c.adminToken);
    expect(users.users.edges.map((e) => e.node).find((u) => u.email === 'ekonomi@norr.example')).toMatchObject({ customer: { id: sv } });
    expect((await data(Portal, {}, c.adminToken)).customerPortal).toBeNull();
    // An address an active user has: ALREADY_EXISTS at email; nothing sent.
    const before = mail.length;
    expect((await data(Invite, { customerId: en, email: 'ekonomi@norr.example', rights: [] }, c.adminToken)).inviteCustomerUser).toMatchObject({
      __typename: 'ConflictError',
      code: 'ALREADY_EXISTS',
      path: 'email',
    });
    expect(mail.length).toBe(before);
    // Nor does a staff invitation take over a customer user's address (even a deactivated one's).
    await h.prisma.user.update({ where: { id: row.id }, data: { active: false } });
    expect((await data(InviteStaff, { email: 'ekonomi@norr.example' }, c.adminToken)).inviteUser).toMatchObject({
      __typename: 'ConflictError',
      code: 'ALREADY_EXISTS',
      path: 'email',
    });
    expect(mail.length).toBe(before);
  });

  it('sees exactly their own customer’s locked invoices (no drafts, no other customer’s) and downloads only those PDFs', async () => {
    const mine = await customer('Bostads AB Öst');
    const other = await customer('Annan Kund AB');
    const p = await project(mine, 'Stambyte');
    const q = await project(other, 'Tak');
    const lockedMine = await invoice(p, true);
    const draftMine = await invoice(p, false);
    const lockedOther = await invoice(q, true);
    const u = await customerUser(mine, ['INVOICES']);
    const r = await data(PortalInvoices, {}, u.token);
    const nodes = r.customerPortal!.invoices.edges.map((e) => e.node);
    expect(r.customerPortal!.invoices.totalCount).toBe(1);
    expect(nodes).toEqual([
      {
        number: lockedMine.number,
        total: '1250.00',
        amountToPay: '1250.00',
        dueDate: expect.any(String),
        ocrReference: expect.any(String),
        paidDate: null,
        pdfUrl: `/invoices/${uuid(lockedMine.id)}.pdf`,
        projectNumber: expect.any(String),
      },
    ]);
    expect(await download(`/invoices/${uuid(lockedMine.id)}.pdf`, u.token)).toBe(200);
    expect(await download(`/invoices/${uuid(draftMine.id)}.pdf`, u.token)).toBe(404);
    expect(await download(`/invoices/${uuid(lockedOther.id)}.pdf`, u.token)).toBe(404);
    // Without the right INVOICES: the list is FORBIDDEN and the PDF is not there.
    const v = await customerUser(mine, ['PROJECTS']);
    expect(codeOf(await exec(PortalInvoices, {}, v.token))).toBe('FORBIDDEN');
    expect(await download(`/invoices/${uuid(lockedMine.id)}.pdf`, v.token)).toBe(404);
  });

  it('projects and documents per right; a change of rights counts from the next request', async () => {
    const mine = await customer('Rights AB');
    const other = await customer('Other Rights AB');
    await project(mine, 'Fasad');
    await project(other, 'Hemlig');
    const admin = { actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' }, permissions: new Set<Permission>(ALL_PERMISSIONS) };
    const folder = await tenant().documentFolder.create({
      data: scoped<Prisma.DocumentFolderUncheckedCreateInput>({ customerId: uuid(mine), name: 'Avtal', nameKey: 'avtal' }),
    });
    const doc = await uploadDocument(
      tenant(),
      admin,
      DEFAULT_DOCUMENT_SETTINGS,
      { kind: 'customer', id: uuid(mine) },
      {
        folderId: folder.id,
        file: { fileName: 'avtal.pdf', bytes: new TextEncoder().encode('%PDF-1.4 avtal') },
      },
    );
    const otherDoc = await uploadDocument(
      tenant(),
      admin,
      DEFAULT_DOCUMENT_SETTINGS,
      { kind: 'customer', id: uuid(other) },
      {
        folderId: null,
        file: { fileName: 'hemlig.pdf', bytes: new TextEncoder().encode('%PDF-1.4 hemlig') },
      },
    );
    const u = await customerUser(mine, ['PROJECTS']);
    const projects = await data(PortalProjects, {}, u.token);
    expect(projects.customerPortal!.projects).toEqual({
      totalCount: 1,
      edges: [{ node: { number: expect.any(String), name: 'Fasad', statusCode: 50, statusName: expect.any(String) } }],
    });
    expect(codeOf(await exec(PortalDocuments, {}, u.token))).toBe('FORBIDDEN');
    expect(await download(`/documents/${doc}`, u.token)).toBe(404);

    // Rights changed by staff: the same access token sees documents and no longer projects.
    const set = await data(SetRights, { userId: u.gid, rights: ['DOCUMENTS'] }, c.adminToken);
    expect(set.setCustomerUserRights).toEqual({ __typename: 'MutationSetCustomerUserRightsSuccess', data: { id: u.gid, customerRights: ['DOCUMENTS'] } });
    expect(codeOf(await exec(PortalProjects, {}, u.token))).toBe('FORBIDDEN');
    const docs = await data(PortalDocuments, {}, u.token);
    expect(docs.customerPortal).toEqual({
      documents: { edges: [{ node: { name: 'avtal.pdf', url: `/documents/${doc}`, folder: { name: 'Avtal' } } }] },
      documentFolders: [{ name: 'Avtal' }],
    });
    expect(await download(`/documents/${doc}`, u.token)).toBe(200);
    expect(await download(`/documents/${otherDoc}`, u.token)).toBe(404);
  });

  it('deleting a customer user ends their sessions at once: the access and the refresh token stop working', async () => {
    const mine = await customer('Delete AB');
    const u = await customerUser(mine, ['INVOICES']);
    expect((await exec(Portal, {}, u.token)).data?.customerPortal?.name).toBe('Delete AB');
    const del = await data(Delete, { userId: u.gid }, c.adminToken);
    expect(del.deleteCustomerUser).toEqual({ __typename: 'MutationDeleteCustomerUserSuccess', data: u.gid });
    expect(codeOf(await exec(Portal, {}, u.token))).toBe('UNAUTHENTICATED');
    expect((await data(Refresh, { refreshToken: u.refreshToken }, null)).refreshSession).toMatchObject({ __typename: 'InvalidCredentialsError' });
    expect(await h.prisma.user.findUnique({ where: { id: u.userId } })).toBeNull();
    // A staff user's id is not a customer user's.
    expect((await data(Delete, { userId: gid('User', c.adminUserId) }, c.adminToken)).deleteCustomerUser).toMatchObject({
      __typename: 'NotFoundError',
      path: 'userId',
    });
    expect((await data(SetRights, { userId: gid('User', c.adminUserId), rights: ['INVOICES'] }, c.adminToken)).setCustomerUserRights).toMatchObject({
      __typename: 'NotFoundError',
      path: 'userId',
    });
    expect(await h.prisma.user.findUnique({ where: { id: c.adminUserId } })).toMatchObject({ customerId: null, customerRights: [] });
  });

  it('each of the three permissions missing: FORBIDDEN and nothing written; a "view only assigned" staff member on a customer not assigned to them: NOT_FOUND', async () => {
    const mine = await customer('Perm AB');
    const u = await customerUser(mine, ['INVOICES']);
    const others = (ps: Permission[]) => h.user(c.companyId, ps);
    const noCreate = await others(['CUSTOMER_VIEW', 'CUSTOMER_CHANGE_USER_RIGHTS', 'CUSTOMER_DELETE_USERS']);
    const noRights = await others(['CUSTOMER_VIEW', 'CUSTOMER_CREATE_USERS', 'CUSTOMER_DELETE_USERS']);
    const noDelete = await others(['CUSTOMER_VIEW', 'CUSTOMER_CREATE_USERS', 'CUSTOMER_CHANGE_USER_RIGHTS']);
    const sent = mail.length;
    expect((await data(Invite, { customerId: mine, email: 'x1@perm.example', rights: [] }, noCreate.token)).inviteCustomerUser.__typename).toBe(
      'ForbiddenError',
    );
    expect(mail.length).toBe(sent);
    expect(await h.prisma.invite.count({ where: { email: 'x1@perm.example' } })).toBe(0);
    expect((await data(SetRights, { userId: u.gid, rights: ['DOCUMENTS'] }, noRights.token)).setCustomerUserRights.__typename).toBe('ForbiddenError');
    expect((await data(Delete, { userId: u.gid }, noDelete.token)).deleteCustomerUser.__typename).toBe('ForbiddenError');
    expect(await h.prisma.user.findUniqueOrThrow({ where: { id: u.userId } })).toMatchObject({ customerRights: ['INVOICES'] });
    // Customer.users: one of the three permissions or CUSTOMER_EDIT.
    const viewer = await others(['CUSTOMER_VIEW']);
    expect(codeOf(await exec(CustomerUsers, { id: mine }, viewer.token))).toBe('FORBIDDEN');
    expect((await data(CustomerUsers, { id: mine }, noCreate.token)).customer!.users).toHaveLength(1);

    const assignedOnly = await others(['CUSTOMER_VIEW_ASSIGNED', 'CUSTOMER_CREATE_USERS', 'CUSTOMER_CHANGE_USER_RIGHTS', 'CUSTOMER_DELETE_USERS']);
    expect((await data(Invite, { customerId: mine, email: 'x2@perm.example', rights: [] }, assignedOnly.token)).inviteCustomerUser).toMatchObject({
      __typename: 'NotFoundError',
      path: 'customerId',
    });
    expect((await data(SetRights, { userId: u.gid, rights: [] }, assignedOnly.token)).setCustomerUserRights).toMatchObject({
      __typename: 'NotFoundError',
      path: 'userId',
    });
    expect((await data(Delete, { userId: u.gid }, assignedOnly.token)).deleteCustomerUser).toMatchObject({ __typename: 'NotFoundError', path: 'userId' });
    expect(await h.prisma.user.findUniqueOrThrow({ where: { id: u.userId } })).toMatchObject({ customerRights: ['INVOICES'] });
    expect(await h.prisma.invite.count({ where: { email: 'x2@perm.example' } })).toBe(0);
    // Once the customer is assigned to them, they may.
    await tenant().customer.update({ where: { id: uuid(mine) }, data: { assignedUserId: assignedOnly.userId } });
    expect((await data(SetRights, { userId: u.gid, rights: ['PROJECTS'] }, assignedOnly.token)).setCustomerUserRights.__typename).toBe(
      'MutationSetCustomerUserRightsSuccess',
    );
  });

  it('a customer user is refused every staff root field, as a user without permissions is', async () => {
    const mine = await customer('Refused AB');
    const other = await customer('Victim AB');
    const lockedOther = await invoice(await project(other, 'X'), true);
    const u = await customerUser(mine, ['INVOICES', 'PROJECTS', 'DOCUMENTS']);
    const queries: [string, string][] = [
      ['customers', '{ customers(first: 5) { edges { node { id name } } } }'],
      ['customer', `{ customer(id: "${mine}") { id name } }`],
      ['invoices', '{ invoices(first: 5) { edges { node { id } } } }'],
      ['projects', '{ projects(first: 5) { edges { node { id } } } }'],
      ['users', '{ users(first: 5) { edges { node { id } } } }'],
      ['connections', '{ connections { id } }'],
      ['node', `{ node(id: "${lockedOther.id}") { id } }`],
      ['company', '{ company { id name } }'],
      ['paymentTerms', '{ paymentTerms { id } }'],
      ['projectStatuses', '{ projectStatuses { code } }'],
      ['invoiceStatuses', '{ invoiceStatuses { code } }'],
      ['permissions', '{ permissions { permission } }'],
      ['apiTokens', '{ apiTokens { id } }'],
      ['documents', '{ documents(first: 5) { edges { node { id } } } }'],
      ['notifications', '{ notifications(first: 5) { edges { node { id } } } }'],
      ['syncPoint', '{ syncPoint }'],
      ['customFieldDefinitions', '{ customFieldDefinitions { key } }'],
    ];
    const mutations: [string, string][] = [
      ['createCustomer', 'mutation { createCustomer(input: { name: "Mine now" }) { __typename } }'],
      ['updateCustomer', `mutation { updateCustomer(input: { id: "${mine}", name: "Renamed" }) { __typename } }`],
      ['createApiToken', 'mutation { createApiToken(input: { name: "mine" }) { __typename } }'],
      ['inviteCustomerUser', `mutation { inviteCustomerUser(customerId: "${mine}", email: "friend@x.example", rights: [INVOICES]) { __typename } }`],
      ['markNotificationsRead', 'mutation { markNotificationsRead { __typename } }'],
    ];
    for (const [name, query] of queries) {
      const res = await app.fetch('http://test.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${u.token}` },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code, `${name}: ${JSON.stringify(body)}`).toBe('FORBIDDEN');
      expect(JSON.stringify(body.data ?? null), name).not.toMatch(/Victim|Refused|"id":"/);
    }
    for (const [name, query] of mutations) {
      const res = await app.fetch('http://test.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${u.token}` },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { data?: Record<string, { __typename: string }> | null; errors?: { extensions?: { code?: string } }[] };
      const typename = body.data?.[name]?.__typename;
      const refused = typename === 'ForbiddenError' || body.errors?.[0]?.extensions?.code === 'FORBIDDEN';
      expect(refused, `${name}: ${JSON.stringify(body)}`).toBe(true);
    }
    // Subscriptions too (the stream answers FORBIDDEN and ends).
    for (const query of ['subscription { companyEvents { seq type } }', `subscription { runProgress(runId: "${lockedOther.id}") { __typename } }`]) {
      const res = await app.fetch('http://test.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${u.token}` },
        body: JSON.stringify({ query }),
        // A stream that stays open (events for a customer user) fails the test instead of hanging it.
        signal: AbortSignal.timeout(5000),
      });
      const text = await res.text();
      expect(text, query).toContain('"FORBIDDEN"');
      expect(text, query).not.toMatch(/"seq"|Victim/);
    }
    expect(await tenant().customer.findUniqueOrThrow({ where: { id: uuid(mine) } })).toMatchObject({ name: 'Refused AB' });
    expect(await tenant().customer.count({ where: { name: 'Mine now' } })).toBe(0);
    expect(await tenant().apiToken.count({ where: { userId: u.userId } })).toBe(0);
    // Their own account still answers.
    expect(await download(`/invoices/${uuid(lockedOther.id)}.pdf`, u.token)).toBe(404);
    expect((await exec(graphql(`query CuMe { me { email customerRights } }`), {}, u.token)).data?.me).toEqual({
      email: u.email,
      customerRights: ['INVOICES', 'PROJECTS', 'DOCUMENTS'],
    });
  });

  it('a customer user takes no staff role: refused with the field named by the services and by the database', async () => {
    const mine = await customer('Roles AB');
    const u = await customerUser(mine, ['INVOICES']);
    const groups = await data(Groups, {}, c.adminToken);
    const group = groups.groups[0]!.id;
    expect((await data(Assign, { id: mine, userId: u.gid }, c.adminToken)).assignCustomer).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'userId', code: 'customer_user' }],
    });
    expect(
      (await data(CreateProject, { input: { customerId: mine, name: 'PM', statusCode: 50, projectManagerId: u.gid } }, c.adminToken)).createProject,
    ).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'projectManagerId', code: 'customer_user' }],
    });
    expect((await data(UpdateUser, { input: { id: u.gid, groupIds: [group] } }, c.adminToken)).updateUser).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'groupIds', code: 'customer_user' }],
    });
    expect((await data(CreateToken, { input: { name: 'theirs', userId: u.gid } }, c.adminToken)).createApiToken).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'userId', code: 'customer_user' }],
    });
    const projectId = uuid(await project(mine, 'Direct'));
    const draft = await invoice(gid('Project', projectId), false);
    expect((await data(UpdateInvoice, { input: { id: draft.id, ourReferenceId: u.gid } }, c.adminToken)).updateInvoice).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'ourReferenceId', code: 'customer_user' }],
    });
    // The database refuses each directly.
    const db = tenant();
    const t = generateApiToken();
    const attempts: [string, () => Promise<unknown>][] = [
      ['UserGroup', () => db.userGroup.create({ data: scoped<Prisma.UserGroupUncheckedCreateInput>({ userId: u.userId, groupId: uuid(group) }) })],
      [
        'ApiToken',
        () =>
          db.apiToken.create({
            data: scoped<Prisma.ApiTokenUncheckedCreateInput>({ userId: u.userId, name: 'x', tokenHash: t.hash, tokenPrefix: t.displayPrefix }),
          }),
      ],
      ['Customer.assignedUserId', () => db.customer.update({ where: { id: uuid(mine) }, data: { assignedUserId: u.userId } })],
      ['Project.projectManagerId', () => db.project.update({ where: { id: projectId }, data: { projectManagerId: u.userId } })],
      ['Invoice.ourReferenceId', () => db.invoice.update({ where: { id: uuid(draft.id) }, data: { ourReferenceId: u.userId } })],
      ['User.customerId of a staff user', () => db.user.update({ where: { id: c.adminUserId }, data: { customerId: uuid(mine) } })],
      ['User.customerRights of a staff user', () => db.user.update({ where: { id: c.adminUserId }, data: { customerRights: ['INVOICES'] } })],
    ];
    for (const [what, attempt] of attempts) await expect(attempt(), what).rejects.toThrow(/staff user|customer user|customerRights/);
  });

  it('a customer with customer users is not deleted (IN_USE naming them); an invitation whose customer was deleted meanwhile fails cleanly', async () => {
    const mine = await customer('Keep AB');
    const u = await customerUser(mine, ['INVOICES']);
    const r = await data(DeleteCustomer, { id: mine }, c.adminToken);
    expect(r.deleteCustomer).toMatchObject({ __typename: 'ConflictError', code: 'IN_USE', path: 'id' });
    expect((r.deleteCustomer as { message: string }).message).toContain(u.email);
    await data(Delete, { userId: u.gid }, c.adminToken);
    expect((await data(DeleteCustomer, { id: mine }, c.adminToken)).deleteCustomer.__typename).toBe('MutationDeleteCustomerSuccess');

    const gone = await customer('Gone AB');
    await data(Invite, { customerId: gone, email: 'late@gone.example', rights: ['INVOICES'] }, c.adminToken);
    const token = linkToken('late@gone.example');
    expect((await data(DeleteCustomer, { id: gone }, c.adminToken)).deleteCustomer.__typename).toBe('MutationDeleteCustomerSuccess');
    const accepted = await data(Accept, { token, name: 'Late', password: PASSWORD }, null);
    expect(accepted.acceptInvite).toMatchObject({ __typename: 'InvalidCredentialsError', path: 'token' });
    expect(await h.prisma.user.count({ where: { email: 'late@gone.example' } })).toBe(0);
  });
  it('an invitation stays valid when its sender loses the permission afterwards', async () => {
    const mine = await customer('Valid AB');
    const sender = await h.user(c.companyId, ['CUSTOMER_VIEW', 'CUSTOMER_CREATE_USERS']);
    expect((await data(Invite, { customerId: mine, email: 'kept@valid.example', rights: ['PROJECTS'] }, sender.token)).inviteCustomerUser.__typename).toBe(
      'MutationInviteCustomerUserSuccess',
    );
    await h.prisma.group.updateMany({ where: { companyId: c.companyId, members: { some: { userId: sender.userId } } }, data: { permissions: [] } });
    const accepted = await data(Accept, { token: linkToken('kept@valid.example'), name: 'Kept', password: PASSWORD }, null);
    expect(accepted.acceptInvite.__typename).toBe('MutationAcceptInviteSuccess');
    expect(await h.prisma.user.findFirstOrThrow({ where: { companyId: c.companyId, email: 'kept@valid.example' } })).toMatchObject({
      customerId: uuid(mine),
      customerRights: ['PROJECTS'],
    });
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'an acceptance racing the deletion of its customer: either the customer user exists and the customer stays, or neither',
    { timeout: 60_000 },
    async () => {
      for (let round = 0; round < 6; round++) {
        const name = `Race AB ${round}`;
        const email = `race${round}@race.example`;
        const target = await customer(name);
        await data(Invite, { customerId: target, email, rights: ['INVOICES'] }, c.adminToken);
        const token = linkToken(email);
        const [accepted, deleted] = await Promise.all([
          exec(Accept, { token, name: 'Racer', password: PASSWORD }, null),
          exec(DeleteCustomer, { id: target }, c.adminToken),
        ]);
        expect(accepted.errors, JSON.stringify(accepted)).toBeUndefined();
        expect(deleted.errors, JSON.stringify(deleted)).toBeUndefined();
        const user = await h.prisma.user.findFirst({ where: { companyId: c.companyId, email } });
        const stays = await h.prisma.customer.findUnique({ where: { id: uuid(target) } });
        if (user) {
          expect(stays, `round ${round}`).not.toBeNull();
          expect(user.customerId).toBe(uuid(target));
          expect(accepted.data!.acceptInvite.__typename).toBe('MutationAcceptInviteSuccess');
          expect(deleted.data!.deleteCustomer).toMatchObject({ __typename: 'ConflictError', code: 'IN_USE' });
        } else {
          expect(stays, `round ${round}`).toBeNull();
          expect(accepted.data!.acceptInvite.__typename).toBe('InvalidCredentialsError');
          expect(deleted.data!.deleteCustomer.__typename).toBe('MutationDeleteCustomerSuccess');
        }
      }
    },
  );
});
