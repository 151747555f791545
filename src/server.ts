// `npm start`: the API (see src/start.ts) until SIGINT or SIGTERM.
import { loadConfig } from './config.js';
import { startServer } from './start.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config, { seed: config.SEED_DEMO || process.argv.includes('--seed') });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
