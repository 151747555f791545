// Generates realistic customer and contact workbooks for the import benchmark, the way Excel
// writes them (shared strings, text cells), with valid organisation numbers and personnummer.
import ExcelJS from 'exceljs';
import { luhnCheckDigit } from '../../src/modules/customers/identity-numbers.js';

const STREETS = ['Storgatan', 'Kyrkvägen', 'Industrivägen', 'Björkvägen', 'Sjögatan', 'Ängsvägen', 'Hamngatan', 'Skolgatan'];
const CITIES = ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Västerås', 'Örebro', 'Umeå', 'Luleå', 'Falun', 'Åre'];
const FIRST = ['Anna', 'Erik', 'Maria', 'Johan', 'Sara', 'Lars', 'Karin', 'Anders', 'Eva', 'Per'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindqvist'];

export function orgNumber(i: number): string {
  const nine = `556${String(i % 1_000_000).padStart(6, '0')}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

/** A valid personnummer YYYYMMDD-NNNK, distinct for i < 36,500 × 999. */
export function personnummer(i: number): string {
  const day = new Date(Date.UTC(1940, 0, 1) + (i % 21_900) * 86_400_000);
  const serial = String(1 + Math.floor(i / 21_900)).padStart(3, '0');
  const yyyymmdd = day.toISOString().slice(0, 10).replace(/-/g, '');
  const nine = yyyymmdd.slice(2) + serial;
  return `${yyyymmdd}-${serial}${luhnCheckDigit(nine)}`;
}

export const customerNumber = (i: number) => String(100_000 + i);

export async function writeCustomers(file: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('Kunder');
  ws.addRow([
    'Kundnummer',
    'Namn',
    'Kundtyp',
    'Organisationsnummer',
    'Personnummer',
    'Fakturaadress',
    'Postnummer',
    'Ort',
    'Telefon',
    'E-post',
    'Entreprenadbolag',
    'Betalningsvillkor',
    'Kommentarer',
  ]).commit();
  for (let i = 0; i < n; i++) {
    const privat = i % 3 === 0;
    const name = privat ? `${FIRST[i % 10]} ${LAST[(i >> 3) % 10]}` : `${LAST[i % 10]}s Bygg ${i} AB`;
    ws.addRow([
      customerNumber(i),
      name,
      privat ? 'Privat' : 'Företag',
      privat ? '' : orgNumber(i),
      privat ? personnummer(i) : '',
      `${STREETS[i % 8]} ${1 + (i % 97)}`,
      `${100 + (i % 880)} ${String(i % 100).padStart(2, '0')}`,
      CITIES[i % 10]!,
      `08-${String(100000 + (i % 900000)).slice(0, 6)}`,
      `kund${i}@example.se`,
      i % 4 === 0 ? 'Ja' : 'Nej',
      '30',
      i % 5 === 0 ? `Kund sedan ${2000 + (i % 25)}` : '',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

export async function writeContacts(file: string, customers: number, perCustomer: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('Kontakter');
  ws.addRow([
    'Kundnummer',
    'Namn',
    'Person-/orgnr',
    'BRF organisationsnummer',
    'Lägenhetsnummer',
    'Fastighetsbeteckning',
    'Telefon',
    'Mobil',
    'E-post',
    'Huvudkontakt',
  ]).commit();
  let k = 0;
  for (let i = 0; i < customers; i++) {
    for (let j = 0; j < perCustomer; j++, k++) {
      const brf = k % 4 === 1;
      ws.addRow([
        customerNumber(i),
        `${FIRST[k % 10]} ${LAST[(k >> 2) % 10]} ${k}`,
        personnummer(50_000 + k),
        brf ? orgNumber(700_000 + (k % 1000)) : '',
        brf ? String(1001 + (k % 300)) : '',
        brf ? '' : `${CITIES[k % 10]!.toUpperCase()} ${STREETS[k % 8]!.toUpperCase()} ${1 + (k % 50)}:${1 + (k % 30)}`,
        `08-${String(200000 + (k % 700000)).slice(0, 6)}`,
        `070-${String(1000000 + (k % 8999999)).slice(0, 7)}`,
        `kontakt${k}@example.se`,
        j === 0 ? 'Ja' : 'Nej',
      ]).commit();
    }
  }
  ws.commit();
  await wb.commit();
}
