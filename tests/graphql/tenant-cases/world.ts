// Shared shape of the cross-tenant walk: company A (the attacker, every permission) and
// company B (the victim). Each domain contributes a module that seeds B's data and one case
// per root field it adds to the schema.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Harness, TestCompany } from '../../helpers/harness.js';

export interface TenantWorld {
  h: Harness;
  a: TestCompany;
  b: TestCompany;
  /** B's ids by GraphQL type name (raw database ids); their raw and global forms must never leak. */
  ids: Map<string, string[]>;
  /** Strings only B's data contains; they must never appear in A's responses. */
  markers: string[];
}

export interface TenantCase {
  run: () => Promise<unknown>;
  /** The __typename the (first) mutation result must have, e.g. NotFoundError. */
  expectError?: string;
}

export interface TenantModule {
  name: string;
  seed(w: TenantWorld): Promise<void>;
  cases(w: TenantWorld): Record<string, TenantCase>;
}

export function remember(w: TenantWorld, typename: string, rawId: string): string {
  const list = w.ids.get(typename) ?? [];
  list.push(rawId);
  w.ids.set(typename, list);
  return rawId;
}

/** B's id of `typename` (the first remembered), as a global id. */
export function gid(w: TenantWorld, typename: string, index = 0): string {
  const id = w.ids.get(typename)?.[index];
  if (!id) throw new Error(`No ${typename} seeded for company B`);
  return encodeGlobalID(typename, id);
}

/** Raw database id of a global id. */
export function rawId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString().split(':')[1]!;
}

export function execAsA(w: TenantWorld) {
  return <R, V>(doc: TypedDocumentNode<R, V>, vars: V) => w.h.exec(doc, vars, w.a.adminToken);
}

/** Data of a successful mutation result, or an error naming what went wrong while seeding. */
export function ok<T extends { __typename?: string }>(result: T): Extract<T, { data: unknown }>['data'] {
  const r = result as unknown as { __typename?: string; data?: unknown };
  if (!r.__typename?.endsWith('Success')) throw new Error(`seeding failed: ${JSON.stringify(result)}`);
  return r.data as never;
}
