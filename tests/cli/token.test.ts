// `npm run token`: finds the one user an e-mail address or signature names (across companies,
// or in --company), issues a token through the auth service, and the token works; ambiguity, no
// such user or company, an inactive user: exit code 2 with the reason. Runs on both databases;
// the last test runs the command as a process against the test database (DATABASE_URL).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantDb } from '../../src/db/tenant.js';
import { createUser, updateUser } from '../../src/modules/auth/service.js';
import { UsageError } from '../../src/scripts/cli.js';
import { issueToken, parseTokenArgs } from '../../src/scripts/token.js';
import { createCompanyWithAdmin, type NewCompany } from '../../src/modules/companies/bootstrap.js';
import { useHarness } from '../helpers/harness.js';

const ROOT = join(import.meta.dirname, '../..');
const h = useHarness();
let alfa: NewCompany;
let beta: NewCompany;

async function me(token: string) {
  const res = await h.app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { signature email } }' }),
  });
  return (await res.json()) as { data?: { me: { signature: string; email: string } }; errors?: { extensions?: { code?: string } }[] };
}

beforeAll(async () => {
  alfa = await createCompanyWithAdmin(h.prisma, {
    name: 'Alfa Bygg AB',
    admin: { name: 'Admin of Alfa Bygg AB', email: 'admin1@example.com', signature: 'AD1' },
  });
  beta = await createCompanyWithAdmin(h.prisma, {
    name: 'Beta Rör AB',
    admin: { name: 'Admin of Beta Rör AB', email: 'admin2@example.com', signature: 'AD2' },
  });
  // The same person in both companies (e-mail addresses are unique per company only).
  const betaDb = createTenantDb(h.prisma, { companyId: beta.companyId, userId: null, signature: 'T' });
  await createUser(betaDb, { name: 'Kalle Konsult', email: 'admin1@example.com', signature: 'KAL' });
  const gone = await createUser(betaDb, { name: 'Slutat Sson', email: 'slutat@example.com', signature: 'SLU' });
  await updateUser(betaDb, { id: gone.id, active: false });
});

describe('parseTokenArgs', () => {
  it.each([
    [['--user', 'ADM'], { user: 'ADM', company: null, name: null }],
    [['--user=admin@example.com', '--company', 'Beta Rör AB', '--name', 'Laptop'], { user: 'admin@example.com', company: 'Beta Rör AB', name: 'Laptop' }],
  ])('%j', (argv, expected) => expect(parseTokenArgs(argv)).toEqual(expected));
  it.each([
    [[], 'Say whose token: --user <e-mail or signature>.'],
    [['--user'], '--user needs a value.'],
    [['--user', '  '], 'Say whose token: --user <e-mail or signature>.'],
    [['--user', 'A', '--user', 'B'], '--user is given twice.'],
    [['--user', 'A', 'extra'], 'Unexpected argument extra.'],
    [['--user', 'A', '--expires', 'never'], 'Unknown option --expires.'],
    [['--user', 'A', '-x'], 'Unknown option -x.'],
  ])('%j: %s', (argv, message) => {
    expect(() => parseTokenArgs(argv)).toThrow(new UsageError(message));
  });
});

describe('issueToken', () => {
  it('issues a working token for the one user a signature names, in any letter case', async () => {
    const r = await issueToken(h.prisma, { user: 'ad2', company: null, name: 'Recovered' }, new Date('2026-12-05T10:00:00Z'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.lines[0]).toBe(
      `New API token "Recovered" for Admin of Beta Rör AB (AD2, admin2@example.com) in "Beta Rör AB" (${beta.companyId}) (shown once, store it now):`,
    );
    expect(r.lines).toContain(`  ${r.token}`);
    expect((await me(r.token)).data?.me).toEqual({ signature: 'AD2', email: 'admin2@example.com' });
    const row = await createTenantDb(h.prisma, { companyId: beta.companyId, userId: null, signature: 'T' }).apiToken.findFirst({
      where: { name: 'Recovered' },
    });
    expect(row).toMatchObject({ createdBy: 'CLI', revokedAt: null, expiresAt: null });
  });

  it('names a default token by the date', async () => {
    const r = await issueToken(h.prisma, { user: 'AD1', company: null, name: null }, new Date('2026-12-05T10:00:00Z'));
    expect(r.ok && r.lines[0]).toContain('New API token "Command line 2026-12-05" for Admin of Alfa Bygg AB (AD1');
  });

  it('refuses an e-mail address of users in several companies, listing them, until --company says which', async () => {
    const r = await issueToken(h.prisma, { user: 'Admin1@Example.com', company: null, name: null });
    expect(r).toEqual({
      ok: false,
      lines: [
        '"Admin1@Example.com" names 2 users:',
        `  Admin of Alfa Bygg AB (AD1, admin1@example.com) in "Alfa Bygg AB" (${alfa.companyId})`,
        `  Kalle Konsult (KAL, admin1@example.com) in "Beta Rör AB" (${beta.companyId})`,
        'Say which company with --company <id or name>.',
      ],
    });
    for (const company of ['Beta Rör AB', beta.companyId]) {
      const one = await issueToken(h.prisma, { user: 'admin1@example.com', company, name: null });
      expect(one.ok).toBe(true);
      if (one.ok) expect((await me(one.token)).data?.me.signature).toBe('KAL');
    }
  });

  it.each([
    [{ user: 'nobody@example.com', company: null }, 'No user with the e-mail address or signature "nobody@example.com".'],
    [{ user: 'KAL', company: 'Alfa Bygg AB' }, 'No user with the e-mail address or signature "KAL" in "Alfa Bygg AB".'],
    [{ user: 'KAL', company: 'Gamma AB' }, 'No company "Gamma AB".'],
    [{ user: 'SLU', company: null }, 'The user is inactive.'],
  ])('%j: %s', async (args, message) => {
    const r = await issueToken(h.prisma, { ...args, name: null });
    expect(r.ok).toBe(false);
    expect(r.lines.join('\n')).toContain(message);
  });

  it('refuses a token name the service refuses', async () => {
    const r = await issueToken(h.prisma, { user: 'AD1', company: null, name: 'x'.repeat(101) });
    expect(r.ok).toBe(false);
    expect(r.lines[0]).toMatch(/^Cannot issue a token for Admin of Alfa Bygg AB .*: name: /);
  });

  it('runs as `npm run token` would, in its own process against the configured database', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/token.ts', '--user', 'admin2@example.com'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: h.db.url, DATABASE_POOL_SIZE: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const token = /npi_[A-Za-z0-9_-]{20,}/.exec(stdout)?.[0];
    expect((await me(token!)).data?.me.signature).toBe('AD2');

    const ambiguous = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/token.ts', '--user', 'admin1@example.com'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: h.db.url, DATABASE_POOL_SIZE: '1' },
    });
    let err2 = '';
    ambiguous.stderr.on('data', (d: Buffer) => (err2 += d.toString()));
    expect(await new Promise((resolve) => ambiguous.on('close', resolve))).toBe(2);
    expect(err2).toContain('Say which company with --company <id or name>.');
  }, 60_000);
});
