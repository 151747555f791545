// `npm run conformance`: the repository's test set-up (databases, aliases), running only the
// conformance kit for the packages in CONNECTOR_PACKAGES. (Spread, not mergeConfig, which would
// add the include patterns to the suite's instead of replacing them.)
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default defineConfig({
  ...base,
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { ...base.test, include: ['tests/conformance/packages.conformance.ts'] },
});
