// The cache key of an operation's variables (src/graphql/document-cache.ts: the cost verdict and the
// compiled-read plan are cached per document and variables): plain JSON values only, and short;
// an upload is never serialised into a key (a File would be turned into its internals).
import { describe, expect, it } from 'vitest';
import { plainVariablesKey } from '../../src/graphql/document-cache.js';

describe('plainVariablesKey', () => {
  it.each([
    [undefined, '{}'],
    [{}, '{}'],
    [
      { first: 50, after: null, search: 'kund', filter: { locked: true, ids: ['a', 'b'] } },
      '{"first":50,"after":null,"search":"kund","filter":{"locked":true,"ids":["a","b"]}}',
    ],
  ])('%j is its JSON', (v, key) => {
    expect(plainVariablesKey(v)).toBe(key);
  });

  it.each([
    ['an upload', { file: new File([new Uint8Array(1024)], 'a.xlsx') }],
    ['a Blob in a list', { files: [new Blob(['x'])] }],
    ['a Date', { since: new Date(0) }],
    ['a long string', { search: 'x'.repeat(5000) }],
    ['many values', { ids: Array.from({ length: 2000 }, (_, i) => i) }],
  ])('%s gives no key', (_what, v) => {
    expect(plainVariablesKey(v)).toBeNull();
  });
});
