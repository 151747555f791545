// The change history of customers, contacts, projects and invoices (the ChangeEntry rows a
// database trigger writes in the updating transaction, whatever made the update): a `history`
// connection on each of those types, newest first. Visible to whoever may see the entity.
import { builder } from '../../graphql/builder.js';

/** The entity types with a history, by their GraphQL (and table) name. */
export const HISTORY_TYPES = ['Customer', 'Contact', 'Project', 'Invoice'] as const;

interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
  hidden: boolean;
}

const FieldChangeRef = builder.objectRef<FieldChange>('FieldChange').implement({
  description: 'One field of one change: its value before and after (as stored: text, number, boolean, date-time as ISO text, JSON).',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The field, as named in the database (e.g. invoiceCity, statusCode).' }),
    from: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The value before; null when it was empty or is hidden.',
      resolve: (c) => (c.hidden ? null : c.from),
    }),
    to: t.field({ type: 'JSON', nullable: true, description: 'The value after; null when it is empty or hidden.', resolve: (c) => (c.hidden ? null : c.to) }),
    hidden: t.exposeBoolean('hidden', { description: 'An identity number: recorded as changed, its values never kept.' }),
  }),
});

builder.prismaObject('ChangeEntry', {
  description: 'One change of the entity: who made it (their signature; SYSTEM for runs and start-up), when, and each field from what to what.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    by: t.exposeString('by', { description: 'The signature of the user (or SYSTEM) who made the change.' }),
    changes: t.field({ type: [FieldChangeRef], resolve: (e) => e.changes as unknown as FieldChange[] }),
  }),
});

for (const entityType of HISTORY_TYPES) {
  builder.prismaObjectField(entityType, 'history', (t) =>
    t.prismaConnection({
      type: 'ChangeEntry',
      cursor: 'id',
      description:
        'Every change of this record, newest first: made through the API, an import or an accounting system connection, written in the same transaction as the change. Its creation is createdAt/createdBy.',
      resolve: (query, parent, _args, ctx) =>
        ctx.db.changeEntry.findMany({ ...query, where: { entityType, entityId: parent.id }, orderBy: [{ at: 'desc' }, { id: 'desc' }] }),
    }),
  );
}
