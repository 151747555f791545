// Cross-tenant cases for invoices, their lines, buyers, work types and invoice statuses.
import { graphql } from '../../gql/index.js';
import { execAsA, gid, ok, rawId, remember, type TenantModule, type TenantWorld } from './world.js';

const TenantInvSeedCustomer = graphql(`
  mutation TenantInvSeedCustomer {
    createCustomer(input: { name: "Victim Invoice Customer", type: PRIVATE, contacts: [{ name: "Victim Buyer", personalIdentityNumber: "200001012392", propertyDesignation: "VICTIM 1:1" }] }) {
      __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 1) { edges { node { id } } } } }
    }
  }
`);
const TenantInvSeedProject = graphql(`
  mutation TenantInvSeedProject($customerId: ID!) {
    createProject(input: { customerId: $customerId, name: "Victim Invoice Project", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } }
  }
`);
const TenantInvSeedInvoice = graphql(`
  mutation TenantInvSeedInvoice($projectId: ID!) {
    createInvoice(input: { projectId: $projectId, title: "Victim invoice title", taxReductionType: ROT, lines: [{ description: "Victim line", quantity: "1", unitPrice: "98765.43", kind: LABOUR }] }) {
      __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } } }
    }
  }
`);
const TenantInvSeedBuyers = graphql(`
  mutation TenantInvSeedBuyers($invoiceId: ID!, $contactId: ID!) {
    setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on MutationSetInvoiceBuyersSuccess { data { id } } }
  }
`);
const TenantInvSeedLocked = graphql(`
  mutation TenantInvSeedLocked($projectId: ID!) {
    createInvoice(input: { projectId: $projectId, contractorVat: false, lines: [{ description: "Victim locked line", quantity: "1", unitPrice: "4242.42" }] }) {
      __typename ... on MutationCreateInvoiceSuccess { data { id } }
    }
  }
`);
const TenantInvSeedLock = graphql(`mutation TenantInvSeedLock($id: ID!) { lockInvoice(id: $id) { __typename } }`);
const TenantInvSeedStatuses = graphql(`query TenantInvSeedStatuses { invoiceStatuses { id } }`);

const Q = {
  invoiceStatuses: graphql(`query TenantInvoiceStatuses { invoiceStatuses { id code name } }`),
  invoice: graphql(`query TenantInvoice($id: ID!) { invoice(id: $id) { id title } }`),
  invoiceByNumber: graphql(`query TenantInvoiceByNumber { invoiceByNumber(number: 1) { id title lines { description } } }`),
  invoiceByOcr: graphql(`query TenantInvoiceByOcr($reference: String!) { invoiceByOcr(reference: $reference) { id title ocrReference } }`),
  invoices: graphql(`query TenantInvoices { invoices(first: 200) { totalCount edges { node { id title total lines { description } buyers { name } } } } }`),
};
const M = {
  createInvoice: graphql(
    `mutation TenantCreateInvoice($projectId: ID!) { createInvoice(input: { projectId: $projectId }) { __typename ... on Error { code } ... on MutationCreateInvoiceSuccess { data { id } } } }`,
  ),
  updateInvoice: graphql(
    `mutation TenantUpdateInvoice($id: ID!) { updateInvoice(input: { id: $id, title: "Hacked" }) { __typename ... on Error { code } ... on MutationUpdateInvoiceSuccess { data { id title } } } }`,
  ),
  addInvoiceLine: graphql(
    `mutation TenantAddInvoiceLine($invoiceId: ID!) { addInvoiceLine(invoiceId: $invoiceId, input: { description: "x", quantity: "1", unitPrice: "1" }) { __typename ... on Error { code } } }`,
  ),
  updateInvoiceLine: graphql(
    `mutation TenantUpdateInvoiceLine($id: ID!) { updateInvoiceLine(id: $id, input: { description: "Hacked" }) { __typename ... on Error { code } ... on MutationUpdateInvoiceLineSuccess { data { description } } } }`,
  ),
  removeInvoiceLine: graphql(`mutation TenantRemoveInvoiceLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }`),
  setInvoiceLineWorkTypes: graphql(
    `mutation TenantWorkTypes($lineId: ID!) { setInvoiceLineWorkTypes(lineId: $lineId, workTypes: []) { __typename ... on Error { code } } }`,
  ),
  setInvoiceBuyers: graphql(
    `mutation TenantSetBuyers($invoiceId: ID!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: []) { __typename ... on Error { code } } }`,
  ),
  setInvoiceReadyForInvoice: graphql(`mutation TenantReady($id: ID!) { setInvoiceReadyForInvoice(id: $id, ready: true) { __typename ... on Error { code } } }`),
  lockInvoice: graphql(`mutation TenantLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { code } } }`),
  unlockInvoice: graphql(`mutation TenantUnlock($id: ID!) { unlockInvoice(id: $id) { __typename ... on Error { code } } }`),
  creditInvoice: graphql(
    `mutation TenantCredit($id: ID!) { creditInvoice(id: $id, reason: "steal") { __typename ... on Error { code } ... on MutationCreditInvoiceSuccess { data { id lines { description } } } } }`,
  ),
  createInvoiceStatus: graphql(`mutation TenantCreateInvoiceStatus { createInvoiceStatus(code: 77, name: "Attacker") { __typename ... on Error { code } } }`),
  deleteInvoiceStatus: graphql(`mutation TenantDeleteInvoiceStatus($id: ID!) { deleteInvoiceStatus(id: $id) { __typename ... on Error { code } } }`),
};

export const invoicesTenantModule: TenantModule = {
  name: 'invoices',
  async seed(w: TenantWorld) {
    const { h } = w;
    const t = w.b.adminToken;
    w.markers.push('Victim Invoice', 'Victim invoice title', 'Victim line', '98765.43', 'Victim Buyer', 'Victim locked line', '4242.42');
    const customer = ok((await h.data(TenantInvSeedCustomer, {}, t)).createCustomer);
    remember(w, 'Customer', rawId(customer.id));
    const contactId = customer.contacts.edges[0]!.node.id;
    remember(w, 'Contact', rawId(contactId));
    const project = ok((await h.data(TenantInvSeedProject, { customerId: customer.id }, t)).createProject);
    remember(w, 'Project', rawId(project.id));
    const invoice = ok((await h.data(TenantInvSeedInvoice, { projectId: project.id }, t)).createInvoice);
    remember(w, 'Invoice', rawId(invoice.id));
    remember(w, 'InvoiceLine', rawId(invoice.lines[0]!.id));
    ok((await h.data(TenantInvSeedBuyers, { invoiceId: invoice.id, contactId }, t)).setInvoiceBuyers);
    const locked = ok((await h.data(TenantInvSeedLocked, { projectId: project.id }, t)).createInvoice);
    remember(w, 'Invoice', rawId(locked.id));
    await h.data(TenantInvSeedLock, { id: locked.id }, t);
    for (const s of (await h.data(TenantInvSeedStatuses, {}, t)).invoiceStatuses) remember(w, 'InvoiceStatus', rawId(s.id));
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    const I = gid(w, 'Invoice');
    const locked = gid(w, 'Invoice', 1);
    return {
      invoiceStatuses: { run: () => exec(Q.invoiceStatuses, {}) },
      invoice: { run: () => exec(Q.invoice, { id: I }) },
      invoiceByNumber: { run: () => exec(Q.invoiceByNumber, {}) },
      // B's locked invoices' own OCR references: none is A's to find.
      invoiceByOcr: {
        run: async () => {
          const refs = (
            await w.h.prisma.invoice.findMany({ where: { companyId: w.b.companyId, ocrReference: { not: null } }, select: { ocrReference: true } })
          ).map((i) => i.ocrReference!);
          if (refs.length === 0) throw new Error('company B has no locked invoice with an OCR reference');
          return Promise.all(refs.map((reference) => exec(Q.invoiceByOcr, { reference })));
        },
      },
      invoices: { run: () => exec(Q.invoices, {}) },
      createInvoice: { run: () => exec(M.createInvoice, { projectId: gid(w, 'Project', 1) }), expectError: 'NotFoundError' },
      updateInvoice: { run: () => exec(M.updateInvoice, { id: I }), expectError: 'NotFoundError' },
      addInvoiceLine: { run: () => exec(M.addInvoiceLine, { invoiceId: I }), expectError: 'NotFoundError' },
      updateInvoiceLine: { run: () => exec(M.updateInvoiceLine, { id: gid(w, 'InvoiceLine') }), expectError: 'NotFoundError' },
      removeInvoiceLine: { run: () => exec(M.removeInvoiceLine, { id: gid(w, 'InvoiceLine') }), expectError: 'NotFoundError' },
      setInvoiceLineWorkTypes: { run: () => exec(M.setInvoiceLineWorkTypes, { lineId: gid(w, 'InvoiceLine') }), expectError: 'NotFoundError' },
      setInvoiceBuyers: { run: () => exec(M.setInvoiceBuyers, { invoiceId: I }), expectError: 'NotFoundError' },
      setInvoiceReadyForInvoice: { run: () => exec(M.setInvoiceReadyForInvoice, { id: I }), expectError: 'NotFoundError' },
      lockInvoice: { run: () => exec(M.lockInvoice, { id: I }), expectError: 'NotFoundError' },
      unlockInvoice: { run: () => exec(M.unlockInvoice, { id: locked }), expectError: 'NotFoundError' },
      creditInvoice: { run: () => exec(M.creditInvoice, { id: locked }), expectError: 'NotFoundError' },
      createInvoiceStatus: { run: () => exec(M.createInvoiceStatus, {}) },
      deleteInvoiceStatus: { run: () => exec(M.deleteInvoiceStatus, { id: gid(w, 'InvoiceStatus') }), expectError: 'NotFoundError' },
    };
  },
};
