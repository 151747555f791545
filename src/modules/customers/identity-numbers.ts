// Swedish identity numbers live in src/shared/se/identity-numbers.ts (shared with the connector
// SDK); this module keeps the names the rest of the code imports. `luhnCheckDigit` here is the
// identity numbers' check digit: Luhn over exactly nine digits (YYMMDDNNN).
export * from '../../shared/se/identity-numbers.js';
export { identityCheckDigit as luhnCheckDigit } from '../../shared/se/identity-numbers.js';
