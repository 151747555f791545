// Compiled reads read the schema Pothos built through library internals (src/graphql/compiled-reads/
// internals.ts). These tests pin each internal to the real schema, and show that a library change
// that breaks one is named by the self-check (which turns compiled reads off) instead of silently
// changing answers.
import type { GraphQLField, GraphQLObjectType } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldShape, nodeIdIsIdColumn, nodeWhere, plainFieldResolver, selfCheck, typeModel, typeSelect } from '../../src/graphql/compiled-reads/internals.js';
import { schema } from '../../src/schema.js';

const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name] as GraphQLField<unknown, unknown>;

describe('the internals, read from the real schema', () => {
  it('the self-check passes', () => {
    expect(selfCheck(schema)).toEqual([]);
  });

  it('reads each kind of field', () => {
    expect(typeModel(schema.getType('Customer') as GraphQLObjectType)).toBe('Customer');
    expect(fieldShape(field('Customer', 'name'))).toEqual({ kind: 'column', column: 'name' });
    expect(fieldShape(field('Project', 'customer'))).toMatchObject({ kind: 'relation', relation: 'customer', orderBy: undefined });
    expect(fieldShape(field('Invoice', 'lines'))).toMatchObject({ kind: 'relation', relation: 'lines', orderBy: { position: 'asc' } });
    const contacts = fieldShape(field('Customer', 'contacts'));
    expect(contacts.kind).toBe('connection');
    if (contacts.kind === 'connection') {
      expect(contacts.query({ first: 5 }, {})).toMatchObject({ take: 6, skip: 0, orderBy: [{ isMainContact: 'desc' }, { name: 'asc' }, { id: 'asc' }] });
    }
    const workOrders = fieldShape(field('Project', 'workOrders'));
    if (workOrders.kind !== 'connection') throw new Error('Project.workOrders is not read as a connection');
    expect(workOrders.query({ first: 2, finished: true }, {})).toMatchObject({ take: 3, where: { statusCode: { gte: 90 } } });
    expect(fieldShape(field('WorkOrder', 'reference'))).toMatchObject({ kind: 'computed', select: { number: true, project: { select: { number: true } } } });
    expect(fieldShape(field('SupplierInvoice', 'approvalsRequired'))).toMatchObject({ kind: 'computed', select: undefined });
    expect(fieldShape(field('Customer', 'invoiceAddress'))).toMatchObject({ kind: 'computed', select: { invoiceCity: true } });
    expect(typeSelect(schema.getType('SupplierInvoice') as GraphQLObjectType)).toEqual({ id: true });
    expect(typeSelect(schema.getType('Customer') as GraphQLObjectType)).toBeUndefined();
    expect(plainFieldResolver(field('Address', 'city'))?.({ city: 'Umeå' }, {}, {})).toBe('Umeå');
    expect(nodeIdIsIdColumn(schema.getType('Voucher') as GraphQLObjectType)).toBe(true);
    expect(nodeWhere(schema.getType('Voucher') as GraphQLObjectType, 'x', {})).toEqual({ id: 'x' });
    // A customer's lookup is its own: narrowed to nothing for a user without customer permissions.
    expect(nodeWhere(schema.getType('Customer') as GraphQLObjectType, 'x', { permissions: new Set() })).toEqual({ id: '00000000-0000-0000-0000-000000000000' });
  });
});

describe('a library upgrade that changes an internal', () => {
  const restore: (() => void)[] = [];
  afterEach(() => {
    for (const r of restore.splice(0)) r();
  });
  /** Changes one extension on a field of the real schema, as an upgrade renaming it would. */
  function rename(def: { extensions: unknown }, key: string) {
    const ext = def.extensions as Record<string, unknown>;
    const value = ext[key];
    delete ext[key];
    ext[`${key}Renamed`] = value;
    restore.push(() => {
      delete ext[`${key}Renamed`];
      ext[key] = value;
    });
  }

  it.each([
    ['pothosExposedField', 'Customer', 'name', 'Customer.name reads as an exposed column'],
    ['pothosPrismaRelationField', 'Project', 'customer', 'Project.customer reads as a relation'],
    ['pothosPrismaRelationField', 'Customer', 'contacts', 'Customer.contacts reads as a related connection'],
    ['pothosPrismaSelect', 'Project', 'phase', 'Project.phase reads as computed from selected columns'],
    ['pothosExposedField', 'Address', 'city', 'Address.city reads as a property of a plain object'],
  ])('renaming %s on %s.%s is named by the self-check', (key, type, name, problem) => {
    rename(field(type, name), key);
    expect(selfCheck(schema).join('\n')).toContain(problem);
  });

  it('a node type whose lookup is no longer where it was read is named', () => {
    rename(schema.getType('Customer') as GraphQLObjectType, 'pothosPrismaLoader');
    expect(selfCheck(schema).join('\n')).toContain('Customer has no model loader');
  });

  it('a prisma type that no longer names its model is named', () => {
    rename(schema.getType('Project') as GraphQLObjectType, 'pothosPrismaModel');
    expect(selfCheck(schema).join('\n')).toContain('Project is the prisma object of Project');
  });
});
