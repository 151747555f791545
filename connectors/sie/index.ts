// The SIE connector: no remote system, a file. Each run writes the locked customer invoices not
// yet exported as vouchers into one SIE 4I file (PC8, #KSUMMA), kept with the run and downloaded
// by an admin (GraphQL `connectionFiles`, GET /run-files/<id>) to import into any Swedish
// accounting program. The id map records, per invoice, the file and voucher it went into, in the
// same transaction as the file, so nothing is written twice; an invoice the mapping refuses is
// reported with its reference, left out of the file and tried again next run. An admin can have
// chosen invoices written again into a new file (reexportInvoices). The optional flow
// supplier-invoice-export does the same for approved supplier invoices, into a file of its own,
// and records each one's voucher as its external number and the invoice as booked. Reaches this
// system only through the SDK.
import { z } from 'zod';
import {
  defineConnector,
  defineFlow,
  type EntityType,
  type FlowContext,
  type InvoiceRecord,
  type SupplierInvoiceRecord,
} from '@nordic-invoicing/connector-sdk';
import { writeSieToBuffer } from '@nordic-invoicing/connector-sdk/sie';
import {
  DEFAULT_SETTINGS,
  DEFAULT_SUPPLIER_SETTINGS,
  fiscalYearsOf,
  invoiceReference,
  invoiceVoucher,
  PROJECT_DIMENSION,
  type SieExportSettings,
  SieExportError,
  type SieInvoiceVoucher,
  sieExportSettings,
  sieHeader,
  type SieSupplierExportSettings,
  sieSupplierExportSettings,
  supplierInvoiceReference,
  supplierInvoiceVoucher,
  usedInVouchers,
} from './mappers.js';

const ACCOUNT = /^\d{4,6}$/;
const account = (fallback: string, what: string) => z.string().regex(ACCOUNT, 'an account number of 4–6 digits').default(fallback).describe(what);

export const settings = z.object({
  series: z
    .string()
    .regex(/^[A-Za-z0-9]{1,10}$/, '1–10 letters or digits')
    .default(DEFAULT_SETTINGS.series)
    .describe('Voucher series of the invoices’ vouchers (the importing program numbers them).'),
  receivablesAccount: account(
    DEFAULT_SETTINGS.receivablesAccount,
    'Accounts receivable of an invoice that carries none of its own (the revenue accounting set-up gives one): BAS 1510 Kundfordringar.',
  ),
  taxReductionAccount: account(
    DEFAULT_SETTINGS.taxReductionAccount,
    'The tax reduction (ROT, RUT, green technology) claimed from Skatteverket: BAS 1513 Kundfordringar – delad faktura.',
  ),
  vatAccounts: z
    .record(z.string(), z.string().regex(ACCOUNT, 'an account number of 4–6 digits'))
    .default({ ...DEFAULT_SETTINGS.vatAccounts })
    .describe('Output VAT account per VAT rate (percent → account): BAS 2611, 2621 and 2631 for 25, 12 and 6 %.'),
  roundingAccount: account(DEFAULT_SETTINGS.roundingAccount, 'Öresavrundning: BAS 3740 Öres- och kronutjämning.'),
  projectLevel: z
    .enum(['project', 'workOrder'])
    .default(DEFAULT_SETTINGS.projectLevel)
    .describe(
      'project: revenue rows on the main project (dimension 6, "10000"). workOrder: on the work order or ÄTA when the row has one ("10000_1", "10000_Ä001").',
    ),
  fiscalYearStartMonth: z
    .number()
    .int()
    .min(1)
    .max(12)
    .default(1)
    .describe('The month the company’s fiscal year starts (1 = the calendar year), for the file’s #RAR records.'),
  supplierInvoiceSeries: z
    .string()
    .regex(/^[A-Za-z0-9]{1,10}$/, '1–10 letters or digits')
    .default(DEFAULT_SUPPLIER_SETTINGS.series)
    .describe('supplier-invoice-export: voucher series of the supplier invoices’ vouchers (the importing program numbers them).'),
  supplierDebtAccount: account(
    DEFAULT_SUPPLIER_SETTINGS.supplierDebtAccount,
    'supplier-invoice-export: the supplier debt, credited with each invoice’s total: BAS 2440 Leverantörsskulder.',
  ),
  inputVatAccount: account(
    DEFAULT_SUPPLIER_SETTINGS.inputVatAccount,
    'supplier-invoice-export: the input VAT of the supplier invoices: BAS 2641 Debiterad ingående moms.',
  ),
});

export type SieSettings = z.output<typeof settings>;
type Ctx = FlowContext<SieSettings>;

export const SIE_CONTENT_TYPE = 'text/plain; charset=IBM437';
const PROGRAM = { name: 'Nordic Project Invoicing', version: '1.0.0' };

/** The mapper's settings of a connection's (parsed) settings; refuses, naming the setting, what SIE cannot carry. */
export function exportSettings(s: SieSettings): SieExportSettings {
  return sieExportSettings({
    series: s.series,
    receivablesAccount: s.receivablesAccount,
    taxReductionAccount: s.taxReductionAccount,
    vatAccounts: s.vatAccounts,
    roundingAccount: s.roundingAccount,
    projectLevel: s.projectLevel,
  });
}

/** The supplier-invoice mapper's settings of a connection's (parsed) settings (rounding and project level shared with the invoices). */
export function supplierExportSettings(s: SieSettings): SieSupplierExportSettings {
  return sieSupplierExportSettings({
    series: s.supplierInvoiceSeries,
    supplierDebtAccount: s.supplierDebtAccount,
    inputVatAccount: s.inputVatAccount,
    roundingAccount: s.roundingAccount,
    projectLevel: s.projectLevel,
  });
}

/** The file of a run: "fakturor-2026-12-06-3.si" (SIE 4I files end in .si), numbered per connection. */
export function sieFileName(date: Date, sequence: number): string {
  return `fakturor-${date.toISOString().slice(0, 10)}-${sequence}.si`;
}

/** The supplier-invoice file of a run: "leverantorsfakturor-2026-12-06-2.si", numbered apart from the invoices' files. */
export function supplierSieFileName(date: Date, sequence: number): string {
  return `leverantorsfakturor-${date.toISOString().slice(0, 10)}-${sequence}.si`;
}

/** The id map's remote id of an invoice: the file and the voucher's place in it ("fakturor-2026-12-06-3.si#2"). */
export const voucherRemoteId = (fileName: string, index: number) => `${fileName}#${index + 1}`;
const fileOf = (remoteId: string) => remoteId.replace(/#\d+$/, '');

/** What a flow writing one kind of record into SIE files says about that kind. */
interface VoucherExport<R extends { id: string; externalNumber: string | null }> {
  entityType: EntityType;
  /** The records to write: everything new, or (`chosen`) the ones the run names. */
  items: readonly R[];
  /** The run names its records (a retry or re-export): they are written even if in a file already. */
  chosen: boolean;
  reference(record: R): string;
  /** The voucher, or a SieExportError that refuses the record. */
  voucher(record: R): SieInvoiceVoucher;
  fileName(sequence: number): string;
  /** Marks a record as written into the file at `remoteId` (after the file; idempotent). */
  finish(record: R, remoteId: string): Promise<void>;
  /** What to do with a record changed since it was written (appended to the refusal). */
  changedAdvice: string;
}

/**
 * The heart of both export flows: each record's voucher (refusals reported, the record left out and
 * tried again next run), the id map consulted (unchanged: only marked, for a run that stopped
 * between the file and the marks; changed since written: reported, the file keeps its voucher),
 * one file of the rest stored with their id-map entries, then each record marked.
 */
async function exportVouchers<R extends { id: string; externalNumber: string | null }>(ctx: Ctx, x: VoucherExport<R>): Promise<void> {
  const known = await ctx.ids.getMany(
    x.entityType,
    x.items.map((i) => i.id),
  );
  const written: { record: R; voucher: SieInvoiceVoucher; hash: string; again: boolean }[] = [];
  for (const record of x.items) {
    if (ctx.signal.aborted) throw ctx.signal.reason ?? new Error('aborted');
    const ref = { type: x.entityType, id: record.id, reference: x.reference(record) };
    let voucher: SieInvoiceVoucher;
    try {
      voucher = x.voucher(record);
    } catch (err) {
      if (!(err instanceof SieExportError)) throw err;
      ctx.reportError(ref, err.message);
      ctx.count('failed');
      continue;
    }
    const hash = ctx.hash(voucher);
    const mapping = known.get(record.id);
    // A chosen record another system has the number of (exported elsewhere since it was chosen)
    // is not written: only a voucher of this connection is replaced by a new one.
    if (x.chosen && record.externalNumber && record.externalNumber !== mapping?.remoteId) {
      ctx.log.info(`${ref.reference} is in an accounting system already (number ${record.externalNumber}); not written again.`);
      ctx.count('skipped');
      continue;
    }
    if (mapping && !x.chosen) {
      if (mapping.hash === hash) {
        await x.finish(record, mapping.remoteId);
        ctx.count('unchanged');
      } else {
        ctx.reportError(ref, `changed since it was written to ${fileOf(mapping.remoteId)}; that file keeps its old voucher. ${x.changedAdvice}`);
        ctx.count('failed');
      }
      continue;
    }
    written.push({ record, voucher, hash, again: mapping !== undefined });
  }
  if (!written.length) return;
  const name = x.fileName((await ctx.files.count()) + 1);
  await writeFile(
    ctx,
    name,
    written.map((w) => ({ entityType: x.entityType, localId: w.record.id, voucher: w.voucher, hash: w.hash })),
  );
  // After the file: a run that stops in between is healed by the next one (the id map says the record is in a file).
  for (const [i, w] of written.entries()) await x.finish(w.record, voucherRemoteId(name, i));
  for (const w of written) ctx.count(w.again ? 'updated' : 'created');
  ctx.log.info(`${name}: ${written.length} voucher(s)`);
}

const invoiceExport = defineFlow<SieSettings>({
  id: 'invoice-export',
  direction: 'export',
  entity: 'invoice',
  base: true,
  on: ['invoice.locked'],
  reexport: true,
  description:
    'Writes the locked customer invoices (credit invoices too) not yet exported into one SIE 4I file per run, one voucher per invoice on its bookkeeping date: accounts receivable, revenue per account with cost centre (dimension 1) and project or work order/ÄTA (dimension 6) as objects, output VAT per rate, öresavrundning, the tax-reduction claim. Nothing new: no file. An invoice the mapping refuses is reported and tried again next run; chosen invoices can be written again into a new file (reexportInvoices).',
  async run(ctx) {
    const s = exportSettings(ctx.settings);
    // A retry or re-export names its invoices: they are written whether or not exported before
    // (their external number is then this connection's voucher).
    const chosen = ctx.only !== null;
    const { items, next } = chosen
      ? { items: await ctx.domain.invoices.lockedByIds((ctx.only ?? []).flatMap((r) => (r.type === 'invoice' && r.id ? [r.id] : []))), next: null }
      : await ctx.domain.invoices.locked(await ctx.checkpoint.get<string>());
    await exportVouchers<InvoiceRecord>(ctx, {
      entityType: 'invoice',
      items,
      chosen,
      reference: invoiceReference,
      voucher: (inv) => invoiceVoucher(inv, s),
      fileName: (n) => sieFileName(ctx.now, n),
      // The voucher's place as the invoice's external number: an exported invoice cannot be
      // unlocked (credit it instead), and no other connection of the company exports it again.
      finish: (inv, remoteId) => ctx.domain.invoices.setExternalNumber(inv.id, remoteId),
      changedAdvice: 'Export it again (reexportInvoices) to write the new one into a new file.',
    });
    if (!chosen) await ctx.checkpoint.set(next);
  },
});

/** A file entry: the entity a voucher is of and the hash of the voucher. */
interface FileEntry {
  entityType: EntityType;
  localId: string;
  voucher: SieInvoiceVoucher;
  hash: string;
}

/** One SIE 4I file of these vouchers named `name`, stored with the run together with their id-map entries (`<name>#<place>`). */
async function writeFile(ctx: Ctx, name: string, entries: readonly FileEntry[]): Promise<void> {
  const vouchers = entries.map((e) => e.voucher);
  const company = await ctx.domain.company.info();
  if (!company.organisationNumber) throw new Error('The company has no organisation number: a SIE file names the company by it (#ORGNR).');
  const used = usedInVouchers(vouchers);
  const chart = new Map((await ctx.domain.accounts.list()).map((a) => [String(a.number), a.name]));
  const projectNumbers = [...new Set(used.objects.filter((o) => o.dimension === PROJECT_DIMENSION).map((o) => o.id))];
  const projects = new Map((projectNumbers.length ? await ctx.domain.projects.byNumbers(projectNumbers) : []).map((p) => [p.number, p.name]));
  let header: ReturnType<typeof sieHeader>;
  try {
    header = sieHeader(
      {
        name: company.name,
        orgNr: company.organisationNumber,
        program: PROGRAM,
        generated: { date: ctx.now.toISOString().slice(0, 10) },
        fiscalYears: fiscalYearsOf(
          vouchers.map((v) => v.date),
          ctx.settings.fiscalYearStartMonth,
        ),
      },
      used.accounts.map((a) => ({ number: a.number, name: chart.get(a.number) })),
      used.objects.map((o) => ({ ...o, name: o.dimension === PROJECT_DIMENSION ? projects.get(o.id) : undefined })),
    );
  } catch (err) {
    if (err instanceof SieExportError) throw new Error(`The file's header cannot be written: ${err.message}`);
    throw err;
  }
  const bytes = await writeSieToBuffer({ ...header, vouchers });
  await ctx.files.save({
    name,
    contentType: SIE_CONTENT_TYPE,
    bytes,
    ids: entries.map((e, i) => ({ entityType: e.entityType, localId: e.localId, remoteId: voucherRemoteId(name, i), hash: e.hash })),
  });
}

/** What marks a supplier invoice exported: booked (a SIE voucher is a booked entry), then its voucher's place as external number, last. */
async function finishSupplierInvoice(ctx: Ctx, inv: SupplierInvoiceRecord, remoteId: string): Promise<void> {
  if (!inv.bookkept) await ctx.domain.supplierInvoices.setBookkept(inv.id);
  await ctx.domain.supplierInvoices.setExternalNumber(inv.id, remoteId);
}

const supplierInvoiceExport = defineFlow<SieSettings>({
  id: 'supplier-invoice-export',
  direction: 'export',
  entity: 'supplierInvoice',
  base: false,
  on: ['supplierInvoice.approved'],
  reexport: true,
  description:
    'Writes the approved (double-approved), undisputed supplier invoices not yet exported into one SIE 4I file per run of its own (leverantorsfakturor-….si), one voucher per invoice on its invoice date: the total credited on the supplier debt (supplierDebtAccount, BAS 2440), each cost row debited on its account with cost centre (dimension 1) and project or work order/ÄTA (dimension 6), the input VAT (inputVatAccount, BAS 2641), öresavrundning; credit notes reversed. Each written invoice is marked booked and gets its voucher’s place as external number, so it is not exported again. Nothing new: no file. An invoice that does not balance is reported and tried again next run; chosen supplier invoices can be written again into a new file (reexportSupplierInvoices).',
  async run(ctx) {
    const s = supplierExportSettings(ctx.settings);
    // A retry or re-export names its invoices: they are written whether or not exported before
    // (their external number is then this connection's voucher).
    const chosen = ctx.only !== null;
    const { items, next } = chosen
      ? {
          items: await ctx.domain.supplierInvoices.approvedByIds((ctx.only ?? []).flatMap((r) => (r.type === 'supplierInvoice' && r.id ? [r.id] : []))),
          next: null,
        }
      : await ctx.domain.supplierInvoices.approved(await ctx.checkpoint.get<string>());
    await exportVouchers<SupplierInvoiceRecord>(ctx, {
      entityType: 'supplierInvoice',
      items,
      chosen,
      reference: supplierInvoiceReference,
      voucher: (inv) => supplierInvoiceVoucher(inv, s),
      fileName: (n) => supplierSieFileName(ctx.now, n),
      finish: (inv, remoteId) => finishSupplierInvoice(ctx, inv, remoteId),
      changedAdvice: 'Export it again (reexportSupplierInvoices) to write the new one into a new file.',
    });
    if (!chosen) await ctx.checkpoint.set(next);
  },
});

export default defineConnector({
  id: 'sie',
  name: 'SIE file',
  version: '1.0.0',
  description:
    'SIE 4I files for any Swedish accounting program: each run writes the locked customer invoices not yet exported as vouchers into one file, kept with the run and downloadable; with the optional flow supplier-invoice-export on, the approved supplier invoices not yet exported too, into a file of their own.',
  settings,
  credentials: { kind: 'none', description: 'None: the connector calls nothing; its runs keep the files it writes.' },
  // Never called: a file-based connector has no remote system.
  http: () => ({ baseUrl: 'https://sie.invalid', auth: { kind: 'none' } }),
  async check(ctx) {
    try {
      const s = exportSettings(ctx.settings);
      supplierExportSettings(ctx.settings);
      return { ok: true, message: `Ready: SIE 4I files with vouchers in series ${s.series}, receivables on ${s.receivablesAccount}.` };
    } catch (err) {
      if (err instanceof SieExportError) return { ok: false, message: err.message };
      throw err;
    }
  },
  flows: [invoiceExport, supplierInvoiceExport],
});
