// Swedish identity numbers live in packages/connector-sdk/src/se/identity-numbers.ts (shared with the connector
// SDK); this module keeps the names the rest of the code imports. `luhnCheckDigit` here is the
// identity numbers' check digit: Luhn over exactly nine digits (YYMMDDNNN).
export * from '@nordic-invoicing/connector-sdk/se';
export { identityCheckDigit as luhnCheckDigit } from '@nordic-invoicing/connector-sdk/se';
