// A cache of values per parsed document and key (an operation's variables, the user's
// visibility), bounded in all: what compiled reads plan and what the query cost allows are kept
// per (document, variables), and a client sending the same documents with ever new variables
// must not grow memory without end. Documents are graphql-yoga's parse cache's, so the same query
// text is the same object and the entries of a dropped document go with it.
import type { DocumentNode } from 'graphql';

export class DocumentCache<V> {
  private byDocument = new WeakMap<DocumentNode, Map<string, V>>();
  private entries = 0;

  /** At most `maxEntries` values in all; when full, everything is dropped and built again on use. */
  constructor(private readonly maxEntries: number) {}

  get(document: DocumentNode, key: string): V | undefined {
    return this.byDocument.get(document)?.get(key);
  }

  set(document: DocumentNode, key: string, value: V): void {
    if (this.entries >= this.maxEntries) {
      this.byDocument = new WeakMap();
      this.entries = 0;
    }
    let map = this.byDocument.get(document);
    if (!map) {
      map = new Map();
      this.byDocument.set(document, map);
    }
    if (!map.has(key)) this.entries++;
    map.set(key, value);
  }

  /** Values held (of documents still cached or not yet collected). */
  get size(): number {
    return this.entries;
  }
}

/** Variables longer than this as JSON are not used as a cache key. */
const MAX_VARIABLES_KEY = 4096;

/**
 * The variables as a cache key: their JSON when they are plain JSON values (strings, numbers,
 * booleans, null, arrays, plain objects) and short; null otherwise (an upload's File would
 * serialise as its internals, or not at all).
 */
export function plainVariablesKey(variables: unknown): string | null {
  let size = 0;
  const plain = (v: unknown, depth: number): boolean => {
    if (depth > 20 || size > MAX_VARIABLES_KEY) return false;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      size += typeof v === 'string' ? v.length : 8;
      return true;
    }
    if (Array.isArray(v)) return v.every((x) => plain(x, depth + 1));
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.entries(v as object).every(([k, x]) => {
        size += k.length;
        return plain(x, depth + 1);
      });
    }
    return false;
  };
  if (variables === undefined) return '{}';
  return plain(variables, 0) && size <= MAX_VARIABLES_KEY ? JSON.stringify(variables) : null;
}
