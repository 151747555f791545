// Recognising database constraint violations from Prisma (with or without a driver adapter).

/** The columns of the unique constraint a write violated, or null if it was not one. */
export function uniqueViolationFields(err: unknown): string[] | null {
  const e = err as { code?: string; meta?: Record<string, unknown> } | null;
  // A raw statement (e.g. a bulk insert) fails as P2010 with the driver's unique violation.
  if (e?.code === 'P2010') {
    const cause = (e.meta?.driverAdapterError as { cause?: { kind?: string; originalCode?: string; constraint?: { fields?: string[] } } } | undefined)?.cause;
    if (cause?.kind !== 'UniqueConstraintViolation' && cause?.originalCode !== '23505') return null;
    return (cause.constraint?.fields ?? []).map((f) => f.replace(/^"|"$/g, ''));
  }
  if (e?.code !== 'P2002') return null;
  const target = e.meta?.target;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === 'string') return [target];
  const cause = (e.meta?.driverAdapterError as { cause?: { constraint?: { fields?: string[]; index?: string } } } | undefined)?.cause;
  if (cause?.constraint?.fields) return cause.constraint.fields.map((f) => f.replace(/^"|"$/g, ''));
  if (cause?.constraint?.index) return [cause.constraint.index];
  return [];
}

/** True when `err` violates a unique constraint that includes `field`. */
export function isUniqueViolationOn(err: unknown, field: string): boolean {
  const fields = uniqueViolationFields(err);
  return !!fields && fields.some((f) => f === field || f.includes(`_${field}_`) || f.endsWith(`_${field}_key`));
}

/**
 * True when a write failed because another row still refers to the row (a foreign key): Prisma's
 * P2003, or PostgreSQL's restrict_violation (23001, raised for ON DELETE RESTRICT) and
 * foreign_key_violation (23503) as the driver adapter reports them.
 */
export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as {
    code?: string;
    cause?: { originalCode?: string; kind?: string };
    meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
  } | null;
  if (!e) return false;
  if (e.code === 'P2003') return true;
  const code = e.cause?.originalCode ?? e.meta?.driverAdapterError?.cause?.originalCode;
  return code === '23001' || code === '23503' || e.cause?.kind === 'ForeignKeyConstraintViolation';
}
