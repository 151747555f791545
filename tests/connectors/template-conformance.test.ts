// The template connector against the conformance kit, on its own fake server.
import connector from '../../connectors/template/index.js';
import { startTemplateFake } from '../../connectors/template/fake/server.js';
import { runConformance } from '@nordic-invoicing/connector-sdk/conformance';
import { apiHost } from '../conformance/host.js';

runConformance(
  {
    connector,
    startFake: () => startTemplateFake({ apiKey: 'kit-key' }),
    settings: (fake) => ({ baseUrl: fake.url }),
    credentials: { apiKey: 'kit-key' },
    customers: {
      remoteNumbers: (fake) => fake.state.customers.map((c) => c.number),
      rejectCreate: (number) => ({
        method: 'POST',
        path: '/customers',
        body: (b) => (b as { number?: string }).number === number,
        status: 400,
        response: { error: { code: 'invalid_customer', message: `Customer ${number} was refused by the test` } },
      }),
    },
  },
  { host: apiHost({ registration: 'builtIn' }) },
);
