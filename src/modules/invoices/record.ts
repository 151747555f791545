// An invoice as connectors see it (the SDK's InvoiceRecord): its fields, buyers and the basis for
// the accounting system (revenue accounting's rows, one per account and project, or the billable
// lines where that is not in use). The connector ports export it; the lock checks it against the
// active connections' rules.
import type { Prisma } from '../../generated/prisma/client.js';
import { type InvoiceRecord, type InvoiceRowRecord, mergeInvoiceRows } from '@nordic-invoicing/connector-sdk';
import { day } from '../port-helpers.js';
import { changeOrderCode } from '../projects/index.js';
import { basisRowDimensions } from '../revenue/index.js';

export const invoiceInclude = {
  customer: { select: { number: true, alwaysSendAsInvoice: true } },
  project: { select: { number: true, costCentre: { select: { code: true } } } },
  ourReference: { select: { name: true } },
  creditOf: { select: { id: true, number: true, externalNumber: true } },
  buyers: { orderBy: { createdAt: 'asc' } },
  // The posting dimensions decide which basis rows stay apart (work order/ÄTA, cost centre).
  company: { select: { receivablesAccountNumber: true, revenueDimensions: { select: { number: true, included: true, mandatory: true, name: true } } } },
  // The basis for the accounting system (revenue accounting); invoices without one (revenue
  // accounting not in use) are exported from their billable lines.
  accountingRows: {
    orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
    include: {
      project: { select: { number: true } },
      workOrder: { select: { number: true, project: { select: { number: true } } } },
      changeOrder: { select: { number: true, project: { select: { number: true } } } },
      costCentre: { select: { code: true } },
    },
  },
  lines: {
    where: { billable: true },
    orderBy: { position: 'asc' },
    include: {
      project: { select: { number: true } },
      workOrder: { select: { number: true, project: { select: { number: true } } } },
      changeOrder: { select: { number: true, project: { select: { number: true } } } },
      workTypes: { orderBy: { createdAt: 'asc' } },
    },
  },
} as const satisfies Prisma.InvoiceInclude;

export type InvoiceRow = Prisma.InvoiceGetPayload<{ include: typeof invoiceInclude }>;

const money = (d: Prisma.Decimal) => d.toFixed(2);

function partNumber(r: {
  workOrder: { number: number; project: { number: string } } | null;
  changeOrder: { number: number; project: { number: string } } | null;
}): string | null {
  if (r.workOrder) return `${r.workOrder.project.number}_${r.workOrder.number}`;
  if (r.changeOrder) return `${r.changeOrder.project.number}_${changeOrderCode(r.changeOrder.number)}`;
  return null;
}

/**
 * With revenue accounting, one row per account and project goes to the accounting system (plus
 * work order/ÄTA and cost centre when those posting dimensions are included); on tax-reduction
 * invoices labour and material/other stay apart even on the same account. Without it, the billable
 * lines as they are.
 */
function rowsOf(inv: InvoiceRow): { rows: InvoiceRowRecord[]; rowsMerged: boolean } {
  if (inv.accountingRows.length) {
    const basis = inv.accountingRows.map((r) => ({
      description: r.description,
      quantity: r.quantity.toString(),
      unit: r.unit,
      unitPrice: money(r.unitPrice),
      amount: money(r.amount),
      vatRate: r.vatRate.toFixed(2),
      accountNumber: r.accountNumber,
      projectNumber: r.project?.number ?? inv.project.number,
      projectPartNumber: partNumber(r),
      costCentreCode: r.costCentre?.code ?? null,
      kind: r.kind,
      taxReduction:
        r.reductionType !== 'NONE' && r.workType
          ? { type: r.reductionType, workType: r.workType, hours: r.hours?.toString() ?? null, amount: money(r.reductionAmount) }
          : null,
    }));
    const dims = basisRowDimensions(inv.company.revenueDimensions);
    return { rows: mergeInvoiceRows(basis, { ...dims, taxReduction: inv.taxReductionType !== 'NONE' }), rowsMerged: true };
  }
  const rows = inv.lines.map((l) => {
    const part = partNumber(l);
    const wt = l.workTypes[0];
    return {
      description: l.description,
      quantity: l.quantity.toString(),
      unit: l.unit,
      unitPrice: money(l.unitPrice),
      amount: money(l.amount),
      vatRate: l.vatRate.toFixed(2),
      accountNumber: l.accountNumber,
      projectNumber: l.project?.number ?? inv.project.number,
      projectPartNumber: part,
      // Without revenue accounting the project card's cost centre applies.
      costCentreCode: inv.project.costCentre?.code ?? null,
      kind: l.kind,
      taxReduction:
        inv.taxReductionType !== 'NONE' && wt
          ? { type: inv.taxReductionType, workType: wt.workType, hours: wt.hours?.toString() ?? null, amount: money(wt.amount) }
          : null,
    };
  });
  return { rows, rowsMerged: false };
}

export function invoiceRecord(inv: InvoiceRow): InvoiceRecord {
  return {
    id: inv.id,
    number: inv.number,
    isCredit: inv.isCredit,
    creditOf: inv.creditOf,
    customerId: inv.customerId,
    customerNumber: inv.customer.number,
    invoiceDate: day(inv.invoiceDate)!,
    bookkeepingDate: day(inv.bookkeepingDate ?? inv.invoiceDate)!,
    dueDate: day(inv.dueDate),
    yourReference: inv.customerReference,
    ourReference: inv.ourReference?.name ?? null,
    projectNumber: inv.project.number,
    reverseCharge: inv.reverseCharge,
    receivablesAccount: inv.company.receivablesAccountNumber,
    alwaysFinal: inv.customer.alwaysSendAsInvoice,
    ocrReference: inv.ocrReference,
    currency: 'SEK',
    net: money(inv.subtotal),
    vat: money(inv.vatAmount),
    rounding: money(inv.rounding),
    total: money(inv.total),
    taxReductionType: inv.taxReductionType,
    taxReductionAmount: money(inv.taxReductionAmount),
    amountToPay: money(inv.amountToPay),
    buyers: inv.buyers.map((b) => ({
      name: b.name,
      personalIdentityNumber: b.personalIdentityNumber,
      amount: money(b.amount),
      propertyDesignation: b.propertyDesignation,
      brfOrganisationNumber: b.brfOrganisationNumber,
      apartmentNumber: b.apartmentNumber,
    })),
    ...rowsOf(inv),
    externalNumber: inv.externalNumber,
    paidDate: day(inv.paidDate),
    lockedAt: inv.lockedAt!.toISOString(),
    updatedAt: inv.updatedAt.toISOString(),
  };
}
