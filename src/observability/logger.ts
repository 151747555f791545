// The process's one logger: pino, JSON lines. Every line written while a request is handled
// carries that request's id (taken from the AsyncLocalStorage the HTTP handler runs the request
// in), whichever part of the code logs it. Adapters give graphql-yoga and the connector runtime
// this logger in the shapes they take.
import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';
import type { Logger as RuntimeLogger } from '@nordic-invoicing/connector-sdk';
import { classifyError } from './errors.js';

export type { Logger };

export interface RequestScope {
  requestId: string;
}

/** The request being handled in this asynchronous context (none outside requests). */
export const requestScope = new AsyncLocalStorage<RequestScope>();

export interface LoggerOptions {
  level?: Level | 'silent';
  /** Where lines go; default standard output (synchronously, so nothing is lost at exit). */
  destination?: DestinationStream;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  return pino(
    {
      level: opts.level ?? 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const scope = requestScope.getStore();
        return scope ? { requestId: scope.requestId } : {};
      },
    },
    opts.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** The connector runtime's Logger over pino (message first, fields second there). */
export function runtimeLogger(log: Logger): RuntimeLogger {
  const l = log.child({ component: 'connectors' });
  return {
    debug: (msg, data) => l.debug(data ?? {}, msg),
    info: (msg, data) => l.info(data ?? {}, msg),
    warn: (msg, data) => l.warn(data ?? {}, msg),
    error: (msg, data) => l.error(data ?? {}, msg),
  };
}

const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.message : JSON.stringify(a))).join(' ');

/**
 * graphql-yoga's logger. yoga logs every error it masks or rewrites through `error`: an error a
 * user caused (see classifyError) becomes one line at info or warn with its code and no stack;
 * anything else is a bug and is logged at error with its stack.
 */
export function yogaLogger(log: Logger): YogaLogger {
  const l = log.child({ component: 'graphql' });
  return {
    debug: (...args: unknown[]) => {
      if (l.isLevelEnabled('debug')) l.debug(text(args));
    },
    info: (...args: unknown[]) => l.info(text(args)),
    warn: (...args: unknown[]) => l.warn(text(args)),
    error: (...args: unknown[]) => {
      for (const arg of args) {
        if (!(arg instanceof Error)) {
          l.error(text([arg]));
          continue;
        }
        const c = classifyError(arg);
        if (c.expected) l[c.level]({ code: c.code, ...(c.field ? { field: c.field } : {}), ...(c.path ? { path: c.path } : {}) }, c.message);
        else l.error({ err: c.error, ...(c.path ? { path: c.path } : {}) }, `Unexpected error: ${c.message}`);
      }
    },
  };
}
