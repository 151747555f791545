// Realistic Swedish customers and projects for the Fortnox export benchmark: company names with
// organisation numbers (valid Luhn check digit), private customers with personnummer, street
// addresses with postcodes and cities, and projects at status 40 spread over the customers.
import { luhnCheckDigit } from '../../src/modules/customers/identity-numbers.js';

const LAST = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Lindberg',
  'Lindqvist',
  'Berglund',
  'Sandberg',
];
const FIRST = ['Anna', 'Erik', 'Maria', 'Johan', 'Sara', 'Lars', 'Karin', 'Anders', 'Eva', 'Per', 'Ingrid', 'Mikael', 'Elin', 'Nils', 'Kerstin', 'Oskar'];
const TRADES = ['Bygg', 'Rör', 'El', 'Måleri', 'Mark & Anläggning', 'Fastigheter', 'Snickeri', 'Plåt', 'Ventilation', 'Golv'];
const FORMS = ['AB', 'AB', 'AB', 'HB', 'Bostadsrättsförening'];
const STREETS = [
  'Storgatan',
  'Kyrkvägen',
  'Industrivägen',
  'Björkvägen',
  'Sjögatan',
  'Ängsvägen',
  'Hamngatan',
  'Skolgatan',
  'Drottninggatan',
  'Östra Långgatan',
];
// City with a plausible postcode prefix (three digits; the last two are varied).
const CITIES: [string, number][] = [
  ['Stockholm', 114],
  ['Göteborg', 411],
  ['Malmö', 211],
  ['Uppsala', 753],
  ['Västerås', 722],
  ['Örebro', 702],
  ['Umeå', 903],
  ['Luleå', 972],
  ['Falun', 791],
  ['Östersund', 831],
  ['Jönköping', 553],
  ['Linköping', 582],
];
const WORKS = [
  'Badrumsrenovering',
  'Takbyte',
  'Fönsterbyte',
  'Stambyte',
  'Tillbyggnad',
  'Fasadrenovering',
  'Köksrenovering',
  'Dränering',
  'Installation av värmepump',
  'Ombyggnad kontor',
  'Nybyggnad garage',
  'Elrenovering',
];

export const customerNumber = (i: number) => String(1000 + i);
export const projectNumber = (i: number) => String(10000 + i);

/** 10 digits, normalised (no hyphen), Luhn-valid; a limited company's 556 series. */
export function organisationNumber(i: number): string {
  const nine = `556${String(i % 1_000_000).padStart(6, '0')}`;
  return `${nine}${luhnCheckDigit(nine)}`;
}

/** 12 digits YYYYMMDDNNNK, normalised, Luhn-valid, distinct for i < 21,900 × 999. */
export function personalIdentityNumber(i: number): string {
  const day = new Date(Date.UTC(1945, 0, 1) + (i % 21_900) * 86_400_000);
  const serial = String(1 + Math.floor(i / 21_900)).padStart(3, '0');
  const yyyymmdd = day.toISOString().slice(0, 10).replace(/-/g, '');
  const nine = yyyymmdd.slice(2) + serial;
  return `${yyyymmdd}${serial}${luhnCheckDigit(nine)}`;
}

export interface CustomerRow {
  number: string;
  numberValue: bigint;
  name: string;
  type: 'COMPANY' | 'PRIVATE';
  organisationNumber: string | null;
  personalIdentityNumber: string | null;
  invoiceAddress1: string;
  invoicePostcode: string;
  invoiceCity: string;
  phone: string;
  email: string;
}

/** Customer i (0-based): two in three companies, one in three private persons. */
export function customer(i: number): CustomerRow {
  const privat = i % 3 === 0;
  const last = LAST[i % LAST.length]!;
  const name = privat
    ? `${FIRST[(i >> 2) % FIRST.length]} ${last}`
    : FORMS[i % FORMS.length] === 'Bostadsrättsförening'
      ? `Bostadsrättsföreningen ${STREETS[(i >> 1) % STREETS.length]} ${1 + (i % 40)}`
      : `${last}s ${TRADES[(i >> 1) % TRADES.length]} ${FORMS[i % FORMS.length]}`;
  const [city, prefix] = CITIES[i % CITIES.length]!;
  return {
    number: customerNumber(i),
    numberValue: BigInt(1000 + i),
    name,
    type: privat ? 'PRIVATE' : 'COMPANY',
    organisationNumber: privat ? null : organisationNumber(i),
    personalIdentityNumber: privat ? personalIdentityNumber(i) : null,
    invoiceAddress1: `${STREETS[i % STREETS.length]} ${1 + (i % 97)}`,
    invoicePostcode: `${prefix} ${String(10 + (i % 90)).padStart(2, '0')}`,
    invoiceCity: city,
    phone: `0${String(8 + (i % 90))}-${String(100000 + ((i * 7919) % 900000))}`,
    email: privat ? `${FIRST[(i >> 2) % FIRST.length]!.toLowerCase()}.${i}@example.se` : `faktura${i}@example.se`,
  };
}

export interface ProjectRow {
  number: string;
  numberValue: bigint;
  name: string;
  statusCode: number;
  startDate: Date;
  endDate: Date;
}

/** Project j (0-based) at status 40, with a start and end date. */
export function project(j: number): ProjectRow {
  const start = new Date(Date.UTC(2026, 0, 1) + (j % 365) * 86_400_000);
  const end = new Date(start.getTime() + (30 + (j % 150)) * 86_400_000);
  const [city] = CITIES[j % CITIES.length]!;
  return {
    number: projectNumber(j),
    numberValue: BigInt(10000 + j),
    name: `${WORKS[j % WORKS.length]} ${STREETS[(j >> 1) % STREETS.length]} ${1 + (j % 97)}, ${city}`,
    statusCode: 40,
    startDate: start,
    endDate: end,
  };
}
