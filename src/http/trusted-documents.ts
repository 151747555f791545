// Registered (trusted) documents: a request may name a document of a manifest by its SHA-256
// (`extensions.persistedQuery.sha256Hash`, the automatic-persisted-queries convention) instead of
// sending its text, and with mode `only` it must: free-form documents are refused with
// TRUSTED_DOCUMENT_REQUIRED, except from API tokens when the setting lets them through.
//
// The manifests: the typed client's (packages/client, generated with its operations) and any
// others the configuration names. Each is a JSON object of "sha256:<hex>" (or "<hex>") → document
// text; every entry's hash is checked against its text and every document against the schema when
// the server starts, so a stale or tampered manifest stops the start instead of failing requests.
// A hash is checked for its form (64 hexadecimal characters) before it is looked up.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLError, parse, validate, type GraphQLSchema } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';

export type TrustedDocumentsMode = 'off' | 'allow' | 'only';

/** Who may still send free-form documents with mode `only`. */
export type ApiTokenDocuments = 'free-form' | 'registered';

export interface TrustedDocumentsSettings {
  mode: TrustedDocumentsMode;
  /** Manifest files besides the typed client's. */
  manifests: readonly string[];
  apiTokens: ApiTokenDocuments;
}

export const DEFAULT_TRUSTED_DOCUMENTS: TrustedDocumentsSettings = { mode: 'allow', manifests: [], apiTokens: 'free-form' };

/** The typed client's manifest, regenerated with its operations (`npm run codegen`). */
export const CLIENT_MANIFEST = fileURLToPath(new URL('../../packages/client/src/gql/persisted-documents.json', import.meta.url));

/** Where a request names a registered document. */
export const HASH_FIELD = 'extensions.persistedQuery.sha256Hash';

/** A manifest file's documents are checked whole; this bounds what one file may hold. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

export const TRUSTED_DOCUMENT_REQUIRED = 'TRUSTED_DOCUMENT_REQUIRED';
export const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function badHash(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: HASH_FIELD, http: { status: 400 } } });
}

/**
 * The hash a request names (lowercase hex), null when it names none; a typed error naming the
 * field when `extensions.persistedQuery` is there but malformed.
 */
export function requestedHash(params: Pick<GraphQLParams, 'extensions'>): string | null {
  const pq = (params.extensions as Record<string, unknown> | null | undefined)?.persistedQuery;
  if (pq === undefined || pq === null) return null;
  if (typeof pq !== 'object' || Array.isArray(pq)) throw badHash('extensions.persistedQuery must be an object { version: 1, sha256Hash }.');
  const { version, sha256Hash } = pq as Record<string, unknown>;
  if (version !== 1)
    throw new GraphQLError('extensions.persistedQuery.version must be 1.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'extensions.persistedQuery.version', http: { status: 400 } },
    });
  if (typeof sha256Hash !== 'string' || !/^[0-9a-fA-F]{64}$/.test(sha256Hash)) {
    throw badHash(`${HASH_FIELD} must be the SHA-256 of a registered document: 64 hexadecimal characters.`);
  }
  return sha256Hash.toLowerCase();
}

/** A manifest's entries (hash in lowercase hex → text), each hash checked against its text. */
export function parseManifest(json: string, name: string): Map<string, string> {
  let content: unknown;
  try {
    content = JSON.parse(json);
  } catch (e) {
    throw new Error(`Registered documents ${name}: not JSON (${(e as Error).message})`);
  }
  if (!content || typeof content !== 'object' || Array.isArray(content)) throw new Error(`Registered documents ${name}: expected an object of hash → document`);
  const documents = new Map<string, string>();
  for (const [key, text] of Object.entries(content)) {
    const hash = /^(?:sha256:)?([0-9a-f]{64})$/i.exec(key)?.[1]?.toLowerCase();
    if (!hash) throw new Error(`Registered documents ${name}: "${key.slice(0, 80)}" is not a SHA-256 ("sha256:" and 64 hexadecimal characters)`);
    if (typeof text !== 'string') throw new Error(`Registered documents ${name}: the document of ${key} is not a string`);
    if (sha256Hex(text) !== hash) throw new Error(`Registered documents ${name}: ${key} is not the SHA-256 of its document`);
    documents.set(hash, text);
  }
  return documents;
}

/**
 * Every manifest's documents, each parsed and validated against the schema; the start fails on
 * the first one that is not (a manifest older than the schema, or one not meant for this API).
 */
export function loadManifests(files: readonly string[], schema: GraphQLSchema): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of files) {
    const json = readFileSync(file, 'utf8');
    if (Buffer.byteLength(json) > MAX_MANIFEST_BYTES) throw new Error(`Registered documents ${file}: larger than ${MAX_MANIFEST_BYTES} bytes`);
    for (const [hash, text] of parseManifest(json, file)) {
      const errors = validate(schema, parse(text));
      if (errors.length) throw new Error(`Registered documents ${file}: sha256:${hash} does not fit the schema: ${errors[0]!.message}`);
      all.set(hash, text);
    }
  }
  return all;
}

export interface TrustedDocumentsPluginOptions {
  mode: Exclude<TrustedDocumentsMode, 'off'>;
  /** Hash (lowercase hex) → document text. */
  documents: ReadonlyMap<string, string>;
  /** With mode `only`: whether this request may still send a free-form document. */
  freeFormAllowed(request: Request): Promise<boolean>;
}

/** The plugin; put it after the request guard (authentication, rate limits) and before the query limits. */
export function useTrustedDocuments(opts: TrustedDocumentsPluginOptions): Plugin {
  const only = opts.mode === 'only';
  return usePersistedOperations({
    // The document's text, so everything after (query limits, list reads) sees it as it sees any other.
    getPersistedOperation: (hash) => opts.documents.get(hash) ?? null,
    extractPersistedOperationId: (params) => requestedHash(params),
    allowArbitraryOperations: only ? (request) => opts.freeFormAllowed(request) : true,
    customErrors: {
      notFound: {
        message: 'No registered document has this hash.',
        extensions: { code: PERSISTED_QUERY_NOT_FOUND, field: HASH_FIELD, http: { status: 400 } },
      },
      persistedQueryOnly: {
        message: `This API accepts registered documents only: send ${HASH_FIELD} of a registered document instead of a query.`,
        extensions: { code: TRUSTED_DOCUMENT_REQUIRED, http: { status: 400 } },
      },
      keyNotFound: {
        message: only ? `Send ${HASH_FIELD} of a registered document.` : `Send a query, or ${HASH_FIELD} of a registered document.`,
        extensions: { code: only ? TRUSTED_DOCUMENT_REQUIRED : 'BAD_REQUEST', field: HASH_FIELD, http: { status: 400 } },
      },
    },
  });
}
