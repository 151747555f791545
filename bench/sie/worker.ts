// One measured pass in a process of its own (so its memory is the importer's alone):
//   worker.ts read FILE                     the floor: the SDK's reader alone over the file
//   worker.ts import FILE URL COMPANY_ID    importSie with --commit all into the company
// Prints one JSON line: wall and CPU time, vouchers, peak heap (sampled every 10 ms, garbage
// included), peak live heap (after a full collection, every second) and peak RSS.
import { createReadStream, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readSie } from '@nordic-invoicing/connector-sdk/sie';
import { createDatabaseClient } from '../../src/db/client.js';
import { createTenantDb } from '../../src/db/tenant.js';
import { ALL_PERMISSIONS } from '../../src/modules/auth/index.js';
import { importSie } from '../../src/modules/sie-import/index.js';

const [mode, file, url, companyId] = process.argv.slice(2);
if (!file || (mode !== 'read' && mode !== 'import')) throw new Error('usage: worker.ts read|import FILE [URL COMPANY_ID]');

let peakHeap = 0;
let peakLiveHeap = 0;
const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const timer = setInterval(sample, 10);
// The live heap: what is left after a full collection, every second (needs --expose-gc).
const gc = (globalThis as { gc?: () => void }).gc;
const live = () => {
  gc?.();
  peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed);
};
const liveTimer = setInterval(live, 1000);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let vouchers = 0;
let committed = true;
if (mode === 'read') {
  for await (const rec of readSie(createReadStream(file))) if (rec.type === 'VER') vouchers++;
} else {
  const client = createDatabaseClient({ url: url!, poolSize: 1 });
  try {
    const db = createTenantDb(client.prisma, { companyId: companyId!, userId: null, signature: 'SIE' });
    const summary = await importSie(
      db,
      { actor: { companyId: companyId!, userId: null, signature: 'SIE' }, permissions: new Set(ALL_PERMISSIONS) },
      { name: file, size: statSync(file).size, stream: () => createReadStream(file) },
      { mode: 'ALL_OR_NOTHING', maxBytes: 1024 ** 3 },
    );
    vouchers = summary.vouchers.created;
    committed = summary.committed;
    if (!committed) console.error(summary.message);
  } finally {
    await client.close();
  }
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
clearInterval(timer);
clearInterval(liveTimer);
sample();
live();
console.log(
  JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    vouchers,
    committed,
    peakHeapMB: Math.round(peakHeap / 1024 / 1024),
    peakLiveHeapMB: Math.round(peakLiveHeap / 1024 / 1024),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
