// The registers module's public surface: what other modules use of it. Other modules import it
// only from here.
export { CostCentreRef, PaymentTermRef, SupplierRef } from './graphql.js';
export { accountChanges, costCentreChanges, isBalanceSheetAccount, voucherChanges } from './rules.js';
export { type AccountImport, type CostCentreImport, importAccounts, importAccountsIn, syncCostCentres, syncCostCentresIn } from './service.js';
export { importVoucher, importVoucherIn, importVouchersIn, type VoucherImport, type VoucherRowImport } from './vouchers.js';
