// Test files that never open the test database: pure rules, the SDK package, the connectors' own
// mappers, the architecture, the lock file, the demo and the command-line tools (their own
// embedded databases) and option parsing. They run the same whatever TEST_DATABASE_URL says, so with TEST_DATABASE_ONLY=true (CI's
// second run, on PostgreSQL, after the full suite ran on the embedded database) they are left out.
// tests/architecture.test.ts checks that none of them opens the test database.
export const DATABASE_INDEPENDENT = [
  'tests/unit/**',
  'packages/*/test/**',
  'connectors/*/*.test.ts',
  'tests/architecture.test.ts',
  'tests/cli/lock.test.ts',
  'tests/cli/commands.test.ts',
  'tests/demo/**',
  'tests/operations/rules.test.ts',
  'tests/integration/egress-address.test.ts',
  'tests/integration/http-toolkit.test.ts',
  'tests/client/rules.test.ts',
];

/** What a file that opens the test database names (helpers, the conformance host, the provided database). */
export const OPENS_TEST_DATABASE = /helpers\/(database|harness)|conformance\/host|testDatabase|serverDatabase|TEST_DATABASE_URL/;
