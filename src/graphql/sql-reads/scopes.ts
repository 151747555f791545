// Evaluates Pothos scope-auth scope maps (`{ permission: 'INVOICE_VIEW' }`, `$any`, `$all`) with
// the builder's own scope initializer, for the compiled read path: every type and field a
// compiled result contains must pass, or the query executes normally and reports the failure.
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import type { ScopeMap } from './compile.js';

type Scopes = Record<string, boolean | ((param: unknown) => unknown)>;

function initializer(): (ctx: Context) => Scopes {
  // Pothos types the initializer's scopes by their parameters; here they are looked up by a name read at run time.
  const options = builder.options as unknown as { scopeAuth: { authScopes: (ctx: Context) => Scopes } };
  return options.scopeAuth.authScopes;
}

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
export function scopesPass(ctx: Context, maps: ScopeMap[]): boolean {
  const scopes = initializer()(ctx);
  return maps.every((m) => passes(scopes, m, false));
}
