// Template connector: "Ledger API v1", a small fictional REST accounting API, wired up the way
// every connector is. Copy this folder to start a connector of your own (see README.md).
//
// Everything comes from the SDK's public entry; a connector never imports Prisma or src/modules.
import { z } from 'zod';
import {
  defineConnector,
  defineFlow,
  exportChanged,
  exportEntity,
  HttpError,
  isClosedProjectStatus,
  recordUpsert,
  type FlowContext,
} from '@nordic-invoicing/connector-sdk';
import { type LedgerCustomer, LedgerClient, ledgerErrorMessage } from './client.js';
import {
  accountUpsert,
  costCentreUpsert,
  customerPayload,
  customerReference,
  isExportableProjectStatus,
  projectNumberMessage,
  projectPartPayload,
  projectPartReference,
  projectPayload,
  projectReference,
} from './mappers.js';

export const settings = z.object({
  baseUrl: z
    .url()
    .default('https://api.ledger.example/v1')
    .describe('Address of the Ledger API, without a trailing slash. Change it only for a test environment.'),
  accountImportIncludeRenames: z
    .boolean()
    .default(false)
    .describe('When importing accounts, also rename accounts that already exist here to the name they have in Ledger. New accounts are always created.'),
});

export type TemplateSettings = z.output<typeof settings>;
type Ctx = FlowContext<TemplateSettings>;

const client = (ctx: Ctx) => new LedgerClient(ctx.http, { signal: ctx.signal });

const customerExport = defineFlow<TemplateSettings>({
  id: 'customer-export',
  direction: 'export',
  entity: 'customer',
  base: true,
  description: 'Creates and updates customers in Ledger, matched by customer number.',
  async run(ctx) {
    const ledger = client(ctx);
    await exportChanged(
      ctx,
      (since) => ctx.domain.customers.changed(since),
      (c, listed) => {
        const payload = customerPayload(c);
        return exportEntity(ctx, {
          ref: { type: 'customer', id: c.id, reference: customerReference(c) },
          payload,
          listed,
          find: async () => {
            const found = await ledger.findCustomer(c.number);
            return found ? String(found.id) : null;
          },
          create: () => ledger.createCustomer(payload),
          update: (id) => ledger.updateCustomer(id, payload),
        });
      },
      // A first export lists Ledger's customers once (pages of 100) instead of one lookup each.
      {
        entityType: 'customer',
        id: (c) => c.id,
        key: (c) => c.number,
        list: async () => (await ledger.listAll<LedgerCustomer>('/customers')).map((c) => [c.number, String(c.id)] as const),
      },
    );
  },
});

const projectExport = defineFlow<TemplateSettings>({
  id: 'project-export',
  direction: 'export',
  entity: 'project',
  base: true,
  on: ['project.statusChanged'],
  description: 'Creates and updates projects with status 40–89 in Ledger (name cut to 50 characters); closes them there once they reach 90.',
  async run(ctx) {
    const ledger = client(ctx);
    await exportChanged(
      ctx,
      (since) => ctx.domain.projects.changed(since),
      async (p) => {
        const ref = { type: 'project', id: p.id, reference: projectReference(p) } as const;
        if (!isExportableProjectStatus(p.statusCode)) {
          // A finished project that was sent earlier is closed in Ledger; anything else waits.
          const sent = isClosedProjectStatus(p.statusCode) ? await ctx.ids.get('project', p.id) : null;
          if (!sent) {
            ctx.count('skipped');
            return;
          }
        }
        const problem = projectNumberMessage(p.number);
        if (problem) {
          ctx.reportError(ref, problem);
          ctx.count('failed');
          return;
        }
        const payload = projectPayload(p);
        await exportEntity(ctx, {
          ref,
          payload,
          find: async () => {
            const found = await ledger.findProject(p.number);
            return found ? String(found.id) : null;
          },
          create: () => ledger.createProject(payload),
          update: (id) => ledger.updateProject(id, payload),
        });
      },
    );
  },
});

const projectPartExport = defineFlow<TemplateSettings>({
  id: 'project-part-export',
  direction: 'export',
  entity: 'workOrder',
  base: false,
  description: 'Creates and updates work orders and ÄTA with status below 90 as projects of their own in Ledger (10000_1, 10000_Ä001).',
  async run(ctx) {
    const ledger = client(ctx);
    await exportChanged(
      ctx,
      (since) => ctx.domain.projectParts.changed(since),
      async (part) => {
        const ref = { type: part.kind, id: part.id, reference: projectPartReference(part) };
        if (isClosedProjectStatus(part.statusCode)) {
          ctx.count('skipped');
          return;
        }
        const problem = projectNumberMessage(part.fullNumber);
        if (problem) {
          ctx.reportError(ref, problem);
          ctx.count('failed');
          return;
        }
        const payload = projectPartPayload(part);
        await exportEntity(ctx, {
          ref,
          payload,
          find: async () => {
            const found = await ledger.findProject(part.fullNumber);
            return found ? String(found.id) : null;
          },
          create: () => ledger.createProject(payload),
          update: (id) => ledger.updateProject(id, payload),
        });
      },
    );
  },
});

const costCentreImport = defineFlow<TemplateSettings>({
  id: 'cost-centre-import',
  direction: 'import',
  entity: 'costCentre',
  base: true,
  description: 'Imports cost centres from Ledger: new codes are created, changed names updated (Ledger is the master).',
  async run(ctx) {
    const remote = await client(ctx).costCentres();
    recordUpsert(ctx, 'costCentre', await ctx.domain.costCentres.upsert(remote.map(costCentreUpsert)));
  },
});

const accountImport = defineFlow<TemplateSettings>({
  id: 'account-import',
  direction: 'import',
  entity: 'account',
  base: true,
  description: 'Imports the chart of accounts from Ledger (balance-sheet classes 1–2 excluded); renames existing accounts only when the setting says so.',
  async run(ctx) {
    const remote = await client(ctx).accounts();
    recordUpsert(ctx, 'account', await ctx.domain.accounts.upsert(remote.map(accountUpsert), { rename: ctx.settings.accountImportIncludeRenames }));
  },
});

export default defineConnector({
  id: 'template',
  name: 'Ledger (template connector)',
  version: '1.0.0',
  description: 'Template for third-party connectors: exports customers and projects to the fictional Ledger API v1 and imports its cost centres and accounts.',
  settings,
  credentials: { kind: 'api_key', description: 'The API key from Ledger → Settings → Integrations (sent as the X-Api-Key header).' },
  // Ledger's API host: the only place the API key is sent.
  allowedHosts: ['api.ledger.example'],
  // Where credentials go: changing one of these clears the stored credentials.
  endpointSettings: ['baseUrl'],
  http: (s) => ({
    baseUrl: s.baseUrl,
    auth: { kind: 'headers', headers: (c) => ({ 'X-Api-Key': c.apiKey ?? '' }) },
    // Ledger allows 60 requests per 5 seconds and answers 429 with Retry-After beyond that.
    rateLimit: { requests: 60, perMs: 5000 },
    errorMessage: (body) => ledgerErrorMessage(body),
  }),
  async check(ctx) {
    try {
      const company = await new LedgerClient(ctx.http).company();
      return { ok: true, message: `Connected to Ledger as ${company.name} (${company.organisationNumber})` };
    } catch (err) {
      if (err instanceof HttpError && err.status >= 400 && err.status < 500) {
        return { ok: false, message: err.status === 401 ? `The API key was refused: ${err.remoteMessage}` : err.remoteMessage };
      }
      throw err;
    }
  },
  flows: [customerExport, projectExport, projectPartExport, costCentreImport, accountImport],
});
