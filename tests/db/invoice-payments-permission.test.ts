// The data step of the migration that brought INVOICE_PAYMENTS (…_invoice_payments_permission_data),
// run against the database as it is applied: groups as they were before it (none holding
// INVOICE_PAYMENTS) get the permission when they held ADMIN_INTEGRATIONS, which importing bank
// payments needed until then, or are a company's Administrators group; other groups do not.
// Run again it changes nothing. Afterwards a user of a former integrations group imports a file.
import { describe, expect, it } from 'vitest';
import { listMigrations } from '../../src/db/migrate.js';
import type { Permission } from '../../src/generated/prisma/enums.js';
import { bgmaxFile } from '../helpers/bgmax.js';
import { useHarness } from '../helpers/harness.js';

const h = useHarness();

const without = (ps: readonly Permission[]) => ps.filter((p) => p !== 'INVOICE_PAYMENTS');

describe('migration …_invoice_payments_permission_data', () => {
  it('gives INVOICE_PAYMENTS to every group holding ADMIN_INTEGRATIONS and to Administrators, to no other group, once', async () => {
    const migration = listMigrations().find((m) => m.name.endsWith('_invoice_payments_permission_data'));
    expect(migration, 'the data migration exists').toBeDefined();
    const enumStep = listMigrations().findIndex((m) => m.name.endsWith('_invoice_payments_permission'));
    expect(enumStep).toBeGreaterThan(-1);
    expect(listMigrations()[enumStep + 1]?.name).toBe(migration!.name);

    const c = await h.company();
    const d = await h.company();
    // As before the migration: Administrators with every permission but the new one.
    const admins = await h.prisma.group.findMany({ where: { companyId: { in: [c.companyId, d.companyId] }, name: 'Administrators' } });
    for (const g of admins) await h.prisma.group.update({ where: { id: g.id }, data: { permissions: without(g.permissions) } });
    // A company whose Administrators group was trimmed to almost nothing keeps getting it by its name.
    const trimmed = admins.find((g) => g.companyId === d.companyId)!;
    await h.prisma.group.update({ where: { id: trimmed.id }, data: { permissions: ['CUSTOMER_VIEW'] } });

    const group = async (name: string, permissions: Permission[]) =>
      (await h.prisma.group.create({ data: { companyId: c.companyId, name, permissions, createdBy: 'AD', updatedBy: 'AD' } })).id;
    const integrations = await group('Integrationer', ['ADMIN_INTEGRATIONS']);
    const finance = await group('Ekonomi', ['INVOICE_VIEW', 'INVOICE_LOCK', 'ADMIN_INTEGRATIONS']);
    const invoicing = await group('Fakturering', ['INVOICE_VIEW', 'INVOICE_EDIT', 'INVOICE_LOCK']);
    const empty = await group('Tom', []);
    const already = await group('Redan', ['ADMIN_INTEGRATIONS', 'INVOICE_PAYMENTS']);

    const permissionsOf = async (id: string) => (await h.prisma.group.findUniqueOrThrow({ where: { id } })).permissions;
    const snapshot = async () => {
      const out: Record<string, Permission[]> = {};
      for (const [name, id] of Object.entries({ integrations, finance, invoicing, empty, already, trimmed: trimmed.id }))
        out[name] = [...(await permissionsOf(id))].sort();
      for (const g of admins) out[`admins ${g.companyId === c.companyId ? 'c' : 'd'}`] = [...(await permissionsOf(g.id))].sort();
      return out;
    };
    const before = await snapshot();
    expect(before.integrations).not.toContain('INVOICE_PAYMENTS');
    expect(before['admins c']).not.toContain('INVOICE_PAYMENTS');

    await h.prisma.$executeRawUnsafe(migration!.sql);
    const after = await snapshot();
    const added = (name: string) => [...before[name]!, 'INVOICE_PAYMENTS'].sort();
    expect(after).toEqual({
      integrations: added('integrations'),
      finance: added('finance'),
      invoicing: before.invoicing,
      empty: before.empty,
      already: before.already,
      trimmed: added('trimmed'),
      'admins c': added('admins c'),
      'admins d': added('admins d'),
    });

    await h.prisma.$executeRawUnsafe(migration!.sql);
    expect(await snapshot()).toEqual(after);

    // A user of the former integrations-and-invoices group imports payments after the migration.
    await h.prisma.company.update({ where: { id: c.companyId }, data: { bankgiro: '50501055' } });
    const { userId, token } = await h.user(c.companyId, []);
    await h.prisma.userGroup.create({ data: { companyId: c.companyId, userId, groupId: finance, createdBy: 'AD', updatedBy: 'AD' } });
    const file = bgmaxFile([{ bankgiro: '50501055', paymentDate: '20261204', payments: [{ reference: '987654321', amountOre: 5000n }] }]);
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: 'mutation ($file: File!) { importBankgiroPayments(file: $file) { __typename ... on Error { message } } }',
        variables: { file: null },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([new Uint8Array(file)]), 'bgmax.txt');
    const res = await h.app.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'graphql-preflight': '1' },
      body: form,
    });
    expect(await res.json()).toEqual({ data: { importBankgiroPayments: { __typename: 'MutationImportBankgiroPaymentsSuccess' } } });
  });
});
