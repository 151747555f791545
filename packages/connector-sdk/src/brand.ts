// Errors recognised across copies of this package. A connector installed from npm brings its own
// copy of the SDK, so the HttpError its code checks for and the HttpError the host's HTTP client
// throws are different classes. Each SDK error carries a brand under a symbol from the global
// symbol registry (`Symbol.for`, one symbol per key in the whole process), and its class answers
// `instanceof` by that brand, so `err instanceof HttpError` holds for an HttpError thrown by any
// copy. The key names the error kind and its shape's version: a copy with an incompatible shape
// must use a new key.

/** The process-wide brand of an SDK error kind, e.g. errorBrand('HttpError'). */
export function errorBrand(kind: string): symbol {
  return Symbol.for(`@nordic-invoicing/connector-sdk:${kind}@1`);
}

/** Whether `value` carries `brand` (an object from any copy of the SDK). */
export function hasBrand(value: unknown, brand: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}

/** Marks `target` with `brand` (not enumerable, so it stays out of JSON and logs). */
export function setBrand(target: object, brand: symbol): void {
  Object.defineProperty(target, brand, { value: true, enumerable: false });
}

/**
 * `instanceof` for a branded class: the brand for the class itself, the prototype chain for a
 * subclass (a subclass is only ever recognised within its own copy).
 */
export function brandedInstanceOf(
  cls: abstract new (...args: never[]) => unknown,
  base: abstract new (...args: never[]) => unknown,
  brand: symbol,
  value: unknown,
): boolean {
  return cls === base ? hasBrand(value, brand) : Function.prototype[Symbol.hasInstance].call(cls, value);
}
