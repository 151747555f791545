// GraphQL: importing a SIE 4 file (GraphQL multipart request; graphql-yoga hands the upload over
// as a WHATWG File): the chart of accounts, cost centres and vouchers with project rows.
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import type { SieImportMode, SieItemKind, SieItemResult, SieNote, SieOutcome } from './rules.js';
import { importSie, type SieCounts, type SieImportSummary } from './service.js';

const SieImportModeEnum = builder.enumType('SieImportMode', {
  values: {
    PREVIEW: { description: 'Read and classify every account, cost centre and voucher; write nothing.' },
    ALL_OR_NOTHING: { description: 'Write everything, or nothing if anything is refused.' },
    VALID_ROWS: { description: 'Write what is valid; what is refused is reported and left out.' },
  },
});
const SieItemKindEnum = builder.enumType('SieImportItemKind', { values: { ACCOUNT: {}, COST_CENTRE: {}, VOUCHER: {} } });
const SieOutcomeEnum = builder.enumType('SieImportOutcome', {
  values: {
    CREATE: { description: 'Created (previewed: would be created).' },
    UPDATE: { description: 'A cost centre renamed, or a voucher given rows it did not have.' },
    UNCHANGED: { description: 'Already in the register as the file has it (an existing account is never changed; see notes).' },
    SKIPPED: { description: 'Not imported, by rule (see notes): a balance-sheet account, a voucher without project rows.' },
    ERROR: { description: 'Refused (see errors).' },
  },
});

const SieNoteRef = builder.objectRef<SieNote>('SieImportNote').implement({
  description: 'A reason, at the line of the file it is about.',
  fields: (t) => ({
    line: t.exposeInt('line'),
    code: t.exposeString('code'),
    message: t.exposeString('message'),
  }),
});

const SieItemRef = builder.objectRef<SieItemResult>('SieImportItem').implement({
  description: 'What the import did (or, previewed, would do) with one #KONTO, #OBJEKT 1 or #VER of the file.',
  fields: (t) => ({
    kind: t.field({ type: SieItemKindEnum, resolve: (r) => r.kind }),
    line: t.exposeInt('line', { description: 'The line of the record in the file.' }),
    key: t.exposeString('key', { description: 'Account number, cost-centre code, or the voucher as <year>/<series>/<number>.' }),
    name: t.exposeString('name', { nullable: true }),
    outcome: t.field({ type: SieOutcomeEnum, resolve: (r) => r.outcome }),
    errors: t.field({ type: [SieNoteRef], resolve: (r) => r.errors }),
    notes: t.field({ type: [SieNoteRef], resolve: (r) => r.notes }),
  }),
});

const SieCountsRef = builder.objectRef<SieCounts>('SieImportCounts').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    created: t.exposeInt('created'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('unchanged'),
    skipped: t.exposeInt('skipped'),
    errors: t.exposeInt('errors'),
  }),
});

interface ResultData extends SieImportSummary {
  items: SieItemResult[];
}

const SieImportResultRef = builder.objectRef<ResultData>('SieImportResult').implement({
  description: 'What a SIE import did (or, previewed, would do) with the accounts, cost centres and vouchers of the file.',
  fields: (t) => ({
    mode: t.field({ type: SieImportModeEnum, resolve: (r) => r.mode }),
    committed: t.exposeBoolean('committed', { description: 'Whether anything was written.' }),
    message: t.exposeString('message'),
    encoding: t.exposeString('encoding', { nullable: true, description: 'The encoding the file was read in (PC8 = code page 437).' }),
    program: t.exposeString('program', { nullable: true, description: '#PROGRAM: the program that wrote the file.' }),
    companyName: t.exposeString('companyName', { nullable: true, description: '#FNAMN.' }),
    sieType: t.exposeString('sieType', { nullable: true, description: '#SIETYP.' }),
    accounts: t.field({ type: SieCountsRef, resolve: (r) => r.accounts }),
    costCentres: t.field({ type: SieCountsRef, resolve: (r) => r.costCentres }),
    vouchers: t.field({ type: SieCountsRef, resolve: (r) => r.vouchers }),
    warnings: t.field({ type: [SieNoteRef], description: 'Records outside vouchers that could not be read and were skipped.', resolve: (r) => r.warnings }),
    items: t.field({
      type: [SieItemRef],
      args: {
        kinds: t.arg({ type: [SieItemKindEnum], description: 'Only items of these kinds.' }),
        outcomes: t.arg({ type: [SieOutcomeEnum], description: 'Only items with these outcomes.' }),
        first: t.arg.int({ description: 'At most this many items.' }),
      },
      resolve: (r, args) => {
        const kinds = args.kinds ? new Set<SieItemKind>(args.kinds) : null;
        const outcomes = args.outcomes ? new Set<SieOutcome>(args.outcomes) : null;
        const items = r.items.filter((i) => (!kinds || kinds.has(i.kind)) && (!outcomes || outcomes.has(i.outcome)));
        return args.first != null ? items.slice(0, Math.max(0, args.first)) : items;
      },
    }),
  }),
});

const SieImportOptionsInput = builder.inputType('SieImportOptions', {
  fields: (t) => ({
    accounts: t.boolean({ defaultValue: true, description: 'Import the chart of accounts (#KONTO). Needs ADMIN_ACCOUNTS.' }),
    costCentres: t.boolean({ defaultValue: true, description: 'Import the objects of dimension 1 as cost centres. Needs ADMIN_COST_CENTRES.' }),
    vouchers: t.boolean({ defaultValue: true, description: 'Import the vouchers’ project rows into the voucher register. Needs ADMIN_INTEGRATIONS.' }),
    includeBalanceSheetAccounts: t.boolean({ defaultValue: false, description: 'Import accounts 1000–2999 (assets and liabilities) too.' }),
  }),
});

async function runImport(
  file: File,
  mode: SieImportMode,
  options: Record<string, boolean | null | undefined> | null | undefined,
  ctx: Context,
): Promise<ResultData> {
  const items: SieItemResult[] = [];
  const summary = await importSie(
    ctx.db,
    ctx.auth!,
    { name: file.name, size: file.size, stream: () => file.stream() as unknown as AsyncIterable<Uint8Array> },
    {
      mode,
      parts: { accounts: options?.accounts ?? true, costCentres: options?.costCentres ?? true, vouchers: options?.vouchers ?? true },
      includeBalanceSheetAccounts: options?.includeBalanceSheetAccounts ?? false,
      onItem: (i) => items.push(i),
    },
  );
  return { ...summary, items };
}

builder.mutationFields((t) => ({
  importSie: t.field({
    type: SieImportResultRef,
    errors: {},
    description:
      'Imports a SIE 4 file (4E or 4I; PC8 or another encoding, detected): the chart of accounts (classes 3–8 unless includeBalanceSheetAccounts; ' +
      'new accounts created, existing ones never changed), the objects of dimension 1 as cost centres, and the vouchers’ rows on projects ' +
      '(dimension 6 = project number) into the voucher register, as <year>/<series>/<number>. PREVIEW (default) writes nothing. ' +
      'Needs ADMIN_ACCOUNTS, ADMIN_COST_CENTRES and ADMIN_INTEGRATIONS for the parts imported. A file refused as a whole (wrong #KSUMMA, ' +
      'a voucher never closed, too large, …) gives a ValidationError at path "file" naming the lines.',
    authScopes: { anyPermission: ['ADMIN_ACCOUNTS', 'ADMIN_COST_CENTRES', 'ADMIN_INTEGRATIONS'] },
    args: {
      file: t.arg({ type: 'File', required: true }),
      mode: t.arg({ type: SieImportModeEnum, defaultValue: 'PREVIEW' }),
      options: t.arg({ type: SieImportOptionsInput }),
    },
    resolve: (_r, { file, mode, options }, ctx) => runImport(file, mode ?? 'PREVIEW', options, ctx),
  }),
}));
