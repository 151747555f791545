// Every root query, mutation and subscription, executed with company A's administrator token (every
// permission) against company B's data: nothing of B may appear in any response, and B's rows
// must be exactly as before. Each domain adds its cases in tenant-cases/; a root field without
// a case fails the test.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { schema } from '../../src/schema.js';
import { TENANT_MODELS } from '../../src/db/tenant.js';
import { useHarness } from '../helpers/harness.js';
import type { TenantCase, TenantModule, TenantWorld } from './tenant-cases/world.js';
import { coreTenantModule } from './tenant-cases/core.js';
import { projectsTenantModule } from './tenant-cases/projects.js';
import { invoicesTenantModule } from './tenant-cases/invoices.js';
import { registersTenantModule } from './tenant-cases/registers.js';
import { importTenantModule } from './tenant-cases/import.js';
import { sieImportTenantModule } from './tenant-cases/sie-import.js';
import { bankPaymentsTenantModule } from './tenant-cases/bank-payments.js';
import { integrationsTenantModule } from './tenant-cases/integrations.js';
import { revenueTenantModule } from './tenant-cases/revenue.js';
import { supplierInvoicesTenantModule } from './tenant-cases/supplier-invoices.js';
import { documentsTenantModule } from './tenant-cases/documents.js';
import { notificationsTenantModule } from './tenant-cases/notifications.js';
import { invoiceDistributionTenantModule } from './tenant-cases/invoice-distribution.js';
import { loginTenantModule } from './tenant-cases/login.js';
import { syncTenantModule } from './tenant-cases/sync.js';
import { subscriptionsTenantModule } from './tenant-cases/subscriptions.js';
import { webhooksTenantModule } from './tenant-cases/webhooks.js';
import { customerUsersTenantModule } from './tenant-cases/customer-users.js';

const MODULES: TenantModule[] = [
  coreTenantModule,
  projectsTenantModule,
  invoicesTenantModule,
  registersTenantModule,
  importTenantModule,
  sieImportTenantModule,
  bankPaymentsTenantModule,
  integrationsTenantModule,
  revenueTenantModule,
  supplierInvoicesTenantModule,
  documentsTenantModule,
  notificationsTenantModule,
  invoiceDistributionTenantModule,
  loginTenantModule,
  subscriptionsTenantModule,
  syncTenantModule,
  webhooksTenantModule,
  customerUsersTenantModule,
];

const h = useHarness();
let w: TenantWorld;

/** Every row company B owns, in every tenant table, plus its company row. */
async function snapshotB(): Promise<string> {
  const out: Record<string, unknown> = { Company: await h.prisma.company.findUnique({ where: { id: w.b.companyId } }) };
  for (const model of [...TENANT_MODELS].sort()) {
    const delegate = (h.prisma as unknown as Record<string, { findMany(args: object): Promise<unknown[]> }>)[model[0]!.toLowerCase() + model.slice(1)]!;
    out[model] = await delegate.findMany({ where: { companyId: w.b.companyId }, orderBy: { id: 'asc' } });
  }
  return JSON.stringify(out, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
}

function allCases(): Record<string, TenantCase> {
  const out: Record<string, TenantCase> = {};
  for (const m of MODULES) {
    for (const [field, c] of Object.entries(m.cases(w))) {
      if (out[field]) throw new Error(`Two modules have a case for ${field}`);
      out[field] = c;
    }
  }
  return out;
}

beforeAll(async () => {
  w = { h, a: await h.company('Attacker Co'), b: await h.company('Victim Co'), ids: new Map(), markers: [] };
  for (const m of MODULES) await m.seed(w);
});

describe('tenant isolation', () => {
  it('has a case for every root query, mutation and subscription of the schema', () => {
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}),
    ].sort();
    expect(Object.keys(allCases()).sort()).toEqual(fields);
  });

  it('gives company A nothing of company B, and changes nothing of B', async () => {
    const before = await snapshotB();
    const forbidden = [w.b.companyId, ...[...w.ids.entries()].flatMap(([type, ids]) => ids.flatMap((id) => [id, encodeGlobalID(type, id)])), ...w.markers];
    for (const [field, c] of Object.entries(allCases())) {
      const result = await c.run();
      const text = JSON.stringify(result);
      for (const needle of forbidden) {
        expect(text.includes(needle), `${field} leaked "${needle}": ${text.slice(0, 500)}`).toBe(false);
      }
      for (const r of (Array.isArray(result) ? result : [result]) as { errors?: { extensions?: { code?: string } }[]; data?: Record<string, unknown> }[]) {
        expect(r.errors?.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? [], field).toEqual([]);
        if (c.expectError) expect((Object.values(r.data ?? {})[0] as { __typename?: string })?.__typename, field).toBe(c.expectError);
      }
    }
    expect(await snapshotB()).toBe(before);
  });
});
