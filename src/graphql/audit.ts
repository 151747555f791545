// Created/modified time and signature, exposed the same way on every record type. Exposed
// columns (not resolvers), so compiled reads (src/graphql/compiled-reads) can select them.

/** The subset of a Pothos field builder this helper uses (object and prisma object builders alike). */
interface FieldBuilderLike {
  // biome-ignore lint/suspicious/noExplicitAny: each Pothos builder narrows names and options to its own type; this helper serves them all
  expose(name: any, options: any): any;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  exposeString(name: any, options: any): any;
}

export function auditFields(t: FieldBuilderLike) {
  return {
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    modifiedAt: t.expose('updatedAt', { type: 'DateTime' }),
    createdBy: t.exposeString('createdBy', { description: 'Signature of the user who created it.' }),
    modifiedBy: t.exposeString('updatedBy', { description: 'Signature of the user who last changed it.' }),
  };
}
