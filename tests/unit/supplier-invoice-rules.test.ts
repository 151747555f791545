// Table-driven tests of the supplier-invoice rules: amounts, header and row validation, the
// approval decision, what is exported, and file checks.
import { contentDisposition } from '../../src/http/file-routes.js';
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import {
  approvalDecision,
  exportable,
  fileIssues,
  parseSignedAmount,
  parseVatRate,
  rowsTotal,
  supplierInvoiceChanges,
  supplierInvoiceRowChanges,
  SUPPLIER_INVOICE_FILE_MAX_BYTES,
  type ApprovalState,
} from '../../src/modules/supplier-invoices/rules.js';

const D = (v: string) => new Prisma.Decimal(v);
const UUID = '7b0c3c1e-8a1f-4c55-9a55-0d5b7d3c1e11';
const UUID2 = '7b0c3c1e-8a1f-4c55-9a55-0d5b7d3c1e12';

describe('parseSignedAmount', () => {
  it.each([
    ['1234.50', '1234.5'],
    ['-99.99', '-99.99'],
    [100, '100'],
    [' 7 ', '7'],
    [D('12.3'), '12.3'],
    ['0', '0'],
  ] as const)('%s → %s', (input, out) => {
    const r = parseSignedAmount(input);
    expect(r.ok && r.value.toString()).toBe(out);
  });
  it.each([
    ['1.005', 'too_many_decimals'],
    [D('1.005'), 'too_many_decimals'],
    [1.5, 'inexact'],
    ['abc', 'invalid_format'],
    [null, 'invalid_type'],
    ['1234567890123', 'invalid_format'],
  ] as const)('%s → %s', (input, code) => {
    const r = parseSignedAmount(input);
    expect(r.ok ? null : r.code).toBe(code);
  });
});

describe('parseVatRate', () => {
  it.each([
    ['25', true],
    [12, true],
    ['6.00', true],
    [D('0'), true],
    ['24', false],
    [25.5, false],
    ['x', false],
  ] as const)('%s → %s', (v, ok) => {
    expect(parseVatRate(v).ok).toBe(ok);
  });
});

describe('supplierInvoiceChanges', () => {
  const valid = { supplierId: UUID, invoiceNumber: 'F-1', invoiceDate: '2026-11-10', net: '1000', vat: '250' };
  it('defaults total to net + VAT and currency to SEK', () => {
    const ch = supplierInvoiceChanges(valid, null);
    expect(ch.issues).toEqual([]);
    expect(ch.merged.total.toFixed(2)).toBe('1250.00');
    expect(ch.merged.currency).toBe('SEK');
  });
  it.each([
    [{ ...valid, invoiceNumber: ' ' }, 'invoiceNumber', 'required'],
    [{ ...valid, supplierId: undefined }, 'supplierId', 'required'],
    [{ ...valid, supplierId: 'nope' }, 'supplierId', 'invalid_id'],
    [{ ...valid, invoiceDate: '2026-02-30' }, 'invoiceDate', 'invalid_date'],
    [{ ...valid, dueDate: '2026-11-09' }, 'dueDate', 'before_invoice_date'],
    [{ ...valid, net: undefined }, 'net', 'required'],
    [{ ...valid, net: '1.234' }, 'net', 'too_many_decimals'],
    [{ ...valid, total: '1000' }, 'total', 'total_mismatch'],
    [{ ...valid, currency: 'eur' }, 'currency', 'unsupported_currency'],
    [{ ...valid, ocr: 'x'.repeat(51) }, 'ocr', 'too_long'],
    [{ ...valid, colour: 'red' }, 'colour', 'unknown_field'],
  ] as const)('%j → %s %s', (input, path, code) => {
    expect(supplierInvoiceChanges(input, null).issues).toContainEqual(expect.objectContaining({ path, code }));
  });
  it('on update: only given fields change; a new net moves the total', () => {
    const existing = supplierInvoiceChanges(valid, null).merged;
    const ch = supplierInvoiceChanges({ net: '900' }, existing);
    expect(ch.issues).toEqual([]);
    expect(Object.keys(ch.columns).sort()).toEqual(['net', 'total']);
    expect(ch.merged.total.toFixed(2)).toBe('1150.00');
    expect(supplierInvoiceChanges({ ocr: null }, existing).columns).toEqual({ ocr: null });
    expect(supplierInvoiceChanges({ invoiceNumber: null }, existing).issues).toContainEqual(
      expect.objectContaining({ path: 'invoiceNumber', code: 'required' }),
    );
  });
});

describe('supplierInvoiceRowChanges', () => {
  it.each([
    [{ accountNumber: 4010, amount: '10' }, []],
    [{ amount: '10' }, [['rows.0.accountNumber', 'required']]],
    [{ accountNumber: 999, amount: '10' }, [['rows.0.accountNumber', 'out_of_range']]],
    [{ accountNumber: 4010 }, [['rows.0.amount', 'required']]],
    [{ accountNumber: 4010, amount: '1', vatRate: '20' }, [['rows.0.vatRate', 'invalid_vat_rate']]],
    [{ accountNumber: 4010, amount: '1', workOrderId: UUID }, [['rows.0.workOrderId', 'not_in_project']]],
    [
      { accountNumber: 4010, amount: '1', projectId: UUID, workOrderId: UUID2, changeOrderId: UUID2 },
      [['rows.0.changeOrderId', 'work_order_and_change_order']],
    ],
  ] as const)('%j', (input, expected) => {
    expect(supplierInvoiceRowChanges(input, null, 'rows.0').issues.map((i) => [i.path, i.code])).toEqual(expected);
  });
  it('defaults the VAT rate to 25', () => {
    expect(supplierInvoiceRowChanges({ accountNumber: 4010, amount: '1' }, null).merged.vatRate.toString()).toBe('25');
  });
});

describe('approvalDecision', () => {
  const base: ApprovalState = { status: 'PENDING', net: D('100'), rowAmounts: [D('60'), D('40')], approvedBy: [] };
  it.each([
    ['first approval', base, 'u1', { ok: true, approves: false, approvals: 1 }],
    ['second user completes it', { ...base, approvedBy: ['u1'] }, 'u2', { ok: true, approves: true, approvals: 2 }],
    ['same user twice', { ...base, approvedBy: ['u1'] }, 'u1', { ok: false, reason: 'same_user', path: 'id' }],
    ['already approved', { ...base, status: 'APPROVED' as const, approvedBy: ['u1', 'u2'] }, 'u3', { ok: false, reason: 'already_approved' }],
    ['no rows', { ...base, rowAmounts: [] }, 'u1', { ok: false, reason: 'no_rows', path: 'rows' }],
    ['rows ≠ net', { ...base, rowAmounts: [D('60'), D('39.99')] }, 'u1', { ok: false, reason: 'rows_sum_mismatch', path: 'rows' }],
    ['credit note: negative rows summing to negative net', { ...base, net: D('-100'), rowAmounts: [D('-100')] }, 'u1', { ok: true, approves: false }],
  ] as const)('%s', (_name, state, user, expected) => {
    expect(approvalDecision(state, user)).toMatchObject(expected);
  });
  it('one required approval approves at once', () => {
    expect(approvalDecision(base, 'u1', 1)).toMatchObject({ ok: true, approves: true });
  });
  it('rowsTotal is exact', () => {
    expect(rowsTotal([D('0.1'), D('0.2')]).equals(D('0.3'))).toBe(true);
  });
});

describe('exportable', () => {
  it.each([
    [{ status: 'APPROVED', disputed: false, externalNumber: null }, true],
    [{ status: 'APPROVED', disputed: true, externalNumber: null }, false],
    [{ status: 'PENDING', disputed: false, externalNumber: null }, false],
    [{ status: 'APPROVED', disputed: false, externalNumber: '17' }, false],
  ] as const)('%j → %s', (s, out) => {
    expect(exportable(s)).toBe(out);
  });
});

describe('fileIssues', () => {
  it.each([
    [{ fileName: 'a.pdf', contentType: 'application/pdf', size: 10 }, []],
    [{ fileName: 'a.PDF', contentType: 'Application/PDF; x=y', size: 10 }, []],
    [{ fileName: '', contentType: 'application/pdf', size: 10 }, ['required']],
    [{ fileName: 'a.pdf', contentType: 'application/pdf', size: 0 }, ['empty_file']],
    [{ fileName: 'a.pdf', contentType: 'application/pdf', size: SUPPLIER_INVOICE_FILE_MAX_BYTES + 1 }, ['file_too_large']],
    [{ fileName: 'a.txt', contentType: 'text/plain', size: 1 }, ['unsupported_file_type']],
  ] as const)('%j', (f, codes) => {
    expect(fileIssues(f, 'document').map((i) => i.code)).toEqual(codes);
  });
  it('any type when no list is given (voucher files)', () => {
    expect(fileIssues({ fileName: 'a.txt', contentType: 'text/plain', size: 1 }, 'file', null)).toEqual([]);
  });
  it('contentDisposition keeps non-ASCII names', () => {
    expect(contentDisposition('Faktura ÅÄÖ "1".pdf')).toBe(
      `inline; filename="Faktura ___ _1_.pdf"; filename*=UTF-8''Faktura%20%C3%85%C3%84%C3%96%20%221%22.pdf`,
    );
  });
});
