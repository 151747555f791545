// defineConnector / defineFlow: identity functions that give a connector author full typing,
// plus the manifest validation the registry runs at start (a broken plugin stops start-up with
// a message naming the connector and the field).
import { z } from 'zod';
import type { ConnectorManifest, Flow } from './types.js';

export function defineConnector<S extends z.ZodType>(manifest: ConnectorManifest<S>): ConnectorManifest<S> {
  return manifest;
}

export function defineFlow<S>(flow: Flow<S>): Flow<S> {
  return flow;
}

const ID = /^[a-z][a-z0-9-]{1,39}$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const CREDENTIAL_KINDS = ['oauth2_authorization_code', 'oauth2_client_credentials', 'api_key'] as const;

/** Problems with a manifest, each naming its field; empty when the manifest is valid. */
export function manifestIssues(candidate: unknown): string[] {
  const issues: string[] = [];
  if (!candidate || typeof candidate !== 'object') return ['the module does not export a connector manifest (use defineConnector)'];
  const m = candidate as Record<string, unknown>;
  if (typeof m.id !== 'string' || !ID.test(m.id)) issues.push(`id: must be 2–40 characters, lower-case letters, digits and "-", starting with a letter (got ${JSON.stringify(m.id)})`);
  if (typeof m.name !== 'string' || !m.name.trim()) issues.push('name: required');
  if (typeof m.version !== 'string' || !SEMVER.test(m.version)) issues.push(`version: must be a semantic version such as 1.0.0 (got ${JSON.stringify(m.version)})`);
  if (!(m.settings instanceof z.ZodType)) issues.push('settings: must be a zod schema');
  else {
    try {
      z.toJSONSchema(m.settings, { io: 'input', unrepresentable: 'any' });
    } catch (e) {
      issues.push(`settings: cannot be expressed as JSON Schema (${(e as Error).message})`);
    }
  }
  const creds = m.credentials as Record<string, unknown> | undefined;
  if (!creds || !CREDENTIAL_KINDS.includes(creds.kind as never)) issues.push(`credentials.kind: one of ${CREDENTIAL_KINDS.join(', ')}`);
  if (typeof m.http !== 'function') issues.push('http: must be a function (settings) => HTTP set-up');
  if (typeof m.check !== 'function') issues.push('check: must be a function');
  if (!Array.isArray(m.flows) || m.flows.length === 0) issues.push('flows: at least one flow');
  else {
    const seen = new Set<string>();
    m.flows.forEach((f: unknown, i: number) => {
      const flow = (f ?? {}) as Record<string, unknown>;
      const at = `flows[${i}]`;
      if (typeof flow.id !== 'string' || !ID.test(flow.id)) issues.push(`${at}.id: lower-case letters, digits and "-" (got ${JSON.stringify(flow.id)})`);
      else if (seen.has(flow.id)) issues.push(`${at}.id: duplicate flow id "${flow.id}"`);
      else seen.add(flow.id);
      if (flow.direction !== 'import' && flow.direction !== 'export') issues.push(`${at}.direction: "import" or "export"`);
      if (typeof flow.entity !== 'string' || !flow.entity) issues.push(`${at}.entity: required`);
      if (typeof flow.base !== 'boolean') issues.push(`${at}.base: true (always on) or false (optional)`);
      if (typeof flow.description !== 'string' || !flow.description.trim()) issues.push(`${at}.description: required`);
      if (typeof flow.run !== 'function') issues.push(`${at}.run: must be a function`);
    });
    if (!m.flows.some((f: unknown) => (f as Record<string, unknown> | null)?.base === true)) issues.push('flows: at least one base flow');
  }
  return issues;
}

/** The settings form for frontends. */
export function settingsJsonSchema(manifest: ConnectorManifest): Record<string, unknown> {
  return z.toJSONSchema(manifest.settings, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
