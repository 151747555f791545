// GraphQL input → service input, the same way for every module: global ids become database ids,
// and GraphQL null means "clear" for the fields in `clearable` and "not given" for the others
// (booleans, enums, required values). `rename` maps GraphQL names to service names.
import { decodeSyncCursor } from './sync-cursor.js';
import { PothosValidationError } from '@pothos/core';
import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { parsePrismaCursor } from '@pothos/plugin-prisma';

/** A global id argument as Pothos decodes it. */
interface DecodedGlobalId {
  typename: string;
  id: string;
}

/** What `cleanInput` makes of a GraphQL input type: global ids become ids, and a nullable field may be left out. */
export type CleanInput<T> = {
  [K in keyof T]: null extends T[K] ? CleanValue<T[K]> | undefined : CleanValue<T[K]>;
};
type CleanValue<V> = V extends DecodedGlobalId ? string : V;

function isGlobalId(v: unknown): v is DecodedGlobalId {
  return typeof v === 'object' && v !== null && 'typename' in v && 'id' in v;
}

export function cleanInput<T extends object>(input: T, clearable: readonly string[]): CleanInput<T>;
export function cleanInput(input: object, clearable: readonly string[], rename: Readonly<Record<string, string>>): Record<string, unknown>;
export function cleanInput(input: object, clearable: readonly string[], rename: Readonly<Record<string, string>> = {}): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input)
      .filter(([k, v]) => v !== null || clearable.includes(k))
      .map(([k, v]) => [rename[k] ?? k, isGlobalId(v) ? v.id : v]),
  );
}

// ---------------------------------------------------------------------------------------------
// Argument guard: every text a request carries (arguments written in the document and variable
// values, at any depth of input objects and lists, on the root field and on every field selected
// under it) and every connection cursor, checked once before any resolver or SQL sees them.
// PostgreSQL refuses NUL in text, and a lone UTF-16 surrogate cannot be encoded as UTF-8; a
// cursor is opaque, so one this API did not issue is an input error, not a database error.

/** At most `max` characters of a user's value, for quoting it in an error message. */
export function excerpt(value: string, max = 40): string {
  const chars = Array.from(value.length > max * 2 + 2 ? value.slice(0, max * 2 + 2) : value);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
}

export interface TextIssue {
  code: string;
  message: string;
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `s` cannot be stored as text, or null. */
export function textIssue(s: string): TextIssue | null {
  if (s.includes('\u0000')) return { code: 'invalid_text', message: 'Text must not contain NUL characters (\\u0000).' };
  if (LONE_SURROGATE.test(s)) return { code: 'invalid_text', message: 'Text must be valid Unicode (it contains a lone surrogate).' };
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longer than any cursor this API issues (base64 of `GPC:S:` and a UUID: 56 characters). */
const MAX_CURSOR_LENGTH = 100;

/**
 * The row id a connection cursor names, or null when it is not one this API issued: every
 * connection here pages by its rows' UUID `id` (`cursor: 'id'`), encoded as Pothos' prisma
 * plugin does (base64 of `GPC:S:<uuid>`).
 */
export function cursorId(cursor: string): string | null {
  if (cursor.length > MAX_CURSOR_LENGTH) return null;
  try {
    const id = parsePrismaCursor(cursor);
    return typeof id === 'string' && UUID.test(id) ? id : null;
  } catch {
    return null;
  }
}

const CURSOR_ARGS = new Set(['after', 'before']);

export interface InputIssue extends TextIssue {
  /** The field the argument belongs to (its name in the schema). */
  field: string;
  /** True when the argument is the checked root field's own. */
  own: boolean;
  /** Argument name, then the path inside its value (input fields and list indexes). */
  path: (string | number)[];
}

type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The first text in a (coerced) variable value that cannot be stored. */
function valueIssue(v: unknown, path: (string | number)[]): { issue: TextIssue; path: (string | number)[] } | null {
  if (typeof v === 'string') {
    const issue = textIssue(v);
    return issue ? { issue, path } : null;
  }
  if (Array.isArray(v)) {
    for (const [i, item] of v.entries()) {
      const r = valueIssue(item, [...path, i]);
      if (r) return r;
    }
  } else if (isPlainObject(v)) {
    for (const [k, item] of Object.entries(v)) {
      const r = valueIssue(item, [...path, k]);
      if (r) return r;
    }
  }
  return null;
}

/** The first text in an argument as written in the document (literals and variables). */
function nodeIssue(
  node: ValueNode,
  path: (string | number)[],
  variables: Readonly<Record<string, unknown>>,
): { issue: TextIssue; path: (string | number)[] } | null {
  switch (node.kind) {
    case Kind.STRING: {
      const issue = textIssue(node.value);
      return issue ? { issue, path } : null;
    }
    case Kind.VARIABLE:
      return valueIssue(variables[node.name.value], path);
    case Kind.LIST:
      for (const [i, item] of node.values.entries()) {
        const r = nodeIssue(item, [...path, i], variables);
        if (r) return r;
      }
      return null;
    case Kind.OBJECT:
      for (const f of node.fields) {
        const r = nodeIssue(f.value, [...path, f.name.value], variables);
        if (r) return r;
      }
      return null;
    default:
      return null;
  }
}

function fieldArgsIssue(field: FieldNode, own: boolean, variables: Readonly<Record<string, unknown>>): InputIssue | null {
  for (const arg of field.arguments ?? []) {
    const name = arg.name.value;
    if (CURSOR_ARGS.has(name)) {
      const v = arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : arg.value.kind === Kind.STRING ? arg.value.value : undefined;
      if (typeof v === 'string' && cursorId(v) === null && decodeSyncCursor(v) === null) {
        return { field: field.name.value, own, path: [name], code: 'invalid_cursor', message: `Not a cursor of this list: ${JSON.stringify(excerpt(v))}.` };
      }
    }
    const r = nodeIssue(arg.value, [name], variables);
    if (r) return { field: field.name.value, own, path: r.path, ...r.issue };
  }
  return null;
}

function selectionIssue(
  set: SelectionSetNode | undefined,
  fragments: Fragments,
  variables: Readonly<Record<string, unknown>>,
  seen: Set<string>,
): InputIssue | null {
  for (const s of set?.selections ?? []) {
    let r: InputIssue | null = null;
    if (s.kind === Kind.FIELD) r = fieldArgsIssue(s, false, variables) ?? selectionIssue(s.selectionSet, fragments, variables, seen);
    else if (s.kind === Kind.INLINE_FRAGMENT) r = selectionIssue(s.selectionSet, fragments, variables, seen);
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      r = selectionIssue(fragments[s.name.value]?.selectionSet, fragments, variables, seen);
    }
    if (r) return r;
  }
  return null;
}

/**
 * The first unusable input of a root field: in its own arguments, then in the arguments of
 * every field selected under it (a nested connection's cursor is read while its parent loads).
 */
export function rootFieldInputIssue(nodes: readonly FieldNode[], fragments: Fragments, variables: Readonly<Record<string, unknown>>): InputIssue | null {
  for (const node of nodes) {
    const r = fieldArgsIssue(node, true, variables) ?? selectionIssue(node.selectionSet, fragments, variables, new Set());
    if (r) return r;
  }
  return null;
}

/** A field argument that cannot be used: reported as BAD_USER_INPUT naming `field`. */
export class InputError extends PothosValidationError {
  constructor(
    message: string,
    /** The argument, dotted (`search`, `filter.customerName`, `contacts(after)` for a nested field). */
    readonly field: string,
  ) {
    super(message);
  }
}

/** The dotted name of the argument an issue is about (a nested field's as `field(argument)`). */
export function issueField(issue: InputIssue): string {
  const arg = issue.path.join('.');
  return issue.own ? arg : `${issue.field}(${arg})`;
}
