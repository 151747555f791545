// Swedish primitives shared by the modules and the connector SDK: Luhn, identity numbers,
// bankgiro/plusgiro/IBAN/BIC and the VAT rates. Nothing here imports anything outside src/shared.
export * from './luhn.js';
export * from './identity-numbers.js';
export * from './bank.js';
export * from './vat.js';
export * from './ocr.js';
