// Errors of the HTTP toolkit and the default extraction of a remote API's error message.
import { STATUS_CODES } from 'node:http';
import { brandedInstanceOf, errorBrand, setBrand } from '../brand.js';

/** The methods the HTTP toolkit sends. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpErrorInit {
  /** HTTP status; 0 when no response arrived (network error, timeout). */
  status: number;
  method: HttpMethod;
  url: string;
  /** Parsed error body (JSON value or text), `undefined` when there was none. */
  body?: unknown;
  /** The remote API's own message, for reports and e-mails. */
  remoteMessage: string;
  retryable: boolean;
  /** Attempts sent so far (the client sets the final count before throwing). */
  attempts?: number;
  headers?: Headers;
  cause?: unknown;
  /** The OAuth2 token endpoint failed (e.g. invalid_grant): a credentials problem, not the entity's. */
  fromTokenEndpoint?: boolean;
  /** Not sent: a dry run found that the API's contract refuses it (`status` is what the API would answer). */
  refusedInDryRun?: boolean;
}

const HTTP_ERROR = errorBrand('HttpError');

/**
 * A request that failed: an error answer, or no answer (network error, timeout). Recognised
 * across copies of the SDK: `err instanceof HttpError` and `isHttpError(err)` check its brand.
 */
export class HttpError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class instanceof was asked about (a subclass checks its prototype chain).
    return brandedInstanceOf(this, HttpError, HTTP_ERROR, value);
  }
  readonly status: number;
  readonly method: HttpMethod;
  readonly url: string;
  readonly body: unknown;
  readonly remoteMessage: string;
  readonly retryable: boolean;
  attempts: number;
  /** Response headers, when a response arrived. */
  readonly headers: Headers | undefined;
  /** True when the OAuth2 token endpoint failed, whatever its status (400 invalid_grant etc.). */
  readonly fromTokenEndpoint: boolean;
  /** True when nothing was sent: a dry run found that the API's contract refuses the request. */
  readonly refusedInDryRun: boolean;

  constructor(init: HttpErrorInit) {
    const what = init.status === 0 ? init.remoteMessage : `${init.status} ${init.remoteMessage}`;
    super(`${init.method} ${init.url} failed: ${what}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'HttpError';
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.body = init.body;
    this.remoteMessage = init.remoteMessage;
    this.retryable = init.retryable;
    this.attempts = init.attempts ?? 1;
    this.headers = init.headers;
    this.fromTokenEndpoint = init.fromTokenEndpoint ?? false;
    this.refusedInDryRun = init.refusedInDryRun ?? false;
    setBrand(this, HTTP_ERROR);
  }
}

/** Whether `err` is an HttpError from any copy of the SDK. */
export function isHttpError(err: unknown): err is HttpError {
  return err instanceof HttpError;
}

/** The standard reason phrase of a status ("Not Found"), or "HTTP 599" for unknown ones. */
export function statusText(status: number): string {
  return STATUS_CODES[status] ?? `HTTP ${status}`;
}

const MAX_TEXT_MESSAGE = 300;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function record(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/**
 * The message of a remote error body, trying the shapes the accounting APIs use:
 * Fortnox `{ErrorInformation: {message | Message}}`, Visma `{DeveloperErrorMessage}`,
 * OAuth2 `{error, error_description}`, plain `{message | Message}`, `{error: {message}}`,
 * and a short non-HTML text body. Falls back to the status's reason phrase.
 */
export function extractRemoteMessage(body: unknown, status: number): string {
  const o = record(body);
  if (o) {
    const info = record(o.ErrorInformation) ?? record(o.errorInformation);
    const nestedError = record(o.error);
    const found =
      str(info?.message) ??
      str(info?.Message) ??
      str(o.DeveloperErrorMessage) ??
      str(o.error_description) ??
      str(o.message) ??
      str(o.Message) ??
      str(o.error) ??
      str(nestedError?.message);
    if (found) return found;
  }
  const text = str(body);
  if (text && !text.startsWith('<')) {
    const firstLine = text.split(/\r?\n/, 1)[0]!;
    return firstLine.length > MAX_TEXT_MESSAGE ? `${firstLine.slice(0, MAX_TEXT_MESSAGE)}…` : firstLine;
  }
  return statusText(status);
}

/** The innermost useful message of a fetch failure (undici's "fetch failed" hides the cause). */
export function causeMessage(err: unknown): string {
  let e: unknown = err;
  let msg = err instanceof Error ? err.message : String(err);
  for (let i = 0; i < 5 && e instanceof Error && e.cause !== undefined; i++) {
    e = e.cause;
    if (e instanceof Error) {
      const code = errorCode(e);
      msg = code && !e.message.includes(code) ? `${e.message} (${code})` : e.message;
    }
  }
  return msg;
}

/** The first system/undici error code (ECONNREFUSED, UND_ERR_SOCKET, …) along the cause chain. */
export function errorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 6 && e !== null && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Codes meaning the request never reached the server, so even a POST may be sent again. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

export function requestNeverSent(err: unknown): boolean {
  const code = errorCode(err);
  return code !== undefined && NOT_SENT_CODES.has(code);
}
