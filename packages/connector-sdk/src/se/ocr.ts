// OCR references (OCR-nummer) of Swedish customer invoices, as Bankgirot's OCR control levels
// define them: the reference is the invoice's own number followed by a Luhn (modulus 10) check
// digit ("check digit"), or by a length digit and then the check digit ("length and check
// digit": the length digit is the last digit of the reference's whole length, check digit
// included, and the check digit is computed over the number and the length digit). A payer's bank
// refuses a reference whose check digit is wrong, so a payment carries a reference the payee can
// match to its invoice. Bankgirot allows 2–25 digits. Pure.
import { luhnCheckDigit, luhnValid } from './luhn.js';

export type OcrScheme = 'CHECK_DIGIT' | 'LENGTH_AND_CHECK_DIGIT';

/** Bankgirot's limits on an OCR reference's length (digits, check and length digits included). */
export const OCR_MIN_LENGTH = 2;
export const OCR_MAX_LENGTH = 25;

/**
 * The OCR reference of an invoice number (digits only, no leading zeros needed) by a scheme; null
 * when the number is not digits or the reference would be longer than 25 digits.
 * Examples: ocrReference('12345', 'CHECK_DIGIT') === '123455';
 * ocrReference('12345', 'LENGTH_AND_CHECK_DIGIT') === '1234574' (7 digits, length digit 7).
 */
export function ocrReference(number: string, scheme: OcrScheme): string | null {
  if (!/^\d+$/.test(number)) return null;
  let payload = number;
  if (scheme === 'LENGTH_AND_CHECK_DIGIT') payload += String((number.length + 2) % 10);
  const ref = payload + String(luhnCheckDigit(payload));
  return ref.length >= OCR_MIN_LENGTH && ref.length <= OCR_MAX_LENGTH ? ref : null;
}

/** Whether a reference (spaces allowed, as printed) is valid under a scheme. */
export function isValidOcrReference(reference: string, scheme: OcrScheme): boolean {
  const digits = reference.replace(/\s+/g, '');
  if (!/^\d+$/.test(digits) || digits.length < OCR_MIN_LENGTH || digits.length > OCR_MAX_LENGTH || !luhnValid(digits)) return false;
  if (scheme === 'LENGTH_AND_CHECK_DIGIT') return digits.charAt(digits.length - 2) === String(digits.length % 10);
  return true;
}

/** The invoice number an OCR reference was made from (its check digit, and length digit, removed); null when invalid. */
export function invoiceNumberOfOcr(reference: string, scheme: OcrScheme): string | null {
  if (!isValidOcrReference(reference, scheme)) return null;
  const digits = reference.replace(/\s+/g, '');
  return digits.slice(0, scheme === 'LENGTH_AND_CHECK_DIGIT' ? -2 : -1) || null;
}
