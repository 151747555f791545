// Customer users as tables: which right opens which portal list, who takes a staff role, the
// invitation's language and text, the portal filters, and the root fields a customer user may use.
import { describe, expect, it } from 'vitest';
import type { CustomerUserRight } from '../../src/generated/prisma/enums.js';
import {
  CUSTOMER_USER_RIGHTS,
  invitationLanguage,
  normaliseRights,
  type PortalList,
  portalAllows,
  portalDocumentsWhere,
  portalInvoicesWhere,
  portalProjectsWhere,
} from '../../src/modules/customer-users/rules.js';
import { staffUserIssue } from '../../src/modules/auth/staff.js';
import { customerInviteMail } from '../../src/modules/auth/login-rules.js';
import { CUSTOMER_USER_ROOT_FIELDS } from '../../src/graphql/builder.js';
import { schema } from '../../src/schema.js';

describe('portalAllows', () => {
  const cases: [CustomerUserRight[], PortalList, boolean][] = [
    [['INVOICES'], 'invoices', true],
    [['INVOICES'], 'projects', false],
    [['INVOICES'], 'documents', false],
    [['PROJECTS'], 'projects', true],
    [['PROJECTS'], 'invoices', false],
    [['DOCUMENTS'], 'documents', true],
    [['DOCUMENTS'], 'documentFolders', true],
    [['INVOICES', 'PROJECTS'], 'documentFolders', false],
    [[], 'invoices', false],
    [[], 'projects', false],
    [[], 'documents', false],
    [[...CUSTOMER_USER_RIGHTS], 'invoices', true],
  ];
  it.each(cases)('rights %j, list %s: %s', (rights, list, allowed) => {
    expect(portalAllows(new Set(rights), list)).toBe(allowed);
  });
});

describe('staffUserIssue', () => {
  it.each([
    [null, 'not_found'],
    [{ active: true, customerId: null }, null],
    [{ active: false, customerId: null }, 'inactive'],
    [{ active: true, customerId: '7d2f3f2e-0000-4000-8000-000000000001' }, 'customer_user'],
    [{ active: false, customerId: '7d2f3f2e-0000-4000-8000-000000000001' }, 'customer_user'],
  ])('%j: %s', (user, code) => {
    const issue = staffUserIssue(user, 'projectManagerId');
    expect(issue?.code ?? null).toBe(code);
    if (issue) expect(issue.path).toBe('projectManagerId');
  });
});

describe('invitation', () => {
  it.each([
    ['SV', 'sv'],
    ['sv', 'sv'],
    [null, 'sv'],
    ['EN', 'en'],
    ['DE', 'en'],
    ['FI', 'en'],
  ] as const)('customer language %s: %s', (language, mail) => {
    expect(invitationLanguage(language)).toBe(mail);
  });

  it('is written in the chosen language, naming the company, the customer, the link and its expiry', () => {
    const v = {
      company: 'Bygg AB',
      customer: 'Fastighets AB Norr',
      link: 'https://app/accept-invite#token=npv_x',
      expiresAt: new Date('2026-12-13T10:30:00Z'),
    };
    const sv = customerInviteMail('sv', v);
    const en = customerInviteMail('en', v);
    expect(sv.subject).toBe('Inbjudan från Bygg AB');
    expect(en.subject).toBe('Invitation from Bygg AB');
    for (const m of [sv, en]) for (const s of ['Bygg AB', 'Fastighets AB Norr', v.link, '2026-12-13 10:30 UTC']) expect(m.text).toContain(s);
    expect(sv.text).toContain('bjuder in dig');
    expect(en.text).toContain('invites you');
  });
});

describe('rights and filters', () => {
  it.each([
    [[], []],
    [
      ['DOCUMENTS', 'INVOICES', 'DOCUMENTS'],
      ['INVOICES', 'DOCUMENTS'],
    ],
    [
      ['PROJECTS', 'INVOICES', 'DOCUMENTS'],
      ['INVOICES', 'PROJECTS', 'DOCUMENTS'],
    ],
  ] as [CustomerUserRight[], CustomerUserRight[]][])('normaliseRights(%j) = %j', (given, stored) => {
    expect(normaliseRights(given)).toEqual(stored);
  });

  it('keeps every portal list on the customer user’s customer; invoices only locked', () => {
    const id = '7d2f3f2e-0000-4000-8000-000000000002';
    expect(portalInvoicesWhere(id)).toEqual({ customerId: id, locked: true });
    expect(portalProjectsWhere(id)).toEqual({ customerId: id });
    expect(portalDocumentsWhere(id)).toEqual({ customerId: id });
  });
});

describe('the root fields a customer user may use', () => {
  it('are real root fields: the portal, their own account and the fields that take no token', () => {
    const roots = new Set([
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
    ]);
    for (const f of CUSTOMER_USER_ROOT_FIELDS) expect(roots.has(f), f).toBe(true);
    for (const staff of ['Query.customers', 'Query.invoices', 'Query.users', 'Query.node', 'Query.company', 'Mutation.createApiToken', 'Mutation.inviteUser']) {
      expect(CUSTOMER_USER_ROOT_FIELDS.has(staff), staff).toBe(false);
    }
  });
});
