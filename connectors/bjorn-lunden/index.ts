// Björn Lundén (BL Administration) connector, through BL's published API ("BLA API", Swagger
// "BLInfo"). Mirrors the Visma connector's flows where BL has the resource: customers (sent once
// unless "Update customers" is on; personnummer as YYMMDD-NNNK), projects (and AO/ÄTA), cost
// centres and accounts, customer invoices on BL's customer ledger (one entry per account of the
// basis, VAT per rate, rounding; the PDF attached; credit invoices connected to their original;
// ROT/RUT through BL's ROT/RUT basis with at most two persons) or, with invoiceMode "items", through
// BL's invoicing module as orders with one line per item and account; preliminary on request
// unless the customer's card says "always send as invoice"; paid dates; suppliers in the
// direction the settings choose, and approved supplier invoices on BL's supplier ledger.
// Reaches this system only through the SDK.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  type AccountRecord,
  type ApiContract,
  type CustomerRecord,
  defineConnector,
  defineFlow,
  type EntityRef,
  exportChanged,
  exportEntity,
  type ExportListing,
  type FlowContext,
  forEachEntity,
  HttpError,
  isEntityError,
  type ProjectRecord,
  importsVouchers,
  type SupplierInvoiceSupplierRecord,
  type SupplierRecord,
  recordUpsert,
  voucherSeriesSetting,
  voucherSeriesWanted,
  isClosedProjectStatus,
} from '@nordic-invoicing/connector-sdk';
import {
  BL_BASE_URL,
  BL_TOKEN_URL,
  type BlArticle,
  BlClient,
  blErrorMessage,
  type BlInvoice,
  type BlNewInvoice,
  type BlNewOrder,
  type BlSupplierInvoice,
} from './client.js';
import {
  accountUpserts,
  costCentreUpserts,
  customerPayload,
  customerReference,
  DEFAULT_VAT_CODES,
  invoicePayload,
  invoiceStaysPreliminary,
  orderPayload,
  sameOrder,
  invoiceSupplierPayload,
  invoicePreflight,
  invoiceReference,
  isExportableProjectStatus,
  paidDate,
  projectNumberProblem,
  projectPartPayload,
  projectPartReference,
  projectPayload,
  projectReference,
  rotRutPayload,
  sameInvoice,
  sameSupplierInvoice,
  supplierInvoiceExternalNumber,
  supplierInvoicePayload,
  supplierInvoiceReference,
  supplierPayload,
  supplierReference,
  supplierUpserts,
  voucherReference,
  voucherUpsert,
} from './mappers.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const settings = z.object({
  baseUrl: z.url().default(BL_BASE_URL).describe("Address of BL's API (the API gateway), without a trailing slash."),
  tokenUrl: z.url().default(BL_TOKEN_URL).describe("BL's OAuth 2.0 token endpoint (client credentials)."),
  userKey: z
    .string()
    .regex(GUID, 'a GUID such as 6f1c1f0e-8a4b-4c2d-9e3f-0a1b2c3d4e5f')
    .describe(
      "User-Key: the BL company's GUID, sent with every call for the company. The company's administrator finds it in BL (or the integrator lists the companies it may reach); one connection per company.",
    ),
  updateCustomers: z
    .boolean()
    .default(false)
    .describe(
      'Update customers. On: this system is the master for customers; changes here overwrite BL on every run. Off: a customer is sent once, with its first project or invoice, and never updated after.',
    ),
  projectLevel: z
    .enum(['project', 'workOrder'])
    .default('project')
    .describe(
      'project: invoice rows are booked on the main project (10000). workOrder: work orders and ÄTA are projects of their own in BL (10000_1, 10000_Ä001; enable the optional flow "project-part-export") and invoice rows are booked on them.',
    ),
  vatAccounts: z
    .record(z.string(), z.string().regex(/^\d{4}$/))
    .default({ '25': '2611', '12': '2621', '6': '2631' })
    .describe('Output VAT account per VAT rate (percent → account) for the VAT entries of customer invoices.'),
  roundingAccount: z
    .string()
    .regex(/^\d{4}$/)
    .default('3740')
    .describe('Account of the rounding (öresavrundning) entry of customer invoices.'),
  invoiceMode: z
    .enum(['ledger', 'items'])
    .default('ledger')
    .describe(
      'ledger: customer invoices go to BL’s customer ledger with one entry per account (no items needed). items: they go through BL’s invoicing module as an order invoiced at once (orderToInvoiceFlow), one line per account of the basis with the item of the account’s "Item no. on invoice"; the items must exist in BL.',
    ),
  vatCodes: z
    .record(z.string(), z.string().regex(/^\d{1,2}$/))
    .default({ ...DEFAULT_VAT_CODES })
    .describe('invoiceMode "items": BL’s VAT code per VAT rate (percent → code) for order lines whose account has no external VAT code.'),
  preliminaryInvoices: z
    .boolean()
    .default(false)
    .describe(
      'On: customer invoices arrive in BL preliminary (unbooked) and are booked there, except those to customers whose card says "always send as invoice", which are booked at once. Off: every invoice is booked at once.',
    ),
  supplierDirection: z
    .enum(['import', 'export'])
    .default('import')
    .describe(
      'Direction of the optional supplier flows: "import" brings BL’s suppliers here (flow "supplier-import"), "export" sends our supplier register to BL (flow "supplier-export"), matched by supplier number. Only the flow of the chosen direction acts.',
    ),
  bookkeepSupplierInvoices: z
    .boolean()
    .default(false)
    .describe(
      'Supplier invoice export (optional flow "supplier-invoice-export"). On: approved supplier invoices are booked in BL’s supplier ledger right away (not preliminary) and marked booked here. Off: they arrive as preliminary supplier invoices that are booked in BL.',
    ),
  updateSuppliersOnInvoiceExport: z
    .boolean()
    .default(true)
    .describe(
      'Supplier invoice export: before an invoice is sent, its supplier is brought up to date in BL from the supplier register here (once per supplier per run, only when it changed since it was last sent). Off: a supplier already in BL is left as it is; a missing one is still created. Updating the whole register every run is the optional flow "supplier-export".',
    ),
  supplierDebtAccount: z
    .string()
    .regex(/^\d{4}$/)
    .default('2440')
    .describe(
      'The payable account of the suppliers this connection creates or updates in BL (their receivableAccount), on which BL books the debt of their invoices (BAS 2440 Leverantörsskulder).',
    ),
  inputVatAccount: z
    .string()
    .regex(/^\d{4}$/)
    .default('2640')
    .describe('Account debited with the VAT of exported supplier invoices (BAS 2640 Ingående moms).'),
  // Only rows booked on a project are kept, whichever series.
  voucherSeries: voucherSeriesSetting('all'),
  voucherLookbackMonths: z
    .number()
    .int()
    .min(1)
    .max(24)
    .default(12)
    .describe('Voucher import: the entry dates read (months back from today); after the first run only entries changed since the last one.'),
});

export type BlSettings = z.output<typeof settings>;
type Ctx = FlowContext<BlSettings>;

const client = (ctx: Ctx) => new BlClient(ctx.http, { signal: ctx.signal });

function fail(ctx: Ctx, ref: EntityRef, message: string): void {
  ctx.reportError(ref, message);
  ctx.count('failed');
}

/** Runs one entity's work; a 4xx of that entity is reported with its reference, the others go on. */
async function perEntity(ctx: Ctx, ref: EntityRef, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (!isEntityError(err)) throw err;
    fail(ctx, ref, err.remoteMessage);
  }
}

/** BL's customers: customer number → entityId. */
function customerListing(bl: BlClient): ExportListing<CustomerRecord> {
  return {
    entityType: 'customer',
    id: (c) => c.id,
    key: (c) => c.number,
    list: async () => (await bl.customers()).flatMap((c) => (c.id ? [[c.id, String(c.entityId)] as const] : [])),
  };
}

async function listProjects(bl: BlClient): Promise<[string, string][]> {
  return (await bl.projects()).flatMap((p) => (p.id && p.entityId !== undefined ? [[p.id, String(p.entityId)] as [string, string]] : []));
}

/** What a flow sends to BL at most once per run. */
class Session {
  readonly bl: BlClient;
  private customers = new Map<string, Promise<string | null>>();

  constructor(readonly ctx: Ctx) {
    this.bl = client(ctx);
  }

  /** Exports a customer; its BL customer number, or null after a reported failure. */
  async exportCustomer(c: CustomerRecord, updateExisting: boolean, listed?: string | null): Promise<string | null> {
    const ctx = this.ctx;
    const ref = { type: 'customer', id: c.id, reference: customerReference(c) };
    const payload = customerPayload(c, ctx.now);
    if (!payload.ok) {
      fail(ctx, ref, payload.problems.join('; '));
      return null;
    }
    const what = customerReference(c);
    const outcome = await exportEntity(ctx, {
      ref,
      payload: payload.value,
      updateExisting,
      listed,
      find: async () => {
        const found = await this.bl.findCustomer(c.number);
        return found ? String(found.entityId) : null;
      },
      create: () => this.bl.createCustomer(payload.value, what),
      update: (entityId) => this.bl.updateCustomer(entityId, payload.value, what),
    });
    return outcome === 'failed' ? null : c.number;
  }

  private suppliers = new Map<string, Promise<string | null>>();
  private register?: Promise<Map<string, SupplierRecord>>;

  /** Our supplier register, read once per run and only when a supplier is to be updated. */
  private async registerSupplier(id: string): Promise<SupplierRecord | undefined> {
    this.register ??= this.ctx.domain.suppliers.changed(null).then((r) => new Map(r.items.map((s) => [s.id, s])));
    return (await this.register).get(id);
  }

  /** Exports a supplier of the register (created or updated, matched by supplier number); its number, or null after a reported failure. */
  async exportSupplier(s: SupplierRecord, listed?: string | null): Promise<string | null> {
    const payload = supplierPayload(s, this.ctx.settings.supplierDebtAccount);
    const what = supplierReference(s);
    const outcome = await exportEntity(this.ctx, {
      ref: { type: 'supplier', id: s.id, reference: what },
      payload,
      listed,
      find: async () => {
        const found = await this.bl.findSupplier(s.number);
        return found ? String(found.entityId) : null;
      },
      create: () => this.bl.createSupplier(payload, what),
      update: (entityId) => this.bl.updateSupplier(entityId, payload, what),
    });
    return outcome === 'failed' ? null : s.number;
  }

  /**
   * The supplier of a supplier invoice in BL, by supplier number, once per run; null after a
   * reported failure (reference "Supplier <number>"), which holds that supplier's invoices. With
   * updateSuppliersOnInvoiceExport on, the register's record goes out with the supplier export's
   * payload and id map: created when missing, updated when what would be sent differs from what
   * was last sent (an unchanged supplier costs no request). Off, or when the register's record is
   * not at hand: created from the invoice's supplier when missing, an existing one never updated
   * from here.
   */
  supplier(s: SupplierInvoiceSupplierRecord): Promise<string | null> {
    let p = this.suppliers.get(s.number);
    if (!p) {
      p = (async () => {
        const ctx = this.ctx;
        const full = ctx.settings.updateSuppliersOnInvoiceExport ? await this.registerSupplier(s.id) : undefined;
        if (full) return this.exportSupplier(full);
        const payload = invoiceSupplierPayload(s, ctx.settings.supplierDebtAccount);
        const what = supplierReference(s);
        const outcome = await exportEntity(ctx, {
          ref: { type: 'supplier', id: s.id, reference: what },
          payload,
          updateExisting: false,
          find: async () => {
            const found = await this.bl.findSupplier(s.number);
            return found ? String(found.entityId) : null;
          },
          create: () => this.bl.createSupplier(payload, what),
          update: async () => undefined,
        });
        return outcome === 'failed' ? null : s.number;
      })();
      this.suppliers.set(s.number, p);
    }
    return p;
  }

  /**
   * The customer a project or invoice needs, in BL. With "Update customers" off this is the one
   * time the customer is sent; with it on the customer export has brought it up to date already.
   */
  customer(number: string): Promise<string | null> {
    let p = this.customers.get(number);
    if (!p) {
      p = (async () => {
        const [c] = await this.ctx.domain.customers.byNumbers([number]);
        return c ? this.exportCustomer(c, this.ctx.settings.updateCustomers) : null;
      })();
      this.customers.set(number, p);
    }
    return p;
  }
}

// ---------------------------------------------------------------------------------------------
// Registers

const costCentreImport = defineFlow<BlSettings>({
  id: 'cost-centre-import',
  direction: 'import',
  entity: 'costCentre',
  base: true,
  description:
    'Imports the cost centres of BL (id = code): new codes are created (inactive when BL has closed them), changed names updated (BL is the master of codes and names; an existing cost centre’s activity stays the company’s decision).',
  async run(ctx) {
    recordUpsert(ctx, 'costCentre', await ctx.domain.costCentres.upsert(costCentreUpserts(await client(ctx).costCenters())));
  },
});

const accountImport = defineFlow<BlSettings>({
  id: 'account-import',
  direction: 'import',
  entity: 'account',
  base: true,
  description: 'Imports new accounts from the BL chart of accounts (classes 1–2, assets and liabilities, excluded); existing accounts are not renamed.',
  async run(ctx) {
    recordUpsert(ctx, 'account', await ctx.domain.accounts.upsert(accountUpserts(await client(ctx).accounts())));
  },
});

// ---------------------------------------------------------------------------------------------
// Customers and projects

const customerExport = defineFlow<BlSettings>({
  id: 'customer-export',
  direction: 'export',
  entity: 'customer',
  base: true,
  on: ['invoice.locked'],
  description:
    'With "Update customers" on: creates and updates changed customers in BL, matched by customer number (this system is the master). Off: does nothing here; customers are sent once with their first project or invoice.',
  async run(ctx) {
    if (!ctx.settings.updateCustomers) {
      ctx.log.info('customer-export: "Update customers" is off; customers are sent with their first project or invoice');
      return;
    }
    const session = new Session(ctx);
    await exportChanged(
      ctx,
      (since) => ctx.domain.customers.changed(since),
      (c, listed) => session.exportCustomer(c, true, listed),
      customerListing(session.bl),
    );
  },
});

const projectExport = defineFlow<BlSettings>({
  id: 'project-export',
  direction: 'export',
  entity: 'project',
  base: true,
  on: ['invoice.locked', 'project.statusChanged'],
  description: 'Creates and updates projects with status 40–89 in BL, with their customer; closes them there once they reach 90.',
  async run(ctx) {
    const session = new Session(ctx);
    const exportable = (p: ProjectRecord) => isExportableProjectStatus(p.statusCode) && !projectNumberProblem(p.number);
    await exportChanged(
      ctx,
      (since) => ctx.domain.projects.changed(since),
      async (p, listed) => {
        const ref = { type: 'project', id: p.id, reference: projectReference(p) };
        if (!isExportableProjectStatus(p.statusCode)) {
          // Below 40: not yet; 90 and above: closed in BL only when it was sent.
          const sent = isClosedProjectStatus(p.statusCode) ? await ctx.ids.get('project', p.id) : null;
          if (!sent) {
            ctx.count('skipped');
            return;
          }
        }
        const problem = projectNumberProblem(p.number);
        if (problem) return fail(ctx, ref, problem);
        await perEntity(ctx, ref, async () => {
          let customer: string | null = null;
          if (p.customerNumber) {
            customer = await session.customer(p.customerNumber);
            if (!customer) return fail(ctx, ref, `its customer ${p.customerNumber} could not be sent to BL (see Customer ${p.customerNumber})`);
          }
          const payload = projectPayload(p, customer);
          const what = projectReference(p);
          await exportEntity(ctx, {
            ref,
            payload,
            listed,
            find: async () => {
              const found = await session.bl.findProject(p.number);
              return found?.entityId === undefined ? null : String(found.entityId);
            },
            create: () => session.bl.createProject(payload, what),
            update: (entityId) => session.bl.updateProject(entityId, payload, what),
          });
        });
      },
      { entityType: 'project', id: (p) => p.id, key: (p) => p.number, list: () => listProjects(session.bl), wanted: exportable },
    );
  },
});

const projectPartExport = defineFlow<BlSettings>({
  id: 'project-part-export',
  direction: 'export',
  entity: 'workOrder',
  base: false,
  on: ['invoice.locked'],
  description:
    'Creates and updates work orders and ÄTA with status below 90 as projects of their own in BL (10000_1, 10000_Ä001), with the project’s customer; closes them at 90.',
  async run(ctx) {
    const session = new Session(ctx);
    const parents = new Map<string, Promise<string | null>>();
    const parentCustomer = (projectNumber: string) => {
      let p = parents.get(projectNumber);
      if (!p) {
        p = ctx.domain.projects.byNumbers([projectNumber]).then((r) => r[0]?.customerNumber ?? null);
        parents.set(projectNumber, p);
      }
      return p;
    };
    await exportChanged(
      ctx,
      (since) => ctx.domain.projectParts.changed(since),
      async (part, listed) => {
        const ref = { type: part.kind, id: part.id, reference: projectPartReference(part) };
        if (isClosedProjectStatus(part.statusCode) && !(await ctx.ids.get(part.kind, part.id))) {
          ctx.count('skipped');
          return;
        }
        const problem = projectNumberProblem(part.fullNumber);
        if (problem) return fail(ctx, ref, problem);
        await perEntity(ctx, ref, async () => {
          const customerNumber = await parentCustomer(part.projectNumber);
          const customer = customerNumber ? await session.customer(customerNumber) : null;
          if (customerNumber && !customer) return fail(ctx, ref, `its customer ${customerNumber} could not be sent to BL (see Customer ${customerNumber})`);
          const payload = projectPartPayload(part, customer);
          const what = projectPartReference(part);
          await exportEntity(ctx, {
            ref,
            payload,
            listed,
            find: async () => {
              const found = await session.bl.findProject(part.fullNumber);
              return found?.entityId === undefined ? null : String(found.entityId);
            },
            create: () => session.bl.createProject(payload, what),
            update: (entityId) => session.bl.updateProject(entityId, payload, what),
          });
        });
      },
      {
        entityType: (part) => part.kind,
        id: (part) => part.id,
        key: (part) => part.fullNumber,
        list: () => listProjects(session.bl),
        wanted: (part) => !isClosedProjectStatus(part.statusCode) && !projectNumberProblem(part.fullNumber),
      },
    );
  },
});

// ---------------------------------------------------------------------------------------------
// Customer invoices

/** What the invoicing module needs once per run: our chart of accounts and BL's items. */
interface OrderLookups {
  accounts: Map<number, AccountRecord>;
  articles: Map<string, BlArticle>;
}

/**
 * A credit invoice's original order in BL (invoiceMode "items"), for `connect`: the original's BL
 * invoice (by its external number), then the order it came from (by customer, invoice date and
 * invoice number). No `connect`: the original is a ledger invoice (no order), so the credit goes
 * unconnected; a `problem`: the original or its order cannot be found, and the credit is reported.
 */
async function originalOrder(bl: BlClient, customer: string, externalNumber: string): Promise<{ connect?: string } | { problem: string }> {
  const original = await bl.invoice(externalNumber);
  if (!original) return { problem: `its original invoice (BL number ${externalNumber}) is not in BL` };
  if (!original.orderNumber) return {};
  const order = original.invoiceDate ? (await bl.ordersOf(customer, original.invoiceDate)).find((o) => o.invoiceNumber === original.invoiceNumber) : undefined;
  if (order?.entityId === undefined) return { problem: `the order of its original invoice (BL number ${externalNumber}) is not in BL` };
  return { connect: String(order.entityId) };
}

const invoiceExport = defineFlow<BlSettings>({
  id: 'invoice-export',
  direction: 'export',
  entity: 'invoice',
  base: true,
  on: ['invoice.locked'],
  description:
    'Exports locked invoices to BL, booked on the bookkeeping date (preliminary when "preliminaryInvoices" is on, unless the customer’s card says "always send as invoice"). invoiceMode "ledger": to the customer ledger with one entry per account (with project and cost centre) of the basis, the VAT per rate and the rounding. invoiceMode "items": through the invoicing module as an order invoiced at once, one line per account with the account’s item. Credit invoices connected to their original; the ROT/RUT basis (at most two persons); the invoice PDF attached. BL’s invoice number becomes the external number.',
  async run(ctx) {
    const since = await ctx.checkpoint.get<string>();
    const { items, next } = await ctx.domain.invoices.locked(since);
    const session = new Session(ctx);
    const bl = session.bl;
    const viaOrders = ctx.settings.invoiceMode === 'items';
    // Read once per run, and only when an invoice is to be sent through the invoicing module.
    let lookups: Promise<OrderLookups> | undefined;
    const orderLookups = () =>
      (lookups ??= Promise.all([ctx.domain.accounts.list(), bl.articles()]).then(([accounts, articles]) => ({
        accounts: new Map(accounts.map((a) => [a.number, a])),
        articles: new Map(articles.flatMap((a) => (a.id ? [[a.id.trim(), a] as const] : []))),
      })));

    await forEachEntity(ctx, items, async (inv) => {
      const ref = { type: 'invoice', id: inv.id, reference: invoiceReference(inv) };
      const what = invoiceReference(inv);
      let mapping = await ctx.ids.get('invoice', inv.id);
      if (!mapping && inv.externalNumber) {
        // Exported earlier through another connection (e.g. before switching to BL).
        ctx.count('skipped');
        return;
      }
      await perEntity(ctx, ref, async () => {
        const customer = await session.customer(inv.customerNumber);
        if (!customer) return fail(ctx, ref, `its customer ${inv.customerNumber} could not be sent to BL (see Customer ${inv.customerNumber})`);
        const [customerRecord] = await ctx.domain.customers.byNumbers([inv.customerNumber]);
        const customerInfo = { number: customer, name: customerRecord?.name ?? customer };
        const preliminary = invoiceStaysPreliminary(inv, ctx.settings);
        let created: BlInvoice | undefined;
        if (!mapping) {
          const rotRut = rotRutPayload(inv, 0, customerInfo, ctx.now);
          const mapped = viaOrders
            ? orderPayload(inv, customer, {
                projectLevel: ctx.settings.projectLevel,
                vatCodes: ctx.settings.vatCodes,
                preliminary,
                ...(await orderLookups()),
              })
            : invoicePayload(inv, customer, { ...ctx.settings, preliminary });
          const problems = [...(mapped.ok ? [] : mapped.problems), ...(rotRut && !rotRut.ok ? rotRut.problems : [])];
          if (!mapped.ok || problems.length) return fail(ctx, ref, problems.join('; '));
          const payload: BlNewInvoice | BlNewOrder = mapped.value;
          let connect: string | undefined;
          if (inv.isCredit && inv.creditOf) {
            if (viaOrders) {
              const ext = inv.creditOf.externalNumber;
              if (!ext && !ctx.dryRun)
                return fail(ctx, ref, `its original invoice ${inv.creditOf.number} is not in BL yet (see Invoice ${inv.creditOf.number})`);
              if (ext) {
                const found = await originalOrder(bl, customer, ext);
                if ('problem' in found) return fail(ctx, ref, found.problem);
                connect = found.connect;
              }
            } else {
              const original = await ctx.ids.get('invoice', inv.creditOf.id);
              connect =
                original && !original.remoteId.startsWith('planned:')
                  ? original.remoteId
                  : inv.creditOf.externalNumber
                    ? (await bl.invoice(inv.creditOf.externalNumber))?.entityId?.toString()
                    : undefined;
              if (!connect && !ctx.dryRun)
                return fail(ctx, ref, `its original invoice ${inv.creditOf.number} is not in BL yet (see Invoice ${inv.creditOf.number})`);
            }
          }
          const outcome = await exportEntity(ctx, {
            ref,
            payload,
            // An invoice is booked once and never updated (BL can only credit it).
            updateExisting: false,
            find: async () => {
              if ('lines' in payload) {
                // The order carries our invoice number; its invoice is the one created.
                const order = (await bl.ordersOf(customer, payload.invoiceDate)).find((o) => sameOrder(o, payload));
                if (!order) return null;
                if (order.invoiceNumber === undefined) throw new Error(`BL has the order of ${what} (order ${order.id ?? '?'}) without its invoice`);
                const found = await bl.invoice(order.invoiceNumber);
                return found?.entityId === undefined ? null : String(found.entityId);
              }
              const found = (await bl.invoicesOf(customer, payload.invoiceDate)).find((r) => sameInvoice(r, payload));
              return found?.entityId === undefined ? null : String(found.entityId);
            },
            create: async () => {
              created = 'lines' in payload ? await bl.createInvoiceFromOrder(payload, what, connect) : await bl.createInvoice(payload, what, connect);
              return created?.entityId === undefined ? undefined : String(created.entityId);
            },
            update: async () => undefined,
          });
          if (outcome === 'failed') return;
          mapping = await ctx.ids.get('invoice', inv.id);
        }
        const entityId = mapping?.remoteId;
        if (ctx.dryRun || !entityId || entityId.startsWith('planned:')) return;
        created ??= (await bl.invoiceByEntityId(entityId)) ?? undefined;
        const invoiceNumber = created?.invoiceNumber;
        if (invoiceNumber === undefined) throw new Error(`BL has no invoice with entityId ${entityId} for ${what}`);

        // The steps after the create, each recorded, so a failure repeats only what is left.
        if (inv.taxReductionType !== 'NONE' && !(await ctx.ids.get('invoiceRotRut', inv.id))) {
          const rotRut = rotRutPayload(inv, invoiceNumber, customerInfo, ctx.now);
          if (rotRut && !rotRut.ok) return fail(ctx, ref, rotRut.problems.join('; '));
          // An invoice of the invoicing module names its order: BL computes the basis's sums from it.
          if (rotRut) await bl.createRotRut(created?.orderNumber ? { ...rotRut.value, orderNumber: created.orderNumber } : rotRut.value, what);
          await ctx.ids.set('invoiceRotRut', inv.id, String(invoiceNumber), 'sent');
        }
        if (!(await ctx.ids.get('invoicePdf', inv.id))) {
          const pdf = await ctx.domain.invoices.pdf(inv.id);
          await bl.attachPdf(entityId, `Faktura ${inv.number}.pdf`, pdf.bytes, what);
          await ctx.ids.set('invoicePdf', inv.id, entityId, 'attached');
        }
        // Last: once recorded, the invoice is not offered again.
        await ctx.domain.invoices.setExternalNumber(inv.id, String(invoiceNumber));
      });
    });
    await ctx.checkpoint.set(next);
  },
});

const paidDateImport = defineFlow<BlSettings>({
  id: 'paid-date-import',
  direction: 'import',
  entity: 'paidDate',
  base: true,
  description: 'Records the paid date of the invoices this connection exported that BL shows as paid (paid, with the date of the latest payment).',
  async run(ctx) {
    const awaiting = await ctx.domain.invoices.awaitingPayment();
    if (awaiting.length === 0) return;
    const mapped = await ctx.ids.getMany(
      'invoice',
      awaiting.map((i) => i.id),
    );
    const bl = client(ctx);
    await forEachEntity(
      ctx,
      awaiting.filter((i) => mapped.has(i.id) && i.externalNumber),
      async (inv) => {
        await perEntity(ctx, { type: 'paidDate', id: inv.id, reference: invoiceReference(inv) }, async () => {
          const remote = await bl.invoice(inv.externalNumber!);
          const paid = remote ? paidDate(remote) : null;
          if (!paid) return ctx.count('unchanged');
          await ctx.domain.invoices.setPaidDate(inv.id, paid);
          ctx.count('updated');
        });
      },
    );
  },
});

// ---------------------------------------------------------------------------------------------
// Suppliers

const supplierImport = defineFlow<BlSettings>({
  id: 'supplier-import',
  direction: 'import',
  entity: 'supplier',
  base: false,
  description:
    'When the supplier direction is "import": creates and updates suppliers from BL, matched by supplier number (BL is the master); BL publishes no change date for suppliers, so every run reads them all and writes only what changed.',
  async run(ctx) {
    if (ctx.settings.supplierDirection !== 'import') return;
    recordUpsert(ctx, 'supplier', await ctx.domain.suppliers.upsert(supplierUpserts(await client(ctx).suppliers())));
  },
});

/** BL's suppliers: supplier number → entityId. */
function supplierListing(bl: BlClient): ExportListing<SupplierRecord> {
  return {
    entityType: 'supplier',
    id: (s) => s.id,
    key: (s) => s.number,
    list: async () => (await bl.suppliers()).flatMap((s) => (s.id ? [[s.id, String(s.entityId)] as const] : [])),
  };
}

const supplierExport = defineFlow<BlSettings>({
  id: 'supplier-export',
  direction: 'export',
  entity: 'supplier',
  base: false,
  on: ['supplierInvoice.approved'],
  description:
    'When the supplier direction is "export": creates and updates our changed suppliers in BL, matched by supplier number (this system is the master), with the supplier debt account as their payable account; inactive ones closed.',
  async run(ctx) {
    if (ctx.settings.supplierDirection !== 'export') return;
    const session = new Session(ctx);
    await exportChanged(
      ctx,
      (since) => ctx.domain.suppliers.changed(since),
      (s, listed) => session.exportSupplier(s, listed),
      supplierListing(session.bl),
    );
  },
});

// ---------------------------------------------------------------------------------------------
// Supplier invoices

const supplierInvoiceExport = defineFlow<BlSettings>({
  id: 'supplier-invoice-export',
  direction: 'export',
  entity: 'supplierInvoice',
  base: false,
  on: ['supplierInvoice.approved'],
  description:
    'Exports approved (double-approved), undisputed supplier invoices to BL’s supplier ledger: the supplier first, by supplier number (created when missing and, with updateSuppliersOnInvoiceExport, updated from the register when it changed); the debt with one entry per cost row (account, project, cost centre) and the input VAT; credit invoices negative; the document attached. Booked at once and marked booked here when "bookkeepSupplierInvoices" is on, else preliminary. BL’s serial number becomes the external number.',
  async run(ctx) {
    const since = await ctx.checkpoint.get<string>();
    const { items, next } = await ctx.domain.supplierInvoices.approved(since);
    const session = new Session(ctx);
    const bl = session.bl;
    const book = ctx.settings.bookkeepSupplierInvoices;

    await forEachEntity(ctx, items, async (inv) => {
      const what = supplierInvoiceReference(inv);
      const ref = { type: 'supplierInvoice', id: inv.id, reference: what };
      const mapped = supplierInvoicePayload(inv, { projectLevel: ctx.settings.projectLevel, inputVatAccount: ctx.settings.inputVatAccount, book });
      if (!mapped.ok) return fail(ctx, ref, mapped.problems.join('; '));
      const payload = mapped.value;
      await perEntity(ctx, ref, async () => {
        const supplier = await session.supplier(inv.supplier);
        if (!supplier) return fail(ctx, ref, `its supplier ${inv.supplier.number} could not be sent to BL (see ${supplierReference(inv.supplier)})`);
        let created: BlSupplierInvoice | undefined;
        const outcome = await exportEntity(ctx, {
          ref,
          payload,
          // Sent once: a supplier invoice in BL is not changed from here.
          updateExisting: false,
          find: async () => {
            const found = (await bl.supplierInvoicesOf(inv.supplier.number)).find((r) => sameSupplierInvoice(r, payload));
            return found ? String(found.entityId) : null;
          },
          create: async () => {
            created = await bl.createSupplierInvoice(payload, what);
            return created === undefined ? undefined : String(created.entityId);
          },
          update: async () => undefined,
        });
        if (outcome === 'failed') return;
        const entityId = (await ctx.ids.get('supplierInvoice', inv.id))?.remoteId;
        if (ctx.dryRun || !entityId || entityId.startsWith('planned:')) return;

        // The document, once (recorded), so a failure after the create repeats only what is left.
        if (inv.file && !(await ctx.ids.get('supplierInvoiceFile', inv.id))) {
          const file = await ctx.domain.supplierInvoices.file(inv.id);
          if (file) {
            await bl.attach('SUPPLIER_INVOICE', entityId, file.fileName, file.bytes, `the document to ${what}`);
            await ctx.ids.set('supplierInvoiceFile', inv.id, entityId, 'attached');
          }
        }
        created ??= (await bl.supplierInvoiceByEntityId(entityId)) ?? undefined;
        if (!created) throw new Error(`BL has no supplier invoice with entityId ${entityId} for ${what}`);
        if (book && created.preliminary === false && !inv.bookkept) await ctx.domain.supplierInvoices.setBookkept(inv.id);
        // Last: once recorded, the invoice is not offered again.
        await ctx.domain.supplierInvoices.setExternalNumber(inv.id, supplierInvoiceExternalNumber(created));
      });
    });
    await ctx.checkpoint.set(next);
  },
});

// ---------------------------------------------------------------------------------------------
// Vouchers

const voucherImport = defineFlow<BlSettings>({
  id: 'voucher-import',
  direction: 'import',
  entity: 'voucher',
  base: true,
  description:
    'Imports journal entries (verifikationer) of the chosen series with entry dates in the look-back window, after the first run only those changed since the last run: rows booked on a project are kept; an entry without such rows is imported once a project is added to it; rows added later are appended.',
  async run(ctx) {
    const wanted = ctx.settings.voucherSeries;
    if (!importsVouchers(wanted)) return;
    const bl = client(ctx);
    const since = await ctx.checkpoint.get<string>();
    const from = new Date(ctx.now);
    from.setUTCMonth(from.getUTCMonth() - ctx.settings.voucherLookbackMonths);
    const window = { from: from.toISOString().slice(0, 10), to: ctx.now.toISOString().slice(0, 10), changedSince: since?.slice(0, 10) };
    const entries =
      wanted === 'all' ? await bl.journalEntries(window) : (await Promise.all(wanted.map((series) => bl.journalEntries({ ...window, series })))).flat();
    const seen = new Set<string>();
    const mine = entries.filter((e) => {
      const key = `${e.financialYearId}/${e.journalId}/${e.journalEntryId}`;
      if (seen.has(key) || !voucherSeriesWanted(wanted, e.journalId ?? '')) return false;
      seen.add(key);
      return true;
    });
    await forEachEntity(ctx, mine, async (e) => {
      const result = await ctx.domain.vouchers.import(voucherUpsert(e));
      if (result.created) ctx.count('created', result.created);
      if (result.updated) ctx.count('updated', result.updated);
      if (result.unchanged) ctx.count('unchanged', result.unchanged);
      for (const issue of result.issues) fail(ctx, { type: 'voucher', reference: issue.reference || voucherReference(e) }, issue.message);
    });
    const latest = entries.reduce((max, e) => (e.upsertDate && e.upsertDate > max ? e.upsertDate : max), since ?? '');
    if (latest) await ctx.checkpoint.set(latest);
  },
});

export default defineConnector({
  id: 'bjorn-lunden',
  name: 'Björn Lundén',
  version: '0.1.0',
  description:
    'Björn Lundén (BL Administration) through its API: exports customers, projects (and work orders/ÄTA) and invoices (customer ledger, or the invoicing module with items; with the PDF, credit invoices and ROT/RUT); imports cost centres, accounts, paid dates and vouchers; optionally syncs suppliers (import or export) and exports approved supplier invoices to the supplier ledger.',
  settings,
  credentials: {
    kind: 'oauth2_client_credentials',
    description:
      "Client id and secret of your BL API integration (from Björn Lundén's developer programme); the company's User-Key (its GUID) goes in the settings.",
  },
  allowedHosts: ['apigateway.blinfo.se'],
  // The published API (connectors/bjorn-lunden/contract.json): dry runs check their planned writes against it.
  contract: JSON.parse(readFileSync(new URL('./contract.json', import.meta.url), 'utf8')) as ApiContract,
  preflight: { invoice: (inv, s) => invoicePreflight(inv, s) },
  // Where credentials go.
  endpointSettings: ['baseUrl', 'tokenUrl'],
  http: (s) => ({
    baseUrl: s.baseUrl,
    auth: { kind: 'oauth2', tokenUrl: s.tokenUrl, grant: 'client_credentials', clientAuth: 'basic' },
    defaultHeaders: { 'User-Key': s.userKey },
    errorMessage: (body) => blErrorMessage(body),
  }),
  async check(ctx) {
    try {
      const d = await new BlClient(ctx.http).details();
      return { ok: true, message: `Connected to Björn Lundén as ${d.name ?? 'the company'}${d.orgNumber ? ` (${d.orgNumber})` : ''}` };
    } catch (err) {
      if (err instanceof HttpError && err.status >= 400 && err.status < 500) {
        return { ok: false, message: err.status === 401 || err.fromTokenEndpoint ? `BL refused the credentials: ${err.remoteMessage}` : err.remoteMessage };
      }
      throw err;
    }
  },
  flows: [
    costCentreImport,
    accountImport,
    customerExport,
    projectExport,
    projectPartExport,
    invoiceExport,
    paidDateImport,
    supplierImport,
    supplierExport,
    supplierInvoiceExport,
    voucherImport,
  ],
});
