// How an error reported while handling a request is logged. An error the client caused or can act
// on (a typed AppError: unauthenticated, forbidden, validation, not found…; bad input; a GraphQL
// error the server raised on purpose: a query limit, a rate limit, a body too large, the request
// deadline) is expected: one line at info or warn with its code and no stack. Anything else is a
// bug: logged at error with the stack.
import { GraphQLError } from 'graphql';
import { PothosValidationError } from '@pothos/core';
import { AppError } from '../errors.js';

/** Codes of refusals that protect the server (logged at warn: someone may be probing or overloading it). */
export const WARN_CODES: ReadonlySet<string> = new Set(['QUERY_TOO_COMPLEX', 'RATE_LIMITED', 'PAYLOAD_TOO_LARGE', 'REQUEST_TIMEOUT']);

export type ErrorClass =
  | { expected: true; level: 'info' | 'warn'; code: string; message: string; field: string | null; path: string | null }
  | { expected: false; error: Error; message: string; path: string | null };

/** The error a GraphQL error wraps (graphql-js and yoga wrap resolver errors, sometimes twice). */
export function originalError(error: Error): Error {
  let e: Error = error;
  while (e instanceof GraphQLError && e.originalError instanceof Error) e = e.originalError;
  return e;
}

export function classifyError(error: Error): ErrorClass {
  const path = error instanceof GraphQLError && error.path?.length ? error.path.join('.') : null;
  const original = originalError(error);
  if (original instanceof AppError) {
    return { expected: true, level: 'info', code: original.code, message: original.message, field: original.path, path };
  }
  if (original instanceof PothosValidationError) {
    const field = (original as { field?: unknown }).field;
    return { expected: true, level: 'info', code: 'BAD_USER_INPUT', message: original.message, field: typeof field === 'string' ? field : null, path };
  }
  // A GraphQL error that wraps nothing was raised on purpose (by graphql-js for bad input, or by
  // the request limits and guard), never by a failure.
  if (original instanceof GraphQLError) {
    const raw = original.extensions?.code;
    const code = typeof raw === 'string' ? raw : 'GRAPHQL_ERROR';
    return { expected: true, level: WARN_CODES.has(code) ? 'warn' : 'info', code, message: original.message, field: null, path };
  }
  return { expected: false, error: original, message: original.message, path };
}
