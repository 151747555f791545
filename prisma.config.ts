// Prisma CLI configuration. engine "js" runs the schema engine compiled to WASM that ships in
// the npm package, so generate/migrate work without downloading anything (the README explains the set-up under "Why the stack is set up the way it is").
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import { parse } from 'pg-connection-string';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  engine: 'js',
  experimental: { adapter: true },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL must be set for Prisma CLI commands');
    // Parsed fields rather than `connectionString`: the adapter creates its shadow database by
    // overriding `database`, which a connection string would silently take precedence over.
    const { host, port, user, password, database } = parse(url);
    return new PrismaPg({
      host: host ?? undefined,
      port: port ? Number(port) : undefined,
      user: user ?? undefined,
      password: password ?? undefined,
      database: database ?? undefined,
    });
  },
});
