// GraphQL: registers the customer register refers to. Payment terms are listed here; their
// administration arrives with the finance registers.
import { builder } from '../../graphql/builder.js';
import { auditFields } from '../../graphql/audit.js';

export const PaymentTermRef = builder.prismaNode('PaymentTerm', {
  id: { field: 'id' },
  // A node of another company, or one the user may not see, resolves to null, not an error.
  nullable: true,
  authScopes: { authenticated: true },
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    days: t.exposeInt('days', { description: 'Days from invoice date to due date.' }),
    active: t.exposeBoolean('active'),
    ...auditFields(t),
  }),
});

builder.queryFields((t) => ({
  paymentTerms: t.prismaField({
    type: ['PaymentTerm'],
    authScopes: { authenticated: true },
    args: { includeInactive: t.arg.boolean({ defaultValue: false }) },
    resolve: (query, _r, args, ctx) =>
      ctx.db.paymentTerm.findMany({
        ...query,
        where: args.includeInactive ? {} : { active: true },
        orderBy: [{ days: 'asc' }, { code: 'asc' }],
      }),
  }),
}));
