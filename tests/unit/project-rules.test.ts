import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import {
  costCentreIssues,
  changeOrderChanges,
  changeOrderCode,
  changeOrderReference,
  dateOrderIssues,
  defaultClosingCode,
  defaultStatusCode,
  effectiveStartDate,
  isSentToAccounting,
  nextProjectNumber,
  projectChanges,
  projectNumberIssues,
  statusPhase,
  statusTransition,
  toDate,
  workOrderChanges,
  workOrderReference,
} from '../../src/modules/projects/rules.js';

describe('status phases by code', () => {
  it.each([
    [0, 'NOT_ORDERED', false],
    [10, 'NOT_ORDERED', false],
    [39, 'NOT_ORDERED', false],
    [40, 'ORDERED', true],
    [50, 'ORDERED', true],
    [89, 'ORDERED', true],
    [90, 'FINISHED', false],
    [99, 'FINISHED', false],
    [250, 'FINISHED', false],
  ] as const)('code %i is %s (sent to accounting: %s)', (code, phase, sent) => {
    expect(statusPhase(code)).toBe(phase);
    expect(isSentToAccounting(code)).toBe(sent);
  });
});

describe('status transitions', () => {
  const t0 = new Date('2026-01-01T10:00:00Z');
  const t1 = new Date('2026-03-01T10:00:00Z');
  const t2 = new Date('2026-06-01T10:00:00Z');
  it.each([
    ['new, quote', null, 10, t0, { statusCode: 10, statusChangedAt: t0, finishedAt: null }],
    ['new, finished at once', null, 90, t0, { statusCode: 90, statusChangedAt: t0, finishedAt: t0 }],
    ['ordered → finished', { statusCode: 50, statusChangedAt: t0, finishedAt: null }, 90, t1, { statusCode: 90, statusChangedAt: t1, finishedAt: t1 }],
    [
      'finished → closed keeps finishedAt',
      { statusCode: 90, statusChangedAt: t1, finishedAt: t1 },
      99,
      t2,
      { statusCode: 99, statusChangedAt: t2, finishedAt: t1 },
    ],
    [
      'finished → reopened clears finishedAt',
      { statusCode: 90, statusChangedAt: t1, finishedAt: t1 },
      50,
      t2,
      { statusCode: 50, statusChangedAt: t2, finishedAt: null },
    ],
    ['same code changes nothing', { statusCode: 50, statusChangedAt: t0, finishedAt: null }, 50, t2, { statusCode: 50, statusChangedAt: t0, finishedAt: null }],
  ] as const)('%s', (_name, current, next, now, expected) => {
    expect(statusTransition(current ? { ...current } : null, next, now)).toEqual(expected);
  });
});

describe('numbers and references', () => {
  it.each([
    [null, 10000, '10000'],
    [9999n, 10000, '10000'],
    [10000n, 10000, '10001'],
    [10041n, 10000, '10042'],
    [5n, 1, '6'],
  ] as const)('after %s (start %i) comes %s', (highest, start, next) => {
    expect(nextProjectNumber(highest, start)).toBe(next);
  });

  it.each([
    ['10000', true],
    ['P-2026_01', true],
    ['10000.1', false],
    ['', false],
    ['a'.repeat(21), false],
    ['ÅÄÖ', false],
  ])('project number %j valid: %s', (n, ok) => {
    expect(projectNumberIssues(n).length === 0).toBe(ok);
  });

  it.each([
    [1, 'Ä001', '10000_Ä001'],
    [12, 'Ä012', '10000_Ä012'],
    [999, 'Ä999', '10000_Ä999'],
    [1000, 'Ä1000', '10000_Ä1000'],
  ])('ÄTA %i is %s, reference %s', (n, code, ref) => {
    expect(changeOrderCode(n)).toBe(code);
    expect(changeOrderReference('10000', n)).toBe(ref);
  });

  it.each([
    [1, '10000_1'],
    [2, '10000_2'],
    [15, '10000_15'],
  ])('work order %i has reference %s', (n, ref) => {
    expect(workOrderReference('10000', n)).toBe(ref);
  });

  it('a work order starts on its own date, else the project’s', () => {
    const own = toDate('2026-02-01');
    const project = toDate('2026-01-15');
    expect(effectiveStartDate(own, project)).toBe(own);
    expect(effectiveStartDate(null, project)).toBe(project);
    expect(effectiveStartDate(null, null)).toBeNull();
  });
});

describe('default statuses', () => {
  it.each([
    [[10, 20, 40, 50, 90, 99], 10, 90],
    [[40, 50, 95], 40, 95],
    [[50], 50, null],
    [[], null, null],
  ] as const)('codes %j: new %s, closing %s', (codes, fresh, closing) => {
    expect(defaultStatusCode([...codes])).toBe(fresh);
    expect(defaultClosingCode([...codes])).toBe(closing);
  });
});

describe('project input', () => {
  const existing = {
    name: 'Old',
    customerId: 'c1',
    contactId: 'k1',
    customerReference: null,
    projectManagerId: null,
    startDate: toDate('2026-01-01'),
    endDate: null,
    statusCode: 10,
    costCentreId: null,
    description: null,
  };
  const paths = (issues: { path: string; code: string }[]) => issues.map((i) => [i.path, i.code]);

  it.each([
    [
      'missing name and customer',
      {},
      [
        ['name', 'required'],
        ['customerId', 'required'],
      ],
    ],
    ['end before start', { name: 'P', customerId: 'c', startDate: '2026-05-01', endDate: '2026-04-30' }, [['endDate', 'before_start']]],
    ['impossible date', { name: 'P', customerId: 'c', startDate: '2026-02-30' }, [['startDate', 'invalid_date']]],
    ['bad number', { name: 'P', customerId: 'c', number: '10000.5' }, [['number', 'invalid_format']]],
    ['status out of range', { name: 'P', customerId: 'c', statusCode: 1000 }, [['statusCode', 'too_big']]],
    ['unknown field', { name: 'P', customerId: 'c', colour: 'red' }, [['colour', 'unknown_field']]],
    ['valid', { name: 'P', customerId: 'c', number: '10000', startDate: '2026-01-01', endDate: '2026-12-31', statusCode: 40 }, []],
  ] as const)('new project: %s', (_n, input, expected) => {
    expect(paths(projectChanges(input, null, { statusCode: 10 }).issues)).toEqual(expected);
  });

  it('takes the default status when none is given', () => {
    expect(projectChanges({ name: 'P', customerId: 'c' }, null, { statusCode: 10 }).merged.statusCode).toBe(10);
  });

  it('updates only what is given; a new customer drops the old contact', () => {
    const r = projectChanges({ customerId: 'c2' }, existing, { statusCode: 10 });
    expect(r.columns).toEqual({ customerId: 'c2', contactId: null });
    expect(r.merged.name).toBe('Old');
    const keep = projectChanges({ customerId: 'c2', contactId: 'k2' }, existing, { statusCode: 10 });
    expect(keep.columns).toEqual({ customerId: 'c2', contactId: 'k2' });
  });

  it('checks date order against the stored dates', () => {
    expect(paths(projectChanges({ endDate: '2025-12-31' }, existing, { statusCode: 10 }).issues)).toEqual([['endDate', 'before_start']]);
    expect(dateOrderIssues(toDate('2026-01-01'), toDate('2026-01-01'))).toEqual([]);
  });

  it('null clears optional fields and is refused for required ones', () => {
    const r = projectChanges({ startDate: null, name: null }, existing, { statusCode: 10 });
    expect(paths(r.issues)).toEqual([['name', 'required']]);
    expect(r.columns.startDate).toBeNull();
  });
});

describe('work order and ÄTA input', () => {
  it.each([
    [{}, [['name', 'required']]],
    [{ name: 'Tak', startDate: '2026-13-01' }, [['startDate', 'invalid_date']]],
    [{ name: 'Tak', statusCode: null }, [['statusCode', 'required']]],
    [{ name: 'Tak', statusCode: 40, startDate: '2026-03-01', customerReference: 'PO-1' }, []],
  ] as const)('work order %j', (input, expected) => {
    expect(workOrderChanges(input, null, { statusCode: 10 }).issues.map((i) => [i.path, i.code])).toEqual(expected);
  });

  it('keeps an exact estimated amount and refuses more than two decimals', () => {
    const ok = changeOrderChanges({ name: 'Extra fönster', estimatedAmount: new Prisma.Decimal('12500.50') }, null, { statusCode: 10 });
    expect(ok.issues).toEqual([]);
    expect(ok.merged.estimatedAmount?.toFixed()).toBe('12500.5');
    const bad = changeOrderChanges({ name: 'X', estimatedAmount: new Prisma.Decimal('1.005') }, null, { statusCode: 10 });
    expect(bad.issues.map((i) => i.path)).toEqual(['estimatedAmount']);
  });
});

describe('a customer whose card makes a cost centre obligatory', () => {
  const required = { number: '1001', costCentreRequired: true };
  const optional = { number: '1002', costCentreRequired: false };
  it.each([
    ['required, none, created', required, null, true, ['costCentreId:required']],
    ['required, one given', required, 'cc-1', true, []],
    ['required, none, but neither customer nor cost centre changed', required, null, false, []],
    ['not required, none', optional, null, true, []],
    ['customer not found (reported elsewhere)', null, null, true, []],
  ] as const)('%s', (_n, customer, costCentreId, touched, expected) => {
    expect(costCentreIssues(customer, costCentreId, touched).map((i) => `${i.path}:${i.code}`)).toEqual(expected);
  });
});
