// The typed records of a SIE 4 file, as the reader delivers them. Dates are ISO YYYY-MM-DD,
// amounts and quantities exact Decimals, `line` the 1-based line of the record in its file.
import type { Decimal } from 'decimal.js';
import type { SieIssue } from './errors.js';
import type { SieField } from './tokenizer.js';

/** One entry of an object list: an object of a dimension (`{1 "100"}` = object 100 of dimension 1). */
export interface SieObjectRef {
  dimension: string;
  id: string;
}

/**
 * A row of a voucher.
 * - `trans`: #TRANS, a booked row.
 * - `rtrans`: #RTRANS, a row added after the voucher was first registered. SIE 4 writes each one
 *   followed by a duplicate #TRANS, so readers unaware of #RTRANS still book it once.
 * - `btrans`: #BTRANS, a row removed after registration; kept for the audit trail, never booked.
 */
export interface SieRow {
  kind: 'trans' | 'rtrans' | 'btrans';
  line: number;
  account: string;
  objects: SieObjectRef[];
  amount: Decimal;
  date?: string;
  text?: string;
  quantity?: Decimal;
  sign?: string;
  /**
   * Whether the row counts in the voucher (its balance, what an import books): every #TRANS; an
   * #RTRANS only when the row after it is not its duplicate #TRANS (same account, objects and
   * amount), i.e. when a program wrote it without the duplicate; never a #BTRANS.
   */
  booked: boolean;
}

export interface SieVoucher {
  line: number;
  /** Series (`A`), empty when not given (a 4I file may leave numbering to the receiver). */
  series: string;
  /** Number within the series, empty when not given. */
  number: string;
  /** Voucher date; when `issues` has a bad-date for it, the text as written. */
  date: string;
  text: string;
  registrationDate?: string;
  sign?: string;
  rows: SieRow[];
  /** Why this voucher must not be imported (unbalanced, unknown account, unreadable row …); empty when it is valid. */
  issues: SieIssue[];
}

type At = { line: number };

export type SieBalanceType = 'IB' | 'UB' | 'OIB' | 'OUB' | 'RES' | 'PSALDO' | 'PBUDGET';

/** #IB/#UB/#RES (no objects, no period), #OIB/#OUB (objects), #PSALDO/#PBUDGET (period YYYYMM and objects). */
export interface SieBalance extends At {
  type: SieBalanceType;
  /** 0 = the current year, -1 the one before (as #RAR numbers them). */
  yearIndex: number;
  period?: string;
  account: string;
  objects: SieObjectRef[];
  amount: Decimal;
  quantity?: Decimal;
}

export type SieRecord =
  | (At & { type: 'FLAGGA'; flag: number })
  | (At & { type: 'PROGRAM'; name: string; version: string })
  | (At & { type: 'FORMAT'; format: string })
  | (At & { type: 'GEN'; date: string; sign?: string })
  | (At & { type: 'SIETYP'; sieType: string })
  | (At & { type: 'PROSA'; text: string })
  | (At & { type: 'FTYP'; companyType: string })
  | (At & { type: 'FNR'; companyId: string })
  | (At & { type: 'ORGNR'; orgNr: string; partNo?: string; workplace?: string })
  | (At & { type: 'ADRESS'; contact: string; street: string; postal: string; phone: string })
  | (At & { type: 'FNAMN'; name: string })
  | (At & { type: 'RAR'; index: number; start: string; end: string })
  | (At & { type: 'TAXAR'; year: number })
  | (At & { type: 'KPTYP'; chartType: string })
  | (At & { type: 'VALUTA'; currency: string })
  | (At & { type: 'KONTO'; account: string; name: string })
  | (At & { type: 'KTYP'; account: string; accountType: string })
  | (At & { type: 'ENHET'; account: string; unit: string })
  | (At & { type: 'SRU'; account: string; code: string })
  | (At & { type: 'DIM'; dimension: string; name: string })
  | (At & { type: 'UNDERDIM'; dimension: string; name: string; parent: string })
  | (At & { type: 'OBJEKT'; dimension: string; id: string; name: string })
  | SieBalance
  | (At & { type: 'VER'; voucher: SieVoucher })
  /** The closing #KSUMMA, verified (a wrong one throws instead). */
  | (At & { type: 'KSUMMA'; value: string })
  /** A record whose label this reader does not know (the standard: readers ignore such records). */
  | (At & { type: 'UNKNOWN'; label: string; fields: SieField[] })
  /** A record outside a voucher that could not be read and was skipped. */
  | (At & { type: 'ISSUE'; issue: SieIssue });

export interface SieAccount {
  number: string;
  name: string;
  /** #KTYP: T (asset), S (liability), K (cost), I (income). */
  type?: string;
  unit?: string;
  sru?: string;
  line: number;
}

export interface SieDimension {
  number: string;
  name: string;
  /** #UNDERDIM: the dimension this one is a sub-dimension of. */
  parent?: string;
  line: number;
}

export interface SieObject {
  dimension: string;
  id: string;
  name: string;
  line: number;
}

export interface SieHeader {
  flag?: number;
  program?: { name: string; version: string };
  format?: string;
  generated?: { date: string; sign?: string };
  sieType?: string;
  prosa: string[];
  companyType?: string;
  companyId?: string;
  orgNr?: { orgNr: string; partNo?: string; workplace?: string };
  address?: { contact: string; street: string; postal: string; phone: string };
  companyName?: string;
  fiscalYears: { index: number; start: string; end: string }[];
  taxYear?: number;
  chartType?: string;
  currency?: string;
}
