// `npm run token -- --user <e-mail or signature> [--company <id or name>] [--name <token name>]`:
// issues a new API token for a user (e.g. a lost administrator token) through the auth service
// and prints it once. The user is looked up in every company (or the one --company names), each
// through the tenant-scoped client; no such user, or the user in several companies without
// --company, is exit code 2 with the reason. On the embedded database while the server runs,
// through the server's database (see src/scripts/cli.ts).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Company, PrismaClient, User } from '../generated/prisma/client.js';
import { createTenantDb, type TenantDb } from '../db/tenant.js';
import { AppError } from '../errors.js';
import { issueApiTokenForUser } from '../modules/auth/service.js';
import { parseOptions, runCommand, UsageError } from './cli.js';

export const TOKEN_USAGE = `Usage: npm run token -- --user <e-mail or signature> [options]

Issues a new API token for a user and prints it once (e.g. when the administrator's token is lost).

  --user <who>       the user's e-mail address or signature (e.g. ADM, the first administrator)
  --company <c>      the company (id or exact name); needed when the user is in several companies
  --name <name>      the token's name, shown in token lists (default "Command line <date>")
  -h, --help         this text

While the server runs on the embedded database, the token goes into its database and works at
once; otherwise the command holds the database for its duration. With DATABASE_URL, that server.
Exit codes: 0 issued, 1 failure (e.g. the database is in use), 2 arguments, no such user or company,
an ambiguous user, an inactive user.
`;

/** Who the command acts as in audit columns. */
export const TOKEN_SIGNATURE = 'CLI';

export interface TokenArgs {
  user: string;
  company: string | null;
  name: string | null;
}

export function parseTokenArgs(argv: readonly string[]): TokenArgs {
  const { options } = parseOptions(argv, { user: 'value', company: 'value', name: 'value' });
  const user = typeof options.user === 'string' ? options.user.trim() : '';
  if (!user) throw new UsageError('Say whose token: --user <e-mail or signature>.');
  return { user, company: (options.company as string | undefined) ?? null, name: (options.name as string | undefined) ?? null };
}

export type TokenResult = { ok: true; token: string; lines: string[] } | { ok: false; lines: string[] };

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds the one user the arguments name and issues a token; the lines say what happened. */
export async function issueToken(prisma: PrismaClient, args: TokenArgs, now = new Date()): Promise<TokenResult> {
  const companies = await prisma.company.findMany({
    where: args.company ? (UUID_RE.test(args.company) ? { id: args.company } : { name: args.company }) : {},
    orderBy: { createdAt: 'asc' },
  });
  if (!companies.length) {
    return { ok: false, lines: [args.company ? `No company "${args.company}".` : 'There is no company yet: start the server once first.'] };
  }
  const matches: { company: Company; user: User; db: TenantDb }[] = [];
  for (const company of companies) {
    const db = createTenantDb(prisma, { companyId: company.id, userId: null, signature: TOKEN_SIGNATURE });
    const users = await db.user.findMany({
      where: { OR: [{ email: { equals: args.user, mode: 'insensitive' } }, { signature: { equals: args.user, mode: 'insensitive' } }] },
      orderBy: { createdAt: 'asc' },
    });
    for (const user of users) matches.push({ company, user, db });
  }
  const describe = (m: (typeof matches)[number]) =>
    `${m.user.name} (${m.user.signature}, ${m.user.email})${m.user.active ? '' : ' [inactive]'} in "${m.company.name}" (${m.company.id})`;
  if (!matches.length) {
    return {
      ok: false,
      lines: [`No user with the e-mail address or signature "${args.user}"${args.company ? ` in "${companies[0]!.name}"` : ''}.`],
    };
  }
  if (matches.length > 1) {
    return {
      ok: false,
      lines: [
        `"${args.user}" names ${matches.length} users:`,
        ...matches.map((m) => `  ${describe(m)}`),
        matches.every((m) => m.company.id === matches[0]!.company.id)
          ? 'Give the exact e-mail address or signature.'
          : 'Say which company with --company <id or name>.',
      ],
    };
  }
  const m = matches[0]!;
  const name = args.name ?? `Command line ${now.toISOString().slice(0, 10)}`;
  try {
    const { token } = await issueApiTokenForUser(m.db, { userId: m.user.id, name });
    return {
      ok: true,
      token,
      lines: [
        `New API token "${name}" for ${describe(m)} (shown once, store it now):`,
        '',
        `  ${token}`,
        '',
        'Send it as the header  Authorization: Bearer <token>',
      ],
    };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, lines: [`Cannot issue a token for ${describe(m)}: ${err.message}`] };
    throw err;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await runCommand({
    usage: TOKEN_USAGE,
    parse: parseTokenArgs,
    failure: 'Issuing the token failed',
    run: async (db, args) => {
      const result = await issueToken(db.prisma, args);
      (result.ok ? process.stdout : process.stderr).write(`${result.lines.join('\n')}\n`);
      return result.ok ? 0 : 2;
    },
  });
}
