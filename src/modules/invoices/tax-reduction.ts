// ROT, RUT and green technology tax reduction (pure, exact decimal), as Skatteverket's rules
// set it: a dated rate table decided by the payment date, the
// eligible basis incl. VAT, the split between buyers, each limited by their yearly caps counting
// their other invoices of the same year, rounded down to whole kronor; buyer requirements.
import { Prisma } from '../../generated/prisma/client.js';
import type { ValidationIssue } from '../../errors.js';
import { ageAtEndOfYear } from '../customers/index.js';

const D = Prisma.Decimal;
type Dec = Prisma.Decimal;
type DecimalLike = Dec | string | number;
const dec = (v: DecimalLike): Dec => (v instanceof D ? v : new D(v));

export type ReductionType = 'ROT' | 'RUT' | 'GREEN';
export type GreenCategory = 'SOLAR' | 'BATTERY' | 'EV_CHARGER';

/** Skatteverket's work categories (Begaran.xsd v6 element names). */
export const ROT_WORK_TYPES = ['Bygg', 'El', 'GlasPlatarbete', 'MarkDraneringarbete', 'Murning', 'MalningTapetsering', 'Vvs'] as const;
export const RUT_WORK_TYPES = [
  'Stadning',
  'KladOchTextilvard',
  'Snoskottning',
  'Tradgardsarbete',
  'Barnpassning',
  'Personligomsorg',
  'Flyttjanster',
  'ItTjanster',
  'ReparationAvVitvaror',
  'Moblering',
  'TillsynAvBostad',
  'TransportTillForsaljning',
  'TvattVidTvattinrattning',
] as const;
export const GREEN_WORK_TYPES = ['SolcellInstallation', 'EnergilagringInstallation', 'LaddpunktInstallation'] as const;

export function workTypesFor(type: ReductionType): readonly string[] {
  return type === 'ROT' ? ROT_WORK_TYPES : type === 'RUT' ? RUT_WORK_TYPES : GREEN_WORK_TYPES;
}

interface RatePeriod {
  from: string; // inclusive, YYYY-MM-DD
  to: string; // inclusive
  percent: number;
}
/** Rates by payment date. */
export const RATE_TABLE: Record<'ROT' | 'RUT' | GreenCategory, RatePeriod[]> = {
  ROT: [
    { from: '0000-01-01', to: '2025-05-11', percent: 30 },
    { from: '2025-05-12', to: '2025-12-31', percent: 50 },
    { from: '2026-01-01', to: '9999-12-31', percent: 30 },
  ],
  RUT: [{ from: '0000-01-01', to: '9999-12-31', percent: 50 }],
  SOLAR: [
    { from: '0000-01-01', to: '2022-12-31', percent: 15 },
    { from: '2023-01-01', to: '2025-06-30', percent: 20 },
    { from: '2025-07-01', to: '9999-12-31', percent: 15 },
  ],
  BATTERY: [{ from: '0000-01-01', to: '9999-12-31', percent: 50 }],
  EV_CHARGER: [{ from: '0000-01-01', to: '9999-12-31', percent: 50 }],
};

/** The reduction rate in percent for a payment date (YYYY-MM-DD). */
export function reductionPercent(type: ReductionType, paymentDate: string, greenCategory?: GreenCategory | null): number {
  if (type === 'GREEN' && !greenCategory) throw new Error('Green technology needs a category');
  const table = RATE_TABLE[type === 'GREEN' ? greenCategory! : type];
  const period = table.find((p) => p.from <= paymentDate && paymentDate <= p.to);
  if (!period) throw new Error(`No ${type} rate for ${paymentDate}`);
  return period.percent;
}

/** Yearly caps per person (kronor): ROT 50,000; ROT and RUT together 75,000; green 50,000 on its own. */
export const CAPS = { ROT: new D(50_000), ROT_AND_RUT: new D(75_000), GREEN: new D(50_000) };

export interface UsedThisYear {
  rot: DecimalLike;
  rut: DecimalLike;
  green: DecimalLike;
}

/** What a buyer may still receive this year of the given type. */
export function remainingCap(type: ReductionType, used: UsedThisYear): Dec {
  const rot = dec(used.rot);
  const rut = dec(used.rut);
  const both = CAPS.ROT_AND_RUT.minus(rot).minus(rut);
  const r = type === 'ROT' ? D.min(CAPS.ROT.minus(rot), both) : type === 'RUT' ? both : CAPS.GREEN.minus(dec(used.green));
  return D.max(r, 0);
}

/** Skatteverket's share for turnkey fixed-price green installations: labour + material = 97 %. */
export const GREEN_FIXED_PRICE_SHARE = new D('0.97');

export interface BuyerShare {
  key: string;
  /** Percent of the reduction this buyer asks for; omitted for all buyers: equal split. */
  sharePercent?: DecimalLike | null;
  usedThisYear: UsedThisYear;
}

export interface ReductionInput {
  type: ReductionType;
  greenCategory?: GreenCategory | null;
  /** Eligible amount incl. VAT: labour (ROT/RUT) or labour and material (green). */
  basisInclVat: DecimalLike;
  /** Decides the rate and the year whose caps count. */
  paymentDate: string;
  /** Green technology at a turnkey fixed price: the basis is 97 % of it. */
  fixedPriceTurnkey?: boolean;
  buyers: BuyerShare[];
}

export interface BuyerReduction {
  key: string;
  /** The buyer's share before the cap. */
  share: Dec;
  /** Requested for the buyer: the share limited by the cap, rounded down to whole kronor. */
  amount: Dec;
  capped: boolean;
}

export interface ReductionResult {
  percent: number;
  basis: Dec;
  perBuyer: BuyerReduction[];
  total: Dec;
}

export function computeReduction(input: ReductionInput): ReductionResult {
  const percent = reductionPercent(input.type, input.paymentDate, input.greenCategory);
  let basis = D.max(dec(input.basisInclVat), 0);
  if (input.type === 'GREEN' && input.fixedPriceTurnkey) basis = basis.times(GREEN_FIXED_PRICE_SHARE);
  const full = basis.times(percent).dividedBy(100);
  const n = input.buyers.length;
  const perBuyer = input.buyers.map((b) => {
    const share = b.sharePercent == null ? full.dividedBy(n) : full.times(dec(b.sharePercent)).dividedBy(100);
    const cap = remainingCap(input.type, b.usedThisYear);
    const capped = share.greaterThan(cap);
    return { key: b.key, share, amount: D.min(share, cap).toDecimalPlaces(0, D.ROUND_DOWN), capped };
  });
  return { percent, basis, perBuyer, total: perBuyer.reduce((s, b) => s.plus(b.amount), new D(0)) };
}

/** Shares given for some buyers must be given for all and sum to 100. */
export function shareIssues(buyers: { sharePercent?: DecimalLike | null }[], path = 'taxReductionBuyers'): ValidationIssue[] {
  const given = buyers.filter((b) => b.sharePercent != null);
  if (given.length === 0) return [];
  if (given.length !== buyers.length) {
    return [{ path, code: 'shares_incomplete', message: 'Give every buyer a share, or none for an equal split.' }];
  }
  const sum = given.reduce((s, b) => s.plus(dec(b.sharePercent!)), new D(0));
  return sum.equals(100) ? [] : [{ path, code: 'shares_not_100', message: `The buyers’ shares add up to ${sum.toFixed()} %, not 100 %.` }];
}

export interface BuyerFacts {
  /** Normalised identity number of the contact (12 digits for a person). */
  identityNumber: string | null;
  propertyDesignation: string | null;
  brfOrganisationNumber: string | null;
  apartmentNumber: string | null;
}

/**
 * What stops a contact from being a buyer: a personnummer (not an organisation number) of
 * someone 18 or older at the end of the payment year; for ROT and green technology also the
 * home: a property designation, or the association's organisation number and apartment number.
 */
export function buyerIssues(type: ReductionType, b: BuyerFacts, paymentYear: number, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (b.identityNumber?.length !== 12) {
    issues.push({ path: `${path}.personalIdentityNumber`, code: 'required', message: 'A buyer needs a valid personnummer.' });
  } else if (ageAtEndOfYear(b.identityNumber, paymentYear) < 18) {
    issues.push({ path: `${path}.personalIdentityNumber`, code: 'minor', message: 'A buyer must be 18 or older at the end of the year.' });
  }
  if (type !== 'RUT' && !b.propertyDesignation) {
    if (!b.brfOrganisationNumber && !b.apartmentNumber) {
      issues.push({
        path: `${path}.propertyDesignation`,
        code: 'required',
        message: 'ROT needs the property designation, or for a condominium the association’s organisation number and apartment number.',
      });
    } else if (!b.brfOrganisationNumber) {
      issues.push({ path: `${path}.brfOrganisationNumber`, code: 'required', message: 'A condominium needs the association’s organisation number.' });
    } else if (!b.apartmentNumber) {
      issues.push({ path: `${path}.apartmentNumber`, code: 'required', message: 'A condominium needs the apartment number.' });
    }
  }
  return issues;
}
