// Recognising database constraint violations from Prisma (with or without a driver adapter).

/** The columns of the unique constraint a write violated, or null if it was not one. */
export function uniqueViolationFields(err: unknown): string[] | null {
  const e = err as { code?: string; meta?: Record<string, unknown> } | null;
  if (!e || e.code !== 'P2002') return null;
  const target = e.meta?.target;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === 'string') return [target];
  const cause = (e.meta?.driverAdapterError as { cause?: { constraint?: { fields?: string[]; index?: string } } } | undefined)
    ?.cause;
  if (cause?.constraint?.fields) return cause.constraint.fields.map((f) => f.replace(/^"|"$/g, ''));
  if (cause?.constraint?.index) return [cause.constraint.index];
  return [];
}

/** True when `err` violates a unique constraint that includes `field`. */
export function isUniqueViolationOn(err: unknown, field: string): boolean {
  const fields = uniqueViolationFields(err);
  return !!fields && fields.some((f) => f === field || f.includes(`_${field}_`) || f.endsWith(`_${field}_key`));
}
