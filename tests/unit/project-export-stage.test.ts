// Which project statuses an accounting system gets: one rule in the connector SDK, used by every
// connector (below 40 not sent, 40–89 sent, from 90 closed where it was sent).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isClosedProjectStatus, isExportableProjectStatus, projectExportStage } from '@nordic-invoicing/connector-sdk';

const ROOT = resolve(import.meta.dirname, '../..');

describe('projectExportStage', () => {
  it.each([
    [0, 'notSent'],
    [10, 'notSent'],
    [39, 'notSent'],
    [40, 'open'],
    [50, 'open'],
    [89, 'open'],
    [90, 'closed'],
    [99, 'closed'],
  ] as const)('status %i → %s', (code, stage) => {
    expect(projectExportStage(code)).toBe(stage);
    expect(isExportableProjectStatus(code)).toBe(stage === 'open');
    expect(isClosedProjectStatus(code)).toBe(stage === 'closed');
  });

  it('no connector writes the status limits itself', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? (n === 'fake' ? [] : files(p)) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
      });
    const offenders = files(join(ROOT, 'connectors')).filter((f) => /statusCode\s*(>=|<=|<|>)\s*(39|40|89|90)\b/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
