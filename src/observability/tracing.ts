// OpenTelemetry tracing of GraphQL operations, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set
// (unset: no plugin, no provider, no cost). One span per operation (`query.Name`,
// `mutation.Name`) with its name and type, and the document only when it has no inline
// arguments; never variables, results or resolver arguments (they hold tenant data). Spans are
// batched and sent over OTLP/HTTP (JSON) to <endpoint>/v1/traces, as service OTEL_SERVICE_NAME;
// stop() sends what is left.
import { createRequire } from 'node:module';
import { useOpenTelemetry } from '@envelop/opentelemetry';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import type { Plugin } from 'graphql-yoga';

// The exporter's ES module build imports `SeverityNumber` from @opentelemetry/api, which the
// installed API 1.9 does not export, so importing it fails at load time; its CommonJS build
// reads that name only when logs are exported, and traces export correctly through it.
const { OTLPTraceExporter } = createRequire(import.meta.url)('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');

export interface Tracing {
  plugin: Plugin;
  /** Sends the spans not yet exported and stops the exporter. */
  stop(): Promise<void>;
}

/** Where OTLP/HTTP trace export goes for a collector base URL. */
export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}

export function createTracing(endpoint: string | undefined, serviceName = 'project-invoicing'): Tracing | null {
  if (!endpoint) return null;
  const exporter = new OTLPTraceExporter({ url: tracesUrl(endpoint) });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    // The exporter is typed against a newer span interface than the SDK's; the spans it reads are the same.
    spanProcessors: [new BatchSpanProcessor(exporter as unknown as SpanExporter)],
  });
  // envelop's plugin type; yoga's Plugin is the same hooks.
  const plugin = useOpenTelemetry({ document: true, variables: false, result: false, resolvers: false }, provider, undefined, {}, serviceName) as unknown as Plugin;
  return {
    plugin,
    async stop() {
      await provider.shutdown();
    },
  };
}
