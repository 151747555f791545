// The customers' slice of the connector ports: customers as plain records for the accounting
// systems, identity numbers in their printed form.
import type { Prisma } from '../../generated/prisma/client.js';
import type { TenantDb } from '../../db/tenant.js';
import type { CustomerRecord, DomainPorts } from '@nordic-invoicing/connector-sdk';
import { changedWhere, iso, nextCheckpoint, type PortScope } from '../port-helpers.js';
import { formatOrganisationNumber, formatPersonalIdentityNumberLong } from './identity-numbers.js';

const customerSelect = {
  id: true,
  number: true,
  type: true,
  name: true,
  organisationNumber: true,
  personalIdentityNumber: true,
  vatNumber: true,
  invoiceAddress1: true,
  invoiceAddress2: true,
  invoicePostcode: true,
  invoiceCity: true,
  invoiceCountryCode: true,
  phone: true,
  mobile: true,
  email: true,
  invoiceEmail: true,
  isConstructionCompany: true,
  active: true,
  updatedAt: true,
  paymentTerm: { select: { code: true, days: true } },
} as const satisfies Prisma.CustomerSelect;

function customerRecord(c: Prisma.CustomerGetPayload<{ select: typeof customerSelect }>): CustomerRecord {
  return {
    id: c.id,
    number: c.number,
    type: c.type,
    name: c.name,
    identityNumber: c.organisationNumber
      ? formatOrganisationNumber(c.organisationNumber)
      : c.personalIdentityNumber
        ? formatPersonalIdentityNumberLong(c.personalIdentityNumber)
        : null,
    vatNumber: c.vatNumber,
    address1: c.invoiceAddress1,
    address2: c.invoiceAddress2,
    postcode: c.invoicePostcode,
    city: c.invoiceCity,
    countryCode: c.invoiceCountryCode,
    phone: c.phone,
    mobile: c.mobile,
    email: c.invoiceEmail ?? c.email,
    paymentTermCode: c.paymentTerm?.code ?? null,
    paymentTermDays: c.paymentTerm?.days ?? null,
    reverseCharge: c.isConstructionCompany,
    active: c.active,
    updatedAt: iso(c.updatedAt),
  };
}

export function customerPorts(db: TenantDb, scope: PortScope, now: Date): Pick<DomainPorts, 'customers'> {
  return {
    customers: {
      async changed(since) {
        const rows = await db.customer.findMany({
          where: changedWhere('customer', since, scope),
          select: customerSelect,
          orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
        });
        const items = rows.map(customerRecord);
        return { items, next: nextCheckpoint(since, items, now) };
      },
      async byNumbers(numbers) {
        if (!numbers.length) return [];
        return (await db.customer.findMany({ where: { number: { in: [...numbers] } }, select: customerSelect })).map(customerRecord);
      },
    },
  };
}
