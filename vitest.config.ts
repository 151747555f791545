import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql-js: Node loads its CJS entry for Pothos and yoga (graphql 16 has no
  // "exports" map), so sources compiled by Vite must use the same file, not "module".
  resolve: { alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('node_modules/graphql/index.js', import.meta.url)) }] },
  // The workspace packages (packages/*) are used from their TypeScript sources in this repository
  // (the "nordic-invoicing-source" export condition, as tsconfig and the npm scripts do); their
  // built dist/ is what npm pack publishes. The other conditions are vitest's own default (Vite's
  // server conditions without "module", whose builds often need a bundler); vitest passes them
  // to its worker processes too.
  ssr: { resolve: { conditions: ['nordic-invoicing-source', ...defaultServerConditions.filter((c) => c !== 'module')] } },
  test: {
    include: ['tests/**/*.test.ts', 'connectors/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each test file gets its own database copy, so files run in parallel: at least two at a time
    // (vitest's default is one fewer than the cores: one on two cores; two took the suite from
    // 457 s to 308 s on the embedded database there).
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
