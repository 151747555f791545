// OpenTelemetry tracing of GraphQL operations, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set
// (unset: no plugin, no provider, no cost). One span per operation (`query.Name`,
// `mutation.Name`) with its name and type, and the document only when it has no inline
// arguments; never variables, results or resolver arguments (they hold tenant data). Spans are
// batched and sent over OTLP/HTTP (JSON) to <endpoint>/v1/traces, as service OTEL_SERVICE_NAME;
// stop() sends what is left.
import { useOpenTelemetry } from '@envelop/opentelemetry';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Plugin } from 'graphql-yoga';

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
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  // envelop's plugin type; yoga's Plugin is the same hooks.
  const plugin = useOpenTelemetry(
    { document: true, variables: false, result: false, resolvers: false },
    provider,
    undefined,
    {},
    serviceName,
  ) as unknown as Plugin;
  return {
    plugin,
    async stop() {
      await provider.shutdown();
    },
  };
}
