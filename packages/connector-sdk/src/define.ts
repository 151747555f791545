// defineConnector / defineFlow: identity functions that give a connector author full typing,
// plus the manifest validation the registry runs at start (a broken plugin stops start-up with
// a message naming the connector and the field).
import { z } from 'zod';
import { isHostPattern, hostAllowed } from './http/egress.js';
import { DOMAIN_EVENTS, type ConnectorManifest, type Flow } from './types.js';

export function defineConnector<S extends z.ZodType>(manifest: ConnectorManifest<S>): ConnectorManifest<S> {
  return manifest;
}

export function defineFlow<S>(flow: Flow<S>): Flow<S> {
  return flow;
}

const ID = /^[a-z][a-z0-9-]{1,39}$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const CREDENTIAL_KINDS = ['oauth2_authorization_code', 'oauth2_client_credentials', 'api_key', 'none'] as const;

/** Problems with a manifest, each naming its field; empty when the manifest is valid. */
export function manifestIssues(candidate: unknown): string[] {
  const issues: string[] = [];
  if (!candidate || typeof candidate !== 'object') return ['the module does not export a connector manifest (use defineConnector)'];
  const m = candidate as Record<string, unknown>;
  if (typeof m.id !== 'string' || !ID.test(m.id))
    issues.push(`id: must be 2–40 characters, lower-case letters, digits and "-", starting with a letter (got ${JSON.stringify(m.id)})`);
  if (typeof m.name !== 'string' || !m.name.trim()) issues.push('name: required');
  if (typeof m.version !== 'string' || !SEMVER.test(m.version))
    issues.push(`version: must be a semantic version such as 1.0.0 (got ${JSON.stringify(m.version)})`);
  if (!(m.settings instanceof z.ZodType)) issues.push('settings: must be a zod schema');
  else {
    try {
      z.toJSONSchema(m.settings, { io: 'input', unrepresentable: 'any' });
    } catch (e) {
      issues.push(`settings: cannot be expressed as JSON Schema (${(e as Error).message})`);
    }
  }
  const settingProps = settingProperties(m.settings);
  if (m.allowedHosts !== undefined) {
    if (!Array.isArray(m.allowedHosts) || m.allowedHosts.some((h) => typeof h !== 'string' || !isHostPattern(h))) {
      issues.push('allowedHosts: a list of lower-case host names, e.g. ["api.example.com"] or ["*.example.com"]');
    }
  }
  if (m.endpointSettings !== undefined) {
    if (!Array.isArray(m.endpointSettings) || m.endpointSettings.some((k) => typeof k !== 'string')) issues.push('endpointSettings: a list of setting names');
    else if (settingProps) {
      for (const k of m.endpointSettings as string[]) if (!(k in settingProps)) issues.push(`endpointSettings: "${k}" is not a setting`);
    }
  }
  if (m.preflight !== undefined) {
    const p = m.preflight as Record<string, unknown> | null;
    if (!p || typeof p !== 'object' || (p.invoice !== undefined && typeof p.invoice !== 'function'))
      issues.push('preflight: { invoice?(invoice, settings) => issues }');
  }
  if (m.contract !== undefined) {
    const c = m.contract as Record<string, unknown> | null;
    if (!c || typeof c !== 'object' || !Array.isArray(c.operations) || !c.definitions || typeof c.definitions !== 'object') {
      issues.push('contract: an API contract ({ source, operations, definitions }; see contractChecker)');
    }
  }
  // The defaults must work for a real (non-sandbox) connection: their hosts are allowed.
  if (Array.isArray(m.allowedHosts) && issues.length === 0 && m.settings instanceof z.ZodType && typeof m.http === 'function') {
    const defaults = m.settings.safeParse({});
    if (defaults.success) {
      try {
        // Every field endpointUrls reads was checked above; that `http` returns an HTTP set-up is known only by calling it.
        for (const e of endpointUrls(m as unknown as ConnectorManifest, defaults.data)) {
          const host = safeHost(e.url);
          if (host !== null && !hostAllowed(host, m.allowedHosts as string[])) issues.push(`allowedHosts: the default ${e.path} (${host}) is not in the list`);
        }
      } catch (err) {
        issues.push(`http: fails for the default settings (${(err as Error).message})`);
      }
    }
  }
  const creds = m.credentials as Record<string, unknown> | undefined;
  if (!creds || !CREDENTIAL_KINDS.some((k) => k === creds.kind)) issues.push(`credentials.kind: one of ${CREDENTIAL_KINDS.join(', ')}`);
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
      if (flow.reexport !== undefined && typeof flow.reexport !== 'boolean') issues.push(`${at}.reexport: true or false`);
      if (flow.reexport === true && flow.direction !== 'export') issues.push(`${at}.reexport: only an export flow writes entities again`);
      if (flow.on !== undefined && (!Array.isArray(flow.on) || flow.on.some((e) => !(DOMAIN_EVENTS as readonly unknown[]).includes(e))))
        issues.push(`${at}.on: a list of changes among ${DOMAIN_EVENTS.join(', ')}`);
    });
    if (!m.flows.some((f: unknown) => (f as Record<string, unknown> | null)?.base === true)) issues.push('flows: at least one base flow');
  }
  return issues;
}

/** The settings form for frontends. */
export function settingsJsonSchema(manifest: Pick<ConnectorManifest, 'settings'>): Record<string, unknown> {
  return z.toJSONSchema(manifest.settings, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

function settingProperties(settings: unknown): Record<string, { format?: string }> | null {
  if (!(settings instanceof z.ZodType)) return null;
  try {
    const schema = z.toJSONSchema(settings, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { format?: string }> };
    return schema.properties ?? {};
  } catch {
    return null;
  }
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The settings that decide where credentials go: the declared ones plus every setting of format url. */
export function endpointSettingKeys(manifest: ConnectorManifest): string[] {
  const props = settingProperties(manifest.settings) ?? {};
  const keys = new Set(manifest.endpointSettings ?? []);
  for (const [k, p] of Object.entries(props)) if (p.format === 'uri' || p.format === 'url') keys.add(k);
  return [...keys];
}

/** An address credentials may be sent to, with the setting it comes from ("settings.baseUrl"). */
export interface EndpointUrl {
  path: string;
  url: string;
}

/**
 * Every address a connection with these (parsed) settings sends credentials to or sends an
 * admin to: the endpoint settings' values and the HTTP set-up's base, token and authorize URLs,
 * each named by the setting it comes from (or "settings" when the set-up derives it).
 */
export function endpointUrls(manifest: ConnectorManifest, settings: unknown): EndpointUrl[] {
  const values = (settings ?? {}) as Record<string, unknown>;
  const out: EndpointUrl[] = [];
  const seen = new Set<string>();
  const add = (path: string, url: unknown) => {
    if (typeof url !== 'string' || seen.has(`${path} ${url}`)) return;
    seen.add(`${path} ${url}`);
    out.push({ path, url });
  };
  const keys = endpointSettingKeys(manifest);
  for (const k of keys) add(`settings.${k}`, values[k]);
  // A connector without credentials (a file-based one) sends them nowhere.
  if (manifest.credentials.kind === 'none') return out;
  const setup = manifest.http(settings);
  const pathOf = (url: string) => `settings.${keys.find((k) => values[k] === url) ?? ''}`.replace(/\.$/, '');
  add(pathOf(setup.baseUrl), setup.baseUrl);
  if (setup.auth.kind === 'oauth2') {
    add(pathOf(setup.auth.tokenUrl), setup.auth.tokenUrl);
    if (setup.auth.authorizeUrl) add(pathOf(setup.auth.authorizeUrl), setup.auth.authorizeUrl);
  }
  return out;
}

/** A comparable summary of where credentials go; two settings with the same one may share credentials. */
export function endpointFingerprint(manifest: ConnectorManifest, settings: unknown): string {
  return JSON.stringify(
    endpointUrls(manifest, settings)
      .map((e) => [e.path, e.url])
      .sort(),
  );
}
