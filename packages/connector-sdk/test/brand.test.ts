// SDK errors are recognised across copies of the package: by their brand, not their class.
import { describe, expect, it } from 'vitest';
import { errorBrand, setBrand } from '../src/brand.js';
import { EgressRefusedError, HttpError, isHttpError } from '../src/http/index.js';
import { isEntityError } from '../src/sync.js';

/** An error as another copy of the SDK makes it: another class, the same brand and shape. */
function fromAnotherCopy(kind: string, fields: Record<string, unknown>): Error {
  class CopyError extends Error {}
  const err = Object.assign(new CopyError('from another copy'), fields);
  setBrand(err, errorBrand(kind));
  return err;
}

describe('errors recognised across copies of the SDK', () => {
  it('an HttpError of another copy is an HttpError here, and a 4xx of it belongs to its entity', () => {
    const err = fromAnotherCopy('HttpError', { status: 400, remoteMessage: 'Refused', fromTokenEndpoint: false });
    expect(err instanceof HttpError).toBe(true);
    expect(isHttpError(err)).toBe(true);
    expect(isEntityError(err)).toBe(true);
  });

  it('an EgressRefusedError of another copy is one here', () => {
    expect(fromAnotherCopy('EgressRefusedError', { reason: 'private-address' }) instanceof EgressRefusedError).toBe(true);
  });

  it('other errors, plain objects and the other kind are not', () => {
    expect(new Error('x') instanceof HttpError).toBe(false);
    expect({ status: 400 } instanceof HttpError).toBe(false);
    const nothing: unknown = null;
    expect(nothing instanceof HttpError).toBe(false);
    expect(fromAnotherCopy('EgressRefusedError', {}) instanceof HttpError).toBe(false);
    expect(fromAnotherCopy('HttpError', {}) instanceof EgressRefusedError).toBe(false);
  });

  it('this copy’s own errors are recognised, and a subclass only by its prototype chain', () => {
    const own = new HttpError({ status: 404, method: 'GET', url: 'http://x/', remoteMessage: 'Not Found', retryable: false });
    expect(own instanceof HttpError).toBe(true);
    expect(own instanceof Error).toBe(true);
    class NotFound extends HttpError {}
    expect(own instanceof NotFound).toBe(false);
    expect(new NotFound({ status: 404, method: 'GET', url: 'http://x/', remoteMessage: 'Not Found', retryable: false }) instanceof NotFound).toBe(true);
    // The brand is not enumerable: it stays out of JSON and logs.
    expect(Object.keys(own)).not.toContain(String(errorBrand('HttpError')));
    expect(JSON.stringify(own)).not.toContain('connector-sdk');
  });
});
