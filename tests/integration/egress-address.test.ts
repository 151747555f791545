// The address classifier and host allow-list behind the connector egress rule (pure, table-driven).
import { describe, expect, it } from 'vitest';
import { checkUrl, classifyAddress, EgressRefusedError, hostAllowed, isHostPattern } from '@nordic-invoicing/connector-sdk';

describe('classifyAddress', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['2a00:1450:4001:82b::200e', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['::ffff:192.168.1.1', 'private'],
    ['fd00::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['100.64.0.1', 'cgnat'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['2002:7f00:1::', 'reserved'],
    ['64:ff9b::7f00:1', 'reserved'],
    ['api.fortnox.se', null],
    ['localhost', null],
  ])('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe('hostAllowed', () => {
  it.each([
    ['api.fortnox.se', ['api.fortnox.se'], true],
    ['API.Fortnox.SE', ['api.fortnox.se'], true],
    ['api.fortnox.se.', ['api.fortnox.se'], true],
    ['evil.api.fortnox.se', ['api.fortnox.se'], false],
    ['api.fortnox.se.evil.example', ['api.fortnox.se'], false],
    ['a.example.com', ['*.example.com'], true],
    ['example.com', ['*.example.com'], false],
    ['badexample.com', ['*.example.com'], false],
    ['::ffff:127.0.0.1', ['127.0.0.1'], true],
    ['localhost', [], false],
  ])('%s in %j: %s', (host, list, expected) => {
    expect(hostAllowed(host, list)).toBe(expected);
  });
  it.each([
    ['api.fortnox.se', true],
    ['*.example.com', true],
    ['127.0.0.1', true],
    ['API.example.com', false],
    ['https://x', false],
    ['a b', false],
  ])('pattern %s valid: %s', (p, ok) => {
    expect(isHostPattern(p)).toBe(ok);
  });
});

describe('checkUrl', () => {
  const policy = { allowedHosts: ['api.fortnox.se', '127.0.0.1', '::1'], settingOf: () => 'settings.baseUrl' };
  it.each([
    ['https://api.fortnox.se/3/customers', null],
    ['https://evil.example/3', 'host_not_allowed'],
    ['http://127.0.0.1:8080/', 'address_not_public'],
    ['http://2130706433/', 'address_not_public'],
    ['http://[::1]/', 'address_not_public'],
    ['ftp://api.fortnox.se/', 'scheme_not_allowed'],
  ])('%s → %s', (url, reason) => {
    if (reason === null) return expect(() => checkUrl(url, policy)).not.toThrow();
    const err = (() => {
      try {
        checkUrl(url, policy);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(EgressRefusedError);
    expect((err as EgressRefusedError).reason).toBe(reason);
    expect((err as EgressRefusedError).message).toMatch(/^settings\.baseUrl: /);
  });
});
