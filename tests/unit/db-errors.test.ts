// Recognising unique violations (src/db/errors.ts) in the shapes Prisma reports them: a model
// write (P2002) and a raw statement through the driver adapter (P2010), as a bulk insert fails when
// a concurrent import created the same row first (importVoucher then runs again).
import { describe, expect, it } from 'vitest';
import { isUniqueViolationOn, uniqueViolationFields } from '../../src/db/errors.js';

const raw = (kind: string, originalCode: string, fields?: string[]) => ({
  code: 'P2010',
  meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { originalCode, kind, constraint: fields ? { fields } : undefined } } },
});

describe('unique violations', () => {
  it.each([
    [{ code: 'P2002', meta: { target: ['companyId', 'source', 'remoteId'] } }, ['companyId', 'source', 'remoteId']],
    [{ code: 'P2002', meta: { target: 'Voucher_companyId_source_remoteId_key' } }, ['Voucher_companyId_source_remoteId_key']],
    [raw('UniqueConstraintViolation', '23505', ['"companyId"', 'source', '"remoteId"']), ['companyId', 'source', 'remoteId']],
    [raw('ForeignKeyConstraintViolation', '23503', ['"voucherId"']), null],
    [{ code: 'P2025', meta: {} }, null],
    [new Error('x'), null],
  ])('%j → %j', (err, fields) => {
    expect(uniqueViolationFields(err)).toEqual(fields);
  });

  it('a raw statement violating (companyId, source, remoteId) is a violation on remoteId', () => {
    expect(isUniqueViolationOn(raw('UniqueConstraintViolation', '23505', ['"companyId"', 'source', '"remoteId"']), 'remoteId')).toBe(true);
    expect(isUniqueViolationOn(raw('UniqueConstraintViolation', '23505', ['"companyId"', '"number"']), 'remoteId')).toBe(false);
  });
});
