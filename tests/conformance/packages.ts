// A connector package's conformance, as `npm run conformance` and the external-package test run
// it: the package's own subject (its `./conformance` export: manifest, fake, settings,
// credentials, customers) and the kit from the copy of the SDK the package itself depends on,
// on this API's host with the package loaded through CONNECTOR_PACKAGES.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ConformanceModule from '@nordic-invoicing/connector-sdk/conformance';
import { packageEntry, packageFolder, type PackageJson } from '../../src/integration/runtime/registry.js';
import { apiHost } from './host.js';

export interface PackageConformance {
  folder: string;
  /** The conformance kit of the SDK copy the package resolves. */
  kit: typeof ConformanceModule;
  /** The package's `./conformance` export (`subject` or default). */
  subject: ConformanceModule.ConformanceSubject;
  /** Registers the kit's checks with this API as the host, the package loaded by `entry`. */
  register(): void;
}

/** Loads the conformance subject and kit of the CONNECTOR_PACKAGES entry `entry`. */
export async function packageConformance(entry: string): Promise<PackageConformance> {
  const folder = packageFolder(entry);
  const pkg = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as PackageJson;
  const subjectFile = packageEntry(pkg, './conformance');
  if (!subjectFile) throw new Error(`${pkg.name ?? folder} exports no "./conformance" entry (its conformance subject)`);
  const subjectModule = (await import(pathToFileURL(join(folder, subjectFile)).href)) as {
    subject?: ConformanceModule.ConformanceSubject;
    default?: ConformanceModule.ConformanceSubject;
  };
  const subject = subjectModule.subject ?? subjectModule.default;
  if (!subject) throw new Error(`${pkg.name ?? folder}/conformance exports no "subject"`);
  const kitFile = createRequire(join(folder, 'package.json')).resolve('@nordic-invoicing/connector-sdk/conformance');
  const kit = (await import(pathToFileURL(kitFile).href)) as typeof ConformanceModule;
  return {
    folder,
    kit,
    subject,
    register: () => kit.runConformance(subject, { host: apiHost({ registration: { packages: [entry] } }) }),
  };
}
