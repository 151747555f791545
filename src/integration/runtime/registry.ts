// The connectors this process knows: the built-in ones the server lists (connectors/index.ts) and
// third-party npm packages named in CONNECTOR_PACKAGES, loaded once at start. An invalid
// manifest or a duplicate id stops start-up with a message naming the source and the field.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { manifestIssues } from '@nordic-invoicing/connector-sdk';
import type { ConnectorManifest } from '@nordic-invoicing/connector-sdk';

export class ConnectorRegistryError extends Error {}

export interface ConnectorRegistry {
  list(): readonly ConnectorManifest[];
  get(id: string): ConnectorManifest | undefined;
}

export interface ConnectorSource {
  /** Where it came from, for error messages: "connectors/fortnox" or "npm:acme-connector". */
  source: string;
  module: unknown;
}

/** Validates and indexes loaded modules (their default export, or an export named `connector`). */
export function createRegistry(sources: readonly ConnectorSource[]): ConnectorRegistry {
  const byId = new Map<string, { manifest: ConnectorManifest; source: string }>();
  const problems: string[] = [];
  for (const { source, module } of sources) {
    const m = module as { default?: unknown; connector?: unknown } | null;
    const candidate = m?.default ?? m?.connector ?? module;
    const issues = manifestIssues(candidate);
    if (issues.length) {
      problems.push(`${source}: invalid connector manifest:\n${issues.map((i) => `    - ${i}`).join('\n')}`);
      continue;
    }
    const manifest = candidate as ConnectorManifest;
    const existing = byId.get(manifest.id);
    if (existing) {
      problems.push(`${source}: connector id "${manifest.id}" is already used by ${existing.source}`);
      continue;
    }
    byId.set(manifest.id, { manifest, source });
  }
  if (problems.length) throw new ConnectorRegistryError(`Cannot load connectors:\n  ${problems.join('\n  ')}`);
  const list = [...byId.values()].map((v) => v.manifest);
  return { list: () => list, get: (id) => byId.get(id)?.manifest };
}

type ExportsField = string | { [key: string]: ExportsField } | null | undefined;

/** A package's package.json, as far as finding its entry points goes. */
export interface PackageJson {
  name?: string;
  exports?: ExportsField;
  main?: string;
}

/**
 * The file (relative to the package folder) of a package's ESM entry `subpath` ("." or e.g.
 * "./conformance"): its "exports" for that subpath, import or default condition; for "." without
 * "exports", "main".
 */
export function packageEntry(pkg: PackageJson, subpath = '.'): string | null {
  let e: ExportsField = pkg.exports;
  if (typeof e === 'string' || (e && typeof e === 'object' && !Object.keys(e).some((k) => k.startsWith('.')))) e = subpath === '.' ? e : undefined;
  else if (e && typeof e === 'object') e = e[subpath];
  else e = undefined;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) e = e.import ?? e.default ?? e.node;
  if (typeof e === 'string') return e;
  return subpath === '.' && pkg.exports === undefined ? (pkg.main ?? 'index.js') : null;
}

/** The folder of a CONNECTOR_PACKAGES entry: an absolute path as given, a name under this server's node_modules. */
export function packageFolder(entry: string): string {
  return isAbsolute(entry) ? entry : join(process.cwd(), 'node_modules', entry);
}

/**
 * Imports a CONNECTOR_PACKAGES entry: an npm package name (installed beside this server, in its
 * node_modules) or the absolute path of a package's folder (its package.json decides the entry).
 */
async function importPackage(entry: string): Promise<unknown> {
  if (!isAbsolute(entry)) return import(entry);
  const pkg = JSON.parse(await readFile(join(entry, 'package.json'), 'utf8')) as PackageJson;
  const main = packageEntry(pkg);
  if (!main) throw new Error(`${join(entry, 'package.json')} exports no "." entry`);
  return import(pathToFileURL(join(entry, main)).href);
}

/** The given built-in connectors and the npm packages named in CONNECTOR_PACKAGES. */
export async function loadConnectors(opts: { builtIn: readonly ConnectorSource[]; packages: readonly string[] }): Promise<ConnectorRegistry> {
  const sources: ConnectorSource[] = [...opts.builtIn];
  for (const name of opts.packages) {
    let module: unknown;
    try {
      module = await importPackage(name);
    } catch (err) {
      throw new ConnectorRegistryError(`Cannot load connector package "${name}" (CONNECTOR_PACKAGES): ${(err as Error).message}`);
    }
    sources.push({ source: `npm:${name}`, module });
  }
  return createRegistry(sources);
}
