import { describe, expect, it } from 'vitest';
import { importsVouchers, voucherSeriesSetting, voucherSeriesWanted, type VoucherSeriesSetting } from '../src/vouchers.js';

describe('voucherSeries: one meaning in every connector', () => {
  it.each<[VoucherSeriesSetting, string, boolean]>([
    ['all', 'A', true],
    ['all', '', true],
    [[], 'A', false],
    [['A', 'D'], 'D', true],
    [['A', 'D'], 'd', true],
    [['a'], 'A', true],
    [['A'], 'B', false],
  ])('%j wants series %j: %s', (setting, series, wanted) => {
    expect(voucherSeriesWanted(setting, series)).toBe(wanted);
  });

  it('imports nothing only with an empty list', () => {
    expect([importsVouchers('all'), importsVouchers(['A']), importsVouchers([])]).toEqual([true, true, false]);
  });

  it('the setting takes "all" or series codes and refuses anything else, naming the value', () => {
    const s = voucherSeriesSetting([]);
    expect(s.parse(undefined)).toEqual([]);
    expect(voucherSeriesSetting('all').parse(undefined)).toBe('all');
    expect(s.parse(['A', ' B '])).toEqual(['A', 'B']);
    for (const bad of ['ALL', 'A', [''], ['ELEVENCHARS'], [1]]) expect(s.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
