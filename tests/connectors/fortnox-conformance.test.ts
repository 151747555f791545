// The Fortnox connector against the conformance kit, on its fake Fortnox server (OAuth2 bearer
// tokens the fake accepts from the start; the fake's rate limit is raised because the test
// harness shortens the client's rate-limit waits).
import connector from '../../connectors/fortnox/index.js';
import { startFortnoxFake } from '../../connectors/fortnox/fake/server.js';
import { runConformance } from '@nordic-invoicing/connector-sdk/conformance';
import { apiHost } from '../conformance/host.js';

const tokens = { accessToken: 'kit-access-token', refreshToken: 'kit-refresh-token' };

runConformance(
  {
    connector,
    startFake: () => startFortnoxFake({ clientId: 'kit-client', clientSecret: 'kit-secret', tokens, rateLimit: { requests: 100_000, perMs: 5000 } }),
    settings: (fake) => ({ baseUrl: fake.url, tokenUrl: `${fake.url}/oauth-v1/token` }),
    // No expiresAt: ConnectionCredentialsInput has no such field (the SDK stores it after a refresh).
    credentials: { clientId: 'kit-client', clientSecret: 'kit-secret', ...tokens },
    customers: {
      remoteNumbers: (fake) => fake.state.customers.map((c) => c.CustomerNumber!),
      rejectCreate: (number) => ({
        method: 'POST',
        path: '/3/customers',
        body: (b) => (b as { Customer?: { CustomerNumber?: string } }).Customer?.CustomerNumber === number,
        status: 400,
        response: { ErrorInformation: { error: 1, message: `Kunden ${number} avvisades av testet.`, code: 2000106 } },
      }),
    },
  },
  { host: apiHost({ registration: 'builtIn' }) },
);
