// Which URLs a webhook endpoint may have and which addresses a delivery may connect to (SSRF):
// pure, on the SDK's classification of IP addresses (IANA special-purpose ranges).
import { classifyAddress } from '@nordic-invoicing/connector-sdk';

/** Longest endpoint URL accepted. */
export const MAX_URL_LENGTH = 2048;

/** Why a URL (or an address it resolves to) is refused; null: accepted. */
export type UrlRefusal = { code: string; message: string } | null;

/** Hosts that name this machine whatever DNS says. */
const LOCAL_NAMES = /^(localhost|localhost\.localdomain)$|\.localhost$/i;

/**
 * Whether an IP address may be called. Only public addresses are; loopback only when local
 * endpoints are allowed (development and tests). Private, link-local (cloud metadata at
 * 169.254.169.254 among them), CGNAT, multicast, unspecified and reserved addresses never are.
 */
export function addressRefusal(address: string, allowLoopback: boolean): UrlRefusal {
  const cls = classifyAddress(address);
  if (cls === null) return { code: 'not_an_address', message: `${address} is not an IP address.` };
  if (cls === 'public') return null;
  if (cls === 'loopback' && allowLoopback) return null;
  return { code: 'address_not_public', message: `The address ${address} is ${cls}; webhooks are sent only to public addresses.` };
}

/**
 * Checks an endpoint URL as entered: https (http only to 127.0.0.1, ::1 or localhost when local
 * endpoints are allowed), no user name or password in it, no fragment, a host that is not a
 * non-public address literal. A name is checked again on the addresses it resolves to at every
 * delivery (see addressRefusal).
 */
export function urlRefusal(text: string, allowLocal: boolean): UrlRefusal {
  if (text.length > MAX_URL_LENGTH) return { code: 'too_long', message: `At most ${MAX_URL_LENGTH} characters.` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { code: 'invalid_url', message: 'Not a URL.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { code: 'scheme_not_allowed', message: 'The URL must start with https://.' };
  if (url.username || url.password) return { code: 'credentials_in_url', message: 'The URL may not contain a user name or password.' };
  if (url.hash) return { code: 'fragment', message: 'The URL may not contain a fragment (#…).' };
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const literal = classifyAddress(host);
  const local = literal === 'loopback' || (literal === null && LOCAL_NAMES.test(host));
  if (url.protocol === 'http:' && !(allowLocal && local)) return { code: 'scheme_not_allowed', message: 'The URL must start with https://.' };
  if (local) return allowLocal ? null : { code: 'address_not_public', message: `${host} is this machine; webhooks are sent only to public addresses.` };
  if (literal !== null) return addressRefusal(host, allowLocal);
  if (!host.includes('.')) return { code: 'address_not_public', message: `${host} is not a public host name.` };
  return null;
}
