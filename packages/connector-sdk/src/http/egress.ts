// Where a connection's requests may go. Credentials travel with every request (bearer token,
// API key, client secret and refresh token at the token endpoint), so a request may only reach a
// host the connector declares (`allowedHosts`) and only a public address: loopback, private,
// link-local, CGNAT, multicast, unspecified and other special-purpose addresses are refused,
// IPv4 and IPv6 alike (IPv4-mapped IPv6 is judged as the IPv4 address it carries). Names are
// checked on the address they resolve to, at connect time, and the connection is made to exactly
// that checked address (no second lookup an attacker's DNS could answer differently). Redirects
// are followed only within the same origin. A sandbox connection (explicitly created as one)
// skips these checks, which is how the fakes on 127.0.0.1 are reached in tests.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { brandedInstanceOf, errorBrand, setBrand } from '../brand.js';
import ipaddr from 'ipaddr.js';
import { Agent, fetch as undiciFetch } from 'undici';

/** What kind of address an IP is; only `public` may be reached by a non-sandbox connection. */
export type AddressClass = 'public' | 'loopback' | 'private' | 'link-local' | 'cgnat' | 'multicast' | 'unspecified' | 'reserved';

// ipaddr.js range names → our classes. Every range it knows except plain unicast is refused;
// the ones not listed here (broadcast, benchmarking, 6to4, Teredo, NAT64, documentation, …)
// are `reserved`: they either are not routable on the internet or embed an IPv4 address that
// could be a private one.
const RANGE_CLASS: Record<string, AddressClass> = {
  unicast: 'public',
  loopback: 'loopback',
  private: 'private',
  uniqueLocal: 'private',
  linkLocal: 'link-local',
  carrierGradeNat: 'cgnat',
  multicast: 'multicast',
  unspecified: 'unspecified',
};

/**
 * The class of an IP address (v4 or v6, IPv6 with or without brackets), or null when the text
 * is not an IP address. Uses ipaddr.js's IANA special-purpose ranges.
 */
export function classifyAddress(text: string): AddressClass | null {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  // A zone id (fe80::1%eth0) only occurs on link-local addresses.
  const [address, zone] = bare.split('%', 2) as [string, string | undefined];
  if (!ipaddr.isValid(address)) return null;
  if (zone !== undefined) return 'link-local';
  // process(): an IPv4-mapped IPv6 address (::ffff:127.0.0.1) becomes the IPv4 address.
  const ip = ipaddr.process(address);
  // isValid accepts legacy IPv4 forms ("127.1", "0x7f.0.0.1"); sockets read them the same way.
  return RANGE_CLASS[ip.range()] ?? 'reserved';
}

export type EgressRefusal = 'host_not_allowed' | 'address_not_public' | 'scheme_not_allowed' | 'redirect_to_other_origin';

/** A request a connection's policy does not allow; nothing was sent to that host. */
const EGRESS_REFUSED = errorBrand('EgressRefusedError');

/** A request the egress policy refused before sending. Recognised across copies of the SDK (see brand.ts). */
export class EgressRefusedError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class instanceof was asked about (a subclass checks its prototype chain).
    return brandedInstanceOf(this, EgressRefusedError, EGRESS_REFUSED, value);
  }
  readonly reason: EgressRefusal;
  readonly url: string;
  readonly host: string;
  /** The connection setting that decides this address, e.g. "settings.baseUrl", when known. */
  readonly setting: string | undefined;
  constructor(init: { reason: EgressRefusal; url: string; host: string; detail: string; setting?: string }) {
    super(`${init.setting ? `${init.setting}: ` : ''}${init.detail}`);
    this.name = 'EgressRefusedError';
    this.reason = init.reason;
    this.url = init.url;
    this.host = init.host;
    this.setting = init.setting;
    setBrand(this, EGRESS_REFUSED);
  }
}

export interface EgressPolicy {
  /** Host names the connector may call: exact ("api.fortnox.se") or a subdomain pattern ("*.example.com"). */
  allowedHosts: readonly string[];
  /** Which setting an address came from, for the error ("settings.baseUrl"). */
  settingOf?: (url: URL) => string | undefined;
}

const HOST_PATTERN = /^(\*\.)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Whether an allowedHosts entry is well formed: a lower-case host name, optionally "*." + name. */
export function isHostPattern(entry: string): boolean {
  return HOST_PATTERN.test(entry) || (classifyAddress(entry) !== null && !entry.includes('%'));
}

function normaliseHost(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
}

/** Whether `host` matches the allow-list (case-insensitive; "*.x" matches subdomains of x, not x). */
export function hostAllowed(host: string, allowedHosts: readonly string[]): boolean {
  const h = normaliseHost(host);
  return allowedHosts.some((entry) => {
    const e = normaliseHost(entry);
    if (e.startsWith('*.')) return h.endsWith(e.slice(1)) && h.length > e.length - 1;
    if (classifyAddress(e) !== null && classifyAddress(h) !== null) return ipaddr.process(e).toString() === ipaddr.process(h).toString();
    return h === e;
  });
}

/** Throws when the URL may not be requested under the policy: scheme, allow-list, IP literals. */
export function checkUrl(target: string | URL, policy: EgressPolicy): URL {
  const url = typeof target === 'string' ? new URL(target) : target;
  const setting = policy.settingOf?.(url);
  const host = normaliseHost(url.hostname);
  const refuse = (reason: EgressRefusal, detail: string) => new EgressRefusedError({ reason, url: url.origin + url.pathname, host, detail, setting });
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw refuse('scheme_not_allowed', `${url.protocol} addresses are not allowed (http or https only).`);
  if (!hostAllowed(host, policy.allowedHosts)) {
    throw refuse('host_not_allowed', `The host ${host} is not one this connector may call (allowed: ${policy.allowedHosts.join(', ') || 'none'}).`);
  }
  const literal = classifyAddress(host);
  if (literal !== null && literal !== 'public') throw refuse('address_not_public', `The address ${host} is ${literal}; only public addresses may be called.`);
  return url;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * dns.lookup that fails when any address of the name is not public. The socket connects to the
 * address returned here, so the check and the connection see the same answer.
 */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const bad = addresses.find((a) => classifyAddress(a.address) !== 'public');
    if (bad) {
      const e = new Error(
        `${hostname} resolves to ${bad.address}, which is ${classifyAddress(bad.address) ?? 'not an address'}; only public addresses may be called.`,
      ) as NodeJS.ErrnoException;
      e.code = 'EGRESS_ADDRESS_NOT_PUBLIC';
      return callback(e, []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}

let sharedAgent: Agent | undefined;
/** One keep-alive pool for every guarded connection: the lookup is the only thing that differs from the default. */
function guardedAgent(): Agent {
  sharedAgent ??= new Agent({ connect: { lookup: publicOnlyLookup } });
  return sharedAgent;
}

/** A fetch whose sockets only ever connect to public addresses. */
// undici's fetch is the global fetch with its own declarations of Request, RequestInit and Response.
export const publicOnlyFetch: typeof fetch = ((input: string | URL, init?: RequestInit) =>
  undiciFetch(input as string, { ...(init as object), dispatcher: guardedAgent() } as never)) as unknown as typeof fetch;

/** The error (if any) of a fetch that the guarded lookup refused, with the policy's wording. */
export function lookupRefusal(err: unknown, url: URL, policy: EgressPolicy): EgressRefusedError | null {
  for (let e: unknown = err, i = 0; i < 6 && e && typeof e === 'object'; i++, e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === 'EGRESS_ADDRESS_NOT_PUBLIC') {
      return new EgressRefusedError({
        reason: 'address_not_public',
        url: url.origin + url.pathname,
        host: normaliseHost(url.hostname),
        detail: (e as Error).message,
        setting: policy.settingOf?.(url),
      });
    }
  }
  return null;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/**
 * fetch under the policy: the URL checked first, sockets only to public addresses (unless the
 * caller injected its own fetch, e.g. a test double), redirects followed by hand and only within
 * the same origin; a redirect elsewhere is refused without reading its body.
 */
export async function guardedFetch(url: string, init: RequestInit, policy: EgressPolicy, injected?: typeof fetch): Promise<Response> {
  const fetchImpl = injected ?? publicOnlyFetch;
  let current = checkUrl(url, policy);
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body;
  for (let hop = 0; ; hop++) {
    let res: Response;
    try {
      res = await fetchImpl(current.toString(), { ...init, method, body, redirect: 'manual' });
    } catch (err) {
      throw lookupRefusal(err, current, policy) ?? err;
    }
    if (!REDIRECTS.has(res.status)) return res;
    const location = res.headers.get('location');
    if (!location) return res;
    const next = new URL(location, current);
    await res.body?.cancel().catch(() => undefined);
    if (next.origin !== current.origin) {
      throw new EgressRefusedError({
        reason: 'redirect_to_other_origin',
        url: current.origin + current.pathname,
        host: normaliseHost(current.hostname),
        detail: `${current.host} redirected to another host (${next.host}); redirects are followed only within the same host.`,
        setting: policy.settingOf?.(current),
      });
    }
    if (hop + 1 >= MAX_REDIRECTS)
      throw new EgressRefusedError({
        reason: 'redirect_to_other_origin',
        url: current.toString(),
        host: normaliseHost(current.hostname),
        detail: `More than ${MAX_REDIRECTS} redirects.`,
        setting: policy.settingOf?.(current),
      });
    current = checkUrl(next, policy);
    // As fetch does: 303 (and 301/302 after a POST) continue as a GET without a body.
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
    }
  }
}
