// GraphQL: importing Bankgirot's BgMax file of incoming bankgiro payments (a GraphQL multipart
// request; graphql-yoga hands the upload over as a WHATWG File).
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { missingPaymentPermission, oreToDecimal, type PaymentOutcome, type ReferenceKind } from './rules.js';
import { BANK_PAYMENTS_PERMISSION, type BankPaymentRow, type BankPaymentsSummary, importBankgiroPayments } from './service.js';

const OutcomeEnum = builder.enumType('BankPaymentOutcome', {
  values: {
    PAID: { description: 'The payment pays the invoice in full: marked paid on the deposit’s payment date (a dry run: would be).' },
    PARTIAL: { description: 'Less than the customer pays: not marked paid (amount and expectedAmount say by how much).' },
    OVERPAID: { description: 'More than the customer pays: not marked paid.' },
    ALREADY_PAID: { description: 'The invoice is already paid (importing a file again marks nothing twice).' },
    CREDIT_NOTE: { description: 'The reference is a credit note’s: a payment never marks it paid.' },
    NOT_LOCKED: { description: 'The invoice is not locked: not marked paid.' },
    OTHER_CURRENCY: { description: 'The deposit is in EUR; the invoices are in SEK.' },
    AMBIGUOUS_REFERENCE: { description: 'More than one invoice carries the reference: none is marked paid by it.' },
    UNKNOWN_REFERENCE: { description: 'No invoice carries the reference (or the payment has none, or its check digit is wrong).' },
    DEDUCTION: { description: 'A deduction (21), or a credit note the payer set off (23): reported, never marks an invoice paid.' },
  } satisfies Record<PaymentOutcome, { description: string }>,
});

const ReferenceKindEnum = builder.enumType('BankPaymentReferenceKind', {
  values: {
    NONE: { description: 'No reference (reference codes 0 and 1).' },
    OCR: { description: 'A correct OCR reference, checked by Bankgirot (code 2).' },
    FREE_TEXT: { description: 'The payer’s own text (codes 3 and 4); an OCR reference in it is still found.' },
    INVALID_OCR: { description: 'A reference that failed Bankgirot’s OCR check (code 5).' },
  } satisfies Record<ReferenceKind, { description: string }>,
});

const RowRef = builder.objectRef<BankPaymentRow>('BankPaymentResult').implement({
  description: 'What a payment (or one of its references) of the file does: the invoice it pays, or why it pays none.',
  fields: (t) => ({
    line: t.exposeInt('line', { description: 'The line of the payment (20, 21) or extra reference (22, 23) record.' }),
    depositLine: t.exposeInt('depositLine', { description: 'The line of the deposit record (15).' }),
    paymentDate: t.field({ type: 'Date', resolve: (r) => new Date(`${r.paymentDate}T00:00:00.000Z`) }),
    currency: t.exposeString('currency'),
    reference: t.exposeString('reference', { description: 'The reference(s) as the file has them.' }),
    referenceKind: t.field({ type: ReferenceKindEnum, resolve: (r) => r.referenceKind }),
    amount: t.field({ type: 'Money', description: 'The amount paid.', resolve: (r) => oreToDecimal(r.amountOre) }),
    expectedAmount: t.field({
      type: 'Money',
      nullable: true,
      description: 'What the invoice (or the invoices paid together) asks the customer to pay (PAID, PARTIAL, OVERPAID).',
      resolve: (r) => (r.expectedOre === null ? null : oreToDecimal(r.expectedOre)),
    }),
    invoiceId: t.globalID({ nullable: true, resolve: (r) => (r.invoice ? { type: 'Invoice', id: r.invoice.id } : null) }),
    invoiceNumber: t.int({ nullable: true, resolve: (r) => r.invoice?.number ?? null }),
    outcome: t.field({ type: OutcomeEnum, resolve: (r) => r.outcome }),
    marked: t.exposeBoolean('marked', { description: 'Whether this import marked the invoice paid (never in a dry run).' }),
    payerName: t.exposeString('payerName', { nullable: true }),
    message: t.exposeString('message'),
  }),
});

const ResultRef = builder.objectRef<BankPaymentsSummary>('BankgiroImportResult').implement({
  description: 'What importing a BgMax file did (or, in a dry run, would do).',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun'),
    committed: t.exposeBoolean('committed', { description: 'Whether anything was written.' }),
    message: t.exposeString('message'),
    writtenAt: t.exposeString('writtenAt', { nullable: true, description: 'When Bankgirot wrote the file (its start record).' }),
    testFile: t.exposeBoolean('testFile', { description: 'The file is marked as a test file (T).' }),
    bankgiro: t.exposeString('bankgiro', { nullable: true, description: 'The receiving bankgiro number (the company’s).' }),
    deposits: t.exposeInt('deposits'),
    payments: t.exposeInt('payments', { description: 'Payment and deduction records (20, 21).' }),
    paid: t.exposeInt('paid', { description: 'Invoices marked paid (in a dry run: that would be).' }),
    results: t.field({
      type: [RowRef],
      args: {
        outcomes: t.arg({ type: [OutcomeEnum], description: 'Only results with these outcomes.' }),
        first: t.arg.int({ description: 'At most this many results.' }),
      },
      resolve: (r, args) => {
        const outcomes = args.outcomes ? new Set<PaymentOutcome>(args.outcomes) : null;
        const rows = r.rows.filter((x) => !outcomes || outcomes.has(x.outcome));
        return args.first != null ? rows.slice(0, Math.max(0, args.first)) : rows;
      },
    }),
  }),
});

builder.mutationFields((t) => ({
  importBankgiroPayments: t.field({
    type: ResultRef,
    errors: {},
    description:
      'Imports Bankgirot’s BgMax file of incoming bankgiro payments (“Bankgiro Inbetalningar”): each payment is matched to an invoice by its OCR ' +
      'reference, and an invoice a payment pays in full is marked paid on the deposit’s payment date; everything else is reported with the reason. ' +
      'dryRun (default) writes nothing. Needs INVOICE_PAYMENTS and INVOICE_VIEW (the results name the invoices). A file refused as a whole (a malformed record, totals or counts that do not add ' +
      'up, a deposit to another bankgiro than the company’s, too large) gives a ValidationError at path "file" naming the line; nothing is written.',
    // Both permissions: the scope asks for the first one missing, so the ForbiddenError names it.
    authScopes: (_parent, _args, ctx: Context) => ({ permission: missingPaymentPermission(ctx.permissions) ?? BANK_PAYMENTS_PERMISSION }),
    args: {
      file: t.arg({ type: 'File', required: true }),
      dryRun: t.arg.boolean({ defaultValue: true }),
    },
    resolve: (_r, { file, dryRun }, ctx: Context) =>
      importBankgiroPayments(
        ctx.db,
        ctx.auth!,
        { name: file.name, size: file.size, stream: () => file.stream() as unknown as AsyncIterable<Uint8Array> },
        { dryRun: dryRun ?? true },
      ),
  }),
}));
