// One webhook POST: to the address checked at connect time (the socket connects to exactly the
// address the guarded lookup approved, so DNS cannot answer differently between check and
// connection), redirects not followed, one deadline over connecting, the answer and its body,
// and only the first bytes of the body read.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { addressRefusal, urlRefusal } from './addresses.js';

export interface PostResult {
  /** The HTTP status, when an answer came. */
  status: number | null;
  /** The first bytes of the body (UTF-8), when an answer came. */
  body: string | null;
  /** Why no answer came (timeout, refused address, connection error). */
  error: string | null;
  durationMs: number;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that fails when any address of the name may not be called. */
export function guardedLookup(allowLoopback: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      for (const a of addresses) {
        const refusal = addressRefusal(a.address, allowLoopback);
        if (refusal) return callback(Object.assign(new Error(`${hostname}: ${refusal.message}`), { code: 'WEBHOOK_ADDRESS_REFUSED' }), []);
      }
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      if (options.all) return callback(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}

export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  opts: { timeoutMs: number; allowLocal: boolean; maxBodyBytes: number },
): Promise<PostResult> {
  const started = performance.now();
  const done = (r: Omit<PostResult, 'durationMs'>): PostResult => ({ ...r, durationMs: Math.round(performance.now() - started) });
  // The URL as stored is checked again: an address literal never goes through the lookup.
  const refusal = urlRefusal(url, opts.allowLocal);
  if (refusal) return done({ status: null, body: null, error: `Refused: ${refusal.message}` });
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PostResult>((resolve) => {
    let settled = false;
    const finish = (r: Omit<PostResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(done(r));
    };
    const req = request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(opts.allowLocal) as never,
        agent: false,
      },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const status = res.statusCode ?? 0;
        const end = () => finish({ status, body: Buffer.concat(chunks).toString('utf8').slice(0, opts.maxBodyBytes), error: null });
        res.on('data', (c: Buffer) => {
          if (size >= opts.maxBodyBytes) return;
          chunks.push(c.subarray(0, opts.maxBodyBytes - size));
          size += Math.min(c.length, opts.maxBodyBytes - size);
          // Enough read: the rest is not waited for.
          if (size >= opts.maxBodyBytes) end();
        });
        res.on('end', end);
        res.on('error', end);
      },
    );
    const timer = setTimeout(() => finish({ status: null, body: null, error: `No answer within ${opts.timeoutMs} ms.` }), opts.timeoutMs);
    req.on('error', (err: NodeJS.ErrnoException) => {
      const message = err.code === 'WEBHOOK_ADDRESS_REFUSED' ? `Refused: ${err.message}` : `${err.code ?? 'ERROR'}: ${err.message}`;
      finish({ status: null, body: null, error: message });
    });
    req.end(body);
  });
}
