// The Swedish primitives exist once, in the connector SDK's se folder (packages/connector-sdk/src/se,
// published as `@nordic-invoicing/connector-sdk/se`): no Luhn (modulus 10) or IBAN (mod 97) check
// and no list of the VAT rates anywhere else in the application, the connectors or the SDK; and
// that folder depends on nothing but Node built-ins (the modules and the SDK both use it).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = join(ROOT, 'packages', 'connector-sdk', 'src', 'se');
/** Production code; tests and generated code are not scanned. */
const SCANNED = ['src', 'connectors', 'packages'];
const SKIPPED_DIRS = new Set(['node_modules', 'generated', 'dist']);
const SOURCE = /\.(ts|mts|cts|js|mjs)$/;
const TEST = /\.test\.(ts|mts|js)$/;

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // a folder that does not exist (yet)
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return SKIPPED_DIRS.has(e.name) ? [] : sourceFiles(path);
    return SOURCE.test(e.name) && !TEST.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** What only the se folder may contain, each with a pattern that finds a copy. */
const RULES: ReadonlyArray<{ what: string; pattern: RegExp }> = [
  { what: 'a Luhn (modulus 10) sum', pattern: /%\s*10(?![\d.])/ },
  { what: 'a function named Luhn', pattern: /\b(function|const|let|var)\s+\w*luhn\w*\s*[=(<]/i },
  { what: 'an IBAN (mod 97) check', pattern: /%\s*97(?![\d.])/ },
  { what: 'a list of the VAT rates', pattern: /\[\s*(['"`]?)25\1\s*,\s*(['"`]?)12\2\s*,\s*(['"`]?)6\3\s*,\s*(['"`]?)0\4\s*[,\]]/ },
];

/** Every line of `text` that one of RULES matches, comments included (a copy is a copy). */
function findCopies(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => RULES.filter((r) => r.pattern.test(line)).map((r) => `${file}:${i + 1}: ${r.what}: ${line.trim()}`));
}

const LUHN_COPY = `export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let p = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (p > 9) p -= 9;
    sum += p;
  }
  return (10 - (sum % 10)) % 10;
}`;
const LUHN_VALID_COPY = `function isValid(digits: string) {
  let s = 0;
  for (let i = 0; i < digits.length; i++) s += digitSum(Number(digits[digits.length - 1 - i]) * (1 + (i & 1)));
  return s %10 === 0;
}`;

describe("the Swedish primitives exist once, in the SDK's se folder", () => {
  it('the scanner finds each kind of copy', () => {
    expect(findCopies('copy.ts', LUHN_COPY).map((f) => f.split(': ')[1])).toEqual(['a function named Luhn', 'a Luhn (modulus 10) sum']);
    expect(findCopies('copy.ts', LUHN_VALID_COPY)).toHaveLength(1);
    expect(findCopies('copy.ts', 'const rest = (rest * 10 + d) % 97;')).toHaveLength(1);
    for (const list of ["['25', '12', '6', '0']", '["25","12","6","0"]', '[25, 12, 6, 0]', 'new Set([25, 12, 6, 0, 3])']) {
      expect(findCopies('copy.ts', `const RATES = ${list};`), list).toHaveLength(1);
    }
    // What is not a copy: leap years, two-digit years, other lists.
    expect(findCopies('ok.ts', 'return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;')).toEqual([]);
    expect(findCopies('ok.ts', "const X = ['25', '12']; const n = i % 1000; const m = 2.5 % 10.5;")).toEqual([]);
  });

  it('no file outside the se folder holds a Luhn, mod-97 check or VAT-rate list', () => {
    const files = SCANNED.flatMap((d) => sourceFiles(join(ROOT, d))).filter((f) => !f.startsWith(SHARED + sep));
    expect(files.length).toBeGreaterThan(50);
    const copies = files.flatMap((f) => findCopies(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(copies, "use @nordic-invoicing/connector-sdk/se (connectors: the SDK's exports) instead").toEqual([]);
  });

  it('the se folder holds one of each', () => {
    const files = sourceFiles(SHARED);
    const copies = files.flatMap((f) => findCopies(relative(ROOT, f), readFileSync(f, 'utf8')));
    const kinds = copies.map((c) => c.split(': ')[1]);
    expect(kinds.filter((k) => k === 'a list of the VAT rates')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'an IBAN (mod 97) check')).toHaveLength(1);
    expect(copies.every((c) => c.startsWith(`packages${sep}connector-sdk${sep}src${sep}se${sep}`))).toBe(true);
  });

  it('the se folder imports nothing outside itself but Node built-ins', () => {
    const bad = sourceFiles(SHARED).flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return [...text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)]
        .map((m) => m[1]!)
        .filter((spec) => (spec.startsWith('.') ? !resolve(dirname(f), spec).startsWith(SHARED + sep) : !spec.startsWith('node:')))
        .map((spec) => `${relative(ROOT, f)} imports ${spec}`);
    });
    expect(bad).toEqual([]);
  });
});
