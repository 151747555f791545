// GraphQL: sending an invoice (sendInvoice), its record of sendings (Invoice.deliveries), the
// distribution status the latest gives it, and its Peppol BIS Billing 3.0 document.
import { builder } from '../../graphql/builder.js';
import { actorOf } from '../../graphql/context.js';
import { InvoiceRef } from '../invoices/index.js';
import { distributionStatus } from './rules.js';
import * as service from './service.js';
import { checkUbl } from './ubl-rules.js';

const VIEW = { permission: 'INVOICE_VIEW' } as const;

const InvoiceDeliveryMethodEnum = builder.enumType('InvoiceDeliveryMethod', {
  values: {
    EMAIL: { description: "The PDF attached to an e-mail to the customer's invoice address (customer.invoiceEmail)." },
    PEPPOL: { description: 'The Peppol BIS Billing 3.0 (UBL 2.1) document handed to the configured access point.' },
    PAPER: { description: 'Printed and posted by the user (the PDF is what they print); recorded as sent when asked for.' },
  } as const,
});

const InvoiceDeliveryOutcomeEnum = builder.enumType('InvoiceDeliveryOutcome', {
  values: {
    PENDING: { description: 'On its way (retried with backoff while the mail server or access point refuses it or is unreachable).' },
    SENT: { description: 'Handed to the mail server or the access point, or posted (paper).' },
    FAILED: { description: 'Every attempt failed, or the channel is not configured; error says why.' },
  } as const,
});

const InvoiceDeliveryRef = builder.prismaNode('InvoiceDelivery', {
  id: { field: 'id' },
  nullable: true,
  authScopes: VIEW,
  description: 'One sending of an invoice: how, to whom, when and by whom, and how it ended.',
  fields: (t) => ({
    invoice: t.relation('invoice'),
    method: t.field({ type: InvoiceDeliveryMethodEnum, resolve: (d) => d.method }),
    recipient: t.exposeString('recipient', {
      nullable: true,
      description: "The e-mail address, the receiver's Peppol participant (scheme:id), or the postal address.",
    }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime' }),
    requestedBy: t.exposeString('requestedBy', { description: 'Signature of the user who asked for the sending.' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    outcome: t.field({ type: InvoiceDeliveryOutcomeEnum, resolve: (d) => d.outcome }),
    error: t.exposeString('error', { nullable: true, description: 'Why the last attempt failed.' }),
    attempts: t.exposeInt('attempts'),
    externalId: t.exposeString('externalId', { nullable: true, description: "The access point's id of the message (Peppol)." }),
  }),
});

const PeppolRuleFailureRef = builder.objectRef<{ rule: string; message: string }>('PeppolRuleFailure').implement({
  description: 'A Peppol BIS Billing 3.0 / EN 16931 rule the document breaks.',
  fields: (t) => ({ rule: t.exposeString('rule'), message: t.exposeString('message') }),
});

builder.prismaObjectFields(InvoiceRef, (t) => ({
  deliveries: t.relatedConnection('deliveries', {
    authScopes: VIEW,
    cursor: 'id',
    totalCount: true,
    description: 'Every sending of the invoice (e-mail, Peppol, paper), newest first.',
    query: { orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }] },
  }),
  deliveryStatus: t.string({
    nullable: true,
    authScopes: VIEW,
    description: 'The distribution status: how, to whom, when and by whom the invoice was last sent, and the outcome (null: never sent).',
    select: { deliveries: { orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }], take: 1 } },
    resolve: (i) => distributionStatus(i.deliveries[0] ?? null),
  }),
  peppolDocument: t.string({
    nullable: true,
    authScopes: VIEW,
    description:
      'The Peppol BIS Billing 3.0 document (UBL 2.1 Invoice, or CreditNote for a credit invoice) as XML; null until the invoice is locked. Also GET /invoices/<id>/ubl.',
    resolve: async (i, _a, ctx) => (await service.peppolDocument(ctx.db, i.id))?.xml ?? null,
  }),
  peppolDocumentCheck: t.field({
    type: [PeppolRuleFailureRef],
    nullable: true,
    authScopes: VIEW,
    description: 'The Peppol BIS rules the document breaks (empty: it passes every check run here); null until the invoice is locked.',
    resolve: async (i, _a, ctx) => {
      const doc = await service.peppolDocument(ctx.db, i.id);
      return doc ? checkUbl(doc.xml) : null;
    },
  }),
}));

builder.mutationFields((t) => ({
  sendInvoice: t.prismaField({
    type: 'InvoiceDelivery',
    errors: {},
    description:
      "Sends a locked invoice by e-mail (the PDF to customer.invoiceEmail, in the customer's language), Peppol (to the configured access point) or paper (recorded as posted), by default as its invoice type says (EDI is Peppol). E-mail and Peppol go out after the commit, retried until they succeed; the delivery says how it went.",
    authScopes: { permission: 'INVOICE_LOCK' },
    args: {
      invoiceId: t.arg.globalID({ for: InvoiceRef, required: true }),
      method: t.arg({ type: InvoiceDeliveryMethodEnum, description: "Default: the invoice's type (distribution)." }),
    },
    resolve: async (query, _r, { invoiceId, method }, ctx) => {
      const id = await service.sendInvoice(ctx.db, actorOf(ctx), invoiceId.id, method ?? null, {
        queue: ctx.integrations,
        accessPoint: ctx.integrations?.peppolAccessPoint ?? null,
      });
      return ctx.db.invoiceDelivery.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));

export { InvoiceDeliveryRef };
