import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { DATABASE_INDEPENDENT } from './tests/setup/database-independent.js';
import { ISOLATED } from './tests/setup/isolation.js';

// TEST_DATABASE_ONLY=true: only the files that use the test database (CI's run on PostgreSQL,
// after the full suite ran on the embedded database); see tests/setup/database-independent.ts.
const EXCLUDE = process.env.TEST_DATABASE_ONLY === 'true' ? [...configDefaults.exclude, ...DATABASE_INDEPENDENT] : configDefaults.exclude;

/** tsconfig.json's paths for the workspace packages, as exact-match aliases. */
function workspaceAliases() {
  const tsconfig = readFileSync(new URL('tsconfig.json', import.meta.url), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const paths = (JSON.parse(tsconfig) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths;
  return Object.entries(paths).map(([name, [target]]) => ({
    find: new RegExp(`^${name.replace(/[/.-]/g, '\\$&')}$`),
    replacement: fileURLToPath(new URL(target!, import.meta.url)),
  }));
}

const INCLUDE = ['tests/**/*.test.ts', 'connectors/**/*.test.ts', 'packages/*/test/**/*.test.ts'];

// One copy of graphql-js: Node loads its CJS entry for Pothos and yoga (graphql 16 has no
// "exports" map), so sources compiled by Vite must use the same file, not "module".
// The workspace packages (packages/*) from their TypeScript sources, as tsconfig's paths map them
// (what npm pack publishes is their built dist/, which a copy installed by a test uses).
const resolve = {
  alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('node_modules/graphql/index.js', import.meta.url)) }, ...workspaceAliases()],
};
// VITEST_MODULE_CACHE=true (CI sets it): the transformed modules are kept on disk
// (node_modules/.experimental-vitest-cache, keyed by the files' contents), so CI's second and third
// runs (PostgreSQL, Node 22) reuse what the first one transformed instead of transforming it again.
const experimental = { fsModuleCache: process.env.VITEST_MODULE_CACHE === 'true' };
const testBase = {
  globalSetup: ['tests/setup/global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 120_000,
  pool: 'forks' as const,
  experimental,
};

export default defineConfig({
  resolve,
  test: {
    // Files share one module graph per worker (loading the API's modules is most of a file's cost:
    // the embedded run took 504 s with every file isolated, 253 s shared), except those that
    // replace a module or a global (tests/setup/isolation.ts). Each project is complete in itself
    // (a project extending this one would add to its include list, not replace it).
    projects: [
      { resolve, test: { ...testBase, name: 'shared', include: INCLUDE, exclude: [...EXCLUDE, ...ISOLATED], isolate: false } },
      { resolve, test: { ...testBase, name: 'isolated', include: ISOLATED, exclude: EXCLUDE, isolate: true } },
    ],
    // Each test file gets its own database copy, so files run in parallel: at least two at a time
    // (vitest's default is one fewer than the cores: one on two cores; two took the suite from
    // 457 s to 308 s on the embedded database there).
    fileParallelism: true,
    experimental,
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
