// Realistic demo data for the first company: companies and private customers with contacts,
// including ROT-ready private customers (valid test personnummer from Skatteverket's open
// test data, property designations, a condominium). Goes through the same service and
// validation as the API.
import type { PrismaClient } from '../generated/prisma/client.js';
import { createTenantDb } from '../db/tenant.js';
import { ALL_PERMISSIONS } from '../modules/auth/permissions.js';
import { createCustomer } from '../modules/customers/service.js';
import { luhnCheckDigit } from '../modules/customers/identity-numbers.js';

const org = (nine: string) => `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;

const COMPANIES: [string, string, string, string, boolean][] = [
  ['Norrbygg Entreprenad AB', '556701234', 'Storgatan 12', 'Umeå', true],
  ['Mälardalens Rör & Värme AB', '556812345', 'Industrivägen 4', 'Västerås', true],
  ['Fastighets AB Kvarnen', '556923456', 'Kvarngatan 7', 'Uppsala', false],
  ['Elektro-Service i Göteborg AB', '559034567', 'Hamngatan 21', 'Göteborg', true],
  ['Brf Solgläntan', '716408765', 'Solvägen 1', 'Stockholm', false],
  ['Skånska Markarbeten AB', '556145678', 'Åkervägen 9', 'Malmö', true],
  ['Örebro Kommunfastigheter', '212000182', 'Box 300', 'Örebro', false],
  ['Takläggarna i Norr AB', '559256789', 'Verkstadsgatan 3', 'Luleå', true],
  ['Hotell Fjällstugan AB', '556367890', 'Fjällvägen 55', 'Åre', false],
  ['Bergslagens Måleri AB', '556478901', 'Målarvägen 2', 'Falun', true],
];

const PRIVATE: { name: string; pnr: string; street: string; postcode: string; city: string; property?: string; brf?: string; apartment?: string }[] = [
  { name: 'Anna Lindqvist', pnr: '200001012384', street: 'Björkvägen 14', postcode: '722 31', city: 'Västerås', property: 'VÄSTERÅS BJÖRKEN 3:14' },
  { name: 'Erik Johansson', pnr: '200001012392', street: 'Sjögatan 5', postcode: '903 25', city: 'Umeå', property: 'UMEÅ SJÖBOTTEN 7:2' },
  { name: 'Maria Karlsson', pnr: '200003012382', street: 'Tornvägen 8 lgh 1102', postcode: '113 51', city: 'Stockholm', brf: '7176004583', apartment: '1102' },
  { name: 'Johan Nilsson', pnr: '200101012391', street: 'Ängsvägen 3', postcode: '752 36', city: 'Uppsala', property: 'UPPSALA ÄNGEN 12:5' },
  { name: 'Sara Andersson', pnr: '200002292381', street: 'Lärkgatan 19', postcode: '411 03', city: 'Göteborg' },
];

/**
 * The demo company's own invoice settings (everything a lock asks of the seller): organisation
 * number, address, registered office, VAT number, bankgiro, F-skatt and 30 days net as the default
 * payment term. Only settings the company has not set are filled in.
 */
export const DEMO_COMPANY_SETTINGS = {
  organisationNumber: org('559123456'),
  address1: 'Verkstadsgatan 8',
  postcode: '903 27',
  city: 'Umeå',
  registeredOffice: 'Umeå',
  bankgiro: '50501055',
  fSkatt: true,
} as const;

async function completeCompanySettings(db: ReturnType<typeof createTenantDb>, companyId: string, defaultPaymentTermId: string | undefined) {
  const company = await db.company.findUniqueOrThrow({ where: { id: companyId } });
  const orgDigits = DEMO_COMPANY_SETTINGS.organisationNumber.replace('-', '');
  const wanted: Record<string, unknown> = {
    ...DEMO_COMPANY_SETTINGS,
    organisationNumber: orgDigits,
    vatNumber: `SE${orgDigits}01`,
    defaultPaymentTermId: defaultPaymentTermId ?? null,
  };
  const data = Object.fromEntries(Object.entries(wanted).filter(([k]) => company[k as keyof typeof company] === null));
  if (Object.keys(data).length) await db.company.update({ where: { id: companyId }, data });
}

export async function seedDemoData(prisma: PrismaClient): Promise<number> {
  const company = await prisma.company.findFirst({ orderBy: { createdAt: 'asc' } });
  if (!company) throw new Error('No company: start the server once first.');
  const actor = { companyId: company.id, userId: null, signature: 'DEMO' };
  const db = createTenantDb(prisma, actor);
  if ((await db.customer.count()) > 0) return 0;
  const auth = { actor: { ...actor, userId: '' }, permissions: new Set(ALL_PERMISSIONS) };
  const terms = await db.paymentTerm.findMany({ orderBy: { days: 'asc' } });
  const term = (days: number) => terms.find((t) => t.days === days)?.id;
  await completeCompanySettings(db, company.id, term(30));
  let n = 0;
  for (const [name, nine, street, city, construction] of COMPANIES) {
    const orgnr = org(nine);
    const slug = name
      .toLowerCase()
      .replace(/[^a-z]+/g, '')
      .slice(0, 16);
    await createCustomer(db, auth, {
      name,
      type: 'COMPANY',
      organisationNumber: orgnr,
      vatNumber: `SE${orgnr.replace('-', '')}01`,
      isConstructionCompany: construction,
      paymentTermId: term(30),
      invoiceAddress: { address1: street, postcode: `${100 + n * 37} ${10 + n}`, city, countryCode: 'SE' },
      invoiceEmail: `faktura@${slug}.se`,
      phone: `0${10 + n}-${100000 + n * 4321}`,
      email: `info@${slug}.se`,
      contacts: [
        { name: `Kontakt ${city}`, email: `kontakt@${slug}.se`, mobile: `070-${1000000 + n * 1111}`, isMainContact: true, sendWorkOrder: true },
        { name: 'Ekonomiavdelningen', email: `ekonomi@${slug}.se`, sendServiceProtocol: true },
      ],
    });
    n++;
  }
  for (const p of PRIVATE) {
    await createCustomer(db, auth, {
      name: p.name,
      type: 'PRIVATE',
      personalIdentityNumber: p.pnr,
      paymentTermId: term(10),
      invoiceAddress: { address1: p.street, postcode: p.postcode, city: p.city, countryCode: 'SE' },
      email: `${p.name.toLowerCase().replace(/[^a-zåäö]+/g, '.')}@example.se`,
      mobile: `073-${1200000 + n * 1313}`,
      contacts: [
        {
          name: p.name,
          personalIdentityNumber: p.pnr,
          propertyDesignation: p.property,
          brfOrganisationNumber: p.brf,
          apartmentNumber: p.apartment,
          isMainContact: true,
        },
      ],
    });
    n++;
  }
  return n;
}
