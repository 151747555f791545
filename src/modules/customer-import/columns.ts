// The spreadsheet columns of the customer register and of contacts (pure): Swedish and English
// header names (both recognised, order free), how a cell becomes an input value, which input
// paths of the customer rules a column feeds (so an issue names its column), and how a stored
// value is written back (export, template, and the "changed fields" of a preview).
import {
  type CustomFieldDef,
  type CustomFieldValues,
  displayIdentityNumber,
  LANGUAGES,
  type ContactColumns,
  type CustomerColumns,
} from '../customers/index.js';
import { cellBoolean, cellCode, cellDate, cellDecimal, cellIdentity, cellPhone, cellText, type Cell, type Converted } from './cells.js';

export type Lang = 'sv' | 'en';
export type ImportKind = 'customers' | 'contacts';

type ValueKind =
  | 'code'
  | 'text'
  | 'identity'
  | 'phone'
  | 'boolean'
  | 'customerType'
  | 'customerCategory'
  | 'vatDisplayType'
  | 'language'
  | 'country'
  | 'custom';

export interface ColumnDef {
  /** Stable key, e.g. `invoicePostcode`; custom fields `custom:<key>`. */
  key: string;
  sv: string;
  en: string;
  aliases?: string[];
  kind: ValueKind;
  /** Input paths the customer/contact rules report issues at, for this column. */
  paths: string[];
  note: { sv: string; en: string };
  width?: number;
  /** Custom fields: the definition. */
  custom?: CustomFieldDef;
}

const yesNo = { sv: 'Ja eller Nej.', en: 'Yes or No.' };

// ---------------------------------------------------------------------------------------------
// Customers

export const CUSTOMER_COLUMNS: readonly ColumnDef[] = [
  {
    key: 'number',
    sv: 'Kundnummer',
    en: 'Customer number',
    aliases: ['kundnr', 'kund nr', 'nummer', 'number', 'customer no', 'customernumber'],
    kind: 'code',
    paths: ['number'],
    width: 14,
    note: {
      sv: 'Nyckeln: finns numret uppdateras kunden, annars skapas den. Tomt: nästa lediga nummer.',
      en: 'The key: an existing number updates that customer, a new one creates it. Empty: the next free number.',
    },
  },
  {
    key: 'name',
    sv: 'Namn',
    en: 'Name',
    aliases: ['kundnamn', 'customer name', 'företagsnamn', 'company name'],
    kind: 'text',
    paths: ['name'],
    width: 30,
    note: { sv: 'Obligatoriskt.', en: 'Required.' },
  },
  {
    key: 'type',
    sv: 'Kundtyp',
    en: 'Customer type',
    aliases: ['typ', 'type', 'företag/privat', 'company/private'],
    kind: 'customerType',
    paths: ['type'],
    width: 12,
    note: { sv: 'Företag eller Privat (tomt: Företag för nya kunder).', en: 'Company or Private (empty: Company for new customers).' },
  },
  {
    key: 'organisationNumber',
    sv: 'Organisationsnummer',
    en: 'Organisation number',
    aliases: ['orgnr', 'org nr', 'organisationsnr', 'organization number', 'corporate id', 'organisationnumber'],
    kind: 'identity',
    paths: ['organisationNumber'],
    width: 16,
    note: {
      sv: 'Företag: NNNNNN-NNNN (en enskild firmas personnummer går också). Formatera kolumnen som text.',
      en: 'Companies: NNNNNN-NNNN (a sole trader’s personnummer is accepted). Format the column as text.',
    },
  },
  {
    key: 'personalIdentityNumber',
    sv: 'Personnummer',
    en: 'Personal identity number',
    aliases: ['pnr', 'personnr', 'person number', 'personal number', 'personalidentitynumber'],
    kind: 'identity',
    paths: ['personalIdentityNumber'],
    width: 16,
    note: { sv: 'Privatkunder: ÅÅÅÅMMDD-NNNN. Formatera kolumnen som text.', en: 'Private customers: YYYYMMDD-NNNN. Format the column as text.' },
  },
  {
    key: 'vatNumber',
    sv: 'Momsregistreringsnummer',
    en: 'VAT number',
    aliases: ['momsnr', 'momsregnr', 'vat no', 'vat reg no', 'vatnumber'],
    kind: 'text',
    paths: ['vatNumber'],
    width: 16,
    note: { sv: 'T.ex. SE556036079301.', en: 'E.g. SE556036079301.' },
  },
  {
    key: 'isConstructionCompany',
    sv: 'Entreprenadbolag',
    en: 'Construction company',
    aliases: ['omvänd byggmoms', 'reverse charge', 'isconstructioncompany'],
    kind: 'boolean',
    paths: ['isConstructionCompany'],
    width: 10,
    note: { sv: `Ja: fakturor får omvänd betalningsskyldighet. ${yesNo.sv}`, en: `Yes: invoices default to reverse charge. ${yesNo.en}` },
  },
  {
    key: 'category',
    sv: 'Kundkategori',
    en: 'Customer category',
    aliases: ['kategori', 'koncernintern', 'intra-group', 'category', 'customercategory'],
    kind: 'customerCategory',
    paths: ['category'],
    width: 14,
    note: {
      sv: 'Extern eller Koncernintern (för intäktsredovisningens konteringsregler; tomt: Extern för nya kunder).',
      en: 'External or Intra-group (for the revenue posting rules; empty: External for new customers).',
    },
  },
  {
    key: 'vatDisplayType',
    sv: 'Momsvisning',
    en: 'VAT display',
    aliases: ['momstyp', 'visa moms', 'vat type', 'vatdisplaytype'],
    kind: 'vatDisplayType',
    paths: ['vatDisplayType'],
    width: 14,
    note: { sv: 'Automatisk, Normal moms eller Ingen moms.', en: 'Automatic, Normal VAT or No VAT.' },
  },
  {
    key: 'paymentTerm',
    sv: 'Betalningsvillkor',
    en: 'Payment terms',
    aliases: ['betalvillkor', 'payment term', 'paymentterms', 'paymenttermid'],
    kind: 'code',
    paths: ['paymentTermId'],
    width: 12,
    note: { sv: 'Villkorets kod, t.ex. 30.', en: 'The code of the payment terms, e.g. 30.' },
  },
  {
    key: 'invoiceAddress1',
    sv: 'Fakturaadress',
    en: 'Invoice address',
    aliases: ['fakturaadress 1', 'invoice address 1', 'adress', 'address', 'gatuadress'],
    kind: 'text',
    paths: ['invoiceAddress.address1'],
    width: 24,
    note: { sv: 'Gatuadress eller box.', en: 'Street address or PO box.' },
  },
  {
    key: 'invoiceAddress2',
    sv: 'Fakturaadress 2',
    en: 'Invoice address 2',
    aliases: ['c/o', 'adress 2', 'address 2'],
    kind: 'text',
    paths: ['invoiceAddress.address2'],
    width: 20,
    note: { sv: 'T.ex. c/o.', en: 'E.g. c/o.' },
  },
  {
    key: 'invoicePostcode',
    sv: 'Postnummer',
    en: 'Postcode',
    aliases: ['postnr', 'fakturapostnummer', 'invoice postcode', 'zip', 'postal code', 'zip code'],
    kind: 'text',
    paths: ['invoiceAddress.postcode'],
    width: 10,
    note: { sv: 'Svenska postnummer NNN NN.', en: 'Swedish postcodes NNN NN.' },
  },
  {
    key: 'invoiceCity',
    sv: 'Ort',
    en: 'City',
    aliases: ['postort', 'fakturaort', 'invoice city', 'stad', 'town'],
    kind: 'text',
    paths: ['invoiceAddress.city'],
    width: 16,
    note: { sv: 'Postort.', en: 'Town.' },
  },
  {
    key: 'invoiceCountryCode',
    sv: 'Land',
    en: 'Country',
    aliases: ['landskod', 'country code', 'fakturaland', 'invoice country'],
    kind: 'country',
    paths: ['invoiceAddress.countryCode'],
    width: 8,
    note: { sv: 'Landskod med två bokstäver, t.ex. SE (tomt: SE).', en: 'Two-letter country code, e.g. SE (empty: SE).' },
  },
  {
    key: 'visitingAddress1',
    sv: 'Besöksadress',
    en: 'Visiting address',
    aliases: ['besöksadress 1', 'visiting address 1'],
    kind: 'text',
    paths: ['visitingAddress.address1'],
    width: 24,
    note: { sv: 'Valfri.', en: 'Optional.' },
  },
  {
    key: 'visitingAddress2',
    sv: 'Besöksadress 2',
    en: 'Visiting address 2',
    aliases: [],
    kind: 'text',
    paths: ['visitingAddress.address2'],
    width: 20,
    note: { sv: 'Valfri.', en: 'Optional.' },
  },
  {
    key: 'visitingPostcode',
    sv: 'Besökspostnummer',
    en: 'Visiting postcode',
    aliases: ['besökspostnr'],
    kind: 'text',
    paths: ['visitingAddress.postcode'],
    width: 10,
    note: { sv: 'NNN NN.', en: 'NNN NN.' },
  },
  {
    key: 'visitingCity',
    sv: 'Besöksort',
    en: 'Visiting city',
    aliases: [],
    kind: 'text',
    paths: ['visitingAddress.city'],
    width: 16,
    note: { sv: 'Valfri.', en: 'Optional.' },
  },
  {
    key: 'visitingCountryCode',
    sv: 'Besöksland',
    en: 'Visiting country',
    aliases: ['besökslandskod', 'visiting country code'],
    kind: 'country',
    paths: ['visitingAddress.countryCode'],
    width: 8,
    note: { sv: 'T.ex. SE.', en: 'E.g. SE.' },
  },
  {
    key: 'mailAddress1',
    sv: 'Postadress',
    en: 'Mail address',
    aliases: ['postadress 1', 'mail address 1', 'postal address'],
    kind: 'text',
    paths: ['mailAddress.address1'],
    width: 24,
    note: { sv: 'Valfri; när post ska till en annan adress än fakturan.', en: 'Optional; when letters go elsewhere than the invoice.' },
  },
  {
    key: 'mailAddress2',
    sv: 'Postadress 2',
    en: 'Mail address 2',
    aliases: [],
    kind: 'text',
    paths: ['mailAddress.address2'],
    width: 20,
    note: { sv: 'Valfri.', en: 'Optional.' },
  },
  {
    key: 'mailPostcode',
    sv: 'Postadressens postnummer',
    en: 'Mail postcode',
    aliases: ['postadress postnr', 'postal postcode'],
    kind: 'text',
    paths: ['mailAddress.postcode'],
    width: 10,
    note: { sv: 'NNN NN.', en: 'NNN NN.' },
  },
  {
    key: 'mailCity',
    sv: 'Postadressens ort',
    en: 'Mail city',
    aliases: ['postadress ort', 'postal city'],
    kind: 'text',
    paths: ['mailAddress.city'],
    width: 16,
    note: { sv: 'Valfri.', en: 'Optional.' },
  },
  {
    key: 'mailCountryCode',
    sv: 'Postadressens land',
    en: 'Mail country',
    aliases: ['postadress land', 'postal country'],
    kind: 'country',
    paths: ['mailAddress.countryCode'],
    width: 8,
    note: { sv: 'T.ex. SE.', en: 'E.g. SE.' },
  },
  {
    key: 'invoiceEmail',
    sv: 'E-post för faktura',
    en: 'Invoice e-mail',
    aliases: ['faktura e-post', 'fakturaepost', 'fakturamejl', 'invoice email', 'invoiceemail'],
    kind: 'text',
    paths: ['invoiceEmail'],
    width: 24,
    note: { sv: 'Dit fakturor skickas.', en: 'Where invoices are e-mailed.' },
  },
  {
    key: 'phone',
    sv: 'Telefon',
    en: 'Phone',
    aliases: ['telefonnummer', 'tel', 'telephone', 'phone number'],
    kind: 'phone',
    paths: ['phone'],
    width: 16,
    note: { sv: 'Formatera kolumnen som text (inledande 0).', en: 'Format the column as text (leading 0).' },
  },
  {
    key: 'mobile',
    sv: 'Mobil',
    en: 'Mobile',
    aliases: ['mobiltelefon', 'mobilnummer', 'mobile phone', 'cell phone'],
    kind: 'phone',
    paths: ['mobile'],
    width: 16,
    note: { sv: 'Formatera kolumnen som text (inledande 0).', en: 'Format the column as text (leading 0).' },
  },
  {
    key: 'email',
    sv: 'E-post',
    en: 'E-mail',
    aliases: ['epostadress', 'e-postadress', 'mejl', 'mail', 'email address'],
    kind: 'text',
    paths: ['email'],
    width: 24,
    note: { sv: 'Kundens e-postadress.', en: 'The customer’s e-mail address.' },
  },
  {
    key: 'language',
    sv: 'Språk',
    en: 'Language',
    aliases: ['språkkod', 'language code'],
    kind: 'language',
    paths: ['language'],
    width: 8,
    note: { sv: `Språkkod: ${LANGUAGES.join(', ')} (tomt: SV).`, en: `Language code: ${LANGUAGES.join(', ')} (empty: SV).` },
  },
  {
    key: 'comments',
    sv: 'Kommentarer',
    en: 'Comments',
    aliases: ['kommentar', 'anteckningar', 'notes', 'comment'],
    kind: 'text',
    paths: ['comments'],
    width: 30,
    note: { sv: 'Interna; visas aldrig för kunden.', en: 'Internal; never shown to the customer.' },
  },
  {
    key: 'assignedUser',
    sv: 'Ansvarig',
    en: 'Assigned to',
    aliases: ['ansvarig tekniker', 'assigned user', 'assigneduser', 'assigneduserid'],
    kind: 'code',
    paths: ['assignedUserId'],
    width: 10,
    note: { sv: 'Användarens signatur. Kräver behörigheten Tilldela.', en: 'The user’s signature. Needs the Assign permission.' },
  },
  {
    key: 'facilitiesDisabled',
    sv: 'Anläggningar avstängda',
    en: 'Facilities disabled',
    aliases: ['facilitiesdisabled'],
    kind: 'boolean',
    paths: ['facilitiesDisabled'],
    width: 10,
    note: yesNo,
  },
  {
    key: 'facilityRequired',
    sv: 'Anläggning obligatorisk',
    en: 'Facility required',
    aliases: ['facilityrequired'],
    kind: 'boolean',
    paths: ['facilityRequired'],
    width: 10,
    note: yesNo,
  },
  {
    key: 'costCentreRequired',
    sv: 'Kostnadsställe obligatoriskt',
    en: 'Cost centre required',
    aliases: ['cost center required', 'costcentrerequired'],
    kind: 'boolean',
    paths: ['costCentreRequired'],
    width: 10,
    note: yesNo,
  },
  {
    key: 'alwaysSendAsInvoice',
    sv: 'Skicka alltid som faktura',
    en: 'Always send as invoice',
    aliases: ['alwayssendasinvoice'],
    kind: 'boolean',
    paths: ['alwaysSendAsInvoice'],
    width: 10,
    note: { sv: `Till ekonomisystemet. ${yesNo.sv}`, en: `To the accounting system. ${yesNo.en}` },
  },
  {
    key: 'active',
    sv: 'Aktiv',
    en: 'Active',
    aliases: ['active customer'],
    kind: 'boolean',
    paths: ['active'],
    width: 8,
    note: { sv: 'Nej: inaktiv kund (tomt: Ja för nya).', en: 'No: inactive customer (empty: Yes for new ones).' },
  },
];

// ---------------------------------------------------------------------------------------------
// Contacts

export const CONTACT_COLUMNS: readonly ColumnDef[] = [
  {
    key: 'customerNumber',
    sv: 'Kundnummer',
    en: 'Customer number',
    aliases: ['kundnr', 'kund nr', 'customer no', 'customernumber'],
    kind: 'code',
    paths: ['customerNumber'],
    width: 14,
    note: { sv: 'Obligatoriskt: kunden som kontakten hör till.', en: 'Required: the customer the contact belongs to.' },
  },
  {
    key: 'contactId',
    sv: 'Kontakt-id',
    en: 'Contact ID',
    aliases: ['kontaktid', 'id', 'contactid'],
    kind: 'text',
    paths: ['contactId'],
    width: 12,
    note: {
      sv: 'Fylls i av exporten. Tomt: kontakten matchas på person-/orgnr, annars på namn; ingen träff skapar en ny.',
      en: 'Filled in by the export. Empty: the contact is matched on person/org. number, else on name; no match creates one.',
    },
  },
  {
    key: 'name',
    sv: 'Namn',
    en: 'Name',
    aliases: ['kontaktperson', 'kontaktnamn', 'contact name', 'contact person'],
    kind: 'text',
    paths: ['name'],
    width: 26,
    note: { sv: 'Obligatoriskt för nya kontakter.', en: 'Required for new contacts.' },
  },
  {
    key: 'personalIdentityNumber',
    sv: 'Person-/orgnr',
    en: 'Person/org. number',
    aliases: ['personnummer', 'person/orgnr', 'personorgnr', 'pnr', 'personal identity number', 'identity number', 'personalidentitynumber'],
    kind: 'identity',
    paths: ['personalIdentityNumber'],
    width: 16,
    note: {
      sv: 'ÅÅÅÅMMDD-NNNN (krävs för ROT/RUT) eller organisationsnummer. Formatera kolumnen som text.',
      en: 'YYYYMMDD-NNNN (needed for ROT/RUT) or an organisation number. Format the column as text.',
    },
  },
  {
    key: 'brfOrganisationNumber',
    sv: 'BRF organisationsnummer',
    en: 'BRF organisation number',
    aliases: ['brf orgnr', 'brf org nr', 'bostadsrättsförening', 'condominium organisation number', 'brforganisationnumber'],
    kind: 'identity',
    paths: ['brfOrganisationNumber'],
    width: 16,
    note: {
      sv: 'Bostadsrättsföreningens organisationsnummer (ROT på bostadsrätt).',
      en: 'The condominium association’s organisation number (ROT on a bostadsrätt).',
    },
  },
  {
    key: 'apartmentNumber',
    sv: 'Lägenhetsnummer',
    en: 'Apartment number',
    aliases: ['lgh nr', 'lghnr', 'lägenhetsnr', 'apartment no', 'apartmentnumber'],
    kind: 'text',
    paths: ['apartmentNumber'],
    width: 10,
    note: { sv: 'Formatera kolumnen som text (Excel gör 1-2 till ett datum).', en: 'Format the column as text (Excel turns 1-2 into a date).' },
  },
  {
    key: 'propertyDesignation',
    sv: 'Fastighetsbeteckning',
    en: 'Property designation',
    aliases: ['fastighet', 'property', 'propertydesignation'],
    kind: 'text',
    paths: ['propertyDesignation'],
    width: 22,
    note: { sv: 'T.ex. STOCKHOLM SÖDERMALM 1:23.', en: 'E.g. STOCKHOLM SÖDERMALM 1:23.' },
  },
  {
    key: 'phone',
    sv: 'Telefon',
    en: 'Phone',
    aliases: ['telefonnummer', 'tel', 'telephone'],
    kind: 'phone',
    paths: ['phone'],
    width: 16,
    note: { sv: 'Formatera kolumnen som text.', en: 'Format the column as text.' },
  },
  {
    key: 'mobile',
    sv: 'Mobil',
    en: 'Mobile',
    aliases: ['mobiltelefon', 'mobilnummer', 'mobile phone', 'cell phone'],
    kind: 'phone',
    paths: ['mobile'],
    width: 16,
    note: { sv: 'Formatera kolumnen som text.', en: 'Format the column as text.' },
  },
  {
    key: 'email',
    sv: 'E-post',
    en: 'E-mail',
    aliases: ['epostadress', 'e-postadress', 'mejl', 'mail', 'email address'],
    kind: 'text',
    paths: ['email'],
    width: 24,
    note: { sv: 'Kontaktens e-postadress.', en: 'The contact’s e-mail address.' },
  },
  {
    key: 'isMainContact',
    sv: 'Huvudkontakt',
    en: 'Main contact',
    aliases: ['ismaincontact'],
    kind: 'boolean',
    paths: ['isMainContact'],
    width: 10,
    note: { sv: 'Ja gör kontakten till kundens enda huvudkontakt.', en: 'Yes makes it the customer’s only main contact.' },
  },
  {
    key: 'sendServiceProtocol',
    sv: 'Skicka serviceprotokoll',
    en: 'Send service protocol',
    aliases: ['sendserviceprotocol'],
    kind: 'boolean',
    paths: ['sendServiceProtocol'],
    width: 10,
    note: yesNo,
  },
  {
    key: 'sendWorkOrder',
    sv: 'Skicka arbetsorder',
    en: 'Send work order',
    aliases: ['sendworkorder'],
    kind: 'boolean',
    paths: ['sendWorkOrder'],
    width: 10,
    note: yesNo,
  },
];

// ---------------------------------------------------------------------------------------------
// Custom fields as columns

const CUSTOM_TYPE_NOTE: Record<CustomFieldDef['type'], { sv: string; en: string }> = {
  TEXT: { sv: 'Text.', en: 'Text.' },
  NUMBER: { sv: 'Tal, t.ex. 12,5.', en: 'A number, e.g. 12.5.' },
  DATE: { sv: 'Datum ÅÅÅÅ-MM-DD.', en: 'A date YYYY-MM-DD.' },
  BOOLEAN: yesNo,
  SELECT: { sv: 'Ett av värdena i listan.', en: 'One of the values in the list.' },
};

/** One column per active custom field definition: the label, or "label (key)" when the label alone is ambiguous. */
export function customFieldColumns(defs: readonly CustomFieldDef[]): ColumnDef[] {
  const active = defs.filter((d) => d.active);
  const builtIn = new Set(CUSTOMER_COLUMNS.flatMap((c) => namesOf(c)));
  const labelCount = new Map<string, number>();
  for (const d of active) labelCount.set(normaliseHeader(d.label), (labelCount.get(normaliseHeader(d.label)) ?? 0) + 1);
  return active.map((d) => {
    const n = normaliseHeader(d.label);
    const header = builtIn.has(n) || (labelCount.get(n) ?? 0) > 1 ? `${d.label} (${d.key})` : d.label;
    const required = d.required ? { sv: ' Obligatoriskt.', en: ' Required.' } : { sv: '', en: '' };
    const options = d.type === 'SELECT' ? { sv: ` ${d.options.join(', ')}.`, en: ` ${d.options.join(', ')}.` } : { sv: '', en: '' };
    return {
      key: `custom:${d.key}`,
      sv: header,
      en: header,
      aliases: [d.key],
      kind: 'custom',
      paths: [],
      width: 16,
      custom: d,
      note: {
        sv: `Eget fält ${d.key}: ${CUSTOM_TYPE_NOTE[d.type].sv}${options.sv}${required.sv}`,
        en: `Custom field ${d.key}: ${CUSTOM_TYPE_NOTE[d.type].en}${options.en}${required.en}`,
      },
    } satisfies ColumnDef;
  });
}

// ---------------------------------------------------------------------------------------------
// Header matching

/** Lower case, parenthesised remarks and punctuation removed: "E-post (faktura)" → "epost". */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[^a-z0-9åäöæøéü]+/g, '');
}

function namesOf(c: ColumnDef): string[] {
  return [c.sv, c.en, c.key, ...(c.aliases ?? [])].map(normaliseHeader);
}

export interface MappedColumn {
  /** 0-based position in the row. */
  index: number;
  /** The header as written in the file. */
  header: string;
  def: ColumnDef;
}

export interface HeaderProblem {
  code: 'duplicate_column' | 'missing_column' | 'no_header';
  message: string;
}

export interface HeaderMapping {
  columns: MappedColumn[];
  /** Headers no column matched, as written. */
  unknown: string[];
  problems: HeaderProblem[];
}

/** Matches a header row against the columns of `kind` (custom field columns for customers). */
export function mapHeader(headers: readonly (string | null)[], kind: ImportKind, customDefs: readonly CustomFieldDef[] = []): HeaderMapping {
  const defs = kind === 'customers' ? CUSTOMER_COLUMNS : CONTACT_COLUMNS;
  const byName = new Map<string, ColumnDef>();
  for (const d of defs) for (const n of namesOf(d)) if (!byName.has(n)) byName.set(n, d);
  const customs = kind === 'customers' ? customFieldColumns(customDefs) : [];
  const customByKey = new Map(customs.map((c) => [c.custom!.key.toLowerCase(), c]));
  const customByName = new Map<string, ColumnDef>();
  for (const c of customs)
    for (const n of [normaliseHeader(c.sv), normaliseHeader(c.custom!.label), normaliseHeader(c.custom!.key)]) {
      if (!customByName.has(n)) customByName.set(n, c);
    }

  const columns: MappedColumn[] = [];
  const unknown: string[] = [];
  const problems: HeaderProblem[] = [];
  const seen = new Map<string, MappedColumn>();
  headers.forEach((raw, index) => {
    const header = (raw ?? '').trim();
    if (header === '') return;
    const keyInParens = /\(([A-Za-z][A-Za-z0-9_]*)\)\s*$/.exec(header)?.[1]?.toLowerCase();
    const n = normaliseHeader(header);
    const def = (keyInParens && customByKey.get(keyInParens)) || byName.get(n) || customByName.get(n);
    if (!def) {
      unknown.push(header);
      return;
    }
    const prior = seen.get(def.key);
    if (prior) {
      problems.push({
        code: 'duplicate_column',
        message: `The columns "${prior.header}" and "${header}" are both ${def.sv} / ${def.en}; keep one.`,
      });
      return;
    }
    const m = { index, header, def };
    seen.set(def.key, m);
    columns.push(m);
  });
  if (columns.length === 0) {
    problems.push({
      code: 'no_header',
      message:
        kind === 'customers'
          ? 'No recognised column headers: the first row must name the columns, e.g. Kundnummer, Namn (Customer number, Name). Download the template.'
          : 'No recognised column headers: the first row must name the columns, e.g. Kundnummer, Namn, Person-/orgnr. Download the template.',
    });
  } else if (kind === 'customers' && !seen.has('number') && !seen.has('name')) {
    problems.push({ code: 'missing_column', message: 'The sheet needs a Kundnummer (Customer number) or a Namn (Name) column.' });
  } else if (kind === 'contacts' && !seen.has('customerNumber')) {
    problems.push({ code: 'missing_column', message: 'The sheet needs a Kundnummer (Customer number) column: contacts are keyed by their customer’s number.' });
  }
  return { columns, unknown, problems };
}

// ---------------------------------------------------------------------------------------------
// Cell → value

const TYPE_WORDS: Record<string, 'COMPANY' | 'PRIVATE'> = {
  company: 'COMPANY',
  företag: 'COMPANY',
  foretag: 'COMPANY',
  business: 'COMPANY',
  juridiskperson: 'COMPANY',
  organisation: 'COMPANY',
  private: 'PRIVATE',
  privat: 'PRIVATE',
  privatperson: 'PRIVATE',
  person: 'PRIVATE',
  privatkund: 'PRIVATE',
  consumer: 'PRIVATE',
};
const CATEGORY_WORDS: Record<string, 'EXTERNAL' | 'INTRA_GROUP'> = {
  external: 'EXTERNAL',
  extern: 'EXTERNAL',
  externkund: 'EXTERNAL',
  intragroup: 'INTRA_GROUP',
  koncernintern: 'INTRA_GROUP',
  koncern: 'INTRA_GROUP',
  koncernbolag: 'INTRA_GROUP',
  intern: 'INTRA_GROUP',
  internal: 'INTRA_GROUP',
};
const VAT_WORDS: Record<string, 'AUTOMATIC' | 'NORMAL_VAT' | 'NO_VAT'> = {
  automatic: 'AUTOMATIC',
  automatisk: 'AUTOMATIC',
  auto: 'AUTOMATIC',
  normalvat: 'NORMAL_VAT',
  normalmoms: 'NORMAL_VAT',
  moms: 'NORMAL_VAT',
  medmoms: 'NORMAL_VAT',
  novat: 'NO_VAT',
  ingenmoms: 'NO_VAT',
  utanmoms: 'NO_VAT',
  momsfri: 'NO_VAT',
};
const LANGUAGE_WORDS: Record<string, (typeof LANGUAGES)[number]> = {
  svenska: 'SV',
  swedish: 'SV',
  engelska: 'EN',
  english: 'EN',
  norska: 'NB',
  norwegian: 'NB',
  no: 'NB',
  danska: 'DA',
  danish: 'DA',
  finska: 'FI',
  finnish: 'FI',
  tyska: 'DE',
  german: 'DE',
  polska: 'PL',
  polish: 'PL',
  estniska: 'ET',
  estonian: 'ET',
  litauiska: 'LT',
  lithuanian: 'LT',
  lettiska: 'LV',
  latvian: 'LV',
};
const COUNTRY_WORDS: Record<string, string> = {
  sverige: 'SE',
  sweden: 'SE',
  norge: 'NO',
  norway: 'NO',
  danmark: 'DK',
  denmark: 'DK',
  finland: 'FI',
  suomi: 'FI',
  tyskland: 'DE',
  germany: 'DE',
  polen: 'PL',
  poland: 'PL',
  estland: 'EE',
  estonia: 'EE',
  island: 'IS',
  iceland: 'IS',
};

function word(v: string): string {
  return v.toLowerCase().replace(/[^a-zåäö]/g, '');
}

function enumOf<T extends string>(cell: Cell, codes: readonly T[], words: Record<string, T>, what: string, shown: string): Converted<T | null> {
  const t = cellText(cell);
  if (!t.ok || t.value === null) return t as Converted<T | null>;
  const code = t.value.toUpperCase().replace(/\s+/g, '_');
  if ((codes as readonly string[]).includes(code)) return { ok: true, value: code as T };
  const w = words[word(t.value)];
  if (w) return { ok: true, value: w };
  return { ok: false, problem: { code: 'invalid_option', message: `"${t.value}" is not a ${what}; write ${shown}.` } };
}

/** The value of one cell for a column: strings, booleans or codes; null for an empty cell. */
export function readCell(def: ColumnDef, cell: Cell): Converted<string | boolean | null> {
  switch (def.kind) {
    case 'code':
      return cellCode(cell);
    case 'text':
      return cellText(cell);
    case 'identity':
      return cellIdentity(cell);
    case 'phone':
      return cellPhone(cell);
    case 'boolean':
      return cellBoolean(cell);
    case 'customerType':
      return enumOf(cell, ['COMPANY', 'PRIVATE'] as const, TYPE_WORDS, 'customer type', 'Företag or Privat (Company or Private)');
    case 'customerCategory':
      return enumOf(cell, ['EXTERNAL', 'INTRA_GROUP'] as const, CATEGORY_WORDS, 'customer category', 'Extern or Koncernintern (External or Intra-group)');
    case 'vatDisplayType':
      return enumOf(cell, ['AUTOMATIC', 'NORMAL_VAT', 'NO_VAT'] as const, VAT_WORDS, 'VAT display', 'Automatisk, Normal moms or Ingen moms');
    case 'language':
      return enumOf(cell, LANGUAGES, LANGUAGE_WORDS, 'language', `a language code (${LANGUAGES.join(', ')})`);
    case 'country': {
      const t = cellText(cell);
      if (!t.ok || t.value === null) return t;
      return { ok: true, value: COUNTRY_WORDS[word(t.value)] ?? t.value.toUpperCase() };
    }
    case 'custom': {
      const d = def.custom!;
      if (d.type === 'DATE') return cellDate(cell);
      if (d.type === 'NUMBER') return cellDecimal(cell);
      if (d.type === 'BOOLEAN') return cellBoolean(cell);
      return cellText(cell);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Stored value → cell text (export, template examples, changed fields)

const TYPE_LABEL = { COMPANY: { sv: 'Företag', en: 'Company' }, PRIVATE: { sv: 'Privat', en: 'Private' } } as const;
const CATEGORY_LABEL = { EXTERNAL: { sv: 'Extern', en: 'External' }, INTRA_GROUP: { sv: 'Koncernintern', en: 'Intra-group' } } as const;
const VAT_LABEL = {
  AUTOMATIC: { sv: 'Automatisk', en: 'Automatic' },
  NORMAL_VAT: { sv: 'Normal moms', en: 'Normal VAT' },
  NO_VAT: { sv: 'Ingen moms', en: 'No VAT' },
} as const;

export function yesNoText(v: boolean, lang: Lang): string {
  return v ? (lang === 'sv' ? 'Ja' : 'Yes') : lang === 'sv' ? 'Nej' : 'No';
}

/** Drop-down values the template offers for a column, if it has a fixed list. */
export function listValues(def: ColumnDef, lang: Lang): string[] | null {
  switch (def.kind) {
    case 'boolean':
      return [yesNoText(true, lang), yesNoText(false, lang)];
    case 'customerType':
      return [TYPE_LABEL.COMPANY[lang], TYPE_LABEL.PRIVATE[lang]];
    case 'customerCategory':
      return [CATEGORY_LABEL.EXTERNAL[lang], CATEGORY_LABEL.INTRA_GROUP[lang]];
    case 'vatDisplayType':
      return Object.values(VAT_LABEL).map((l) => l[lang]);
    case 'language':
      return [...LANGUAGES];
    case 'custom':
      if (def.custom!.type === 'BOOLEAN') return [yesNoText(true, lang), yesNoText(false, lang)];
      if (def.custom!.type === 'SELECT') return def.custom!.options;
      return null;
    default:
      return null;
  }
}

/** A customer as the export and the change report see it. */
export interface CustomerRecord extends CustomerColumns {
  active: boolean;
  customFields: CustomFieldValues;
}

/** Lookups from stored ids to what the sheet shows. */
export interface DisplayLookups {
  paymentTermCode(id: string): string | null;
  userSignature(id: string): string | null;
}

/** The text a customer column shows for a stored customer (null: empty cell). */
export function customerCellText(def: ColumnDef, c: CustomerRecord, lang: Lang, lookups: DisplayLookups): string | null {
  if (def.custom) {
    const v = c.customFields[def.custom.key];
    if (v === undefined) return null;
    return typeof v === 'boolean' ? yesNoText(v, lang) : v;
  }
  switch (def.key) {
    case 'type':
      return TYPE_LABEL[c.type][lang];
    case 'category':
      return CATEGORY_LABEL[c.category][lang];
    case 'vatDisplayType':
      return VAT_LABEL[c.vatDisplayType][lang];
    case 'organisationNumber':
    case 'personalIdentityNumber':
      return displayIdentityNumber(c[def.key]);
    case 'paymentTerm':
      return c.paymentTermId ? lookups.paymentTermCode(c.paymentTermId) : null;
    case 'assignedUser':
      return c.assignedUserId ? lookups.userSignature(c.assignedUserId) : null;
    default: {
      const v: unknown = Reflect.get(c, def.key); // a column key named at run time
      if (typeof v === 'boolean') return yesNoText(v, lang);
      return v == null ? null : String(v);
    }
  }
}

/** A contact as the export and the change report see it. */
export interface ContactRecord extends ContactColumns {
  id: string;
  customerNumber: string;
}

export function contactCellText(def: ColumnDef, c: ContactRecord, lang: Lang, contactId: (id: string) => string): string | null {
  switch (def.key) {
    case 'contactId':
      return contactId(c.id);
    case 'personalIdentityNumber':
      return displayIdentityNumber(c.identityNumber);
    case 'brfOrganisationNumber':
      return displayIdentityNumber(c.brfOrganisationNumber);
    default: {
      const v: unknown = Reflect.get(c, def.key); // a column key named at run time
      if (typeof v === 'boolean') return yesNoText(v, lang);
      return v == null ? null : String(v);
    }
  }
}

/** The columns of an export or template: every built-in column, then the custom fields. */
export function exportColumns(kind: ImportKind, customDefs: readonly CustomFieldDef[]): ColumnDef[] {
  return kind === 'customers' ? [...CUSTOMER_COLUMNS, ...customFieldColumns(customDefs)] : [...CONTACT_COLUMNS];
}
