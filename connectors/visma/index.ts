// Visma eAccounting / Spiris ("Bokföring & Fakturering") connector, eAccounting API v2.
// Mirrors the Fortnox connector's flows where Visma has the concept, with Visma's own rules:
// revenue reaches Visma through articles and VAT codes from the chart of accounts, customers are
// sent once unless "Update customers" is on, and personal identity numbers go out as YYMMDD-NNNK
// (Visma's format for them).
// Reaches this system only through the SDK.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  defineConnector,
  defineFlow,
  exportEntity,
  exportChanged,
  forEachEntity,
  recordUpsert,
  HttpError,
  isEntityError,
  listedLookup,
  type AccountRecord,
  type ApiContract,
  type CustomerRecord,
  type EntityRef,
  type ExportListing,
  type FlowContext,
  type ProjectRecord,
  type SupplierInvoiceSupplierRecord,
  type SupplierRecord,
  importsVouchers,
  voucherSeriesSetting,
  voucherSeriesWanted,
  isClosedProjectStatus,
} from '@nordic-invoicing/connector-sdk';
import {
  ATTACHMENT_DOCUMENT_TYPE,
  endpointKey,
  VismaClient,
  VismaNoApiModuleError,
  vismaErrorMessage,
  vismaRetryAfterMs,
  type VismaInvoice,
  type VismaSupplierInvoice,
  type VismaTermsOfPayment,
} from './client.js';
import {
  accountUpserts,
  attachmentContentType,
  costCentreUpserts,
  customerPayload,
  customerReference,
  invoiceDraft,
  invoicePreflight,
  invoiceSupplierPayload,
  invoiceReference,
  isExportableProjectStatus,
  paidDate,
  pickTermsOfPayment,
  projectNumberProblem,
  projectPartPayload,
  projectPartReference,
  projectPayload,
  projectReference,
  sameInvoice,
  supplierInvoicePayload,
  supplierInvoiceReference,
  supplierPayload,
  supplierReference,
  supplierUpsert,
  vismaProjectNumber,
  voucherReference,
  voucherUpsert,
} from './mappers.js';

export const settings = z.object({
  baseUrl: z
    .url()
    .default('https://eaccountingapi.vismaonline.com/v2')
    .describe('Address of the eAccounting API v2, without a trailing slash. Sandbox companies use the same address.'),
  authorizeUrl: z
    .url()
    .default('https://identity.vismaonline.com/connect/authorize')
    .describe('Where an admin grants this system access (OAuth2 authorization code flow).'),
  tokenUrl: z
    .url()
    .default('https://identity.vismaonline.com/connect/token')
    .describe("Visma's OAuth2 token endpoint (identity server), used to refresh the access token."),
  updateCustomers: z
    .boolean()
    .default(false)
    .describe(
      'Update customers. On: this system is the master for customers; changes here overwrite Visma on every run. Off: a customer is sent once, when a new project for it or an invoice for it is exported, and never updated after (change it in both systems).',
    ),
  projectLevel: z
    .enum(['project', 'workOrder'])
    .default('project')
    .describe(
      'project: invoice rows are booked on the main project (10000). workOrder: work orders and ÄTA are projects of their own in Visma (10000_1, 10000_Ä1; enable the optional flow "project-part-export") and invoice rows are booked on them.',
    ),
  supplierDirection: z
    .enum(['import', 'export'])
    .default('import')
    .describe('Direction of the optional supplier flows: import suppliers from Visma, or export ours to Visma. Only the flow of the chosen direction acts.'),
  bookkeepSupplierInvoices: z
    .boolean()
    .default(false)
    .describe(
      'Supplier invoice export (optional flow "supplier-invoice-export"). On: approved supplier invoices are booked in Visma right away (POST /supplierinvoices) and marked booked here. Off: they arrive as supplier invoice drafts that are booked in Visma.',
    ),
  updateSuppliersOnInvoiceExport: z
    .boolean()
    .default(true)
    .describe(
      'Supplier invoice export: before an invoice is sent, its supplier is brought up to date in Visma from the supplier register here (once per supplier per run, only when it changed since it was last sent). Off: a supplier already in Visma is left as it is; a missing one is still created. Updating the whole register every run is the optional flow "supplier-export".',
    ),
  // Only rows booked on a project are kept, whichever series.
  voucherSeries: voucherSeriesSetting('all'),
  paidDateLookbackMonths: z
    .number()
    .int()
    .min(1)
    .max(36)
    .default(6)
    .describe('How far back (months) the paid-date import looks for invoices paid in full in Visma.'),
});

export type VismaSettings = z.output<typeof settings>;
type Ctx = FlowContext<VismaSettings>;

const client = (ctx: Ctx) => new VismaClient(ctx.http, { signal: ctx.signal });

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

/** What a flow looks up in Visma at most once. */
class Session {
  private terms?: Promise<VismaTermsOfPayment[]>;
  private customerIds = new Map<string, Promise<string | null>>();
  readonly visma: VismaClient;

  constructor(readonly ctx: Ctx) {
    this.visma = client(ctx);
  }

  async termsId(days: number | null): Promise<string> {
    this.terms ??= this.visma.termsOfPayments();
    const t = pickTermsOfPayment(await this.terms, days);
    if (!t) throw new Error('Visma has no terms of payment for sales; add one in Visma (Inställningar → Betalningsvillkor)');
    return t.Id;
  }

  /**
   * Exports a customer (create or update by customer number); its Visma id, or null after a
   * reported failure. `listed`: what this run's listing of Visma's customers says of it (see
   * customerListing), instead of a lookup.
   */
  async exportCustomer(c: CustomerRecord, updateExisting: boolean, listed?: string | null): Promise<string | null> {
    const ctx = this.ctx;
    const ref = { type: 'customer', id: c.id, reference: customerReference(c) };
    const payload = customerPayload(c, await this.termsId(c.paymentTermDays), ctx.now);
    if (!payload.ok) {
      fail(ctx, ref, payload.problems.join('; '));
      return null;
    }
    const outcome = await exportEntity(ctx, {
      ref,
      payload: payload.value,
      updateExisting,
      listed,
      find: async () => (await this.visma.findCustomer(c.number))?.Id ?? null,
      create: () => this.visma.createCustomer(payload.value),
      update: (id) => this.visma.updateCustomer(id, payload.value),
    });
    if (outcome === 'failed') return null;
    return (await ctx.ids.get('customer', c.id))?.remoteId ?? `planned:${c.id}`;
  }

  private customersListed: ((c: CustomerRecord) => string | null) | null = null;

  /**
   * Before a flow sends customers with its entities (customerId): when 20 or more of these
   * customers are unknown to the id map (a first export with "Update customers" off), Visma's
   * customers are listed once, so each is then created or found without a lookup of its own.
   */
  async listCustomers(numbers: readonly string[]): Promise<void> {
    const distinct = [...new Set(numbers)];
    if (distinct.length < 20) return;
    const customers = await this.ctx.domain.customers.byNumbers(distinct);
    this.customersListed = await listedLookup(this.ctx, customers, customerListing(this.visma));
  }

  private supplierIds = new Map<string, Promise<string | null>>();
  private register?: Promise<Map<string, SupplierRecord>>;

  /** Our supplier register, read once per run and only when a supplier is to be updated. */
  private async registerSupplier(id: string): Promise<SupplierRecord | undefined> {
    this.register ??= this.ctx.domain.suppliers.changed(null).then((r) => new Map(r.items.map((s) => [s.id, s])));
    return (await this.register).get(id);
  }

  /**
   * The Visma id of a supplier invoice's supplier, by supplier number, once per run; null after a
   * reported failure (reference "Supplier <number>"), which holds that supplier's invoices. With
   * updateSuppliersOnInvoiceExport on, the register's record goes out with the supplier export's
   * payload and id map: created when missing, updated when what would be sent differs from what
   * was last sent (an unchanged supplier costs no request). Off, or when the register's record is
   * not at hand (an admin's retry of single invoices reads only those): created from the
   * invoice's supplier when missing, an existing one never updated from here.
   */
  supplierId(s: SupplierInvoiceSupplierRecord): Promise<string | null> {
    let p = this.supplierIds.get(s.number);
    if (!p) {
      p = (async () => {
        const ctx = this.ctx;
        const full = ctx.settings.updateSuppliersOnInvoiceExport ? await this.registerSupplier(s.id) : undefined;
        const terms = await this.termsId(null);
        const payload = full ? supplierPayload(full, terms, ctx.now) : invoiceSupplierPayload(s, terms, ctx.now);
        const outcome = await exportEntity(ctx, {
          ref: { type: 'supplier', id: s.id, reference: supplierReference(s) },
          payload,
          updateExisting: !!full,
          find: async () => (await this.visma.findSupplier(s.number))?.Id ?? null,
          create: () => this.visma.createSupplier(payload),
          update: (id) => this.visma.updateSupplier(id, payload),
        });
        if (outcome === 'failed') return null;
        return (await ctx.ids.get('supplier', s.id))?.remoteId ?? `planned:${s.id}`;
      })();
      this.supplierIds.set(s.number, p);
    }
    return p;
  }

  /**
   * The Visma id of the customer a project or invoice needs. With "Update customers" off this is
   * the one time the customer is sent (never updated after); with it on the customer export has
   * already brought it up to date, so this only creates what is missing.
   */
  customerId(number: string): Promise<string | null> {
    let p = this.customerIds.get(number);
    if (!p) {
      p = (async () => {
        const [c] = await this.ctx.domain.customers.byNumbers([number]);
        if (!c) return null;
        return this.exportCustomer(c, this.ctx.settings.updateCustomers, this.customersListed?.(c));
      })();
      this.customerIds.set(number, p);
    }
    return p;
  }
}

// ---------------------------------------------------------------------------------------------
// Registers

const costCentreImport = defineFlow<VismaSettings>({
  id: 'cost-centre-import',
  direction: 'import',
  entity: 'costCentre',
  base: true,
  description:
    'Imports the items of the first cost center dimension from Visma (short name = code): new codes are created, changed names updated (Visma is the master).',
  async run(ctx) {
    const centers = await client(ctx).costCenters();
    recordUpsert(ctx, 'costCentre', await ctx.domain.costCentres.upsert(costCentreUpserts(centers)));
  },
});

const accountImport = defineFlow<VismaSettings>({
  id: 'account-import',
  direction: 'import',
  entity: 'account',
  base: true,
  description: 'Imports new accounts from the Visma chart of accounts (classes 1–2, assets and liabilities, excluded); existing accounts are not renamed.',
  async run(ctx) {
    const accounts = await client(ctx).accounts();
    recordUpsert(ctx, 'account', await ctx.domain.accounts.upsert(accountUpserts(accounts)));
  },
});

// ---------------------------------------------------------------------------------------------
// Customers and projects

// A first export (20 or more of a run's entities unknown to the id map) lists Visma's customers or
// projects once ($page/$pagesize, pages of 500 asked) instead of one `$filter` lookup each,
// matching by customer number or Visma project number as the lookups do.

/** Visma's customers: customer number → Id. */
function customerListing(visma: VismaClient): ExportListing<CustomerRecord> {
  return {
    entityType: 'customer',
    id: (c) => c.id,
    key: (c) => c.number,
    list: async () => (await visma.customers()).map((c) => [c.CustomerNumber, c.Id] as const),
  };
}

/** Visma's projects (ours, work orders and ÄTA alike): Visma project number → Id. */
async function listProjects(visma: VismaClient): Promise<[string, string][]> {
  return (await visma.projects()).map((p) => [p.Number, p.Id]);
}

const customerExport = defineFlow<VismaSettings>({
  id: 'customer-export',
  direction: 'export',
  entity: 'customer',
  base: true,
  on: ['invoice.locked'],
  description:
    'With "Update customers" on: creates and updates changed customers in Visma, matched by customer number (this system is the master). Off: does nothing here; customers are sent once with their first project or invoice.',
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
      customerListing(session.visma),
    );
  },
});

const projectExport = defineFlow<VismaSettings>({
  id: 'project-export',
  direction: 'export',
  entity: 'project',
  base: true,
  on: ['invoice.locked', 'project.statusChanged'],
  description:
    'Creates and updates projects with status 40–89 in Visma (Status Ongoing), with their customer; finishes them there (Status Finished) once they reach 90.',
  async run(ctx) {
    const session = new Session(ctx);
    const exportable = (p: ProjectRecord) => isExportableProjectStatus(p.statusCode) && !projectNumberProblem(vismaProjectNumber(p.number));
    await exportChanged(
      ctx,
      async (since) => {
        const changed = await ctx.domain.projects.changed(since);
        // Their customers too, when many are new to Visma.
        await session.listCustomers(changed.items.filter(exportable).flatMap((p) => (p.customerNumber ? [p.customerNumber] : [])));
        return changed;
      },
      async (p, listed) => {
        const ref = { type: 'project', id: p.id, reference: projectReference(p) };
        if (!isExportableProjectStatus(p.statusCode)) {
          const sent = isClosedProjectStatus(p.statusCode) ? await ctx.ids.get('project', p.id) : null;
          if (!sent) {
            ctx.count('skipped');
            return;
          }
        }
        const number = vismaProjectNumber(p.number);
        const problem = projectNumberProblem(number);
        if (problem) return fail(ctx, ref, problem);
        await perEntity(ctx, ref, async () => {
          let customerId: string | null = null;
          if (p.customerNumber) {
            customerId = await session.customerId(p.customerNumber);
            if (!customerId) return fail(ctx, ref, `its customer ${p.customerNumber} could not be sent to Visma (see Customer ${p.customerNumber})`);
          }
          const payload = projectPayload(p, customerId);
          await exportEntity(ctx, {
            ref,
            payload,
            listed,
            find: async () => (await session.visma.findProject(number))?.Id ?? null,
            create: () => session.visma.createProject(payload),
            update: (id) => session.visma.updateProject(id, payload),
          });
        });
      },
      {
        entityType: 'project',
        id: (p) => p.id,
        key: (p) => vismaProjectNumber(p.number),
        list: () => listProjects(session.visma),
        wanted: exportable,
      },
    );
  },
});

const projectPartExport = defineFlow<VismaSettings>({
  id: 'project-part-export',
  direction: 'export',
  entity: 'workOrder',
  base: false,
  on: ['invoice.locked'],
  description:
    'Creates and updates work orders and ÄTA with status below 90 as projects of their own in Visma (10000_1, 10000_Ä1: Visma allows 9 characters), with the project’s end date and customer.',
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
        const number = vismaProjectNumber(part.fullNumber);
        const problem = projectNumberProblem(number);
        if (problem) return fail(ctx, ref, problem);
        await perEntity(ctx, ref, async () => {
          const customerNumber = await parentCustomer(part.projectNumber);
          const customerId = customerNumber ? await session.customerId(customerNumber) : null;
          if (customerNumber && !customerId)
            return fail(ctx, ref, `its customer ${customerNumber} could not be sent to Visma (see Customer ${customerNumber})`);
          const payload = projectPartPayload(part, customerId);
          await exportEntity(ctx, {
            ref,
            payload,
            listed,
            find: async () => (await session.visma.findProject(number))?.Id ?? null,
            create: () => session.visma.createProject(payload),
            update: (id) => session.visma.updateProject(id, payload),
          });
        });
      },
      {
        entityType: (part) => part.kind,
        id: (part) => part.id,
        key: (part) => vismaProjectNumber(part.fullNumber),
        list: () => listProjects(session.visma),
        wanted: (part) => !isClosedProjectStatus(part.statusCode) && !projectNumberProblem(vismaProjectNumber(part.fullNumber)),
      },
    );
  },
});

// ---------------------------------------------------------------------------------------------
// Suppliers (one direction, chosen in the settings)

const supplierImport = defineFlow<VismaSettings>({
  id: 'supplier-import',
  direction: 'import',
  entity: 'supplier',
  base: false,
  description: 'When the supplier direction is "import": creates and updates suppliers from Visma (changed since the last run), matched by supplier number.',
  async run(ctx) {
    if (ctx.settings.supplierDirection !== 'import') return;
    const since = await ctx.checkpoint.get<string>();
    const suppliers = await client(ctx).suppliers(since);
    if (suppliers.length) recordUpsert(ctx, 'supplier', await ctx.domain.suppliers.upsert(suppliers.map(supplierUpsert)));
    const latest = suppliers.reduce((max, s) => (s.ModifiedUtc > max ? s.ModifiedUtc : max), since ?? '');
    if (latest) await ctx.checkpoint.set(latest);
  },
});

const supplierExport = defineFlow<VismaSettings>({
  id: 'supplier-export',
  direction: 'export',
  entity: 'supplier',
  base: false,
  on: ['supplierInvoice.approved'],
  description: 'When the supplier direction is "export": creates and updates our suppliers in Visma, matched by supplier number.',
  async run(ctx) {
    if (ctx.settings.supplierDirection !== 'export') return;
    const session = new Session(ctx);
    await exportChanged(
      ctx,
      (since) => ctx.domain.suppliers.changed(since),
      async (s) => {
        const payload = supplierPayload(s, await session.termsId(null), ctx.now);
        await exportEntity(ctx, {
          ref: { type: 'supplier', id: s.id, reference: supplierReference(s) },
          payload,
          find: async () => (await session.visma.findSupplier(s.number))?.Id ?? null,
          create: () => session.visma.createSupplier(payload),
          update: (id) => session.visma.updateSupplier(id, payload),
        });
      },
    );
  },
});

// ---------------------------------------------------------------------------------------------
// Supplier invoices (e-invoice)

const supplierInvoiceExport = defineFlow<VismaSettings>({
  id: 'supplier-invoice-export',
  direction: 'export',
  entity: 'supplierInvoice',
  base: false,
  on: ['supplierInvoice.approved'],
  description:
    'Exports approved (double-approved), undisputed supplier invoices: the supplier first, by supplier number (created in Visma when missing and, with updateSuppliersOnInvoiceExport, updated from the register when it changed); cost rows on their accounts with project and cost centre, VAT and OCR; the document attached. Booked directly (POST /supplierinvoices, marked booked here) when "bookkeepSupplierInvoices" is on, else sent as a draft. Visma’s id becomes the external number.',
  async run(ctx) {
    const since = await ctx.checkpoint.get<string>();
    const { items, next } = await ctx.domain.supplierInvoices.approved(since);
    const session = new Session(ctx);
    const visma = session.visma;
    const book = ctx.settings.bookkeepSupplierInvoices;
    const kind = book ? 'invoice' : 'draft';
    let lookups: Promise<{ projects: Map<string, string>; costCentreItems: Map<string, string> }> | undefined;
    const loadLookups = () =>
      (lookups ??= (async () => {
        const [projects, centers] = await Promise.all([visma.projects(), visma.costCenters()]);
        return {
          projects: new Map(projects.map((p) => [p.Number, p.Id])),
          costCentreItems: new Map(
            centers
              .flatMap((c) => c.Items ?? [])
              .filter((i) => i.IsActive !== false)
              .map((i) => [i.ShortName, i.Id]),
          ),
        };
      })());

    await forEachEntity(ctx, items, async (inv) => {
      const what = supplierInvoiceReference(inv);
      const ref = { type: 'supplierInvoice', id: inv.id, reference: what };
      await perEntity(ctx, ref, async () => {
        const supplierId = await session.supplierId(inv.supplier);
        if (!supplierId) return fail(ctx, ref, `its supplier ${inv.supplier.number} could not be sent to Visma (see Supplier ${inv.supplier.number})`);
        const mapped = supplierInvoicePayload(inv, { ...(await loadLookups()), supplierId, projectLevel: ctx.settings.projectLevel, kind });
        if (!mapped.ok) return fail(ctx, ref, mapped.problems.join('; '));
        const payload = mapped.value;
        let created: VismaSupplierInvoice | undefined;
        const outcome = await exportEntity(ctx, {
          ref,
          payload,
          // Sent once: a supplier invoice in Visma is not changed from here.
          updateExisting: false,
          find: async () =>
            (book ? await visma.supplierInvoicesOf(supplierId, inv.invoiceNumber) : await visma.supplierInvoiceDraftsOf(supplierId, inv.invoiceNumber)).find(
              (r) => r.SupplierId === supplierId && r.InvoiceNumber === inv.invoiceNumber,
            )?.Id ?? null,
          create: async () => {
            if (book) {
              created = await visma.createSupplierInvoice(payload, what);
              return created?.Id;
            }
            return (await visma.createSupplierInvoiceDraft(payload, what))?.Id;
          },
          update: async () => undefined,
        });
        if (outcome === 'failed') return;
        const remoteId = (await ctx.ids.get('supplierInvoice', inv.id))?.remoteId;
        if (ctx.dryRun || !remoteId || remoteId.startsWith('planned:')) return;

        // The document: uploaded once, then linked; each step recorded, so a failure repeats only what is left.
        if (inv.file && (await ctx.ids.get('supplierInvoiceFile', inv.id))?.hash !== 'linked') {
          let attachmentId = (await ctx.ids.get('supplierInvoiceFile', inv.id))?.remoteId;
          if (!attachmentId) {
            const file = await ctx.domain.supplierInvoices.file(inv.id);
            const contentType = file ? attachmentContentType(file.contentType) : null;
            if (file && !contentType) return fail(ctx, ref, `the document ${file.fileName} is ${file.contentType}; Visma takes PDF, JPEG, PNG or TIFF`);
            if (file && contentType) {
              attachmentId = await visma.uploadAttachment({
                ContentType: contentType,
                FileName: file.fileName,
                Data: Buffer.from(file.bytes).toString('base64'),
              });
              if (attachmentId) await ctx.ids.set('supplierInvoiceFile', inv.id, attachmentId, 'uploaded');
            }
          }
          if (attachmentId) {
            await visma.linkAttachments(
              {
                DocumentId: remoteId,
                DocumentType: book ? ATTACHMENT_DOCUMENT_TYPE.supplierInvoice : ATTACHMENT_DOCUMENT_TYPE.supplierInvoiceDraft,
                AttachmentIds: [attachmentId],
              },
              what,
            );
            await ctx.ids.set('supplierInvoiceFile', inv.id, attachmentId, 'linked');
          }
        }
        if (book) {
          created ??= await visma.supplierInvoice(remoteId);
          if (created.Status === 1) await ctx.domain.supplierInvoices.setBookkept(inv.id);
        }
        // Last: once recorded, the invoice is not offered again.
        await ctx.domain.supplierInvoices.setExternalNumber(inv.id, remoteId);
      });
    });
    await ctx.checkpoint.set(next);
  },
});

// ---------------------------------------------------------------------------------------------
// Customer invoices

const invoiceExport = defineFlow<VismaSettings>({
  id: 'invoice-export',
  direction: 'export',
  entity: 'invoice',
  base: true,
  on: ['invoice.locked'],
  description:
    'Exports locked invoices as a draft with the invoice PDF attached, then books it (convert) and records Visma’s invoice number here. Rows get their article and VAT code from the revenue account’s item number and external VAT code; reverse charge and ROT/RUT with persons are carried over.',
  async run(ctx) {
    const since = await ctx.checkpoint.get<string>();
    const { items, next } = await ctx.domain.invoices.locked(since);
    const session = new Session(ctx);
    const visma = session.visma;
    let lookups:
      | Promise<{
          accounts: Map<number, AccountRecord>;
          articles: Map<string, string>;
          vatCodes: Map<string, string>;
          projects: Map<string, string>;
          costCentreItems: Map<string, string>;
        }>
      | undefined;
    const loadLookups = () =>
      (lookups ??= (async () => {
        const [accounts, articles, vatCodes, projects, centers] = await Promise.all([
          ctx.domain.accounts.list(),
          visma.articles(),
          visma.vatCodes(),
          visma.projects(),
          visma.costCenters(),
        ]);
        return {
          accounts: new Map(accounts.map((a) => [a.number, a])),
          articles: new Map(articles.filter((a) => a.IsActive !== false).map((a) => [a.Number, a.Id])),
          vatCodes: new Map(vatCodes.map((v) => [v.Code, v.Id])),
          projects: new Map(projects.map((p) => [p.Number, p.Id])),
          costCentreItems: new Map(centers.flatMap((c) => c.Items ?? []).map((i) => [i.ShortName, i.Id])),
        };
      })());

    await forEachEntity(ctx, items, async (inv) => {
      const ref = { type: 'invoice', id: inv.id, reference: invoiceReference(inv) };
      const mapping = await ctx.ids.get('invoice', inv.id);
      if (!mapping && inv.externalNumber) {
        // Exported earlier through another connection (e.g. before switching from Fortnox).
        ctx.count('skipped');
        return;
      }
      await perEntity(ctx, ref, async () => {
        if (mapping) {
          // Sent; repair a missing external number (a crash after the create) and stop.
          if (!inv.externalNumber && !mapping.remoteId.startsWith('planned:')) {
            await ctx.domain.invoices.setExternalNumber(inv.id, String((await visma.invoice(mapping.remoteId)).InvoiceNumber));
          }
          ctx.count('unchanged');
          return;
        }
        const customerId = await session.customerId(inv.customerNumber);
        if (!customerId) return fail(ctx, ref, `its customer ${inv.customerNumber} could not be sent to Visma (see Customer ${inv.customerNumber})`);
        const draft = invoiceDraft(inv, { ...(await loadLookups()), projectLevel: ctx.settings.projectLevel, customerId, today: ctx.now });
        if (!draft.ok) return fail(ctx, ref, draft.problems.join('; '));
        const payload = draft.value;
        let booked: VismaInvoice | undefined;
        const outcome = await exportEntity(ctx, {
          ref,
          payload,
          // An invoice is booked once and never updated (Visma can only credit or void it).
          updateExisting: false,
          find: async () => (await visma.invoicesOf(customerId, payload.InvoiceDate)).find((i) => sameInvoice(i, payload))?.Id ?? null,
          create: async () => {
            const what = invoiceReference(inv);
            let draftId = (await visma.draftsOf(customerId, payload.InvoiceDate)).find((d) => sameInvoice(d, payload))?.Id;
            if (!draftId) {
              // The API has no writable link from an attachment to a customer invoice (a draft's
              // SalesDocumentAttachments is read-only, and attachment links cover supplier
              // documents only): the PDF is uploaded to the company's attachments, unlinked.
              const pdf = await ctx.domain.invoices.pdf(inv.id);
              await visma.uploadAttachment({
                ContentType: 'application/pdf',
                FileName: `Faktura ${inv.number}.pdf`,
                Data: Buffer.from(pdf.bytes).toString('base64'),
              });
              const created = await visma.createDraft(payload, what);
              draftId = created?.Id;
            }
            if (!draftId) return undefined; // dry run
            booked = await visma.convertDraft(draftId, what);
            return booked?.Id;
          },
          update: async () => undefined,
        });
        if (outcome === 'failed') return;
        const remote = (await ctx.ids.get('invoice', inv.id))?.remoteId;
        if (ctx.dryRun || !remote || remote.startsWith('planned:')) return;
        booked ??= await visma.invoice(remote);
        await ctx.domain.invoices.setExternalNumber(inv.id, String(booked.InvoiceNumber));
      });
    });
    await ctx.checkpoint.set(next);
  },
});

const paidDateImport = defineFlow<VismaSettings>({
  id: 'paid-date-import',
  direction: 'import',
  entity: 'paidDate',
  base: true,
  description:
    'Records the paid date of exported invoices that Visma shows as paid in full (PaymentStatus Paid and RemainingAmount 0; a credit invoice’s remaining amount is negative until settled), looking back the configured number of months.',
  async run(ctx) {
    const awaiting = await ctx.domain.invoices.awaitingPayment();
    if (awaiting.length === 0) return;
    const mapped = await ctx.ids.getMany(
      'invoice',
      awaiting.map((i) => i.id),
    );
    const ours = awaiting.filter((i) => mapped.has(i.id));
    if (ours.length === 0) return;
    const from = new Date(ctx.now);
    from.setUTCMonth(from.getUTCMonth() - ctx.settings.paidDateLookbackMonths);
    const remote = new Map((await client(ctx).invoicesModifiedSince(from.toISOString())).map((r) => [r.Id, r]));
    for (const inv of ours) {
      const r = remote.get(mapped.get(inv.id)!.remoteId);
      const paid = r ? paidDate(r) : null;
      if (!paid || paid < from.toISOString().slice(0, 10)) {
        ctx.count('unchanged');
        continue;
      }
      await ctx.domain.invoices.setPaidDate(inv.id, paid);
      ctx.count('updated');
    }
  },
});

// ---------------------------------------------------------------------------------------------
// Vouchers

const voucherImport = defineFlow<VismaSettings>({
  id: 'voucher-import',
  direction: 'import',
  entity: 'voucher',
  base: true,
  description:
    'Imports vouchers of the chosen series changed in Visma since the last run (ModifiedUtc): rows booked on a project are kept; a voucher without such rows is imported once a project is added to it; rows added later are appended.',
  async run(ctx) {
    if (!importsVouchers(ctx.settings.voucherSeries)) return;
    const visma = client(ctx);
    const since = await ctx.checkpoint.get<string>();
    const vouchers = await visma.vouchers(since);
    const wanted = vouchers.filter((v) => voucherSeriesWanted(ctx.settings.voucherSeries, v.NumberSeries ?? ''));
    if (wanted.length) {
      const [projects, centers] = await Promise.all([visma.projects(), visma.costCenters()]);
      const projectNumberById = new Map(projects.map((p) => [p.Id, p.Number]));
      const costCentreCodeById = new Map(centers.flatMap((c) => c.Items ?? []).map((i) => [i.Id, i.ShortName]));
      await forEachEntity(ctx, wanted, async (v) => {
        const result = await ctx.domain.vouchers.import(voucherUpsert(v, projectNumberById, costCentreCodeById));
        if (result.created) ctx.count('created', result.created);
        if (result.updated) ctx.count('updated', result.updated);
        if (result.unchanged) ctx.count('unchanged', result.unchanged);
        for (const issue of result.issues) fail(ctx, { type: 'voucher', reference: issue.reference || voucherReference(v) }, issue.message);
      });
    }
    const latest = vouchers.reduce((max, v) => (v.ModifiedUtc > max ? v.ModifiedUtc : max), since ?? '');
    if (latest) await ctx.checkpoint.set(latest);
  },
});

export default defineConnector({
  id: 'visma',
  name: 'Visma eAccounting / Spiris',
  version: '1.0.0',
  description:
    'Visma eAccounting (Spiris Bokföring & Fakturering) through API v2: exports customers, projects (and work orders/ÄTA), suppliers, approved supplier invoices (optional) and invoices (draft → invoice, with articles and VAT codes from the chart of accounts); imports cost centres, accounts, vouchers, suppliers and paid dates.',
  settings,
  credentials: {
    kind: 'oauth2_authorization_code',
    description:
      'Client id and secret of your Visma Developer Portal app (scopes ea:api offline_access ea:sales ea:accounting ea:purchase); sign in to the Visma company to authorise.',
  },
  // The eAccounting API and Visma's identity server (sandbox companies use the same hosts).
  allowedHosts: ['eaccountingapi.vismaonline.com', 'identity.vismaonline.com'],
  // The published API (connectors/visma/contract.json): dry runs check their planned writes against it.
  contract: JSON.parse(readFileSync(new URL('./contract.json', import.meta.url), 'utf8')) as ApiContract,
  // What Visma would refuse, checked when an invoice is locked.
  preflight: { invoice: (inv, s) => invoicePreflight(inv, s) },
  // Where credentials go: changing one of these clears the stored credentials.
  endpointSettings: ['baseUrl', 'authorizeUrl', 'tokenUrl'],
  http: (s) => ({
    baseUrl: s.baseUrl,
    auth: {
      kind: 'oauth2',
      tokenUrl: s.tokenUrl,
      clientAuth: 'basic',
      authorizeUrl: s.authorizeUrl,
      scope: 'ea:api offline_access ea:sales ea:accounting ea:purchase',
      authorizeParams: {},
    },
    // 600 requests per minute per endpoint (URL without ids), as Visma counts them.
    rateLimit: { requests: 600, perMs: 60_000, key: (req) => endpointKey(req.path) },
    errorMessage: (body) => vismaErrorMessage(body),
    retryAfterMs: (status, body) => vismaRetryAfterMs(status, body),
  }),
  async check(ctx) {
    try {
      const company = await new VismaClient(ctx.http).companySettings();
      return { ok: true, message: `Connected to Visma eAccounting as ${company.Name} (${company.CorporateIdentityNumber})` };
    } catch (err) {
      if (err instanceof VismaNoApiModuleError) return { ok: false, message: err.message };
      if (err instanceof HttpError && err.status >= 400 && err.status < 500) {
        return { ok: false, message: err.status === 401 || err.fromTokenEndpoint ? `Visma refused the credentials: ${err.remoteMessage}` : err.remoteMessage };
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
    supplierImport,
    supplierExport,
    supplierInvoiceExport,
    invoiceExport,
    paidDateImport,
    voucherImport,
  ],
});
