// The SIE import's public surface: what the server, the schema and the import command use of it.
export { runSieImportCli } from './cli.js';
export { importSie, SIE_SOURCE, type SieImportSummary, type SieSource, sieMaxBytes } from './service.js';
export type { SieImportMode, SieItemResult } from './rules.js';
