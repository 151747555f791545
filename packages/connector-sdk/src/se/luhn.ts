/**
 * Luhn ("modulus 10"): from the rightmost digit leftwards, every second digit is doubled (a
 * product above 9 counts as its digit sum, i.e. minus 9) and everything is summed; a number is
 * valid when the sum is a multiple of 10. The check digit of a payload is the digit that makes
 * the payload followed by it valid. Swedish identity numbers (over YYMMDDNNN), organisation
 * numbers, bankgiro and plusgiro numbers all carry one. Pure; the only Luhn in the repository.
 */

function luhnSum(digits: string, doubleEven: boolean): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // i counts from the right; `doubleEven` doubles positions 0, 2, … (the payload's last digit).
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if ((i % 2 === 0) === doubleEven) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

/**
 * The Luhn check digit of a payload of one or more ASCII digits (the number without its check
 * digit). Throws a RangeError for anything else.
 * Example: luhnCheckDigit('640823323') === 4 (Skatteverket's 640823-3234).
 */
export function luhnCheckDigit(payload: string): number {
  if (!/^\d+$/.test(payload)) {
    throw new RangeError(`luhnCheckDigit expects one or more digits, got ${JSON.stringify(payload)}`);
  }
  return (10 - (luhnSum(payload, true) % 10)) % 10;
}

/** True when `digits` (ASCII digits only, at least one) ends in its correct Luhn check digit. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  return luhnSum(digits, false) % 10 === 0;
}
