// The daily prune keeps what a connection handed to the accounting program: runs of two companies,
// with and without files, recent, past the history retention (90 days) and past the file retention
// (seven years), pruned together. A run without files goes after the history retention; a run with
// files stays (its flows and files; its per-entity failures go) until the file retention, and its
// file still downloads through GET /run-files/<id>; a RUNNING run is never pruned. Two statements.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import type { ConnectorRunStatus } from '../../src/generated/prisma/enums.js';
import { pruneRunHistory } from '../../src/integration/runtime/run.js';

const h = useHarness();
const DAY = 86_400_000;
const RETENTION = { historyDays: 90, fileDays: 2557 };

interface Made {
  runId: string;
  fileId: string | null;
  failureId: string;
  flowId: string;
}

/** A finished (or RUNNING) run of the company's connection `days` ago: one flow, one failure, optionally a file. */
async function makeRun(company: TestCompany, connectionId: string, days: number, status: ConnectorRunStatus, withFile: boolean): Promise<Made> {
  const db = createTenantDb(h.prisma, { companyId: company.companyId, userId: null, signature: 'TEST' });
  const startedAt = new Date(Date.now() - days * DAY);
  const run = await db.connectorRun.create({
    data: scoped<Prisma.ConnectorRunUncheckedCreateInput>({
      connectionId,
      trigger: 'SCHEDULE',
      status,
      startedAt,
      finishedAt: status === 'RUNNING' ? null : startedAt,
    }),
  });
  const flow = await db.connectorRunFlow.create({
    data: scoped<Prisma.ConnectorRunFlowUncheckedCreateInput>({
      runId: run.id,
      flowId: 'invoice-export',
      position: 0,
      status: 'PARTIAL',
      created: 1,
      failed: 1,
    }),
  });
  const failure = await db.connectorRunFailure.create({
    data: scoped<Prisma.ConnectorRunFailureUncheckedCreateInput>({
      runId: run.id,
      runFlowId: flow.id,
      flowId: 'invoice-export',
      entityType: 'invoice',
      reference: `Invoice ${days}`,
      message: 'refused',
    }),
  });
  let fileId: string | null = null;
  if (withFile) {
    const bytes = Buffer.from(`#FLAGGA 0\r\n#PROGRAM "test" "${days}"\r\n`);
    const file = await db.runFile.create({
      data: scoped<Prisma.RunFileUncheckedCreateInput>({
        connectionId,
        runId: run.id,
        flowId: 'invoice-export',
        name: `fakturor-${days}.si`,
        contentType: 'text/plain; charset=IBM437',
        size: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes,
      }),
    });
    fileId = file.id;
  }
  return { runId: run.id, fileId, failureId: failure.id, flowId: flow.id };
}

const download = (fileId: string, token: string) => h.app.fetch(`http://test.local/run-files/${fileId}`, { headers: { authorization: `Bearer ${token}` } });

type Case = 'recentPlain' | 'oldPlain' | 'oldRunning' | 'recentFiles' | 'oldFiles' | 'ancientFiles' | 'ancientRunningFiles';
/** [days ago, status, with a file, what remains after the prune: the run / its failure]. */
const CASES: Record<Case, [number, ConnectorRunStatus, boolean, { run: boolean; failure: boolean }]> = {
  recentPlain: [10, 'SUCCEEDED', false, { run: true, failure: true }],
  oldPlain: [91, 'PARTIAL', false, { run: false, failure: false }],
  oldRunning: [200, 'RUNNING', false, { run: true, failure: true }],
  recentFiles: [10, 'PARTIAL', true, { run: true, failure: true }],
  oldFiles: [400, 'PARTIAL', true, { run: true, failure: false }],
  ancientFiles: [2600, 'SUCCEEDED', true, { run: false, failure: false }],
  ancientRunningFiles: [2600, 'RUNNING', true, { run: true, failure: true }],
};

let a: TestCompany;
let b: TestCompany;
const made = new Map<TestCompany, Record<Case, Made>>();

beforeAll(async () => {
  a = await h.company();
  b = await h.company();
  for (const company of [a, b]) {
    const db = createTenantDb(h.prisma, { companyId: company.companyId, userId: null, signature: 'TEST' });
    const c = await db.connection.create({ data: scoped<Prisma.ConnectionUncheckedCreateInput>({ connectorId: 'sie', name: 'SIE-fil', settings: {} }) });
    const runs = {} as Record<Case, Made>;
    for (const [key, [days, status, withFile]] of Object.entries(CASES) as [Case, (typeof CASES)[Case]][])
      runs[key] = await makeRun(company, c.id, days, status, withFile);
    made.set(company, runs);
  }
});

describe('the daily prune of connector runs', () => {
  it('deletes runs without files after the history retention, runs with files after the file retention; trims the rest', async () => {
    const before = h.statements.length;
    const result = await pruneRunHistory(h.integrations, RETENTION);
    // Exactly two statements, each a DELETE (runs, then the failures of runs kept for their files).
    const sent = h.statements.slice(before);
    expect(sent).toHaveLength(2);
    expect(sent.every((s) => /^DELETE FROM/i.test(s.trim()))).toBe(true);
    // Per company: oldPlain and ancientFiles go; oldFiles loses its failure.
    expect(result).toEqual({ runs: 4, failures: 2 });

    for (const company of [a, b]) {
      const runs = made.get(company)!;
      for (const [key, [, , , remains]] of Object.entries(CASES) as [Case, (typeof CASES)[Case]][]) {
        const m = runs[key];
        const run = await h.prisma.connectorRun.findUnique({ where: { id: m.runId } });
        const failure = await h.prisma.connectorRunFailure.findUnique({ where: { id: m.failureId } });
        const flow = await h.prisma.connectorRunFlow.findUnique({ where: { id: m.flowId } });
        const file = m.fileId ? await h.prisma.runFile.findUnique({ where: { id: m.fileId } }) : null;
        expect({ key, run: !!run, failure: !!failure, flow: !!flow, file: !!file }).toEqual({
          key,
          run: remains.run,
          failure: remains.failure,
          // A kept run keeps its flows (the counts) and its files.
          flow: remains.run,
          file: remains.run && !!m.fileId,
        });
      }
    }

    // A second prune finds nothing more.
    expect(await pruneRunHistory(h.integrations, RETENTION)).toEqual({ runs: 0, failures: 0 });
  });

  it('a file kept past the history retention still downloads; a deleted one answers 404; another company cannot read it', async () => {
    for (const company of [a, b]) {
      const runs = made.get(company)!;
      const res = await download(runs.oldFiles.fileId!, company.adminToken);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="fakturor-400\.si"/);
      expect(Buffer.from(await res.arrayBuffer()).toString()).toBe('#FLAGGA 0\r\n#PROGRAM "test" "400"\r\n');
      expect((await download(runs.ancientFiles.fileId!, company.adminToken)).status).toBe(404);
    }
    expect((await download(made.get(b)!.oldFiles.fileId!, a.adminToken)).status).toBe(404);
  });
});
