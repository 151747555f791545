// The Node versions the project runs on. npm checks packages' "engines" against the Node that runs
// npm itself (an older system Node on many machines, see .npmrc), so the check that matters is
// made here: every installed package accepts the Node these tests run on and the lowest Node the
// project supports, and the Node that npm scripts use is that Node.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { LOWEST_NODE, unsupportedNode } from '../../src/config.js';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string }; optionalDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; optional?: boolean; os?: string[] | string; cpu?: string[] | string }>;
};

const lowest = semver.minVersion(pkg.engines.node);

/** Packages of the lock file that npm installs on this machine (optional ones of other platforms are skipped). */
function installed() {
  return Object.entries(lock.packages).filter(([path]) => path !== '' && existsSync(join(ROOT, path, 'package.json')));
}

describe('Node versions', () => {
  it('the project declares a minimum of Node 22.15, and the tests run on a Node it accepts', () => {
    expect(lowest?.version).toBe('22.15.0');
    expect(semver.satisfies(process.version, pkg.engines.node), process.version).toBe(true);
  });

  it.each([
    ['20.20.2', false],
    ['22.14.9', false],
    ['v22.15.0', true],
    ['22.23.5', true],
    ['24.22.3', true],
    ['26.0.0', true],
    ['18.20.0', false],
  ])('the configuration refuses to start on Node %s unless supported (%s)', (version, supported) => {
    const problem = unsupportedNode(version);
    expect(problem === null).toBe(supported);
    if (problem) expect(problem).toContain(`needs Node ${LOWEST_NODE}`);
  });

  it('the lowest Node the configuration accepts is the one package.json declares', () => {
    expect(LOWEST_NODE).toBe(lowest!.version);
  });

  it('every installed package accepts the running Node and the lowest supported Node', () => {
    const refused: string[] = [];
    for (const [path, entry] of installed()) {
      const range = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
      if (!range) continue;
      for (const version of [process.version, lowest!.version]) {
        if (!semver.satisfies(version, range, { includePrerelease: true }))
          refused.push(`${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${range}, not ${version}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('npm scripts run the Node 24 that the install provides where the system Node is older', () => {
    const binary = join(ROOT, 'node_modules/.bin/node');
    const platformPackage = `node-${process.platform}-${process.arch}`;
    if (!(platformPackage in pkg.optionalDependencies)) {
      // No such package for this platform (macOS, Windows): the system Node must be new enough,
      // which the first test checks.
      expect(existsSync(binary)).toBe(false);
      return;
    }
    expect(semver.major(pkg.optionalDependencies[platformPackage]!)).toBe(24);
    const version = execFileSync(binary, ['--version']).toString().trim();
    expect(version).toBe(`v${pkg.optionalDependencies[platformPackage]}`);
    // What `npm test` and `npm start` run under: npm puts node_modules/.bin first on the PATH.
    const fromScript = execFileSync('npm', ['exec', '--', 'node', '--version'], { cwd: ROOT, env: { ...process.env, PATH: `/usr/bin:/bin` } })
      .toString()
      .trim();
    expect(fromScript).toBe(version);
  });
});
