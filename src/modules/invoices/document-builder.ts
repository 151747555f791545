// Builds the InvoiceDocument a renderer needs from a stored invoice (through the tenant client).
import { Prisma } from '../../generated/prisma/client.js';
import type { TenantClient } from '../../db/tenant.js';
import { NotFoundError } from '../../errors.js';
import { displayIdentityNumber } from '../customers/index.js';
import { changeOrderReference, workOrderReference } from '../projects/index.js';
import { invoiceTotals, lineAmountInclVat, roundToKronor, unitPriceWithMarkup } from './amounts.js';
import type { DocumentLine, InvoiceDocument } from './document.js';
import { pdfLabels } from './pdf-labels.js';
import { orderBuyers, paymentAccounts, postalLine } from './presentation.js';
import { isReductionEligible, vatMode } from './rules.js';

const D = Prisma.Decimal;
const money = (v: Prisma.Decimal | string | number) => new D(v).toFixed(2);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const lines = (...xs: (string | null | undefined)[]) => xs.filter((x): x is string => !!x);

export async function buildInvoiceDocument(tx: TenantClient, id: string, today = new Date()): Promise<InvoiceDocument> {
  const inv = await tx.invoice.findUnique({
    where: { id },
    include: {
      customer: { include: { paymentTerm: { select: { days: true } } } },
      lines: { orderBy: { position: 'asc' } },
      buyers: true,
      project: { select: { number: true } },
      workOrder: { select: { number: true } },
      changeOrder: { select: { number: true } },
      ourReference: { select: { name: true } },
      paymentTerm: { select: { days: true } },
      creditOf: { select: { number: true, invoiceDate: true, buyers: { select: { id: true, contactId: true, createdAt: true } } } },
    },
  });
  if (!inv) throw new NotFoundError('Invoice', 'No such invoice.', 'id');
  const company = await tx.company.findFirstOrThrow({ include: { defaultPaymentTerm: { select: { days: true } } } });
  const mode = vatMode(inv);
  const totals = invoiceTotals(inv.lines, mode);
  const c = inv.customer;
  // The customer's language as it is now: a changed language shows on the next rendering.
  const labels = pdfLabels(c.language);

  const docLines: DocumentLine[] = inv.lines
    .filter((l) => l.billable)
    .map((l) => ({
      description: l.description,
      code: inv.hideCode ? null : l.code,
      quantity: new D(l.quantity).toFixed(),
      unit: l.unit,
      unitPrice: money(inv.hideMarkup ? unitPriceWithMarkup(l) : l.unitPrice),
      markupPercent: inv.hideMarkup || new D(l.markupPercent).isZero() ? null : new D(l.markupPercent).toFixed(),
      discountPercent: new D(l.discountPercent).isZero() ? null : new D(l.discountPercent).toFixed(),
      vatRate: new D(l.vatRate).toFixed(),
      amount: money(l.amount),
      kind: l.kind,
    }));

  let taxReduction: InvoiceDocument['taxReduction'] = null;
  if (inv.taxReductionType !== 'NONE') {
    const all = inv.lines;
    const sum = (pred: (l: (typeof all)[number]) => boolean) =>
      all.filter((l) => l.billable && pred(l)).reduce((s, l) => s.plus(lineAmountInclVat(l, mode)), new D(0));
    taxReduction = {
      type: inv.taxReductionType,
      basis: money(sum((l) => isReductionEligible(l, inv.taxReductionType))),
      total: money(inv.taxReductionAmount),
      labour: money(sum((l) => l.kind === 'LABOUR')),
      material: money(sum((l) => l.kind === 'MATERIAL')),
      other: money(sum((l) => l.kind === 'OTHER')),
      // In the order they were added; a credit note's in its original's order.
      buyers: orderBuyers(inv.buyers, inv.creditOf ? orderBuyers(inv.creditOf.buyers).map((b) => b.contactId) : undefined).map((b) => ({
        name: b.name,
        personalIdentityNumber: displayIdentityNumber(b.personalIdentityNumber)!,
        amount: money(b.amount),
        home: b.propertyDesignation
          ? b.propertyDesignation
          : b.brfOrganisationNumber
            ? `BRF ${displayIdentityNumber(b.brfOrganisationNumber)}, lgh ${b.apartmentNumber ?? ''}`.trim()
            : null,
      })),
    };
  }

  const projectNumber = inv.workOrder
    ? workOrderReference(inv.project.number, inv.workOrder.number)
    : inv.changeOrder
      ? changeOrderReference(inv.project.number, inv.changeOrder.number)
      : inv.project.number;

  return {
    language: c.language,
    isCredit: inv.isCredit,
    draft: !inv.locked,
    number: String(inv.number),
    externalNumber: inv.externalNumber,
    title: inv.title,
    description: inv.description,
    invoiceDate: day(inv.invoiceDate) ?? today.toISOString().slice(0, 10),
    dueDate: day(inv.dueDate),
    ocrReference: inv.isCredit ? null : inv.ocrReference,
    deliveryDate: null,
    seller: {
      name: company.name,
      address: lines(
        company.address1,
        company.address2,
        postalLine(company.postcode, company.city, company.countryCode),
        company.countryCode && company.countryCode !== 'SE' ? company.countryCode : null,
        company.registeredOffice ? `${labels.registeredOffice}: ${company.registeredOffice}` : null,
      ),
      organisationNumber: displayIdentityNumber(company.organisationNumber),
      vatNumber: company.vatNumber,
      email: company.email,
      phone: company.phone,
      fSkatt: company.fSkatt === true,
    },
    buyer: {
      name: c.name,
      number: c.number,
      address: lines(
        c.invoiceAddress1,
        c.invoiceAddress2,
        postalLine(c.invoicePostcode, c.invoiceCity, c.invoiceCountryCode),
        c.invoiceCountryCode !== 'SE' ? c.invoiceCountryCode : null,
      ),
      organisationNumber: displayIdentityNumber(c.type === 'PRIVATE' ? c.personalIdentityNumber : c.organisationNumber),
      vatNumber: c.vatNumber,
      email: c.invoiceEmail ?? c.email,
      phone: c.phone,
    },
    ourReference: inv.ourReference?.name ?? null,
    customerReference: inv.customerReference,
    customerReference2: inv.customerReference2,
    projectNumber,
    lines: docLines,
    vatGroups: totals.vatGroups.map((g) => ({ rate: g.rate.toFixed(), base: money(g.base), vat: money(g.vat) })),
    subtotal: money(inv.subtotal),
    vatAmount: money(inv.vatAmount),
    total: money(inv.total),
    rounding: money(inv.rounding),
    roundedTotal: money(roundToKronor(inv.total)),
    reverseCharge: inv.reverseCharge,
    noVat: inv.noVat ? { reason: inv.noVatReason ?? '' } : null,
    taxReduction,
    amountToPay: money(inv.amountToPay),
    credit:
      inv.isCredit && inv.creditOf
        ? { originalNumber: String(inv.creditOf.number), originalDate: day(inv.creditOf.invoiceDate) ?? '', reason: inv.creditReason ?? '' }
        : null,
    // The term the due date follows: the invoice's, else its customer's, else the company's default.
    paymentTermDays: (inv.paymentTerm ?? c.paymentTerm ?? company.defaultPaymentTerm)?.days ?? null,
    lateInterestRate: company.lateInterestRate == null ? null : new D(company.lateInterestRate).toFixed(),
    payment: paymentAccounts(company),
    currency: 'SEK',
  };
}
