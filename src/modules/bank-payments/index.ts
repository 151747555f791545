// Incoming bankgiro payments (Bankgirot's BgMax file) matched to customer invoices by OCR reference: the public surface.
export {
  BgMaxFormatError,
  type BgMaxDeposit,
  type BgMaxPayment,
  missingPaymentPermission,
  PAYMENT_IMPORT_PERMISSIONS,
  type PaymentMatch,
  type PaymentOutcome,
  parseBgMax,
  readBgMax,
} from './rules.js';
export { BANK_PAYMENTS_PERMISSION, type BankPaymentsSummary, type BgMaxSource, importBankgiroPayments } from './service.js';
