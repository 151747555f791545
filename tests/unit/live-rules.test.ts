// Who sees which event on a live stream, and the stream's arguments.
import { describe, expect, it } from 'vitest';
import type { Permission } from '../../src/generated/prisma/enums.js';
import { eventPermissions, maySee, parseAfter, typesIssue } from '../../src/modules/events/live-rules.js';

describe('eventPermissions', () => {
  it.each([
    ['invoice.locked', {}, ['INVOICE_VIEW']],
    ['invoice.paid', {}, ['INVOICE_VIEW']],
    ['run.started', {}, ['ADMIN_INTEGRATIONS']],
    ['run.flow_finished', {}, ['ADMIN_INTEGRATIONS']],
    ['connection.paused', {}, ['ADMIN_INTEGRATIONS']],
    ['webhook.test', {}, ['ADMIN_INTEGRATIONS']],
    ['import.finished', { kind: 'customers' }, ['CUSTOMER_VIEW', 'CUSTOMER_UPLOAD']],
    ['import.finished', { kind: 'sie' }, ['ADMIN_ACCOUNTS', 'ADMIN_COST_CENTRES', 'ADMIN_INTEGRATIONS']],
    ['import.finished', { kind: 'bankgiro-payments' }, ['INVOICE_PAYMENTS']],
    ['import.finished', { kind: 'other' }, ['ADMIN_COMPANY_SETTINGS']],
    ['import.finished', null, ['ADMIN_COMPANY_SETTINGS']],
    ['something.new', {}, ['ADMIN_COMPANY_SETTINGS']],
  ])('%s %j needs any of %j', (type, data, permissions) => {
    expect(eventPermissions(type, data)).toEqual(permissions);
  });

  it.each([
    [['INVOICE_VIEW'], 'invoice.locked', true],
    [['INVOICE_VIEW'], 'run.finished', false],
    [['CUSTOMER_VIEW_ASSIGNED'], 'invoice.locked', false],
    [[], 'invoice.locked', false],
    [['ADMIN_INTEGRATIONS'], 'connection.reauthorization_required', true],
  ] as [Permission[], string, boolean][])('%j sees %s: %s', (permissions, type, expected) => {
    expect(maySee(new Set(permissions), type, {})).toBe(expected);
  });
});

describe('typesIssue', () => {
  it.each([
    [null, null],
    [[], null],
    [['invoice.locked', 'run.finished'], null],
    [['invoice.nope'], /"invoice.nope" is not an event type/],
    [Array.from({ length: 100 }, () => 'invoice.locked'), /At most/],
  ] as [string[] | null, RegExp | null][])('%j', (types, expected) => {
    const issue = typesIssue(types);
    if (expected === null) expect(issue).toBeNull();
    else expect(issue).toMatch(expected);
  });
});

describe('parseAfter', () => {
  it.each([
    ['0', 0n],
    ['42', 42n],
    ['9223372036854775807', 9223372036854775807n],
    ['9223372036854775808', null],
    ['-1', null],
    ['1.5', null],
    ['', null],
    ['12345678901234567890', null],
    [' 1', null],
  ])('%j → %s', (after, expected) => {
    expect(parseAfter(after)).toBe(expected);
  });
});
