// Cross-tenant cases for the customer import: company A uploads files naming company B's
// customer number and B's contact id. A may create its own customer with that number; nothing
// of B may be matched, changed or shown.
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../../gql/index.js';
import { csv } from '../../helpers/spreadsheets.js';
import { gid, type TenantModule, type TenantWorld } from './world.js';

const ImpTenantCustomers = graphql(`
  mutation ImpTenantCustomers($file: File!, $mode: ImportMode) {
    importCustomers(file: $file, mode: $mode) {
      __typename
      ... on MutationImportCustomersSuccess { data { committed totalRows rows { row outcome customerNumber name id changes { field from to } errors { column code message } } } }
      ... on Error { code message }
    }
  }
`);

const ImpTenantContacts = graphql(`
  mutation ImpTenantContacts($file: File!, $mode: ImportMode) {
    importContacts(file: $file, mode: $mode) {
      __typename
      ... on MutationImportContactsSuccess { data { committed totalRows rows { row outcome customerNumber name id changes { field from to } errors { column code message } } } }
      ... on Error { code message }
    }
  }
`);

async function upload(w: TenantWorld, doc: TypedDocumentNode<unknown, { file: unknown; mode?: string | null }>, file: Buffer, name: string) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(doc), variables: { file: null, mode: 'VALID_ROWS' } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([new Uint8Array(file)]), name);
  const res = await w.h.app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { authorization: `Bearer ${w.a.adminToken}`, 'graphql-preflight': '1' },
    body: form,
  });
  return res.json();
}

export const importTenantModule: TenantModule = {
  name: 'customer-import',
  async seed() {
    // Company B's customer B-777 and its contact are seeded by the core module.
  },
  cases(w: TenantWorld) {
    return {
      importCustomers: {
        run: () =>
          upload(
            w,
            ImpTenantCustomers as never,
            csv([
              ['Kundnummer', 'Namn'],
              ['B-777', 'Intruder AB'],
              ['', 'Intruder Two AB'],
            ]),
            'kunder.csv',
          ),
      },
      importContacts: {
        run: () =>
          upload(
            w,
            ImpTenantContacts as never,
            csv([
              ['Kundnummer', 'Kontakt-id', 'Namn'],
              ['B-777', gid(w, 'Contact'), 'Intruder Contact'],
              ['B-777', '', 'Intruder Contact Two'],
            ]),
            'kontakter.csv',
          ),
      },
    };
  },
};
