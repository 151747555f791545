// The registers' validation as the SIE import's rules take it (see RegisterChecks in rules.ts):
// the very rules the registers apply to accounts, cost centres and vouchers.
import { accountChanges, costCentreChanges, isBalanceSheetAccount, voucherChanges } from '../registers/index.js';
import type { RegisterChecks } from './rules.js';

export const REGISTER_CHECKS: RegisterChecks = {
  isBalanceSheetAccount,
  account(input) {
    const ch = accountChanges(input, null, 'account');
    return { issues: ch.issues, name: ch.merged.name };
  },
  costCentre(input) {
    const ch = costCentreChanges(input, null, 'costCentre');
    return { issues: ch.issues, code: ch.merged.code, name: ch.merged.name };
  },
  voucher: (input) => voucherChanges(input).issues,
};
