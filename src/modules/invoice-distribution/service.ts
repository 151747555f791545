// Sending locked invoices and recording every sending (InvoiceDelivery).
//
// sendInvoice records the sending in one transaction: by e-mail or Peppol it is PENDING and its
// job is enqueued in the same transaction (a sending asked for in a transaction rolled back sends
// nothing; a committed one is not lost while the mail server or the access point is down: the job
// is retried with backoff, every attempt counted, the last error kept, FAILED after the last).
// On paper it is recorded as sent at once: the user prints the PDF and posts it.
// deliverInvoice is what the job runs: the PDF to the customer's invoice address, or the Peppol
// document (checked against the BIS rules first) to the access point.
import type { Prisma } from '../../generated/prisma/client.js';
import { jobQueueStatements, lockForUpdate, scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import type { PeppolAccessPoint, PeppolDocument } from '@nordic-invoicing/connector-sdk';
import { buildInvoiceDocument, renderInvoicePdf } from '../invoices/index.js';
import { customerLanguage, type DeliveryMethod, deliveryMethod, type MailLanguage, renderInvoiceMail } from './rules.js';
import { checkUbl } from './ubl-rules.js';
import { CUSTOMIZATION_ID, PROFILE_ID, SE_ORGNR_SCHEME, type UblSource, ublXml } from './ubl.js';

/** Runs a statement in the caller's transaction (the job queue's tables only) and returns its rows. */
type SqlExecutor = (text: string, values: unknown[]) => Promise<unknown[]>;

/** What enqueues a sending inside the caller's transaction: the job engine's queue. */
export interface InvoiceDeliveryQueue {
  /** False when this process has no job engine (the sending then waits, PENDING). */
  enqueueInvoiceDelivery(sql: SqlExecutor, req: { companyId: string; deliveryId: string }): Promise<boolean>;
}

export interface SendOptions {
  queue?: InvoiceDeliveryQueue | null;
  /** The configured Peppol access point, if any (a PEPPOL sending is refused without one). */
  accessPoint?: PeppolAccessPoint | null;
  now?: Date;
}

const digits = (s: string | null | undefined) => (s ?? '').replace(/\D/g, '');

/** The Peppol participant of a Swedish organisation number (scheme 0007), or null. */
function orgnrParticipant(organisationNumber: string | null | undefined) {
  const id = digits(organisationNumber);
  return id.length === 10 ? { scheme: SE_ORGNR_SCHEME, id } : null;
}

/** A customer's postal address as one text (the mail address when it has one, else the invoice address). */
function postalAddress(c: {
  name: string;
  invoiceAddress1: string | null;
  invoiceAddress2: string | null;
  invoicePostcode: string | null;
  invoiceCity: string | null;
  mailAddress1: string | null;
  mailAddress2: string | null;
  mailPostcode: string | null;
  mailCity: string | null;
}): string {
  const mail = c.mailAddress1 || c.mailCity;
  const parts = mail
    ? [c.mailAddress1, c.mailAddress2, [c.mailPostcode, c.mailCity].filter(Boolean).join(' ')]
    : [c.invoiceAddress1, c.invoiceAddress2, [c.invoicePostcode, c.invoiceCity].filter(Boolean).join(' ')];
  return [c.name, ...parts].filter((p) => p?.trim()).join('\n');
}

/**
 * Records a sending of a locked invoice by `method` (default: the invoice's type; EDI is Peppol)
 * and, by e-mail or Peppol, enqueues it. Returns the delivery's id. Refused: an unlocked invoice
 * (INVALID_STATE), e-mail without the customer's invoice address (customer.invoiceEmail), Peppol
 * without an access point (INVALID_STATE, method) or without the buyer's organisation number, or
 * with a document that breaks a BIS rule (each rule named).
 */
export async function sendInvoice(
  db: TenantDb,
  actor: { signature: string },
  invoiceId: string,
  asked: DeliveryMethod | null | undefined,
  opts: SendOptions = {},
): Promise<string> {
  return db.$transaction(async (tx) => {
    if (!(await lockForUpdate(tx, 'Invoice', invoiceId))) throw new NotFoundError('Invoice', 'No such invoice.', 'invoiceId');
    const inv = await tx.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      select: { id: true, companyId: true, locked: true, distribution: true, customer: true },
    });
    if (!inv.locked) throw new ConflictError('INVALID_STATE', 'Only a locked invoice can be sent: lock it first.', 'invoiceId');
    const method = deliveryMethod(asked, inv.distribution);
    const c = inv.customer;
    let recipient: string;
    if (method === 'EMAIL') {
      const to = c.invoiceEmail?.trim();
      if (!to)
        throw ValidationError.single(
          'customer.invoiceEmail',
          'required',
          `The customer ${c.number} ${c.name} has no invoice e-mail address (customer.invoiceEmail).`,
        );
      recipient = to;
    } else if (method === 'PEPPOL') {
      if (!opts.accessPoint)
        throw new ConflictError(
          'INVALID_STATE',
          'No Peppol access point is configured on this server, so the invoice cannot be sent by Peppol. Its Peppol document can still be downloaded (GET /invoices/<id>/ubl, or the peppolDocument field).',
          'method',
        );
      const receiver = c.type === 'COMPANY' ? orgnrParticipant(c.organisationNumber) : null;
      if (!receiver)
        throw ValidationError.single(
          'customer.organisationNumber',
          'required',
          `The customer ${c.number} ${c.name} has no Swedish organisation number to reach it by Peppol (customer.organisationNumber).`,
        );
      const failures = checkUbl(ublXml(await loadUblSource(tx, invoiceId)));
      if (failures.length) throw new ValidationError(failures.map((f) => ({ path: 'peppolDocument', code: f.rule, message: `${f.rule}: ${f.message}` })));
      recipient = `${receiver.scheme}:${receiver.id}`;
    } else {
      recipient = postalAddress(c);
    }
    const now = opts.now ?? new Date();
    const paper = method === 'PAPER';
    const delivery = await tx.invoiceDelivery.create({
      data: scoped<Prisma.InvoiceDeliveryUncheckedCreateInput>({
        invoiceId,
        method,
        recipient,
        requestedAt: now,
        requestedBy: actor.signature,
        ...(paper ? { outcome: 'SENT', sentAt: now, attempts: 1 } : {}),
      }),
      select: { id: true, companyId: true },
    });
    if (!paper) await opts.queue?.enqueueInvoiceDelivery(jobQueueStatements(tx), { companyId: delivery.companyId, deliveryId: delivery.id });
    return delivery.id;
  });
}

/** The seller's payment accounts as a payer reads them. */
function paymentAccounts(company: { bankgiro: string | null; plusgiro: string | null; iban: string | null; bic: string | null }, lang: MailLanguage): string[] {
  const out: string[] = [];
  if (company.bankgiro) out.push(`Bankgiro ${company.bankgiro.replace(/^(\d+)(\d{4})$/, '$1-$2')}`);
  if (company.plusgiro) out.push(`${lang === 'sv' ? 'Plusgiro' : 'PlusGiro'} ${company.plusgiro.replace(/^(\d+)(\d)$/, '$1-$2')}`);
  if (company.iban) out.push(`IBAN ${company.iban.replace(/(.{4})(?=.)/g, '$1 ')}${company.bic ? ` (BIC ${company.bic})` : ''}`);
  return out;
}

export type DeliveryResult = 'SENT' | 'FAILED' | 'ALREADY_DONE';

/** Sends one e-mail; throws when the mail server refuses it or cannot be reached. */
export type SendInvoiceMail = (
  to: string,
  mail: {
    subject: string;
    text: string;
    language: MailLanguage;
    replyTo?: string;
    attachments: { filename: string; contentType: string; content: Uint8Array }[];
  },
) => Promise<void>;

/**
 * Carries out a PENDING sending (what its job does). `send` null: no e-mail configured;
 * `accessPoint` null: no Peppol access point. A failed attempt is counted and its error kept;
 * unless it was the last one (`final`) the delivery stays PENDING and the error is thrown, for
 * the job to be retried. A missing channel fails at once: retrying would not configure it.
 */
export async function deliverInvoice(
  db: TenantDb,
  deliveryId: string,
  channels: { send: SendInvoiceMail | null; accessPoint: PeppolAccessPoint | null },
  opts: { final: boolean; now?: () => Date },
): Promise<DeliveryResult> {
  const d = await db.invoiceDelivery.findUnique({ where: { id: deliveryId } });
  if (d?.outcome !== 'PENDING') return 'ALREADY_DONE';
  const now = opts.now ?? (() => new Date());
  const fail = async (message: string, final: boolean) => {
    await db.invoiceDelivery.update({
      where: { id: deliveryId },
      data: { attempts: { increment: 1 }, error: message.slice(0, 1000), ...(final ? { outcome: 'FAILED' } : {}) },
    });
  };
  let externalId: string | null = null;
  try {
    if (d.method === 'EMAIL') {
      if (!channels.send) {
        await fail('E-mail is not configured on this server (SMTP_URL).', true);
        return 'FAILED';
      }
      await sendByMail(db, d.invoiceId, d.recipient!, channels.send);
    } else if (d.method === 'PEPPOL') {
      if (!channels.accessPoint) {
        await fail('No Peppol access point is configured on this server.', true);
        return 'FAILED';
      }
      externalId = await sendByPeppol(db, d.invoiceId, channels.accessPoint);
    }
  } catch (err) {
    await fail((err as Error).message || String(err), opts.final);
    if (opts.final) return 'FAILED';
    throw err;
  }
  await db.invoiceDelivery.update({
    where: { id: deliveryId },
    data: { outcome: 'SENT', sentAt: now(), attempts: { increment: 1 }, error: null, ...(externalId ? { externalId } : {}) },
  });
  return 'SENT';
}

async function sendByMail(db: TenantDb, invoiceId: string, to: string, send: SendInvoiceMail): Promise<void> {
  const doc = await buildInvoiceDocument(db, invoiceId);
  const pdf = await renderInvoicePdf(doc);
  const company = await db.company.findFirstOrThrow({ select: { name: true, email: true, bankgiro: true, plusgiro: true, iban: true, bic: true } });
  const lang = customerLanguage(doc.language);
  const mail = renderInvoiceMail(
    {
      isCredit: doc.isCredit,
      number: doc.number,
      companyName: company.name,
      amountToPay: doc.amountToPay,
      dueDate: doc.dueDate,
      ocrReference: doc.ocrReference,
      paymentAccounts: paymentAccounts(company, lang),
      companyEmail: company.email,
    },
    lang,
  );
  await send(to, {
    subject: mail.subject,
    text: mail.text,
    language: mail.language,
    ...(company.email ? { replyTo: company.email } : {}),
    attachments: [{ filename: mail.fileName, contentType: 'application/pdf', content: new Uint8Array(pdf) }],
  });
}

async function sendByPeppol(db: TenantDb, invoiceId: string, accessPoint: PeppolAccessPoint): Promise<string> {
  const src = await loadUblSource(db, invoiceId);
  const xml = ublXml(src);
  const failures = checkUbl(xml);
  if (failures.length) throw new Error(`The Peppol document breaks ${failures.map((f) => f.rule).join(', ')}; it was not sent.`);
  const sender = orgnrParticipant(src.seller.organisationNumber);
  const receiver = orgnrParticipant(src.buyer.organisationNumber);
  if (!sender || !receiver) throw new Error('The seller or the buyer has no organisation number to be reached by Peppol.');
  const document: PeppolDocument = {
    kind: src.isCredit ? 'CreditNote' : 'Invoice',
    number: src.number,
    customizationId: CUSTOMIZATION_ID,
    profileId: PROFILE_ID,
    xml,
  };
  const r = await accessPoint.send(document, { sender, receiver });
  return r.messageId;
}

/**
 * What the Peppol document of an invoice is made of: the invoice's document (what the PDF prints:
 * lines, VAT per rate, totals, rounding, tax reduction, credit reference), with the seller's and
 * buyer's data as stored (structured addresses, numbers without formatting, payment accounts).
 */
export async function loadUblSource(db: TenantClient, invoiceId: string): Promise<UblSource> {
  const inv = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: { isCredit: true, reverseCharge: true, noVat: true, noVatReason: true, customer: true, paymentTerm: { select: { name: true } } },
  });
  if (!inv) throw new NotFoundError('Invoice', 'No such invoice.', 'invoiceId');
  const doc = await buildInvoiceDocument(db, invoiceId);
  const co = await db.company.findFirstOrThrow({});
  const c = inv.customer;
  const company = c.type === 'COMPANY';
  return {
    language: customerLanguage(doc.language),
    isCredit: inv.isCredit,
    number: doc.number,
    issueDate: doc.invoiceDate,
    dueDate: doc.dueDate,
    buyerReference: doc.customerReference,
    projectReference: doc.projectNumber,
    ocrReference: doc.ocrReference,
    credit: doc.credit ? { originalNumber: doc.credit.originalNumber, originalDate: doc.credit.originalDate || null, reason: doc.credit.reason } : null,
    seller: {
      name: co.name,
      street: co.address1,
      additionalStreet: co.address2,
      city: co.city,
      postcode: co.postcode,
      countryCode: co.countryCode,
      organisationNumber: digits(co.organisationNumber) || null,
      vatNumber: co.vatNumber?.replace(/\s/g, '').toUpperCase() || null,
      email: co.email,
      phone: co.phone,
      fSkatt: co.fSkatt === true,
      registeredOffice: co.registeredOffice,
      bankgiro: digits(co.bankgiro) || null,
      plusgiro: digits(co.plusgiro) || null,
      iban: co.iban?.replace(/\s/g, '').toUpperCase() || null,
      bic: co.bic?.toUpperCase() || null,
    },
    buyer: {
      name: c.name,
      street: c.invoiceAddress1,
      additionalStreet: c.invoiceAddress2,
      city: c.invoiceCity,
      postcode: c.invoicePostcode,
      countryCode: c.invoiceCountryCode,
      organisationNumber: company ? digits(c.organisationNumber) || null : null,
      vatNumber: c.vatNumber?.replace(/\s/g, '').toUpperCase() || null,
      email: c.invoiceEmail ?? c.email,
      phone: c.phone,
    },
    paymentTerms: inv.paymentTerm?.name ?? null,
    vatMode: inv.reverseCharge ? 'REVERSE_CHARGE' : inv.noVat ? 'NO_VAT' : 'NORMAL',
    noVatReason: inv.noVatReason,
    lines: doc.lines.map((l) => ({
      description: l.description,
      code: l.code,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: l.unitPrice,
      markupPercent: l.markupPercent,
      discountPercent: l.discountPercent,
      vatRate: l.vatRate,
      amount: l.amount,
    })),
    vatGroups: doc.vatGroups,
    subtotal: doc.subtotal,
    vatAmount: doc.vatAmount,
    total: doc.total,
    rounding: doc.rounding,
    taxReduction: doc.taxReduction
      ? {
          type: doc.taxReduction.type,
          amount: doc.taxReduction.total,
          buyers: doc.taxReduction.buyers.map((b) => ({ name: b.name, personalIdentityNumber: b.personalIdentityNumber, home: b.home })),
        }
      : null,
    amountToPay: doc.amountToPay,
  };
}

/** The Peppol document of a locked invoice (null: not locked, or no such invoice). */
export async function peppolDocument(db: TenantClient, invoiceId: string): Promise<{ xml: string; number: number; isCredit: boolean } | null> {
  const inv = await db.invoice.findUnique({ where: { id: invoiceId }, select: { locked: true, number: true, isCredit: true } });
  if (!inv?.locked) return null;
  return { xml: ublXml(await loadUblSource(db, invoiceId)), number: inv.number, isCredit: inv.isCredit };
}
