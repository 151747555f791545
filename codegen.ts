// Typed documents generated from the checked-in schema: every operation the tests send
// (tests/gql), and the typed client's operations (packages/client/operations → its src/gql,
// with the manifest of registered documents, hash → document, that the server trusts).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'tests/gql/': {
      documents: ['tests/**/*.ts', '!tests/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' },
      },
    },
    'packages/client/src/gql/': {
      documents: ['packages/client/operations/*.graphql'],
      preset: 'client',
      // Each document carries the SHA-256 of its normalised text (`__meta__.hash`), and
      // persisted-documents.json lists every document under that hash.
      presetConfig: { fragmentMasking: false, persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' } },
      config: {
        // Documents as strings (no graphql-js at run time in a browser), typed by their results and variables.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: 'string', Date: 'string', Decimal: 'string', Money: 'string', JSON: 'unknown', File: 'File' },
      },
    },
  },
};

export default config;
