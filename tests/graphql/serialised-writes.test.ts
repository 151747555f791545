// "Check, then write" paths outside invoices that concurrent requests used to break, each
// serialised on a row lock: automatic project numbers (the company's row) and replacing the
// revenue posting rules (the company's row). Races run on PostgreSQL only (PGlite has one connection).
import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useHarness } from '../helpers/harness.js';

const h = useHarness();

const SerCustomer = graphql(`
  mutation SerCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }
`);
const SerProject = graphql(`
  mutation SerProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } ... on Error { code message } }
  }
`);
const SerAccount = graphql(`mutation SerAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }`);
const SerRules = graphql(`
  mutation SerRules($rules: [PostingRuleInput!]!) {
    setRevenuePostingRules(rules: $rules) { __typename ... on Error { code message } }
  }
`);

describe.skipIf(!process.env.TEST_DATABASE_URL)('serialised writes', () => {
  it('30 concurrent projects without a number all succeed with distinct consecutive numbers', { timeout: 120_000 }, async () => {
    const c = await h.company();
    const cust = (await h.data(SerCustomer, { input: { name: 'Kund AB' } }, c.adminToken)).createCustomer;
    if (cust.__typename !== 'MutationCreateCustomerSuccess') throw new Error(JSON.stringify(cust));
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => h.data(SerProject, { input: { customerId: cust.data.id, name: `P ${i}` } }, c.adminToken)),
    );
    const failed = results.map((r) => r.createProject).filter((r) => r.__typename !== 'MutationCreateProjectSuccess');
    expect(failed).toEqual([]);
    const numbers = results
      .map((r) => (r.createProject.__typename === 'MutationCreateProjectSuccess' ? Number(r.createProject.data.number) : 0))
      .sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(30);
    expect(numbers[29]! - numbers[0]!).toBe(29);
  });

  it('concurrent replacements of the posting rules: each succeeds and the stored rules are exactly one of them', { timeout: 120_000 }, async () => {
    const c = await h.company();
    for (const n of [3001, 3002, 3003, 3004, 3005]) await h.data(SerAccount, { input: { number: n, name: `Intäkt ${n}` } }, c.adminToken);
    // A default rule and up to four exceptions (by cost account) per set.
    const sets = Array.from({ length: 10 }, (_, i) =>
      Array.from({ length: 1 + (i % 5) }, (_, k) => ({
        accountNumber: 3001 + ((i + k) % 5),
        description: `set ${i} rule ${k}`,
        ...(k ? { costAccounts: [4000 + k] } : {}),
      })),
    );
    const results = await Promise.all(sets.map((rules) => h.data(SerRules, { rules }, c.adminToken)));
    expect(results.map((r) => r.setRevenuePostingRules)).toEqual(sets.map(() => ({ __typename: 'MutationSetRevenuePostingRulesSuccess' })));
    const stored = await h.prisma.revenuePostingRule.findMany({ where: { companyId: c.companyId }, orderBy: { position: 'asc' } });
    const set = Number(/^set (\d+)/.exec(stored[0]!.description ?? '')![1]);
    expect(
      stored.map((r) => ({ accountNumber: r.accountNumber, description: r.description, ...(r.costAccounts.length ? { costAccounts: r.costAccounts } : {}) })),
    ).toEqual(sets[set]);
  });
});
