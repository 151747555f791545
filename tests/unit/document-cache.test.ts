// The per-document cache of compiled plans and cost verdicts (src/graphql/document-cache.ts) is
// bounded in all, whatever mix of documents and keys a client sends.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DocumentCache } from '../../src/graphql/document-cache.js';

describe('DocumentCache', () => {
  it('keeps values per document and key', () => {
    const c = new DocumentCache<number>(10);
    const a = parse('{ a }');
    const b = parse('{ b }');
    c.set(a, 'x', 1);
    c.set(b, 'x', 2);
    c.set(a, 'x', 3);
    expect([c.get(a, 'x'), c.get(b, 'x'), c.get(a, 'y'), c.size]).toEqual([3, 2, undefined, 2]);
  });

  it('never holds more than its maximum, over many documents and many keys', () => {
    const c = new DocumentCache<string>(50);
    const docs = Array.from({ length: 20 }, (_, i) => parse(`{ f${i} }`));
    for (let i = 0; i < 5000; i++) {
      c.set(docs[i % docs.length]!, `vars ${i}`, 'plan');
      expect(c.size).toBeLessThanOrEqual(50);
    }
    // What was set last is there; the cache starts over when full.
    expect(c.get(docs[4999 % docs.length]!, 'vars 4999')).toBe('plan');
    expect(c.get(docs[0]!, 'vars 0')).toBeUndefined();
  });
});
