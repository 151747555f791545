// `npm run conformance`: the conformance kit for every connector package named in
// CONNECTOR_PACKAGES (npm package names installed beside this API, or absolute folder paths),
// each on a private database of its own. See packages/connector-sdk/README.md.
import { loadConfig } from '../../src/config.js';
import { packageConformance } from './packages.js';

const entries = loadConfig().CONNECTOR_PACKAGES;
if (entries.length === 0) throw new Error('Name the connector packages to check: CONNECTOR_PACKAGES=<package name or absolute folder> npm run conformance');
for (const entry of entries) (await packageConformance(entry)).register();
