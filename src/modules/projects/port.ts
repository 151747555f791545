// The projects' slice of the connector ports: projects and their parts (work orders, ÄTA) as
// plain records, and project numbers as the accounting systems write them resolved to ours.
import type { Prisma } from '../../generated/prisma/client.js';
import type { TenantClient, TenantDb } from '../../db/tenant.js';
import type { DomainPorts, ProjectPartRecord, ProjectRecord } from '@nordic-invoicing/connector-sdk';
import { changedWhere, day, iso, nextCheckpoint, overlapStart, type PortScope } from '../port-helpers.js';
import { changeOrderCode } from './rules.js';

const projectSelect = {
  id: true,
  number: true,
  name: true,
  statusCode: true,
  finishedAt: true,
  startDate: true,
  endDate: true,
  updatedAt: true,
  customer: { select: { number: true } },
  projectManager: { select: { name: true, email: true, signature: true } },
  costCentre: { select: { code: true } },
} as const satisfies Prisma.ProjectSelect;

function projectRecord(p: Prisma.ProjectGetPayload<{ select: typeof projectSelect }>): ProjectRecord {
  return {
    id: p.id,
    number: p.number,
    name: p.name,
    statusCode: p.statusCode,
    finishedAt: p.finishedAt ? iso(p.finishedAt) : null,
    startDate: day(p.startDate),
    endDate: day(p.endDate),
    customerNumber: p.customer?.number ?? null,
    leader: p.projectManager,
    costCentreCode: p.costCentre?.code ?? null,
    updatedAt: iso(p.updatedAt),
  };
}

export function projectPorts(db: TenantDb, scope: PortScope, now: Date): Pick<DomainPorts, 'projects' | 'projectParts'> {
  const projectPartSelect = {
    id: true,
    number: true,
    name: true,
    statusCode: true,
    createdAt: true,
    updatedAt: true,
    project: { select: projectSelect },
  } as const;
  return {
    projects: {
      async changed(since) {
        const rows = await db.project.findMany({
          where: changedWhere('project', since, scope),
          select: projectSelect,
          orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
        });
        const items = rows.map(projectRecord);
        return { items, next: nextCheckpoint(since, items, now) };
      },
      async byNumbers(numbers) {
        if (!numbers.length) return [];
        return (await db.project.findMany({ where: { number: { in: [...numbers] } }, select: projectSelect })).map(projectRecord);
      },
    },
    projectParts: {
      async changed(since) {
        const parentChanged = since === null ? [] : [{ project: { updatedAt: { gt: overlapStart(since) } } }];
        const [wos, cos] = await Promise.all([
          db.workOrder.findMany({
            where: changedWhere('workOrder', since, scope, parentChanged),
            select: { ...projectPartSelect, startDate: true },
            orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
          }),
          db.changeOrder.findMany({
            where: changedWhere('changeOrder', since, scope, parentChanged),
            select: projectPartSelect,
            orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
          }),
        ]);
        const part = (kind: 'workOrder' | 'changeOrder', r: (typeof cos)[number], number: string, startDate: Date | null): ProjectPartRecord => {
          const project = projectRecord(r.project);
          const updatedAt = r.updatedAt > r.project.updatedAt ? r.updatedAt : r.project.updatedAt;
          return {
            id: r.id,
            kind,
            projectId: project.id,
            projectNumber: project.number,
            number,
            fullNumber: `${project.number}_${number}`,
            name: r.name,
            statusCode: r.statusCode,
            startDate: day(startDate),
            createdAt: iso(r.createdAt),
            project: { name: project.name, startDate: project.startDate, endDate: project.endDate, statusCode: project.statusCode, leader: project.leader },
            updatedAt: iso(updatedAt),
          };
        };
        const items = [
          ...wos.map((w) => part('workOrder', w, String(w.number), w.startDate)),
          ...cos.map((c) => part('changeOrder', c, changeOrderCode(c.number), null)),
        ].sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
        return { items, next: nextCheckpoint(since, items, now) };
      },
    },
  };
}

/**
 * Resolves project numbers as the accounting system has them: "10000" (the project),
 * "10000_1" (work order 1), "10000_Ä001" (ÄTA 1).
 */
export async function resolveProjectNumbers(
  db: TenantClient,
  numbers: readonly string[],
): Promise<Map<string, { projectId: string; workOrderId: string | null; changeOrderId: string | null }>> {
  const out = new Map<string, { projectId: string; workOrderId: string | null; changeOrderId: string | null }>();
  const unique = [...new Set(numbers)];
  if (!unique.length) return out;
  const parse = (n: string) => {
    const m = /^(.+?)_(?:(\d+)|Ä(\d+))$/.exec(n);
    return m
      ? { project: m[1]!, workOrder: m[2] ? Number(m[2]) : null, changeOrder: m[3] ? Number(m[3]) : null }
      : { project: n, workOrder: null, changeOrder: null };
  };
  const parsed = unique.map((n) => ({ n, ...parse(n) }));
  const projectNumbers = [...new Set(parsed.flatMap((p) => [p.project, p.n]))];
  const projects = await db.project.findMany({
    where: { number: { in: projectNumbers } },
    select: { id: true, number: true, workOrders: { select: { id: true, number: true } }, changeOrders: { select: { id: true, number: true } } },
  });
  const byNumber = new Map(projects.map((p) => [p.number, p]));
  for (const p of parsed) {
    const whole = byNumber.get(p.n);
    if (whole) {
      out.set(p.n, { projectId: whole.id, workOrderId: null, changeOrderId: null });
      continue;
    }
    const project = byNumber.get(p.project);
    if (!project) continue;
    if (p.workOrder !== null) {
      const w = project.workOrders.find((x) => x.number === p.workOrder);
      if (w) out.set(p.n, { projectId: project.id, workOrderId: w.id, changeOrderId: null });
    } else if (p.changeOrder !== null) {
      const c = project.changeOrders.find((x) => x.number === p.changeOrder);
      if (c) out.set(p.n, { projectId: project.id, workOrderId: null, changeOrderId: c.id });
    }
  }
  return out;
}
