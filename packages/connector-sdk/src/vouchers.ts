// Which voucher series a voucher import reads, with one meaning in every connector: "all", or the
// series listed ([] = none). (Before, an empty list meant "none" to one connector and "every
// series" to another.)
import { z } from 'zod';

export type VoucherSeriesSetting = 'all' | string[];

/** The `voucherSeries` setting: "all" or a list of series codes (at most 10 characters each; [] imports no vouchers). */
export function voucherSeriesSetting(defaultValue: VoucherSeriesSetting) {
  return z
    .union([z.literal('all'), z.array(z.string().trim().min(1).max(10))])
    .default(defaultValue)
    .describe('Voucher series to import: "all", or a list such as ["A","B","D"]; an empty list imports no vouchers.');
}

/** Whether vouchers of `series` are imported (series codes compare without regard to case). */
export function voucherSeriesWanted(setting: VoucherSeriesSetting, series: string): boolean {
  return setting === 'all' || setting.some((s) => s.toUpperCase() === series.toUpperCase());
}

/** Whether the setting imports any vouchers at all. */
export const importsVouchers = (setting: VoucherSeriesSetting): boolean => setting === 'all' || setting.length > 0;
