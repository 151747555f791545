// Fortnox connector: every flow of the Fortnox integration (see its README), in one sweep per run.
// Reaches this system only through the SDK (ports, id map, checkpoints, HTTP toolkit).
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
  type ApiContract,
  type Credentials,
  type FlowContext,
  type InvoiceRecord,
  type ProjectRecord,
  type SupplierInvoiceRecord,
  type SupplierRecord,
  importsVouchers,
  voucherSeriesSetting,
  isClosedProjectStatus,
} from '@nordic-invoicing/connector-sdk';
import { FortnoxClient, fortnoxErrorMessage, type FortnoxSupplierInvoiceListItem, type FortnoxVoucher, type FortnoxVoucherFileConnection } from './client.js';
import {
  accountUpsert,
  completionDate,
  costCentreUpsert,
  customerCreatePayload,
  customerReference,
  customerUpdatePayload,
  fortnoxTimestamp,
  invoicePayload,
  invoicePreflight,
  invoiceReference,
  isExportableProjectStatus,
  monthsBefore,
  paidDateOf,
  PDF_MAX_BYTES,
  projectNumberMessage,
  projectPartPayload,
  projectPartReference,
  projectPayload,
  projectReference,
  projectStatus,
  supplierInvoiceBalances,
  supplierInvoiceOfVoucher,
  supplierInvoicePayload,
  supplierInvoiceReference,
  supplierInvoiceSupplierPayload,
  supplierPayload,
  supplierReference,
  supplierUpsert,
  swedishDate,
  taxReductionPayloads,
  voucherFileName,
  voucherUpsert,
} from './mappers.js';

export const settings = z.object({
  authMode: z
    .enum(['authorizationCode', 'serviceAccount'])
    .default('authorizationCode')
    .describe(
      "authorizationCode: an admin grants access in Fortnox (connectionAuthorizeUrl, then authorizeConnection). serviceAccount: a Fortnox service account with client credentials; put the company's TenantId (DatabaseNumber) in the credentials as tenantId.",
    ),
  baseUrl: z
    .url()
    .default('https://api.fortnox.se')
    .describe('Fortnox API address without /3 and without a trailing slash. Change it only for a test environment or the fake server.'),
  authorizeUrl: z.url().default('https://apps.fortnox.se/oauth-v1/auth').describe('Where an admin grants this system access (OAuth2 authorization code flow).'),
  tokenUrl: z.url().default('https://apps.fortnox.se/oauth-v1/token').describe('Fortnox OAuth2 token endpoint (refresh tokens rotate: each is single use).'),
  projectNumbering: z
    .enum(['projects', 'projectsAndParts'])
    .default('projects')
    .describe(
      '"projects": Fortnox projects are our projects (10000). "projectsAndParts": work orders and ÄTA are Fortnox projects too (10000_1, 10000_Ä001), and invoice rows on them carry those numbers.',
    ),
  completionDelayDays: z
    .number()
    .int()
    .min(0)
    .max(3650)
    .default(0)
    .describe(
      'Days after a project reaches status 90 before it is set COMPLETED in Fortnox (so late supplier invoices can still be booked). A project without an end date is completed 12 months after reaching 90 at the earliest.',
    ),
  voucherSeries: voucherSeriesSetting([]),
  supplierDirection: z
    .enum(['import', 'export'])
    .default('import')
    .describe('Supplier sync (optional flow): "import" brings Fortnox suppliers here, "export" sends ours to Fortnox (matched by supplier number).'),
  bookkeepInvoices: z
    .boolean()
    .default(false)
    .describe(
      'Bookkeep customer invoices in Fortnox right after exporting them. Invoices to customers whose card says “always send as invoice” are bookkept whatever this says.',
    ),
  includeCostCentres: z.boolean().default(false).describe('Send the cost centre on exported invoice rows (customer and supplier invoices).'),
  bookkeepSupplierInvoices: z
    .boolean()
    .default(false)
    .describe('Bookkeep supplier invoices in Fortnox right after exporting them (optional supplier invoice export).'),
  updateSuppliersOnInvoiceExport: z
    .boolean()
    .default(true)
    .describe(
      'Supplier invoice export: before an invoice is sent, its supplier is brought up to date in Fortnox from the supplier register here (once per supplier per run, only when it changed since it was last sent). Off: a supplier already in Fortnox is left as it is; a missing one is still created. Updating the whole register every run is the optional supplier sync with direction "export".',
    ),
  supplierDebtAccount: z
    .number()
    .int()
    .min(1000)
    .max(9999)
    .default(2440)
    .describe('Account credited with the total on the TOT row of exported supplier invoices (BAS 2440 Leverantörsskulder).'),
  inputVatAccount: z
    .number()
    .int()
    .min(1000)
    .max(9999)
    .default(2640)
    .describe('Account debited with the VAT on the VAT row of exported supplier invoices (BAS 2640 Ingående moms).'),
  paidDateLookbackMonths: z
    .number()
    .int()
    .min(1)
    .max(60)
    .default(6)
    .describe('Paid dates are imported for invoices whose final pay date lies within this many months back.'),
  paidDateFrom: z.iso.date().optional().describe('First final pay date (YYYY-MM-DD) the paid-date import considers; when set it replaces the months above.'),
  pdfMaxBytes: z
    .number()
    .int()
    .min(1)
    .max(PDF_MAX_BYTES)
    .default(PDF_MAX_BYTES)
    .describe('Largest invoice PDF attached in Fortnox (Fortnox allows 5 MB); a larger one is replaced by a one-page stand-in saying where the invoice is.'),
});

export type FortnoxSettings = z.output<typeof settings>;
type Ctx = FlowContext<FortnoxSettings>;

const client = (ctx: Ctx) => new FortnoxClient(ctx.http, { signal: ctx.signal });

/** Runs one entity's extra steps, reporting a Fortnox 4xx with its reference; anything else stops the flow. */
async function guarded(ctx: Ctx, ref: { type: string; id?: string; reference: string }, fn: () => Promise<void>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (err) {
    if (!isEntityError(err)) throw err;
    ctx.reportError(ref, err.remoteMessage);
    ctx.count('failed');
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Project export

/**
 * Fortnox's projects (ours, work orders and ÄTA alike: each is a Fortnox project by its number) as
 * number → number, listed in pages of 500 when a first export would otherwise look each one up.
 */
async function listProjects(fx: FortnoxClient): Promise<[string, string][]> {
  return (await fx.listAll<{ ProjectNumber: string }>('/3/projects', 'Projects')).map((x) => [x.ProjectNumber, x.ProjectNumber]);
}

interface ProjectCheckpoint {
  since: string | null;
  /** Projects at status ≥ 90 waiting for their COMPLETED date: number → ISO time. */
  pending: Record<string, string>;
}

const projectExport = defineFlow<FortnoxSettings>({
  id: 'project-export',
  direction: 'export',
  entity: 'project',
  base: true,
  on: ['invoice.locked', 'project.statusChanged'],
  description:
    'Creates and updates projects with status 40–89 in Fortnox (name cut to 50, start/end date, project leader, ONGOING); at status 90 or more a project already sent is set COMPLETED after the configured delay (12 months without an end date).',
  async run(ctx) {
    const fx = client(ctx);
    const cp: ProjectCheckpoint = { since: null, pending: {}, ...((await ctx.checkpoint.get<ProjectCheckpoint>()) ?? {}) };
    const { items, next } = await ctx.domain.projects.changed(cp.since);
    const seen = new Set(items.map((p) => p.number));
    const due = Object.entries(cp.pending)
      .filter(([n, at]) => !seen.has(n) && new Date(at) <= ctx.now)
      .map(([n]) => n);
    const dueProjects = due.length ? await ctx.domain.projects.byNumbers(due) : [];
    for (const n of due) if (!dueProjects.some((p) => p.number === n)) delete cp.pending[n];
    const pending = { ...cp.pending };
    // A first export lists Fortnox's projects once instead of one lookup each.
    const listed = await listedLookup(ctx, items, {
      entityType: 'project',
      id: (p) => p.id,
      key: (p) => p.number,
      list: () => listProjects(fx),
      wanted: (p) => isExportableProjectStatus(p.statusCode) && !projectNumberMessage(p.number),
    });

    await forEachEntity(ctx, [...items, ...dueProjects], async (p: ProjectRecord) => {
      const ref = { type: 'project', id: p.id, reference: projectReference(p) };
      delete pending[p.number];
      if (!isExportableProjectStatus(p.statusCode)) {
        const sent = isClosedProjectStatus(p.statusCode) ? await ctx.ids.get('project', p.id) : null;
        if (!sent) {
          ctx.count('skipped');
          return;
        }
      }
      const problem = projectNumberMessage(p.number);
      if (problem) {
        ctx.reportError(ref, problem);
        ctx.count('failed');
        return;
      }
      const status = projectStatus(p, ctx.settings.completionDelayDays, ctx.now);
      if (isClosedProjectStatus(p.statusCode) && status !== 'COMPLETED') {
        // Re-checked on later runs even if the project does not change again.
        pending[p.number] = completionDate(p, ctx.settings.completionDelayDays, ctx.now)!.toISOString();
      }
      const payload = projectPayload(p, status);
      await exportEntity(ctx, {
        ref,
        payload,
        listed: listed?.(p),
        find: async () => ((await fx.getProject(p.number)) ? p.number : null),
        create: () => fx.createProject(payload),
        update: (id) => fx.updateProject(id, payload),
      });
    });
    await ctx.checkpoint.set({ since: next, pending } satisfies ProjectCheckpoint);
  },
});

// ---------------------------------------------------------------------------------------------
// Work order & ÄTA export

const projectPartExport = defineFlow<FortnoxSettings>({
  id: 'project-part-export',
  direction: 'export',
  entity: 'workOrder',
  base: false,
  on: ['invoice.locked'],
  description:
    'Creates and updates work orders and ÄTA with status below 90 as Fortnox projects of their own (10000_1, 10000_Ä001); one already sent is set COMPLETED when its own status reaches 90.',
  async run(ctx) {
    const fx = client(ctx);
    if (ctx.settings.projectNumbering !== 'projectsAndParts') {
      ctx.log.warn('work order & ÄTA export is on while project numbering is "projects": invoice rows keep the main project number');
    }
    await exportChanged(
      ctx,
      (since) => ctx.domain.projectParts.changed(since),
      async (part, listed) => {
        const ref = { type: part.kind, id: part.id, reference: projectPartReference(part) };
        if (isClosedProjectStatus(part.statusCode) && !(await ctx.ids.get(part.kind, part.id))) {
          ctx.count('skipped');
          return;
        }
        const problem = projectNumberMessage(part.fullNumber);
        if (problem) {
          ctx.reportError(ref, problem);
          ctx.count('failed');
          return;
        }
        const payload = projectPartPayload(part);
        await exportEntity(ctx, {
          ref,
          payload,
          listed,
          find: async () => ((await fx.getProject(part.fullNumber)) ? part.fullNumber : null),
          create: () => fx.createProject(payload),
          update: (id) => fx.updateProject(id, payload),
        });
      },
      // A first export lists Fortnox's projects once instead of one lookup each.
      {
        entityType: (part) => part.kind,
        id: (part) => part.id,
        key: (part) => part.fullNumber,
        list: () => listProjects(fx),
        wanted: (part) => !isClosedProjectStatus(part.statusCode) && !projectNumberMessage(part.fullNumber),
      },
    );
  },
});

// ---------------------------------------------------------------------------------------------
// Customer export

const customerExport = defineFlow<FortnoxSettings>({
  id: 'customer-export',
  direction: 'export',
  entity: 'customer',
  base: true,
  on: ['invoice.locked'],
  description:
    'Creates and updates customers in Fortnox, matched by customer number: name, addresses, postcode, city, phone, mobile, e-mail, terms of payment, VAT number, type; on creation also customer number, country code, VAT type and organisation/personal number.',
  async run(ctx) {
    const fx = client(ctx);
    await exportChanged(
      ctx,
      (since) => ctx.domain.customers.changed(since),
      (c, listed) => {
        const payload = customerUpdatePayload(c);
        return exportEntity(ctx, {
          ref: { type: 'customer', id: c.id, reference: customerReference(c) },
          payload,
          listed,
          find: async () => ((await fx.getCustomer(c.number)) ? c.number : null),
          create: () => fx.createCustomer(customerCreatePayload(c)),
          update: (id) => fx.updateCustomer(id, payload),
        });
      },
      // A first export lists Fortnox's customers once (pages of 500) instead of one lookup each.
      {
        entityType: 'customer',
        id: (c) => c.id,
        key: (c) => c.number,
        list: async () => (await fx.listAll<{ CustomerNumber: string }>('/3/customers', 'Customers')).map((x) => [x.CustomerNumber, x.CustomerNumber] as const),
      },
    );
  },
});

// ---------------------------------------------------------------------------------------------
// Registers

const costCentreImport = defineFlow<FortnoxSettings>({
  id: 'cost-centre-import',
  direction: 'import',
  entity: 'costCentre',
  base: true,
  description: 'Imports cost centres from Fortnox (the master), keyed by code: new ones are created here, renamed ones renamed.',
  async run(ctx) {
    const remote = await client(ctx).costCenters();
    recordUpsert(ctx, 'costCentre', await ctx.domain.costCentres.upsert(remote.map(costCentreUpsert)));
  },
});

const accountImport = defineFlow<FortnoxSettings>({
  id: 'account-import',
  direction: 'import',
  entity: 'account',
  base: true,
  description:
    'Imports the chart of accounts of the current financial year: accounts whose numbers are new here are created (classes 1–2 excluded); names of existing accounts are not updated.',
  async run(ctx) {
    const fx = client(ctx);
    const year = await fx.financialYear(swedishDate(ctx.now));
    const remote = await fx.accounts(year?.Id);
    recordUpsert(ctx, 'account', await ctx.domain.accounts.upsert(remote.map(accountUpsert), { rename: false }));
  },
});

// ---------------------------------------------------------------------------------------------
// Voucher import

interface VoucherCheckpoint {
  /** Financial year id the rest refers to. */
  yearId: number | null;
  /** Per series: "YYYY-MM-DD HH:MM" (Swedish time) this run started; vouchers modified since are read again. */
  lastModified: Record<string, string>;
  /** Vouchers (series/number) whose rows were not all imported (no project, or a project unknown here): read every run. */
  pending: string[];
  /** Per voucher (series/number): rows seen at the last read. */
  rows: Record<string, number>;
  /** Supplier-invoice vouchers (series/number) whose image is attached here: not fetched again. */
  files: string[];
}

const LASTMODIFIED_OVERLAP_MS = 10 * 60 * 1000;

/**
 * Finds the file Fortnox has for a supplier-invoice voucher (connected to the supplier invoice,
 * else to the voucher itself), downloads it and attaches it to the voucher imported here. True
 * when the voucher has its file here (attached now or before); false to try again when the
 * voucher is read next (no voucher here yet, or no file in Fortnox yet).
 */
class VoucherImages {
  private voucherConnections: FortnoxVoucherFileConnection[] | null = null;
  constructor(
    private readonly ctx: Ctx,
    private readonly fx: FortnoxClient,
    private readonly yearId: number,
  ) {}

  async attach(v: FortnoxVoucher, remoteId: string, givenNumber: string): Promise<boolean> {
    const series = v.VoucherSeries;
    const number = Number(v.VoucherNumber);
    let done = false;
    await guarded(this.ctx, { type: 'voucher', reference: `Voucher ${series}${number} (${remoteId})` }, async () => {
      let connection: { FileId: string; Name?: string } | undefined = (await this.fx.supplierInvoiceFileConnections(givenNumber))[0];
      if (!connection) {
        this.voucherConnections ??= await this.fx.voucherFileConnections();
        connection = this.voucherConnections.find(
          (c) =>
            c.VoucherSeries === series &&
            Number(c.VoucherNumber) === number &&
            (c.VoucherYear === undefined || c.VoucherYear === null || Number(c.VoucherYear) === this.yearId),
        );
      }
      if (!connection) return;
      const file = await this.fx.downloadFile(connection.FileId);
      if (!file) return;
      const result = await this.ctx.domain.vouchers.attachFile(remoteId, {
        fileName: voucherFileName(connection.Name, series, number, file.contentType),
        contentType: file.contentType,
        bytes: file.bytes,
      });
      if (result === 'attached') this.ctx.log.info(`Voucher ${series}${number}: the image of supplier invoice ${givenNumber} is attached`);
      done = result !== 'no_voucher';
    });
    return done;
  }
}

const voucherImport = defineFlow<FortnoxSettings>({
  id: 'voucher-import',
  direction: 'import',
  entity: 'voucher',
  base: true,
  description:
    'Imports vouchers of the configured series: only rows with a project; a voucher without one is read again on later runs (and imported once a project is added), rows appended later are imported, existing rows are never rewritten; TransactionInformation becomes the row note; a supplier-invoice voucher (ReferenceType SUPPLIERINVOICE) gets the image connected to its supplier invoice (or to the voucher) attached, once.',
  async run(ctx) {
    if (!importsVouchers(ctx.settings.voucherSeries)) return;
    const fx = client(ctx);
    const year = await fx.financialYear(swedishDate(ctx.now));
    if (!year) {
      ctx.log.warn(`Fortnox has no financial year for ${swedishDate(ctx.now)}; no vouchers imported`);
      return;
    }
    const stored = await ctx.checkpoint.get<VoucherCheckpoint>();
    const cp: VoucherCheckpoint =
      stored && stored.yearId === year.Id
        ? { yearId: year.Id, lastModified: stored.lastModified ?? {}, pending: stored.pending ?? [], rows: stored.rows ?? {}, files: stored.files ?? [] }
        : { yearId: year.Id, lastModified: {}, pending: [], rows: {}, files: [] };
    const started = fortnoxTimestamp(new Date(ctx.now.getTime() - LASTMODIFIED_OVERLAP_MS));
    const pending = new Set(cp.pending);
    const files = new Set(cp.files);
    const images = new VoucherImages(ctx, fx, year.Id);
    const seriesToRead = ctx.settings.voucherSeries === 'all' ? await fx.voucherSeriesCodes() : ctx.settings.voucherSeries;
    for (const series of seriesToRead) {
      const changed = await fx.voucherList(series, year.Id, cp.lastModified[series]);
      const toRead = new Set<number>(changed.map((v) => Number(v.VoucherNumber)));
      for (const key of cp.pending) {
        const [s, n] = key.split('/');
        if (s === series) toRead.add(Number(n));
      }
      await forEachEntity(
        ctx,
        [...toRead].sort((a, b) => a - b),
        async (number) => {
          const key = `${series}/${number}`;
          const v = await fx.voucher(series, number, year.Id);
          if (!v) {
            pending.delete(key);
            return;
          }
          const upsert = voucherUpsert(v, year.Id);
          cp.rows[key] = upsert.rows.length;
          const result = await ctx.domain.vouchers.import(upsert);
          recordUpsert(ctx, 'voucher', result);
          if (!result.created && !result.updated && !result.unchanged && result.issues.length === 0) ctx.count('skipped');
          const incomplete = upsert.rows.some((r) => r.projectNumber === null) || result.issues.length > 0;
          if (incomplete) pending.add(key);
          else pending.delete(key);
          // The image of a supplier-invoice voucher (only those), once, when the voucher is here.
          const givenNumber = supplierInvoiceOfVoucher(v);
          const here = result.created + result.updated + result.unchanged > 0;
          if (givenNumber && here && !files.has(key) && (await images.attach(v, upsert.remoteId, givenNumber))) files.add(key);
        },
      );
      cp.lastModified[series] = started;
    }
    cp.pending = [...pending].sort();
    cp.files = [...files].sort();
    await ctx.checkpoint.set(cp);
  },
});

// ---------------------------------------------------------------------------------------------
// Suppliers

const supplierSync = defineFlow<FortnoxSettings>({
  id: 'supplier-sync',
  direction: 'import',
  entity: 'supplier',
  base: false,
  description: 'Suppliers in the direction the settings choose: import from Fortnox, or export to Fortnox (matched by supplier number).',
  async run(ctx) {
    const fx = client(ctx);
    if (ctx.settings.supplierDirection === 'import') {
      const remote = (await fx.suppliers()).filter((s) => s.SupplierNumber && s.Name);
      recordUpsert(ctx, 'supplier', await ctx.domain.suppliers.upsert(remote.map(supplierUpsert)));
      return;
    }
    await exportChanged(
      ctx,
      (since) => ctx.domain.suppliers.changed(since),
      (s) => {
        const payload = supplierPayload(s);
        return exportEntity(ctx, {
          ref: { type: 'supplier', id: s.id, reference: supplierReference(s) },
          payload,
          find: async () => ((await fx.getSupplier(s.number)) ? s.number : null),
          create: () => fx.createSupplier(payload),
          update: (id) => fx.updateSupplier(id, payload),
        });
      },
    );
  },
});

// ---------------------------------------------------------------------------------------------
// Supplier invoice export

/** Finds a Fortnox supplier invoice by supplier number and invoice number: one paged read per run, only when needed. */
class SupplierInvoiceIndex {
  private items: FortnoxSupplierInvoiceListItem[] | null = null;
  constructor(private readonly fx: FortnoxClient) {}

  async find(supplierNumber: string, invoiceNumber: string): Promise<string | null> {
    this.items ??= await this.fx.supplierInvoices();
    const hit = this.items.find((i) => String(i.SupplierNumber) === supplierNumber && String(i.InvoiceNumber ?? '') === invoiceNumber && !i.Cancel);
    return hit ? String(hit.GivenNumber) : null;
  }
}

/** The document, bookkeeping, then our external number: each step checks Fortnox first, so a re-run after a failure repeats nothing. */
async function finishSupplierInvoice(
  ctx: Ctx,
  fx: FortnoxClient,
  inv: SupplierInvoiceRecord,
  givenNumber: string,
  ref: { type: string; id: string; reference: string },
) {
  return guarded(ctx, ref, async () => {
    if (inv.file && (await fx.supplierInvoiceFileConnections(givenNumber)).length === 0) {
      const doc = await ctx.domain.supplierInvoices.file(inv.id);
      if (doc) {
        const file = await fx.uploadToInbox('inbox_s', doc.fileName, doc.contentType, doc.bytes);
        if (file) await fx.connectSupplierInvoiceFile(givenNumber, file.Id);
      }
    }
    let booked = false;
    if (ctx.settings.bookkeepSupplierInvoices || !inv.bookkept) {
      const remote = await fx.getSupplierInvoice(givenNumber);
      booked = !!remote?.Booked;
      if (remote && !booked && ctx.settings.bookkeepSupplierInvoices) {
        await fx.bookkeepSupplierInvoice(givenNumber);
        booked = true;
      }
    }
    if (booked && !inv.bookkept) await ctx.domain.supplierInvoices.setBookkept(inv.id);
    await ctx.domain.supplierInvoices.setExternalNumber(inv.id, givenNumber);
  });
}

/**
 * The supplier of a supplier invoice in Fortnox, by supplier number; false after a reported
 * failure (reference "Supplier <number>"), which holds that supplier's invoices this run.
 * With updateSuppliersOnInvoiceExport on, the supplier register's record goes out with the
 * supplier sync's payload and id map: created when missing, updated when what would be sent
 * differs from what was last sent (an unchanged supplier costs no request). Off, or when the
 * register's record is not at hand (an admin's retry of single invoices reads only those): created
 * from the invoice's supplier when missing, an existing one left as it is.
 */
async function sendSupplier(
  ctx: Ctx,
  fx: FortnoxClient,
  inv: SupplierInvoiceRecord,
  registerSupplier: (id: string) => Promise<SupplierRecord | undefined>,
): Promise<boolean> {
  const ref = { type: 'supplier', id: inv.supplier.id, reference: supplierReference(inv.supplier) };
  const number = inv.supplier.number;
  const full = ctx.settings.updateSuppliersOnInvoiceExport ? await registerSupplier(inv.supplier.id) : undefined;
  if (full) {
    const payload = supplierPayload(full);
    const outcome = await exportEntity(ctx, {
      ref,
      payload,
      find: async () => ((await fx.getSupplier(number)) ? number : null),
      create: () => fx.createSupplier(payload),
      update: (id) => fx.updateSupplier(id, payload),
    });
    return outcome !== 'failed';
  }
  return guarded(ctx, ref, async () => {
    if (!(await fx.getSupplier(number))) await fx.createSupplier(supplierInvoiceSupplierPayload(inv.supplier));
  });
}

const supplierInvoiceExport = defineFlow<FortnoxSettings>({
  id: 'supplier-invoice-export',
  direction: 'export',
  entity: 'supplierInvoice',
  base: false,
  on: ['supplierInvoice.approved'],
  description:
    "Exports approved supplier invoices (disputed ones are held even when double-approved): the supplier first, created when missing in Fortnox and, with updateSuppliersOnInvoiceExport, updated from the register when it changed; cost rows (account, project, cost centre when enabled), VAT and TOT rows; the document is connected; optionally bookkept. Fortnox's GivenNumber becomes the external number.",
  async run(ctx) {
    const fx = client(ctx);
    const index = new SupplierInvoiceIndex(fx);
    const suppliers = new Map<string, Promise<boolean>>();
    let register: Promise<Map<string, SupplierRecord>> | undefined;
    // Our supplier register, read once per run and only when a supplier is to be updated.
    const registerSupplier = async (id: string) => {
      register ??= ctx.domain.suppliers.changed(null).then((r) => new Map(r.items.map((x) => [x.id, x])));
      return (await register).get(id);
    };
    const since = await ctx.checkpoint.get<string>();
    const { items, next } = await ctx.domain.supplierInvoices.approved(since);
    await forEachEntity(ctx, items, async (inv) => {
      const ref = { type: 'supplierInvoice', id: inv.id, reference: supplierInvoiceReference(inv) };
      const payload = supplierInvoicePayload(inv, {
        projectNumbering: ctx.settings.projectNumbering,
        includeCostCentres: ctx.settings.includeCostCentres,
        supplierDebtAccount: ctx.settings.supplierDebtAccount,
        inputVatAccount: ctx.settings.inputVatAccount,
      });
      if (inv.rows.length === 0 || !supplierInvoiceBalances(payload.SupplierInvoiceRows)) {
        ctx.reportError(ref, inv.rows.length === 0 ? 'The supplier invoice has no rows.' : 'The rows do not add up to the total.');
        ctx.count('failed');
        return;
      }
      // The supplier first, once per run: created when missing, brought up to date when the setting says so.
      const number = inv.supplier.number;
      let sent = suppliers.get(number);
      if (!sent) {
        sent = sendSupplier(ctx, fx, inv, registerSupplier);
        suppliers.set(number, sent);
      }
      if (!(await sent)) {
        ctx.reportError(ref, `its supplier ${number} could not be sent to Fortnox (see ${supplierReference(inv.supplier)}); the invoice is sent once it is.`);
        ctx.count('failed');
        return;
      }
      const outcome = await exportEntity(ctx, {
        ref,
        payload,
        // Once in Fortnox a supplier invoice is never changed from here.
        updateExisting: false,
        find: () => index.find(number, payload.InvoiceNumber),
        create: () => fx.createSupplierInvoice(payload),
        update: async () => undefined,
      });
      if (outcome === 'failed' || ctx.dryRun) return;
      const mapping = await ctx.ids.get('supplierInvoice', inv.id);
      if (mapping) await finishSupplierInvoice(ctx, fx, inv, mapping.remoteId, ref);
    });
    await ctx.checkpoint.set(next);
  },
});

// ---------------------------------------------------------------------------------------------
// Customer invoice export

/** Tax reductions, PDF, bookkeeping, then our external number: each step checks Fortnox first, so a re-run after a failure repeats nothing. */
async function finishInvoice(ctx: Ctx, fx: FortnoxClient, inv: InvoiceRecord, documentNumber: string, ref: { type: string; id: string; reference: string }) {
  return guarded(ctx, ref, async () => {
    const reductions = taxReductionPayloads(inv, documentNumber);
    if (reductions.length) {
      const existing = (await fx.taxReductions()).filter((t) => String(t.ReferenceNumber) === documentNumber && t.ReferenceDocumentType === 'INVOICE');
      for (const t of reductions) if (!existing.some((e) => e.SocialSecurityNumber === t.SocialSecurityNumber)) await fx.createTaxReduction(t);
    }
    if ((await fx.attachmentCount(documentNumber)) === 0) {
      const pdf = await ctx.domain.invoices.pdf(inv.id, { maxBytes: ctx.settings.pdfMaxBytes });
      if (pdf.placeholder) ctx.log.info(`${ref.reference}: the PDF is larger than ${ctx.settings.pdfMaxBytes} bytes; a stand-in is attached in Fortnox`);
      const fileId = await fx.uploadInvoicePdf(`Faktura ${inv.number}.pdf`, pdf.bytes);
      if (fileId) await fx.attachToInvoice(documentNumber, fileId);
    }
    if (ctx.settings.bookkeepInvoices || inv.alwaysFinal) {
      const remote = await fx.getInvoice(documentNumber);
      if (remote && !remote.Booked) await fx.bookkeepInvoice(documentNumber);
    }
    await ctx.domain.invoices.setExternalNumber(inv.id, documentNumber);
  });
}

const invoiceExport = defineFlow<FortnoxSettings>({
  id: 'invoice-export',
  direction: 'export',
  entity: 'invoice',
  base: true,
  on: ['invoice.locked'],
  description:
    "Exports locked customer invoices with rows from the basis for the accounting system (account, project, cost centre when enabled), reverse charge, ROT/RUT/green HouseWork rows and tax reductions per buyer, credit references, the PDF (a stand-in above 5 MB); bookkeeps them when the connection says so or the customer's card says “always send as invoice”. Fortnox's document number becomes the external invoice number.",
  async run(ctx) {
    const fx = client(ctx);
    const since = await ctx.checkpoint.get<string>();
    const { items, next } = await ctx.domain.invoices.locked(since);
    await forEachEntity(ctx, items, async (inv) => {
      const ref = { type: 'invoice', id: inv.id, reference: invoiceReference(inv) };
      let credited: string | null = null;
      if (inv.isCredit && inv.creditOf) {
        credited = inv.creditOf.externalNumber ?? (await ctx.ids.get('invoice', inv.creditOf.id))?.remoteId ?? null;
        if (!credited || credited.startsWith('planned:')) {
          if (!ctx.dryRun) {
            ctx.reportError(ref, `The credited invoice ${inv.creditOf.number} is not in Fortnox yet; the credit invoice is sent once it is.`);
            ctx.count('failed');
            return;
          }
        }
      }
      let payload;
      try {
        payload = invoicePayload(inv, {
          projectNumbering: ctx.settings.projectNumbering,
          includeCostCentres: ctx.settings.includeCostCentres,
          creditedDocumentNumber: credited,
        });
      } catch (err) {
        ctx.reportError(ref, (err as Error).message);
        ctx.count('failed');
        return;
      }
      const outcome = await exportEntity(ctx, {
        ref,
        payload,
        // Once in Fortnox an invoice is never changed from here (credit it instead).
        updateExisting: false,
        find: async () => (await fx.findInvoiceByReference(String(inv.number)))?.DocumentNumber ?? null,
        create: () => fx.createInvoice(payload),
        update: async () => undefined,
      });
      if (outcome === 'failed' || ctx.dryRun) return;
      const mapping = await ctx.ids.get('invoice', inv.id);
      if (mapping) await finishInvoice(ctx, fx, inv, mapping.remoteId, ref);
    });
    await ctx.checkpoint.set(next);
  },
});

// ---------------------------------------------------------------------------------------------
// Paid-date import

const paidDateImport = defineFlow<FortnoxSettings>({
  id: 'paid-date-import',
  direction: 'import',
  entity: 'paidDate',
  base: true,
  description:
    'Imports the paid date of exported invoices (credit invoices too) that are fully paid in Fortnox (balance 0) with a final pay date within the lookback (6 months by default).',
  async run(ctx) {
    const awaiting = (await ctx.domain.invoices.awaitingPayment()).filter((i) => i.externalNumber);
    if (awaiting.length === 0) return;
    const from = ctx.settings.paidDateFrom ?? monthsBefore(ctx.now, ctx.settings.paidDateLookbackMonths);
    const paid = new Map((await client(ctx).fullyPaidInvoices(from)).map((i) => [String(i.DocumentNumber), i]));
    await forEachEntity(ctx, awaiting, async (inv) => {
      const item = paid.get(inv.externalNumber!);
      const date = item ? paidDateOf(item, from) : null;
      if (!date) {
        ctx.count('skipped');
        return;
      }
      await ctx.domain.invoices.setPaidDate(inv.id, date);
      ctx.count('updated');
    });
  },
});

export default defineConnector({
  id: 'fortnox',
  name: 'Fortnox',
  version: '1.0.0',
  description:
    'Fortnox (REST API v3, OAuth2): exports projects, work orders/ÄTA, customers, suppliers, customer invoices with their PDF and approved supplier invoices with their document; imports cost centres, accounts, vouchers (with the image of supplier-invoice vouchers), suppliers and paid dates.',
  settings,
  credentials: {
    kind: 'oauth2_authorization_code',
    description: 'Client id and secret of the Fortnox app, and the tokens of the authorization (refresh tokens are single use and rotate on every refresh).',
  },
  // The API and the OAuth2 endpoints (authorize, token); nothing else ever gets the tokens.
  allowedHosts: ['api.fortnox.se', 'apps.fortnox.se'],
  // The published API (connectors/fortnox/contract.json): dry runs check their planned writes against it.
  contract: JSON.parse(readFileSync(new URL('./contract.json', import.meta.url), 'utf8')) as ApiContract,
  // What Fortnox would refuse, checked when an invoice is locked.
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
      scope: 'companyinformation project customer costcenter bookkeeping invoice payment supplier supplierinvoice archive inbox connectfile settings',
      authorizeParams: { access_type: 'offline' },
      ...(s.authMode === 'serviceAccount' ? { grant: 'client_credentials' as const, tokenHeaders: (c: Credentials) => ({ TenantId: c.tenantId ?? '' }) } : {}),
    },
    // 25 requests per 5 s sliding window per token; a little slack for the clock between us and Fortnox.
    rateLimit: { requests: 25, perMs: 5100 },
    errorMessage: (body) => fortnoxErrorMessage(body),
    // Fortnox answers 429 without Retry-After; its window is 5 s, so wait that out rather than
    // a short backoff that can give up before the window has cleared.
    retryAfterMs: (status) => (status === 429 ? 5_000 : undefined),
  }),
  async check(ctx) {
    try {
      return { ok: true, message: `Connected to Fortnox: ${await new FortnoxClient(ctx.http).companyName()}` };
    } catch (err) {
      if (err instanceof HttpError && err.status >= 400 && err.status < 500) {
        return {
          ok: false,
          message: err.status === 401 || err.fromTokenEndpoint ? `Fortnox refused the credentials: ${err.remoteMessage}` : err.remoteMessage,
        };
      }
      throw err;
    }
  },
  flows: [
    projectExport,
    projectPartExport,
    customerExport,
    costCentreImport,
    accountImport,
    voucherImport,
    supplierSync,
    supplierInvoiceExport,
    invoiceExport,
    paidDateImport,
  ],
});
