// Cross-tenant cases for revenue accounting: the set-up, an invoice's revenue lines, balance
// postings and the basis for the accounting system.
import { graphql } from '../../gql/index.js';
import { execAsA, gid, ok, rawId, remember, type TenantModule, type TenantWorld } from './world.js';

const TenantRevSeedAccount = graphql(`
  mutation TenantRevSeedAccount { createAccount(input: { number: 3011, name: "Victim revenue account" }) { __typename } }
`);
const TenantRevSeedRules = graphql(`
  mutation TenantRevSeedRules {
    setRevenuePostingRules(rules: [{ accountNumber: 3011, description: "Victim default rule" }]) { __typename ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { id } } } }
  }
`);
const TenantRevSeedActivate = graphql(`
  mutation TenantRevSeedActivate { updateRevenueAccountingSettings(input: { active: true, dimensions: [{ number: 5, included: true, name: "Victim dimension" }] }) { __typename } }
`);
const TenantRevSeedCustomer = graphql(`
  mutation TenantRevSeedCustomer { createCustomer(input: { name: "Victim Revenue Customer", category: INTRA_GROUP }) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }
`);
const TenantRevSeedProject = graphql(`
  mutation TenantRevSeedProject($customerId: ID!) {
    createProject(input: { customerId: $customerId, name: "Victim Revenue Project", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } }
  }
`);
const TenantRevSeedInvoice = graphql(`
  mutation TenantRevSeedInvoice($projectId: ID!) {
    createInvoice(input: { projectId: $projectId, lines: [{ description: "Victim revenue line", quantity: "1", unitPrice: "31415.92" }] }) {
      __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } revenueLines { id } accountingBasis { id } } }
    }
  }
`);
const TenantRevSeedBalance = graphql(`
  mutation TenantRevSeedBalance($invoiceId: ID!) {
    addBalancePosting(invoiceId: $invoiceId, input: { amount: "271.82", accountNumber: 3011, description: "Victim balance posting" }) {
      __typename ... on MutationAddBalancePostingSuccess { data { id } }
    }
  }
`);

const Q = {
  revenueAccountingSettings: graphql(`
    query TenantRevenueSettings { revenueAccountingSettings { active dimensions { number name } postingRules { id accountNumber description } } }
  `),
};
const M = {
  updateRevenueAccountingSettings: graphql(`
    mutation TenantRevenueUpdateSettings { updateRevenueAccountingSettings(input: { dimensions: [{ number: 6, included: true, name: "Attacker" }] }) { __typename ... on Error { code } } }
  `),
  setRevenuePostingRules: graphql(`
    mutation TenantRevenueSetRules { setRevenuePostingRules(rules: [{ accountNumber: 3011 }]) { __typename ... on Error { code } ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { id description } } } } }
  `),
  updateInvoiceRevenueLine: graphql(`
    mutation TenantRevenueUpdateLine($id: ID!) { updateInvoiceRevenueLine(id: $id, input: { dimension5: "Hacked" }) { __typename ... on Error { code } } }
  `),
  splitInvoiceLineRevenue: graphql(`
    mutation TenantRevenueSplit($lineId: ID!) { splitInvoiceLineRevenue(lineId: $lineId, parts: [{ amount: "31415.92" }]) { __typename ... on Error { code } } }
  `),
  resetInvoiceRevenueAccounting: graphql(`
    mutation TenantRevenueReset($invoiceId: ID!) { resetInvoiceRevenueAccounting(invoiceId: $invoiceId) { __typename ... on Error { code } } }
  `),
  addBalancePosting: graphql(`
    mutation TenantRevenueAddBalance($invoiceId: ID!) { addBalancePosting(invoiceId: $invoiceId, input: { amount: "1", accountNumber: 3011 }) { __typename ... on Error { code } } }
  `),
  removeBalancePosting: graphql(`
    mutation TenantRevenueRemoveBalance($id: ID!) { removeBalancePosting(id: $id) { __typename ... on Error { code } } }
  `),
  updateAccountingBasisRow: graphql(`
    mutation TenantRevenueUpdateBasis($id: ID!) { updateAccountingBasisRow(id: $id, input: { description: "Hacked" }) { __typename ... on Error { code } } }
  `),
  rebuildAccountingBasis: graphql(`
    mutation TenantRevenueRebuild($invoiceId: ID!) { rebuildAccountingBasis(invoiceId: $invoiceId) { __typename ... on Error { code } } }
  `),
};

export const revenueTenantModule: TenantModule = {
  name: 'revenue',
  async seed(w: TenantWorld) {
    const { h } = w;
    const t = w.b.adminToken;
    w.markers.push(
      'Victim revenue account',
      'Victim default rule',
      'Victim dimension',
      'Victim Revenue',
      'Victim revenue line',
      '31415.92',
      'Victim balance posting',
      '271.82',
    );
    await h.data(TenantRevSeedAccount, {}, t);
    for (const r of ok((await h.data(TenantRevSeedRules, {}, t)).setRevenuePostingRules).postingRules) remember(w, 'RevenuePostingRule', r.id);
    await h.data(TenantRevSeedActivate, {}, t);
    const customer = ok((await h.data(TenantRevSeedCustomer, {}, t)).createCustomer);
    remember(w, 'Customer', rawId(customer.id));
    const project = ok((await h.data(TenantRevSeedProject, { customerId: customer.id }, t)).createProject);
    remember(w, 'Project', rawId(project.id));
    const invoice = ok((await h.data(TenantRevSeedInvoice, { projectId: project.id }, t)).createInvoice);
    remember(w, 'Invoice', rawId(invoice.id));
    remember(w, 'InvoiceLine', rawId(invoice.lines[0]!.id));
    if (!invoice.revenueLines?.length || !invoice.accountingBasis?.length) throw new Error('seeding failed: no revenue proposal');
    remember(w, 'InvoiceRevenueLine', rawId(invoice.revenueLines[0]!.id));
    remember(w, 'InvoiceAccountingRow', rawId(invoice.accountingBasis[0]!.id));
    const balance = ok((await h.data(TenantRevSeedBalance, { invoiceId: invoice.id }, t)).addBalancePosting);
    remember(w, 'InvoiceRevenueLine', rawId(balance.id));
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    // The revenue module's own invoice (remembered after the invoices module's ones).
    const invoices = w.ids.get('Invoice')!;
    const I = gid(w, 'Invoice', invoices.length - 1);
    const lines = w.ids.get('InvoiceLine')!;
    const L = gid(w, 'InvoiceLine', lines.length - 1);
    return {
      revenueAccountingSettings: { run: () => exec(Q.revenueAccountingSettings, {}) },
      updateRevenueAccountingSettings: { run: () => exec(M.updateRevenueAccountingSettings, {}) },
      setRevenuePostingRules: { run: () => exec(M.setRevenuePostingRules, {}) },
      updateInvoiceRevenueLine: { run: () => exec(M.updateInvoiceRevenueLine, { id: gid(w, 'InvoiceRevenueLine') }), expectError: 'NotFoundError' },
      splitInvoiceLineRevenue: { run: () => exec(M.splitInvoiceLineRevenue, { lineId: L }), expectError: 'NotFoundError' },
      resetInvoiceRevenueAccounting: { run: () => exec(M.resetInvoiceRevenueAccounting, { invoiceId: I }), expectError: 'NotFoundError' },
      addBalancePosting: { run: () => exec(M.addBalancePosting, { invoiceId: I }), expectError: 'NotFoundError' },
      removeBalancePosting: { run: () => exec(M.removeBalancePosting, { id: gid(w, 'InvoiceRevenueLine', 1) }), expectError: 'NotFoundError' },
      updateAccountingBasisRow: { run: () => exec(M.updateAccountingBasisRow, { id: gid(w, 'InvoiceAccountingRow') }), expectError: 'NotFoundError' },
      rebuildAccountingBasis: { run: () => exec(M.rebuildAccountingBasis, { invoiceId: I }), expectError: 'NotFoundError' },
    };
  },
};
