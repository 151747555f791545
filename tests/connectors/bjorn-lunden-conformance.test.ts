// The Björn Lundén connector against the conformance kit, on its own fake server (OAuth 2.0
// client credentials, the User-Key header, the API's contract and BL's error shape included).
// "Update customers" is on, so the customer export is the master the kit expects. The connector is
// the built-in one, as a server loads it.
import connector from '../../connectors/bjorn-lunden/index.js';
import { startBlFake } from '../../connectors/bjorn-lunden/fake/server.js';
import { runConformance } from '@nordic-invoicing/connector-sdk/conformance';
import { apiHost } from '../conformance/host.js';

runConformance(
  {
    connector,
    startFake: () => startBlFake({ clientId: 'kit-client', clientSecret: 'kit-secret', pageSize: 2 }),
    settings: (fake) => ({ baseUrl: fake.url, tokenUrl: fake.tokenUrl, userKey: fake.userKey, updateCustomers: true }),
    credentials: { clientId: 'kit-client', clientSecret: 'kit-secret' },
    customers: {
      remoteNumbers: (fake) => fake.state.customers.map((c) => c.id!),
      rejectCreate: (number) => ({
        method: 'POST',
        path: '/customer',
        body: (b) => (b as { id?: string }).id === number,
        status: 400,
        response: {
          status: '400 BAD_REQUEST',
          timestamp: new Date().toISOString(),
          message: `customer ${number} refused by the test`,
          exceptionId: 'VALUE_INVALID',
        },
      }),
    },
  },
  { host: apiHost({ registration: 'builtIn' }) },
);
