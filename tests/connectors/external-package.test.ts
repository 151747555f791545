// The third-party path, end to end, as packages/connector-sdk/README.md and
// connectors/template/README.md §7 describe it:
//   1. `npm pack` the connector SDK (its prepack builds dist/: JavaScript and declarations);
//   2. `npm pack` a sample external connector (tests/fixtures/acme-connector, plain ESM
//      JavaScript) whose dependency on the SDK is that tarball;
//   3. install both into a folder next to this API (`npm install <sdk.tgz> <connector.tgz>`);
//   4. start the API's host with CONNECTOR_PACKAGES naming the installed connector (through the
//      configuration parser, as `npm start` reads it), and
//   5. run the conformance kit from the installed SDK package against the connector's own
//      fake and its own conformance subject, as `npm run conformance` does: among the checks, a remote 4xx on one customer is
//      reported for that customer while the others go through, although the connector's
//      HttpError comes from its own copy of the SDK and the host's HTTP client throws the API's.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as apiSdk from '@nordic-invoicing/connector-sdk';
import * as apiKit from '@nordic-invoicing/connector-sdk/conformance';
import { loadConfig } from '../../src/config.js';
import { packageConformance } from '../conformance/packages.js';

const ROOT = join(import.meta.dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npm(args: string[], cwd: string): string {
  return execFileSync(NPM, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });
}

/** `npm pack` in `dir` into `dest`; returns the tarball's path and its file list. */
function pack(dir: string, dest: string): { tarball: string; files: string[] } {
  const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', dest], dir)) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(dest, info!.filename), files: info!.files.map((f) => f.path) };
}

// Next to the API: inside its folder, so the installed SDK's conformance entry finds the vitest
// this suite runs (its optional peer dependency).
mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
const work = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'external-connector-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sdkPack = pack(join(ROOT, 'packages', 'connector-sdk'), work);

const connectorSource = join(work, 'acme-connector');
cpSync(join(ROOT, 'tests', 'fixtures', 'acme-connector'), connectorSource, { recursive: true });
const connectorJson = JSON.parse(readFileSync(join(connectorSource, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
connectorJson.dependencies['@nordic-invoicing/connector-sdk'] = `file:${sdkPack.tarball}`;
writeFileSync(join(connectorSource, 'package.json'), JSON.stringify(connectorJson, null, 2));
const connectorPack = pack(connectorSource, work);

const app = join(work, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'next-to-the-api', private: true }));
npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', sdkPack.tarball, connectorPack.tarball], app);

const installedConnector = join(app, 'node_modules', '@acme', 'bookkeeping-connector');
const installedSdk = join(app, 'node_modules', '@nordic-invoicing', 'connector-sdk');
const config = loadConfig({ CONNECTOR_PACKAGES: installedConnector });
// What `npm run conformance` does for each CONNECTOR_PACKAGES entry.
const conformance = await packageConformance(config.CONNECTOR_PACKAGES[0]!);

describe('an external connector package', () => {
  it('brings its conformance subject and resolves the kit of its own SDK copy', () => {
    expect(conformance.subject.connector.id).toBe('acme-bookkeeping');
    expect(conformance.kit.runConformance).not.toBe(apiKit.runConformance);
  });

  it('the packed SDK holds its built JavaScript and declarations, no TypeScript sources or tests', () => {
    for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/conformance.js', 'dist/testing.js', 'dist/se/index.js', 'package.json', 'README.md']) {
      expect(sdkPack.files).toContain(f);
    }
    expect(sdkPack.files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(sdkPack.files.filter((f) => f.startsWith('test/') || f.startsWith('src/'))).toEqual([]);
  });

  it('runs on its own copy of the SDK, installed beside it, not the API’s', async () => {
    expect(config.CONNECTOR_PACKAGES).toEqual([installedConnector]);
    const own = await import(pathToFileURL(join(installedSdk, 'dist', 'index.js')).href);
    expect(own.HttpError).not.toBe(apiSdk.HttpError);
    // Errors of either copy are recognised by the other.
    const fromApi = new apiSdk.HttpError({ status: 422, method: 'POST', url: 'http://x/', remoteMessage: 'Refused', retryable: false });
    expect(fromApi instanceof own.HttpError).toBe(true);
    expect(own.isEntityError(fromApi)).toBe(true);
    expect(new own.HttpError({ status: 404, method: 'GET', url: 'http://x/', remoteMessage: 'Not Found', retryable: false }) instanceof apiSdk.HttpError).toBe(
      true,
    );
  });
});

conformance.register();
