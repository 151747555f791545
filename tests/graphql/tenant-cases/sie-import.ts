// Cross-tenant cases for the SIE import: company A uploads a SIE file naming company B's project
// number and cost-centre code, with a voucher in the series and number of B's imported voucher.
// A's vouchers may not land on B's project or cost centre; nothing of B may be matched, changed
// or shown.
import { print } from 'graphql';
import { graphql } from '../../gql/index.js';
import type { TenantModule, TenantWorld } from './world.js';

const ImpTenantSie = graphql(`
  mutation ImpTenantSie($file: File!, $mode: SieImportMode) {
    importSie(file: $file, mode: $mode) {
      __typename
      ... on MutationImportSieSuccess {
        data {
          committed message
          vouchers { total created updated unchanged skipped errors }
          items { kind line key name outcome errors { line code message } notes { line code message } }
        }
      }
      ... on Error { code message }
    }
  }
`);

/** B's project number and cost-centre code (seeded by the registers module), and a voucher A 1 as B's. */
const FILE = [
  '#FLAGGA 0',
  '#SIETYP 4',
  '#KONTO 4711 "Intruder account"',
  '#KONTO 2440 "Intruder payables"',
  '#OBJEKT 1 "VCC-9" "Intruder cost centre"',
  '#VER A 1 20261101 "Intruder voucher"',
  '{',
  '#TRANS 4711 {1 "VCC-9" 6 "VLP-1"} 4242.42',
  '#TRANS 2440 {} -4242.42',
  '}',
  '',
].join('\r\n');

export const sieImportTenantModule: TenantModule = {
  name: 'sie-import',
  async seed() {
    // B's project VLP-1, cost centre VCC-9 and voucher are seeded by the registers module.
  },
  cases(w: TenantWorld) {
    return {
      importSie: {
        run: async () => {
          const form = new FormData();
          form.append('operations', JSON.stringify({ query: print(ImpTenantSie), variables: { file: null, mode: 'VALID_ROWS' } }));
          form.append('map', JSON.stringify({ 0: ['variables.file'] }));
          form.append('0', new Blob([Buffer.from(FILE, 'latin1')]), 'intruder.se');
          const res = await w.h.app.fetch('http://test.local/graphql', {
            method: 'POST',
            headers: { authorization: `Bearer ${w.a.adminToken}`, 'graphql-preflight': '1' },
            body: form,
          });
          return res.json();
        },
      },
    };
  },
};
