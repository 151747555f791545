// The accounts receivable account of the revenue accounting set-up: 1510 by default, changed by an
// administrator to another asset account of class 1, anything else refused naming the field.
import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useHarness } from '../helpers/harness.js';

const h = useHarness();

const RaRead = graphql(`query RaRead { revenueAccountingSettings { receivablesAccountNumber } }`);
const RaSet = graphql(`
  mutation RaSet($n: Int!) {
    updateRevenueAccountingSettings(input: { receivablesAccountNumber: $n }) {
      __typename
      ... on MutationUpdateRevenueAccountingSettingsSuccess { data { receivablesAccountNumber } }
      ... on ValidationError { issues { path code } }
    }
  }
`);

describe('accounts receivable account', () => {
  it('is 1510 by default, takes another class 1 account, refuses others with the field named', async () => {
    const c = await h.company();
    expect((await h.data(RaRead, {}, c.adminToken)).revenueAccountingSettings.receivablesAccountNumber).toBe(1510);
    expect((await h.data(RaSet, { n: 1511 }, c.adminToken)).updateRevenueAccountingSettings).toEqual({
      __typename: 'MutationUpdateRevenueAccountingSettingsSuccess',
      data: { receivablesAccountNumber: 1511 },
    });
    for (const n of [3001, 999, 15100]) {
      expect((await h.data(RaSet, { n }, c.adminToken)).updateRevenueAccountingSettings).toEqual({
        __typename: 'ValidationError',
        issues: [{ path: 'receivablesAccountNumber', code: 'not_receivables_account' }],
      });
    }
    expect((await h.data(RaRead, {}, c.adminToken)).revenueAccountingSettings.receivablesAccountNumber).toBe(1511);
  });
});
