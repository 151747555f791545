// Cross-tenant cases for the finance registers: accounts, cost centres, suppliers, payment
// terms, vouchers and the project cost ledger. Company A creates registers with the same
// numbers and codes as B's (they are unique per company, so that succeeds without touching B).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../../gql/index.js';
import { createTenantDb, scoped } from '../../../src/db/tenant.js';
import type { Prisma } from '../../../src/generated/prisma/client.js';
import { importVoucher } from '../../../src/modules/registers/vouchers.js';
import { execAsA, ok, rawId, remember, type TenantModule, type TenantWorld } from './world.js';

const TenantRegSeedAccount = graphql(`
  mutation TenantRegSeedAccount { createAccount(input: { number: 4711, name: "Victim Ledger Account", kind: MATERIAL, defaultVatRate: "25" }) { __typename ... on MutationCreateAccountSuccess { data { id } } } }
`);
const TenantRegSeedCostCentre = graphql(`
  mutation TenantRegSeedCostCentre { createCostCentre(input: { code: "VCC-9", name: "Victim Cost Centre" }) { __typename ... on MutationCreateCostCentreSuccess { data { id } } } }
`);
const TenantRegSeedSupplier = graphql(`
  mutation TenantRegSeedSupplier {
    createSupplier(input: { number: "VS-1", name: "Victim Supplies AB", email: "victim-supplier@victim.se", bankgiro: "5050-1055", iban: "SE35 5000 0000 0549 1000 0003" }) {
      __typename ... on MutationCreateSupplierSuccess { data { id } }
    }
  }
`);
const TenantRegSeedTerms = graphql(`
  mutation TenantRegSeedTerms { createPaymentTerm(input: { code: "VPT", name: "Victim terms", days: 17 }) { __typename ... on MutationCreatePaymentTermSuccess { data { id } } } }
`);

const Q = {
  accounts: graphql(`query TenantAccounts { accounts(first: 200) { totalCount edges { node { id number name } } } }`),
  accountByNumber: graphql(`query TenantAccountByNumber { accountByNumber(number: 4711) { id name } }`),
  costCentres: graphql(`query TenantCostCentres { costCentres(includeInactive: true) { id code name } }`),
  suppliers: graphql(`query TenantSuppliers { suppliers(first: 200) { totalCount edges { node { id number name email bankgiro iban } } } }`),
  vouchers: graphql(`
    query TenantVouchers($projectId: ID) {
      vouchers(first: 200, filter: { projectId: $projectId }) {
        totalCount
        edges { node { id remoteId description rows { note debit credit account { name } project { id } costCentre { name } } } }
      }
    }
  `),
  ledger: graphql(`
    query TenantCostLedger($id: ID!) {
      node(id: $id) { id ... on Project { costLedger { byAccount { accountName net } byPart { workOrder { id } changeOrder { id } net } total { net } } } }
    }
  `),
};
const M = {
  createAccount: graphql(
    `mutation TenantCreateAccount { createAccount(input: { number: 4711, name: "Intruder account" }) { __typename ... on Error { code } ... on MutationCreateAccountSuccess { data { id name } } } }`,
  ),
  updateAccount: graphql(
    `mutation TenantUpdateAccount($id: ID!) { updateAccount(input: { id: $id, name: "Hacked", active: false }) { __typename ... on Error { code } ... on MutationUpdateAccountSuccess { data { id name } } } }`,
  ),
  createCostCentre: graphql(
    `mutation TenantCreateCostCentre { createCostCentre(input: { code: "VCC-9", name: "Intruder centre" }) { __typename ... on Error { code } ... on MutationCreateCostCentreSuccess { data { id name } } } }`,
  ),
  updateCostCentre: graphql(
    `mutation TenantUpdateCostCentre($id: ID!) { updateCostCentre(input: { id: $id, name: "Hacked" }) { __typename ... on Error { code } ... on MutationUpdateCostCentreSuccess { data { id name } } } }`,
  ),
  createSupplier: graphql(
    `mutation TenantCreateSupplier { createSupplier(input: { number: "VS-1", name: "Intruder supplier" }) { __typename ... on Error { code } ... on MutationCreateSupplierSuccess { data { id name } } } }`,
  ),
  updateSupplier: graphql(
    `mutation TenantUpdateSupplier($id: ID!) { updateSupplier(input: { id: $id, name: "Hacked", bankgiro: null }) { __typename ... on Error { code } ... on MutationUpdateSupplierSuccess { data { id name } } } }`,
  ),
  createPaymentTerm: graphql(
    `mutation TenantCreatePaymentTerm { createPaymentTerm(input: { code: "VPT", name: "Intruder terms", days: 5 }) { __typename ... on Error { code } ... on MutationCreatePaymentTermSuccess { data { id name } } } }`,
  ),
  updatePaymentTerm: graphql(
    `mutation TenantUpdatePaymentTerm($id: ID!) { updatePaymentTerm(input: { id: $id, days: 99, active: false }) { __typename ... on Error { code } ... on MutationUpdatePaymentTermSuccess { data { id name } } } }`,
  ),
  deletePaymentTerm: graphql(`mutation TenantDeletePaymentTerm($id: ID!) { deletePaymentTerm(id: $id) { __typename ... on Error { code } } }`),
};

/** B's rows this module seeded, by kind (the raw ids are also remembered or markers). */
const seeded = new WeakMap<TenantWorld, { account: string; costCentre: string; supplier: string; paymentTerm: string; project: string }>();

export const registersTenantModule: TenantModule = {
  name: 'registers',
  async seed(w: TenantWorld) {
    const { h } = w;
    const t = w.b.adminToken;
    w.markers.push(
      'Victim Ledger Account',
      'Victim Cost Centre',
      'Victim Supplies AB',
      'victim-supplier@victim.se',
      '5050-1055',
      'SE3550000000054910000003',
      'Victim terms',
      'victim-remote-1',
      'Victim voucher text',
      'Victim voucher note',
      'Victim Ledger Customer',
      'Victim Ledger Project',
      '4242.42',
    );
    const account = remember(w, 'Account', rawId(ok((await h.data(TenantRegSeedAccount, {}, t)).createAccount).id));
    const costCentre = remember(w, 'CostCentre', rawId(ok((await h.data(TenantRegSeedCostCentre, {}, t)).createCostCentre).id));
    const supplier = remember(w, 'Supplier', rawId(ok((await h.data(TenantRegSeedSupplier, {}, t)).createSupplier).id));
    const paymentTerm = remember(w, 'PaymentTerm', rawId(ok((await h.data(TenantRegSeedTerms, {}, t)).createPaymentTerm).id));

    // A project with a work order and an imported voucher, written directly (the project
    // module's own cases own the Project ids; these are markers only).
    const db = createTenantDb(h.prisma, { companyId: w.b.companyId, userId: null, signature: 'SEED' });
    const customer = await db.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: 'VLC-1', name: 'Victim Ledger Customer' }) });
    const project = await db.project.create({
      data: scoped<Prisma.ProjectUncheckedCreateInput>({ customerId: customer.id, number: 'VLP-1', name: 'Victim Ledger Project', statusCode: 50 }),
    });
    const workOrder = await db.workOrder.create({
      data: scoped<Prisma.WorkOrderUncheckedCreateInput>({ projectId: project.id, number: 1, name: 'Victim Ledger AO', statusCode: 50 }),
    });
    const voucher = await importVoucher(db, {
      source: 'victim-connection',
      remoteId: 'victim-remote-1',
      series: 'A',
      number: 1,
      transactionDate: '2026-11-01',
      description: 'Victim voucher text',
      rows: [
        {
          rowIndex: 0,
          accountNumber: 4711,
          debit: '4242.42',
          projectId: project.id,
          workOrderId: workOrder.id,
          costCentreId: costCentre,
          note: 'Victim voucher note',
        },
        { rowIndex: 1, accountNumber: 2440, credit: '4242.42' },
      ],
    });
    remember(w, 'Voucher', voucher.voucherId);
    for (const [type, id] of [
      ['Customer', customer.id],
      ['Project', project.id],
      ['WorkOrder', workOrder.id],
    ] as const) {
      w.markers.push(id, encodeGlobalID(type, id));
    }
    seeded.set(w, { account, costCentre, supplier, paymentTerm, project: project.id });
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    const s = seeded.get(w)!;
    const g = (type: string, id: string) => encodeGlobalID(type, id);
    return {
      // queries
      accounts: { run: () => exec(Q.accounts, {}) },
      accountByNumber: { run: () => exec(Q.accountByNumber, {}) },
      costCentres: { run: () => exec(Q.costCentres, {}) },
      suppliers: { run: () => exec(Q.suppliers, {}) },
      vouchers: {
        run: () =>
          Promise.all([exec(Q.vouchers, { projectId: g('Project', s.project) }), exec(Q.vouchers, {}), exec(Q.ledger, { id: g('Project', s.project) })]),
      },
      // mutations
      createAccount: { run: () => exec(M.createAccount, {}) },
      updateAccount: { run: () => exec(M.updateAccount, { id: g('Account', s.account) }), expectError: 'NotFoundError' },
      createCostCentre: { run: () => exec(M.createCostCentre, {}) },
      updateCostCentre: { run: () => exec(M.updateCostCentre, { id: g('CostCentre', s.costCentre) }), expectError: 'NotFoundError' },
      createSupplier: { run: () => exec(M.createSupplier, {}) },
      updateSupplier: { run: () => exec(M.updateSupplier, { id: g('Supplier', s.supplier) }), expectError: 'NotFoundError' },
      createPaymentTerm: { run: () => exec(M.createPaymentTerm, {}) },
      updatePaymentTerm: { run: () => exec(M.updatePaymentTerm, { id: g('PaymentTerm', s.paymentTerm) }), expectError: 'NotFoundError' },
      deletePaymentTerm: { run: () => exec(M.deletePaymentTerm, { id: g('PaymentTerm', s.paymentTerm) }), expectError: 'NotFoundError' },
    };
  },
};
