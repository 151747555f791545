// Prometheus metrics of one server: GraphQL requests, their durations and errors by operation
// (@graphql-yoga/plugin-prometheus), connector runs (the runtime's RunMetrics hook) and the
// process (prom-client's default metrics), in one registry served at /metrics.
//
// Label values are bounded, so the series cannot grow with the data or with what clients send:
// operation names pass through `boundedLabel` (a name of at most 64 letters, digits, `_ - . :`,
// at most MAX_OPERATION_NAMES distinct names per process, then `other`); connectors, flows, statuses,
// phases and error codes come from the code; no id, path, URL or variable ever becomes a label.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { createCounter, createHistogram, usePrometheus, type FillLabelsFnParams } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import type { RunMetrics } from '../integration/runtime/run.js';
import { classifyError } from './errors.js';

export const MAX_OPERATION_NAMES = 200;
export const MAX_ERROR_CODES = 50;
const NAME = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * A label value from a client- or code-chosen name: the name itself while it is at most 64
 * letters, digits, `_ - . :` and among the first `max` distinct ones seen; `other` beyond that,
 * `invalid` for anything else, `fallback` when there is none.
 */
export function boundedLabel(seen: Set<string>, max: number, name: string | null | undefined, fallback: string): string {
  if (!name) return fallback;
  if (!NAME.test(name)) return 'invalid';
  if (seen.has(name)) return name;
  if (seen.size >= max) return 'other';
  seen.add(name);
  return name;
}

export interface Metrics {
  registry: Registry;
  /** For the integration runtime (IntegrationRuntime.metrics). */
  runs: RunMetrics;
  /** For createApp's plugins: the GraphQL request metrics. */
  plugin: Plugin;
}

/** Seconds; GraphQL operations take milliseconds to seconds. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Seconds; a connector run takes seconds to many minutes. */
const RUN_BUCKETS = [1, 5, 15, 30, 60, 120, 300, 600, 1200, 3600];

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const operations = new Set<string>();
  const codes = new Set<string>();
  const op = (params: FillLabelsFnParams) => ({
    operationName: boundedLabel(operations, MAX_OPERATION_NAMES, params.operationName === 'Anonymous' ? null : params.operationName, 'anonymous'),
    operationType: params.operationType ?? 'unknown',
  });

  const plugin = usePrometheus({
    registry,
    // Served by the operations endpoints with their access rule (src/observability/endpoints.ts).
    endpoint: false,
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: { name: 'graphql_envelop_request', help: 'GraphQL operations executed, by operation', labelNames: ['operationType', 'operationName'] },
        fillLabelsFn: op,
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_envelop_request_duration',
          help: 'Time from parsing to the end of execution of a GraphQL operation, in seconds',
          labelNames: ['operationType', 'operationName'],
          buckets: REQUEST_BUCKETS,
        },
        fillLabelsFn: op,
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'Errors in GraphQL results, by operation, phase and error code',
          labelNames: ['operationType', 'operationName', 'phase', 'code'],
        },
        fillLabelsFn: (params: FillLabelsFnParams) => {
          // The code the client gets (an AppError's, or the GraphQL error's); UNEXPECTED for a bug.
          const c = params.error instanceof Error ? classifyError(params.error) : null;
          return {
            ...op(params),
            phase: params.errorPhase ?? 'unknown',
            code: boundedLabel(codes, MAX_ERROR_CODES, c ? (c.expected ? c.code : 'UNEXPECTED') : null, 'none'),
          };
        },
      }),
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_yoga_http_duration',
          help: 'Time to answer a GraphQL HTTP request, in seconds, by operation, method and status',
          labelNames: ['operationType', 'operationName', 'method', 'statusCode'],
          buckets: REQUEST_BUCKETS,
        },
        fillLabelsFn: (params: FillLabelsFnParams & { request: Request; response: Response }) => ({
          ...op(params),
          method: ['GET', 'POST'].includes(params.request.method) ? params.request.method : 'other',
          statusCode: params.response.status,
        }),
      }),
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_execute_resolver: false,
      graphql_envelop_schema_change: false,
    },
  });

  const started = new Counter({
    name: 'connector_runs_started_total',
    help: 'Connector runs started, by connector, trigger and whether it was a dry run',
    labelNames: ['connector', 'trigger', 'dry_run'],
    registers: [registry],
  });
  const finished = new Counter({
    name: 'connector_runs_finished_total',
    help: 'Connector runs finished, by connector, trigger, dry run and status (SUCCEEDED, PARTIAL, FAILED)',
    labelNames: ['connector', 'trigger', 'dry_run', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'connector_run_duration_seconds',
    help: 'Duration of connector runs, in seconds, by connector and status',
    labelNames: ['connector', 'status'],
    buckets: RUN_BUCKETS,
    registers: [registry],
  });
  const failed = new Counter({
    name: 'connector_run_failed_entities_total',
    help: 'Entities a connector run failed on (reported with their references in the run history), by connector and flow',
    labelNames: ['connector', 'flow'],
    registers: [registry],
  });
  const connectors = new Set<string>();
  const flows = new Set<string>();
  const connector = (id: string) => boundedLabel(connectors, 100, id, 'unknown');
  const runs: RunMetrics = {
    runStarted(r) {
      started.inc({ connector: connector(r.connector), trigger: r.trigger, dry_run: String(r.dryRun) });
    },
    runFinished(r) {
      const c = connector(r.connector);
      finished.inc({ connector: c, trigger: r.trigger, dry_run: String(r.dryRun), status: r.status });
      duration.observe({ connector: c, status: r.status }, r.durationMs / 1000);
      for (const f of r.failedEntities) failed.inc({ connector: c, flow: boundedLabel(flows, 500, f.flow, 'unknown') }, f.count);
    },
  };
  return { registry, runs, plugin };
}
