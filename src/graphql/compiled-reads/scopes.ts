// Evaluates Pothos scope-auth scope maps (`{ permission: 'INVOICE_VIEW' }`, `$any`, `$all`) with
// the builder's own scope initializer, for the compiled read path: every type and field a
// compiled result contains must pass, or the query executes normally and reports the failure.
import type { ScopeMap } from './compile.js';
import { scopeInitializer } from './internals.js';

type Scopes = Record<string, boolean | ((param: unknown) => unknown)>;

function passes(scopes: Scopes, map: ScopeMap, all: boolean): boolean {
  const results = Object.entries(map).map(([name, param]) => {
    if (name === '$any') return passes(scopes, param as ScopeMap, false);
    if (name === '$all') return passes(scopes, param as ScopeMap, true);
    const scope = scopes[name];
    if (typeof scope === 'function') return scope(param) === true; // a promise (async scope) does not pass
    return scope === true && param === true;
  });
  return all ? results.every(Boolean) : results.some(Boolean);
}

/** Whether every scope map passes for this request's user (`$granted` and async scopes never do). */
export function scopesPass(ctx: unknown, maps: ScopeMap[]): boolean {
  const scopes = scopeInitializer()(ctx);
  return maps.every((m) => passes(scopes, m, false));
}
