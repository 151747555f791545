// A local mail sink for the demo: an SMTP server on 127.0.0.1 (smtp-server) that accepts every
// message and keeps the newest ones in memory, and a small HTTP server on 127.0.0.1 that lists
// them: `GET /` as a page, `GET /messages` as JSON (newest first). Nothing is relayed anywhere.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SinkMessage {
  /** 1, 2, 3, … in order of arrival. */
  id: number;
  receivedAt: string;
  /** The SMTP envelope: who sent it and the addresses it was delivered to. */
  envelope: { from: string | null; to: string[] };
  from: string;
  to: string;
  subject: string;
  /** The `Content-Language` header, when the sender set one. */
  language: string | null;
  /** The plain-text body, decoded. */
  text: string;
}

export interface MailSink {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  smtpUrl: string;
  /** http://127.0.0.1:<port>/ — the listing page; `${url}messages` is the JSON. */
  url: string;
  /** Newest first. */
  messages(): SinkMessage[];
  close(): Promise<void>;
}

export interface MailSinkOptions {
  /** Port of the SMTP server (default 0: a free port). */
  smtpPort?: number;
  /** Port of the listing (default 0: a free port). */
  httpPort?: number;
  /** How many messages are kept (the oldest are dropped first). Default 200. */
  keep?: number;
  /** Largest message accepted, in bytes. Default 1 MiB. */
  maxBytes?: number;
}

// ---------------------------------------------------------------------------------------------
// Reading a message (pure): headers (folded lines, RFC 2047 encoded words) and the text body
// (quoted-printable, base64, 7bit/8bit; the first text/plain part of a multipart message).

interface Part {
  headers: Map<string, string>;
  body: string; // bytes as latin1 characters
}

function splitPart(raw: string): Part {
  const m = /\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(i + 1).trim());
  }
  return { headers, body };
}

function param(header: string | undefined, name: string): string | null {
  if (!header) return null;
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function decodeBytes(bytes: Buffer, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function quotedPrintable(s: string): Buffer {
  const text = s.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return Buffer.from(out);
}

/** A header value with its RFC 2047 encoded words (`=?utf-8?Q?…?=`, `=?utf-8?B?…?=`) decoded. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?[^?]+\?[BbQq]\?[^?]*\?=)/g, '$1')
    .replace(/=\?([^?*]+)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=/g, (_all, charset: string, enc: string, data: string) => {
      const bytes = enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintable(data.replace(/_/g, ' '));
      return decodeBytes(bytes, charset);
    });
}

function bodyText(part: Part, depth = 0): string {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = param(type, 'boundary');
  if (/^multipart\//i.test(type) && boundary && depth < 5) {
    const pieces = part.body.split(new RegExp(`\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*\\r?\\n?`));
    const parts = pieces
      .slice(1)
      .filter((p) => p.trim() !== '')
      .map(splitPart);
    const chosen = parts.find((p) => /^text\/plain/i.test(p.headers.get('content-type') ?? 'text/plain')) ?? parts[0];
    return chosen ? bodyText(chosen, depth + 1) : '';
  }
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(part.body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? quotedPrintable(part.body)
        : Buffer.from(part.body, 'latin1');
  return decodeBytes(bytes, param(type, 'charset')).replace(/\r\n/g, '\n').replace(/\n+$/, '');
}

/** Subject, addresses, language and plain text of a raw RFC 5322 message. */
export function readMessage(raw: Buffer | string): Pick<SinkMessage, 'from' | 'to' | 'subject' | 'language' | 'text'> {
  const part = splitPart(typeof raw === 'string' ? Buffer.from(raw, 'utf8').toString('latin1') : raw.toString('latin1'));
  // Header bytes are latin1 characters here; 8-bit header text (SMTPUTF8) is UTF-8.
  const header = (name: string) => {
    const v = part.headers.get(name);
    return v === undefined ? '' : decodeHeader(decodeBytes(Buffer.from(v, 'latin1'), 'utf-8'));
  };
  return {
    from: header('from'),
    to: header('to'),
    subject: header('subject'),
    language: header('content-language') || null,
    text: bodyText(part),
  };
}

// ---------------------------------------------------------------------------------------------
// The listing page

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderListing(messages: readonly SinkMessage[], smtpUrl: string): string {
  const items = messages
    .map(
      (m) => `<article>
<h2>${esc(m.subject || '(no subject)')}</h2>
<p class="meta">#${m.id} · ${esc(m.receivedAt)} · from ${esc(m.from || m.envelope.from || '')} · to ${esc(m.envelope.to.join(', '))}</p>
<pre>${esc(m.text)}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Demo mail sink (${messages.length})</title>
<style>body{font:15px/1.4 system-ui,sans-serif;margin:2rem;max-width:60rem}article{border-top:1px solid #ccc;padding:.5rem 0}h2{font-size:1.1rem;margin:.3rem 0}.meta{color:#555;margin:0}pre{white-space:pre-wrap;background:#f6f6f6;padding:.75rem}</style>
</head><body>
<h1>Demo mail sink</h1>
<p>Every e-mail sent to ${esc(smtpUrl)}, newest first (${messages.length}). Reload to see new ones; the same as JSON: <a href="/messages">/messages</a>.</p>
${items || '<p>No messages yet. A run with failures sends one to the connection’s notification addresses.</p>'}
</body></html>`;
}

// ---------------------------------------------------------------------------------------------

export async function startMailSink(opts: MailSinkOptions = {}): Promise<MailSink> {
  const keep = opts.keep ?? 200;
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  const stored: SinkMessage[] = [];
  let nextId = 1;

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: maxBytes,
    banner: 'Demo mail sink: messages are kept in memory and never relayed',
    closeTimeout: 2000,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error(`Message larger than ${maxBytes} bytes`), { responseCode: 552 }));
          return;
        }
        const mailFrom = session.envelope.mailFrom;
        stored.unshift({
          id: nextId++,
          receivedAt: new Date().toISOString(),
          envelope: { from: mailFrom ? mailFrom.address : null, to: session.envelope.rcptTo.map((r) => r.address) },
          ...readMessage(Buffer.concat(chunks)),
        });
        stored.length = Math.min(stored.length, keep);
        callback();
      });
    },
  });
  // A client's broken connection is the client's problem; an unhandled 'error' would end the process.
  smtp.on('error', () => undefined);
  const http: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const headers = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
    const path = new URL(req.url ?? '/', 'http://sink').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/messages') {
      res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(stored, null, 2));
    } else if (path === '/') {
      res
        .writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" })
        .end(renderListing(stored, smtpUrl));
    } else {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found: GET / (page) or GET /messages (JSON)\n');
    }
  });

  const listen = (
    server: {
      listen(port: number, host: string, cb: () => void): unknown;
      once(e: 'error', l: (err: Error) => void): unknown;
      off(e: 'error', l: (err: Error) => void): unknown;
    },
    port: number,
  ) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });

  await listen(smtp.server, opts.smtpPort ?? 0);
  const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  try {
    await listen(http, opts.httpPort ?? 0);
  } catch (err) {
    await new Promise<void>((r) => smtp.close(() => r()));
    throw err;
  }
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/`;

  let closed: Promise<void> | null = null;
  return {
    smtpUrl,
    url,
    messages: () => stored.map((m) => ({ ...m, envelope: { ...m.envelope, to: [...m.envelope.to] } })),
    close() {
      closed ??= Promise.all([
        new Promise<void>((r) => smtp.close(() => r())),
        new Promise<void>((r) => {
          http.close(() => r());
          http.closeAllConnections();
        }),
      ]).then(() => undefined);
      return closed;
    },
  };
}
