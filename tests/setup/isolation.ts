// Which test files run in a module graph of their own. Loading the API's modules is most of what a
// test file costs (about 3 s each), so files share one module graph per worker (vitest
// `isolate: false`) unless they replace a module or a global (a `vi.mock` factory only takes
// effect on a module not yet loaded) or measure the process's memory (in a process that earlier
// files grew, V8 lets garbage pile up further before collecting, which reads as growth: the upload
// bombs' RSS once grew 585 MB in CI, under 120 MB in a fresh process). tests/architecture.test.ts
// checks that every file using those APIs is listed here.
export const ISOLATED = ['tests/graphql/invoice-integrity.test.ts', 'tests/graphql/invoices.test.ts', 'tests/graphql/upload-bombs.test.ts'];

/** What makes a test file need its own module graph. */
export const NEEDS_ISOLATION = /\bvi\.(mock|doMock|unmock|stubGlobal|stubEnv|resetModules)\(|\bprocess\.memoryUsage\(/;
