// Importing SIE files through the API (importSie, a GraphQL multipart upload) and the command
// line: the real files other programs wrote (../shared/reference/sie-samples/) previewed with the
// counts the reader gives, a 4E file committed into accounts, cost centres and vouchers with
// project rows, a second import that creates nothing twice, refusals with line numbers and
// nothing written, permissions and the size limit.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { print } from 'graphql';
import { Decimal } from 'decimal.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readSieFile } from '@nordic-invoicing/connector-sdk/sie';
import { graphql } from '../gql/index.js';
import type { ImpSieMutation, SieImportMode, SieImportOptions } from '../gql/graphql.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { parseArgs, runImportCli } from '../../src/scripts/import-cli.js';
import { createTenantDb } from '../../src/db/tenant.js';
import { ALL_PERMISSIONS } from '../../src/modules/auth/permissions.js';
import { importSie as importSieService } from '../../src/modules/sie-import/index.js';
import { writeSieFile } from '../../bench/sie/generate.js';

const h = useHarness();
const SAMPLES = join(import.meta.dirname, '../../../shared/reference/sie-samples');
const sample = (name: string) => readFileSync(join(SAMPLES, name));
const OVNBOLAG = 'transaktioner_ovnbolag.se';

const ImpSie = graphql(`
  mutation ImpSie($file: File!, $mode: SieImportMode, $options: SieImportOptions) {
    importSie(file: $file, mode: $mode, options: $options) {
      __typename
      ... on MutationImportSieSuccess {
        data {
          mode committed message encoding program sieType
          accounts { total created updated unchanged skipped errors }
          costCentres { total created updated unchanged skipped errors }
          vouchers { total created updated unchanged skipped errors }
          warnings { line code message }
          items { kind line key name outcome errors { line code message } notes { line code message } }
        }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);

const SieCustomer = graphql(`
  mutation SieCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }
`);
const SieProject = graphql(`
  mutation SieProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } } }
`);

type Result = ImpSieMutation['importSie'];
type Data = Extract<Result, { __typename: 'MutationImportSieSuccess' }>['data'];

async function importSie(file: Buffer, token: string, mode?: SieImportMode, options?: SieImportOptions, name = 'bokforing.se'): Promise<Result> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(ImpSie), variables: { file: null, mode: mode ?? null, options: options ?? null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([new Uint8Array(file)]), name);
  const res = await h.app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'graphql-preflight': '1' },
    body: form,
  });
  const body = (await res.json()) as { data?: ImpSieMutation; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data.importSie;
}
function ok(r: Result): Data {
  if (r.__typename !== 'MutationImportSieSuccess') throw new Error(`import failed: ${JSON.stringify(r)}`);
  return r.data;
}

/** What company `c` has in the registers the import writes. */
async function registers(c: TestCompany) {
  const where = { companyId: c.companyId };
  return {
    accounts: await h.prisma.account.count({ where }),
    costCentres: await h.prisma.costCentre.count({ where }),
    vouchers: await h.prisma.voucher.count({ where }),
    rows: await h.prisma.voucherRow.count({ where }),
  };
}

async function projects(c: TestCompany, numbers: string[]): Promise<Map<string, string>> {
  const cust = await h.data(SieCustomer, { input: { name: 'Övningskund AB' } }, c.adminToken);
  if (cust.createCustomer.__typename !== 'MutationCreateCustomerSuccess') throw new Error('customer');
  const out = new Map<string, string>();
  for (const number of numbers) {
    const p = await h.data(SieProject, { input: { customerId: cust.createCustomer.data.id, name: `Projekt ${number}`, number } }, c.adminToken);
    if (p.createProject.__typename !== 'MutationCreateProjectSuccess') throw new Error(JSON.stringify(p.createProject));
    out.set(number, Buffer.from(p.createProject.data.id, 'base64').toString().split(':')[1]!);
  }
  return out;
}

/** The rows of the file the import keeps: booked rows on the given project numbers (dimension 6). */
function projectRowsOf(file: Buffer, numbers: Set<string>) {
  const rows = readSieFile(file).then((f) =>
    f.vouchers
      .filter((v) => !v.issues.length)
      .flatMap((v) => v.rows.filter((r) => r.booked && numbers.has(r.objects.find((o) => o.dimension === '6')?.id ?? ''))),
  );
  return rows;
}

let a: TestCompany;
beforeAll(async () => {
  a = await h.company('SIE AB');
});

describe('preview of every sample file', () => {
  const files = readdirSync(SAMPLES).filter((f) => f !== 'README.md');
  it('has the sample files', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s: the counts the reader gives, nothing written', async (name) => {
    const c = await h.company(`Preview ${name}`);
    const before = await registers(c);
    const file = sample(name);
    const read = await readSieFile(file);
    const d = ok(await importSie(file, c.adminToken, 'PREVIEW'));
    expect(d.committed).toBe(false);
    // Independently of the reader: the #VER lines of the file.
    const verLines = file
      .toString('latin1')
      .split(/\r?\n/)
      .filter((l) => /^\s*#VER\b/.test(l)).length;
    expect(d.vouchers.total).toBe(verLines);
    expect(d.vouchers.total).toBe(read.vouchers.length);
    // Refused: what the reader refuses (with its codes and lines), and vouchers without series and
    // number or with the series and number of an earlier one of the same year.
    const vouchers = d.items.filter((i) => i.kind === 'VOUCHER');
    expect(vouchers.filter((i) => i.outcome === 'ERROR').length).toBe(d.vouchers.errors);
    read.vouchers.forEach((v, n) => {
      const it = vouchers[n]!;
      if (v.issues.length) {
        expect(it.outcome).toBe('ERROR');
        expect(it.errors.map((e) => [e.line, e.code])).toEqual(v.issues.map((i) => [i.line, i.code]));
      } else if (it.outcome === 'ERROR') {
        const [e] = it.errors;
        expect(['no_number', 'bad_number', 'duplicate']).toContain(e!.code);
        if (e!.code === 'no_number') expect(!v.series.trim() || !v.number.trim()).toBe(true);
        if (e!.code === 'duplicate') {
          const first = read.vouchers.find((x) => x.line === Number(/line (\d+)/.exec(e!.message)![1]))!;
          expect([first.series, Number(first.number), first.line < v.line]).toEqual([v.series, Number(v.number), true]);
        }
      }
    });
    expect(d.accounts.total).toBe(read.accounts.size);
    const balanceSheet = [...read.accounts.keys()].filter((n) => /^[12]\d{3}$/.test(n)).length;
    expect(d.accounts.skipped).toBe(balanceSheet);
    expect(d.costCentres.total).toBe(read.objects.filter((o) => o.dimension === '1').length);
    // Every item of the file is there once, at its line; every refusal names a line.
    expect(d.items.filter((i) => i.kind === 'VOUCHER').map((i) => i.line)).toEqual(read.vouchers.map((v) => v.line));
    for (const i of d.items.filter((x) => x.outcome === 'ERROR')) {
      expect(i.errors.length).toBeGreaterThan(0);
      for (const e of i.errors) expect(e.line).toBeGreaterThan(0);
    }
    // No project here: no voucher has project rows to import.
    expect(d.vouchers.created).toBe(0);
    expect(await registers(c)).toEqual(before);
  });
});

describe('committing a 4E file', () => {
  let c: TestCompany;
  let ids: Map<string, string>;
  beforeAll(async () => {
    c = await h.company('Övningsbolaget AB');
    ids = await projects(c, ['0001']);
  });

  it('creates accounts (classes 3–8), cost centres and vouchers with their project rows', async () => {
    const file = sample(OVNBOLAG);
    const read = await readSieFile(file);
    const before = await registers(c);
    const preview = ok(await importSie(file, c.adminToken, 'PREVIEW'));
    const d = ok(await importSie(file, c.adminToken, 'ALL_OR_NOTHING'));
    expect(d).toMatchObject({ committed: true, accounts: preview.accounts, costCentres: preview.costCentres, vouchers: preview.vouchers });
    expect(d.vouchers.errors).toBe(0);
    expect(d.costCentres).toMatchObject({ total: 2, created: 2 });

    const incomeAndCost = [...read.accounts.values()].filter((x) => Number(x.number) >= 3000);
    const after = await registers(c);
    expect(after.accounts - before.accounts).toBe(d.accounts.created);
    const accounts = await h.prisma.account.findMany({ where: { companyId: c.companyId, createdBy: { not: 'SYSTEM' } } });
    expect(accounts.every((x) => x.number >= 3000)).toBe(true);
    for (const x of accounts) expect(incomeAndCost.find((k) => Number(k.number) === x.number)?.name).toBe(x.name);
    const centres = await h.prisma.costCentre.findMany({ where: { companyId: c.companyId }, orderBy: { code: 'asc' } });
    expect(centres.map((x) => [x.code, x.name])).toEqual([
      ['Nord', 'Kontor Nord'],
      ['Syd', 'Kontor Syd'],
    ]);

    // The rows on project 0001, exactly.
    const expected = await projectRowsOf(file, new Set(['0001']));
    const rows = await h.prisma.voucherRow.findMany({ where: { companyId: c.companyId }, include: { voucher: true, costCentre: true } });
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBeGreaterThan(0);
    const sum = (xs: Decimal[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0)).toFixed(2);
    expect(sum(rows.map((r) => new Decimal(r.debit.toString()).minus(r.credit.toString())))).toBe(sum(expected.map((r) => r.amount)));
    expect(new Set(rows.map((r) => r.projectId))).toEqual(new Set([ids.get('0001')]));
    expect(rows.every((r) => r.voucher.source === 'sie' && /^2011\/[A-Z]+\/\d+$/.test(r.voucher.remoteId))).toBe(true);
    expect(rows.some((r) => r.costCentre?.code === 'Syd')).toBe(true);
    expect(after.vouchers).toBe(d.vouchers.created);
  });

  it('a second import of the same file creates nothing twice', async () => {
    const before = await registers(c);
    const d = ok(await importSie(sample(OVNBOLAG), c.adminToken, 'ALL_OR_NOTHING'));
    expect(d.committed).toBe(true);
    for (const part of [d.accounts, d.costCentres, d.vouchers]) expect([part.created, part.updated, part.errors]).toEqual([0, 0, 0]);
    expect(await registers(c)).toEqual(before);
  });

  it('balance-sheet accounts only when asked for', async () => {
    const read = await readSieFile(sample(OVNBOLAG));
    const balance = [...read.accounts.keys()].filter((n) => /^[12]\d{3}$/.test(n));
    const d = ok(await importSie(sample(OVNBOLAG), c.adminToken, 'VALID_ROWS', { includeBalanceSheetAccounts: true, costCentres: false, vouchers: false }));
    expect(d.accounts.created).toBe(balance.length);
    expect(await h.prisma.account.count({ where: { companyId: c.companyId, number: { lt: 3000 }, createdBy: { not: 'SYSTEM' } } })).toBeGreaterThanOrEqual(
      balance.length,
    );
  });
});

/** A small SIE 4I file: accounts, cost centre Ö1, and the given vouchers. */
function sieFile(vouchers: string): Buffer {
  return Buffer.from(
    [
      '#FLAGGA 0',
      '#FORMAT PC8',
      '#SIETYP 4',
      '#RAR 0 20260101 20261231',
      '#KONTO 3001 "Försäljning"',
      '#KONTO 4010 "Inköp"',
      '#KONTO 1930 "Bank"',
      '#DIM 1 "Kostnadsställe"',
      '#OBJEKT 1 "Ö1" "Öst"',
      vouchers,
      '',
    ].join('\r\n'),
    'latin1',
  );
}
const GOOD = '#VER A 1 20260105 "Bra"\r\n{\r\n#TRANS 3001 {1 "Ö1" 6 "P-100"} -500.00\r\n#TRANS 1930 {} 500.00\r\n}';
const UNBALANCED = '#VER A 2 20260106 "Obalanserad"\r\n{\r\n#TRANS 4010 {6 "P-100"} 300.00\r\n#TRANS 1930 {} -299.00\r\n}';

describe('a file of many vouchers', () => {
  it("refreshes the voucher table's statistics inside the import, so its rows' voucher checks stay index lookups", async () => {
    const c = await h.company('Stora filen AB');
    await projects(c, ['7001', '7002']);
    const dir = mkdtempSync(join(tmpdir(), 'sie-many-'));
    try {
      const path = join(dir, 'many.se');
      await writeSieFile(path, 300, ['7001', '7002']);
      const d = ok(await importSie(readFileSync(path), c.adminToken, 'ALL_OR_NOTHING'));
      expect(d).toMatchObject({ committed: true, vouchers: { total: 300, created: 300, errors: 0 } });
      expect((await registers(c)).rows).toBe(600);
      // Without statistics the planner takes the table for empty and may check each row's
      // voucher on an index of companyId alone, reading all the company's vouchers per row.
      const [stats] = await h.prisma.$queryRawUnsafe<{ reltuples: number }[]>(
        `SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = '"Voucher"'::regclass`,
      );
      expect(stats!.reltuples).toBeGreaterThanOrEqual(300);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('refusals', () => {
  let c: TestCompany;
  beforeAll(async () => {
    c = await h.company('Refusals AB');
    await projects(c, ['P-100']);
  });

  it('a voucher the reader refuses: listed with its line; all-or-nothing writes nothing, valid rows the rest', async () => {
    const file = sieFile(`${GOOD}\r\n${UNBALANCED}`);
    const before = await registers(c);
    const all = ok(await importSie(file, c.adminToken, 'ALL_OR_NOTHING'));
    expect(all.committed).toBe(false);
    const refused = all.items.filter((i) => i.outcome === 'ERROR');
    expect(refused).toEqual([
      expect.objectContaining({ kind: 'VOUCHER', key: '2026/A/2', line: 15, errors: [expect.objectContaining({ code: 'unbalanced-voucher', line: 15 })] }),
    ]);
    expect(await registers(c)).toEqual(before);

    const valid = ok(await importSie(file, c.adminToken, 'VALID_ROWS'));
    expect(valid.committed).toBe(true);
    expect(valid.vouchers).toMatchObject({ total: 2, created: 1, errors: 1 });
    const vouchers = await h.prisma.voucher.findMany({ where: { companyId: c.companyId }, include: { rows: { include: { costCentre: true } } } });
    expect(vouchers.map((v) => [v.remoteId, v.rows.map((r) => [r.rowIndex, r.accountNumber, r.credit.toFixed(2), r.costCentre?.code])])).toEqual([
      ['2026/A/1', [[1, 3001, '500.00', 'Ö1']]],
    ]);
  });

  it('rows on a project we lack are left out, and come in on a later import once it exists', async () => {
    const fresh = await h.company();
    await projects(fresh, ['P-100']);
    const file = sieFile(
      '#VER B 7 20260110 "Två projekt"\r\n{\r\n#TRANS 3001 {6 "P-100"} -100.00\r\n#TRANS 3001 {6 "P-200"} -200.00\r\n#TRANS 1930 {} 300.00\r\n}',
    );
    const first = ok(await importSie(file, fresh.adminToken, 'ALL_OR_NOTHING'));
    expect(first.items.find((i) => i.kind === 'VOUCHER')).toMatchObject({
      key: '2026/B/7',
      outcome: 'CREATE',
      notes: [expect.objectContaining({ code: 'unknown_project', line: 13 })],
    });
    await projects(fresh, ['P-200']);
    const second = ok(await importSie(file, fresh.adminToken, 'ALL_OR_NOTHING'));
    expect(second.vouchers).toMatchObject({ created: 0, updated: 1 });
    const rows = await h.prisma.voucherRow.findMany({ where: { companyId: fresh.companyId }, include: { project: true }, orderBy: { rowIndex: 'asc' } });
    expect(rows.map((r) => [r.rowIndex, r.project?.number, r.credit.toFixed(2)])).toEqual([
      [1, 'P-100', '100.00'],
      [2, 'P-200', '200.00'],
    ]);
    expect(await h.prisma.voucher.count({ where: { companyId: fresh.companyId } })).toBe(1);
    expect(ok(await importSie(file, fresh.adminToken, 'ALL_OR_NOTHING')).vouchers).toMatchObject({ unchanged: 1, updated: 0 });
  });

  it.each([
    ['a voucher block never closed', sieFile(GOOD.slice(0, -1)), /Line \d+/],
    ['a wrong #KSUMMA', Buffer.concat([Buffer.from('#KSUMMA\r\n'), sieFile(GOOD), Buffer.from('#KSUMMA 12345\r\n')]), /Line \d+/],
  ])('%s: refused as a whole with its line, nothing written', async (_what, file, message) => {
    const fresh = await h.company();
    await projects(fresh, ['P-100']);
    const before = await registers(fresh);
    for (const mode of ['PREVIEW', 'ALL_OR_NOTHING', 'VALID_ROWS'] as const) {
      const r = await importSie(file, fresh.adminToken, mode);
      expect(r.__typename).toBe('ValidationError');
      if (r.__typename !== 'ValidationError') continue;
      expect(r.issues.length).toBeGreaterThan(0);
      for (const i of r.issues) {
        expect(i.path).toBe('file');
        expect(i.message).toMatch(message);
      }
    }
    expect(await registers(fresh)).toEqual(before);
  });
});

describe('permissions and limits', () => {
  const env = process.env.IMPORT_MAX_BYTES;
  afterEach(() => {
    if (env === undefined) delete process.env.IMPORT_MAX_BYTES;
    else process.env.IMPORT_MAX_BYTES = env;
  });

  it('needs the permission of every part imported', async () => {
    const none = await h.user(a.companyId, ['PROJECT_VIEW']);
    expect(await importSie(sieFile(GOOD), none.token)).toMatchObject({ __typename: 'ForbiddenError' });
    const accountsOnly = await h.user(a.companyId, ['ADMIN_ACCOUNTS']);
    expect(await importSie(sieFile(GOOD), accountsOnly.token)).toMatchObject({ __typename: 'ForbiddenError', permission: 'ADMIN_COST_CENTRES' });
    expect(ok(await importSie(sieFile(GOOD), accountsOnly.token, 'PREVIEW', { costCentres: false, vouchers: false })).accounts.total).toBe(3);
    const noVouchers = await h.user(a.companyId, ['ADMIN_ACCOUNTS', 'ADMIN_COST_CENTRES']);
    expect(await importSie(sieFile(GOOD), noVouchers.token, 'ALL_OR_NOTHING')).toMatchObject({
      __typename: 'ForbiddenError',
      permission: 'ADMIN_INTEGRATIONS',
    });
    const centres = await h.user(a.companyId, ['ADMIN_COST_CENTRES']);
    expect(await importSie(sieFile(GOOD), centres.token, 'ALL_OR_NOTHING', { accounts: false, vouchers: false })).toMatchObject({
      __typename: 'MutationImportSieSuccess',
      data: { committed: true, costCentres: { created: 1 }, accounts: { total: 0 }, vouchers: { total: 0 } },
    });
  });

  it('refuses a file larger than the limit, writing nothing', async () => {
    const fresh = await h.company();
    const before = await registers(fresh);
    process.env.IMPORT_MAX_BYTES = '200';
    const r = await importSie(sieFile(GOOD), fresh.adminToken, 'ALL_OR_NOTHING');
    expect(r).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'file', code: 'too_large' }] });
    expect(await registers(fresh)).toEqual(before);
  });

  it('stops reading once more bytes came than the limit, whatever size was claimed', async () => {
    const fresh = await h.company();
    const actor = { companyId: fresh.companyId, userId: null, signature: 'TEST' };
    const file = sieFile(GOOD);
    async function* chunks() {
      for (let i = 0; i < file.length; i += 64) yield file.subarray(i, i + 64);
    }
    const run = (maxBytes: number) =>
      importSieService(
        createTenantDb(h.prisma, actor),
        { actor, permissions: new Set(ALL_PERMISSIONS) },
        { name: 'x.se', size: 10, stream: chunks },
        { mode: 'ALL_OR_NOTHING', maxBytes },
      );
    await expect(run(file.length - 1)).rejects.toMatchObject({ issues: [{ path: 'file', code: 'too_large' }] });
    expect(await registers(fresh)).toEqual({ accounts: 0, costCentres: 0, vouchers: 0, rows: 0 });
    expect((await run(file.length)).committed).toBe(true);
  });
});

describe('command line', () => {
  it('previews, then imports a SIE file', async () => {
    const c = await h.company('CLI AB');
    await projects(c, ['0001']);
    const capture = () => {
      let text = '';
      return {
        stream: new Writable({
          write(chunk, _e, cb) {
            text += String(chunk);
            cb();
          },
        }),
        text: () => text,
      };
    };
    const file = join(SAMPLES, OVNBOLAG);
    const limits = { maxBytes: 20 * 1024 * 1024, maxRows: 1000 };
    const out = capture();
    const err = capture();
    expect(
      await runImportCli(h.prisma, parseArgs(['sie', file, '--company', c.companyId]), limits, { out: out.stream, err: err.stream, progress: false }),
    ).toBe(0);
    expect(out.text()).toMatch(/Preview: .*Nothing was written/);
    expect((await registers(c)).vouchers).toBe(0);
    const out2 = capture();
    expect(
      await runImportCli(h.prisma, parseArgs(['sie', file, '--commit', 'all', '--company', c.companyId]), limits, {
        out: out2.stream,
        err: err.stream,
        progress: false,
      }),
    ).toBe(0);
    expect(out2.text()).toMatch(/Imported /);
    expect((await registers(c)).vouchers).toBeGreaterThan(0);
    expect(
      await runImportCli(h.prisma, parseArgs(['sie', '/nonexistent.se', '--company', c.companyId]), limits, {
        out: out.stream,
        err: err.stream,
        progress: false,
      }),
    ).toBe(2);
    expect(err.text()).toMatch(/Cannot import/);
    expect(parseArgs(['sie', file]).includeBalanceSheetAccounts).toBe(false);
    expect(parseArgs(['sie', file, '--balance-sheet', '--commit', 'valid'])).toMatchObject({
      kind: 'sie',
      mode: 'VALID_ROWS',
      includeBalanceSheetAccounts: true,
    });
  });
});
