// Created/modified time and signature, exposed the same way on every record type.

interface Audited {
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  updatedBy: string;
}

/** The subset of a Pothos field builder this helper uses (object and prisma object builders alike). */
interface FieldBuilderLike {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  field(options: any): any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  string(options: any): any;
}

export function auditFields(t: FieldBuilderLike) {
  return {
    createdAt: t.field({ type: 'DateTime', resolve: (p: Audited) => p.createdAt }),
    modifiedAt: t.field({ type: 'DateTime', resolve: (p: Audited) => p.updatedAt }),
    createdBy: t.string({ description: 'Signature of the user who created it.', resolve: (p: Audited) => p.createdBy }),
    modifiedBy: t.string({ description: 'Signature of the user who last changed it.', resolve: (p: Audited) => p.updatedBy }),
  };
}
