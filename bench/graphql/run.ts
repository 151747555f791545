// `npm run bench [-- --lists invoices,customers,projects,supplierInvoices,vouchers --duration 15 --warmup 5 --page 50
//                   --connections 1,10,50 --scale 1 --seed 1 --only api|postgraphile --sql-reads on|off]`:
// GraphQL read throughput of this API against PostGraphile 5 over the same PostgreSQL database,
// for every list a frontend reads.
//
// Data: `generate.ts` (one company: 2,000 customers with 2–3 contacts each, 5,000 projects,
// 10,000 work orders, 2,500 change orders, 50,000 invoices with 500,000 lines and as many revenue
// lines, 300 suppliers, 10,000 supplier invoices, 20,000 vouchers; × --scale), generated once per
// seed and size and reused. Both servers run as child processes with a pool of 10 connections and
// NODE_ENV=production: this API (`api-server.ts`: createApp on node:http, Node of this process,
// tsx) and PostGraphile 5.1.5 (`postgraphile-server.mjs`, Amber preset, same Node). PostGraphile
// and the load generator are the benchmark's own packages (`bench/package.json`, installed by
// `npm run bench` into bench/node_modules, not by the project's install). The load generator
// (autocannon) runs in this process, so the servers, PostgreSQL and the load generator share the
// machine's cores.
//
// The lists (LISTS below), each the same logical query for both: invoices (with customer,
// project, work order, ÄTA, lines, revenue lines), customers (with invoice address and contacts),
// projects (with status, customer, work orders and ÄTA), supplier invoices (with supplier,
// approvals and rows) and vouchers (with rows and their projects), the first --page of each in
// this API's order. Before any load, both servers answer every list at page size 50 and the
// answers are compared in one shape (decimals by value, identity numbers as digits, global ids
// left out): the benchmark stops if any differ. PostGraphile runs without authentication (a
// superuser pool, no row-level security); this API authenticates the bearer token on every
// request and scopes its queries to the token's company, as in production.
//
// Per list it measures, after a warm-up of each server at the highest level, per connection level
// (1, 10, 50: a warm-up, then the measured period, the two servers alternating which goes first):
// requests per second and latency p50/p99 for each server and the ratio of this API's requests per
// second to PostGraphile's; non-2xx responses, socket errors and GraphQL `errors` in the response
// bodies (every body is checked) are flagged. Then, for this API: SQL statements per request at
// page sizes 10, 50 and 200 (the client's statement counter, 20 sequential requests each), memory
// retained per request (heap and RSS after a forced full GC before and after each measured period,
// divided by the requests served), and whether it answered the list with one compiled statement
// or field by field (and why). A summary table of all lists ends the run.
//
// Targets: requests per second ≥ PostGraphile's (ratio ≥ 1.0) at 10 and 50 connections; SQL
// statements per request the same at every page size; memory flat (see MEMORY_FLAT_* below).
// Exits 0 whatever the verdicts, 1 if the benchmark itself fails (a server does not start,
// the answers differ, errors under load).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Decimal } from 'decimal.js';
import pg from 'pg';
import { ensureBenchData, type BenchData } from './generate.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');

/** Requests per second at these connection levels must be ≥ PostGraphile's. */
const RATIO_TARGET = 1.0;
const RATIO_LEVELS = [10, 50];
/** Memory is "flat" when, at every level, the heap retained after a forced GC is below 1 KiB per request or 2 MiB in all. */
const MEMORY_FLAT_BYTES_PER_REQUEST = 1024;
const MEMORY_FLAT_TOTAL_BYTES = 2 * 1024 * 1024;
const STATEMENT_PAGES = [10, 50, 200];
const STATEMENT_REQUESTS = 20;
/** The page size at which the two answers are compared before any load. */
const COMPARE_PAGE = 50;

// ---------------------------------------------------------------------------------------------
// The lists, each in both APIs' terms, with a normaliser to one shape

type ServerName = 'api' | 'postgraphile';
type Obj = Record<string, unknown>;
type Num = { number: number | string } | null;

const dec = (v: unknown) => (v === null || v === undefined ? null : new Decimal(String(v)).toFixed());
const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(String(v)).toISOString());
/** Organisation numbers and personnummer as 10 digits: this API shows NNNNNN-NNNK / YYYYMMDD-NNNK, PostGraphile the stored digits. */
const identity = (v: unknown) => (v === null || v === undefined ? null : String(v).replace(/\D/g, '').slice(-10));
const nodes = (v: unknown) => (v as { edges?: { node: Obj }[] }).edges?.map((e) => e.node) ?? (v as { nodes: Obj[] }).nodes;

interface List {
  name: ListName;
  /** What one request reads, for the output. */
  title: string;
  /** The root field of this API's query (its compiled reads are counted per root field). */
  apiRoot: string;
  apiQuery: string;
  /** PostGraphile's query; variables companyId and first. */
  pgQuery: string;
  /** The answer's items in one shape (global ids, which only this API has, are left out). */
  normalise(server: ServerName, data: Obj): Obj[];
  /** A line on what the compared page held. */
  summary(items: Obj[]): string;
}

const LIST_NAMES = ['invoices', 'customers', 'projects', 'supplierInvoices', 'vouchers'] as const;
type ListName = (typeof LIST_NAMES)[number];
const count = (items: Obj[], key: string) => items.reduce((t, i) => t + (i[key] as unknown[]).length, 0);
const sum = (values: (string | null)[]) => values.reduce((t, v) => t.plus(v ?? 0), new Decimal(0)).toFixed(2);

const LISTS: List[] = [
  {
    name: 'invoices',
    title: 'invoices by number with customer, project, work order, ÄTA, lines and revenue lines',
    apiRoot: 'invoices',
    apiQuery: `query BenchInvoiceList($first: Int!) {
  invoices(first: $first, orderBy: { field: NUMBER }) {
    edges { node {
      number invoiceDate total locked
      customer { number name } project { number name } workOrder { number } changeOrder { number }
      lines { description quantity unitPrice amount }
      revenueLines { accountNumber amount }
    } }
  }
}`,
    // The company is chosen by a condition on companyId, the order by NUMBER_ASC (unique index
    // (companyId, number)), the nested lists by POSITION_ASC (index (companyId, invoiceId, position)).
    pgQuery: `query BenchInvoiceList($companyId: UUID!, $first: Int!) {
  allInvoices(first: $first, condition: { companyId: $companyId }, orderBy: [NUMBER_ASC]) {
    edges { node {
      number invoiceDate total locked
      customerByCompanyIdAndCustomerId { number name }
      projectByCompanyIdAndProjectId { number name }
      workOrderByCompanyIdAndWorkOrderId { number }
      changeOrderByCompanyIdAndChangeOrderId { number }
      invoiceLinesByCompanyIdAndInvoiceId(orderBy: [POSITION_ASC]) { nodes { description quantity unitPrice amount } }
      invoiceRevenueLinesByCompanyIdAndInvoiceId(orderBy: [POSITION_ASC]) { nodes { accountNumber amount } }
    } }
  }
}`,
    normalise: (name, data) =>
      nodes(name === 'api' ? data.invoices : data.allInvoices).map((n) => {
        const api = name === 'api';
        const customer = (api ? n.customer : n.customerByCompanyIdAndCustomerId) as Obj;
        const project = (api ? n.project : n.projectByCompanyIdAndProjectId) as Obj;
        return {
          number: n.number,
          invoiceDate: n.invoiceDate ?? null,
          total: dec(n.total),
          locked: n.locked,
          customer: [String(customer.number), String(customer.name)],
          project: [String(project.number), String(project.name)],
          workOrder: ((api ? n.workOrder : n.workOrderByCompanyIdAndWorkOrderId) as Num)?.number ?? null,
          changeOrder: ((api ? n.changeOrder : n.changeOrderByCompanyIdAndChangeOrderId) as Num)?.number ?? null,
          lines: (api ? (n.lines as Obj[]) : nodes(n.invoiceLinesByCompanyIdAndInvoiceId)).map((l) => [
            String(l.description),
            dec(l.quantity),
            dec(l.unitPrice),
            dec(l.amount),
          ]),
          revenueLines: (api ? (n.revenueLines as Obj[]) : nodes(n.invoiceRevenueLinesByCompanyIdAndInvoiceId)).map((r) => [
            r.accountNumber ?? null,
            dec(r.amount),
          ]),
        };
      }),
    summary: (items) =>
      `invoices ${items[0]?.number}–${items.at(-1)?.number}, ${count(items, 'lines')} lines, ${count(items, 'revenueLines')} revenue lines, ` +
      `line amounts ${sum(items.flatMap((i) => (i.lines as string[][]).map((l) => l[3]!)))}`,
  },
  {
    name: 'customers',
    title: 'customers by number with invoice address and their first 5 contacts (main contact first)',
    apiRoot: 'customers',
    apiQuery: `query BenchCustomerList($first: Int!) {
  customers(first: $first, orderBy: { field: NUMBER }) {
    edges { node {
      id number name type organisationNumber invoiceEmail phone active
      invoiceAddress { address1 postcode city }
      contacts(first: 5) { totalCount edges { node { name email mobile isMainContact } } }
    } }
  }
}`,
    // This API's order: numeric numbers by value (nulls last), then number, then id; contacts:
    // main contact first, then name, then id.
    pgQuery: `query BenchCustomerList($companyId: UUID!, $first: Int!) {
  allCustomers(first: $first, condition: { companyId: $companyId }, orderBy: [NUMBER_VALUE_ASC, NUMBER_ASC, PRIMARY_KEY_ASC]) {
    edges { node {
      number name type organisationNumber invoiceEmail phone active
      invoiceAddress1 invoicePostcode invoiceCity
      contactsByCompanyIdAndCustomerId(first: 5, orderBy: [IS_MAIN_CONTACT_DESC, NAME_ASC, PRIMARY_KEY_ASC]) {
        totalCount edges { node { name email mobile isMainContact } }
      }
    } }
  }
}`,
    normalise: (name, data) =>
      nodes(name === 'api' ? data.customers : data.allCustomers).map((n) => {
        const api = name === 'api';
        const address = api ? (n.invoiceAddress as Obj) : { address1: n.invoiceAddress1, postcode: n.invoicePostcode, city: n.invoiceCity };
        const contacts = (api ? n.contacts : n.contactsByCompanyIdAndCustomerId) as Obj;
        return {
          number: n.number,
          name: n.name,
          type: n.type,
          organisationNumber: identity(n.organisationNumber),
          invoiceEmail: n.invoiceEmail ?? null,
          phone: n.phone ?? null,
          active: n.active,
          invoiceAddress: [address.address1 ?? null, address.postcode ?? null, address.city ?? null],
          contactCount: contacts.totalCount,
          contacts: nodes(contacts).map((c) => [c.name, c.email ?? null, c.mobile ?? null, c.isMainContact]),
        };
      }),
    summary: (items) =>
      `customers ${items[0]?.number}–${items.at(-1)?.number}, ${count(items, 'contacts')} contacts ` +
      `(${items.filter((i) => i.organisationNumber).length} with an organisation number)`,
  },
  {
    name: 'projects',
    title: 'projects by number with status, customer and their first 10 work orders and ÄTA',
    apiRoot: 'projects',
    apiQuery: `query BenchProjectList($first: Int!) {
  projects(first: $first, orderBy: { field: NUMBER }) {
    edges { node {
      id number name startDate statusCode status { name } customer { number name }
      workOrders(first: 10) { totalCount edges { node { number name statusCode } } }
      changeOrders(first: 10) { totalCount edges { node { number code name estimatedAmount } } }
    } }
  }
}`,
    pgQuery: `query BenchProjectList($companyId: UUID!, $first: Int!) {
  allProjects(first: $first, condition: { companyId: $companyId }, orderBy: [NUMBER_VALUE_ASC, NUMBER_ASC, PRIMARY_KEY_ASC]) {
    edges { node {
      number name startDate statusCode
      projectStatusByCompanyIdAndStatusCode { name }
      customerByCompanyIdAndCustomerId { number name }
      workOrdersByCompanyIdAndProjectId(first: 10, orderBy: [NUMBER_ASC]) { totalCount edges { node { number name statusCode } } }
      changeOrdersByCompanyIdAndProjectId(first: 10, orderBy: [NUMBER_ASC]) { totalCount edges { node { number name estimatedAmount } } }
    } }
  }
}`,
    // ÄTA: this API's code ("Ä001") is made from the number; the number is compared.
    normalise: (name, data) =>
      nodes(name === 'api' ? data.projects : data.allProjects).map((n) => {
        const api = name === 'api';
        const status = (api ? n.status : n.projectStatusByCompanyIdAndStatusCode) as Obj;
        const customer = (api ? n.customer : n.customerByCompanyIdAndCustomerId) as Obj;
        const workOrders = (api ? n.workOrders : n.workOrdersByCompanyIdAndProjectId) as Obj;
        const changeOrders = (api ? n.changeOrders : n.changeOrdersByCompanyIdAndProjectId) as Obj;
        return {
          number: n.number,
          name: n.name,
          startDate: n.startDate ?? null,
          statusCode: n.statusCode,
          status: status.name,
          customer: [customer.number, customer.name],
          workOrderCount: workOrders.totalCount,
          workOrders: nodes(workOrders).map((w) => [w.number, w.name, w.statusCode]),
          changeOrderCount: changeOrders.totalCount,
          changeOrders: nodes(changeOrders).map((c) => [c.number, c.name, dec(c.estimatedAmount)]),
        };
      }),
    summary: (items) =>
      `projects ${items[0]?.number}–${items.at(-1)?.number}, ${count(items, 'workOrders')} work orders, ${count(items, 'changeOrders')} ÄTA ` +
      `(estimates ${sum(items.flatMap((i) => (i.changeOrders as (string | null)[][]).map((c) => c[2]!)))})`,
  },
  {
    name: 'supplierInvoices',
    title: 'supplier invoices, newest first, with supplier, approvals and rows',
    apiRoot: 'supplierInvoices',
    apiQuery: `query BenchSupplierInvoiceList($first: Int!) {
  supplierInvoices(first: $first) {
    edges { node {
      id supplierNumber supplierName invoiceNumber invoiceDate dueDate net vat total status disputed
      approvals { name approvedAt }
      rows { position accountNumber amount vatRate projectNumber costCentreCode }
    } }
  }
}`,
    // This API's order: invoice date descending, then created descending, then id; rows by
    // position (then created), approvals by approval time. The supplier's number and name, the
    // approver's name and the row's project number (made below from project, work order and ÄTA)
    // come through the relations.
    pgQuery: `query BenchSupplierInvoiceList($companyId: UUID!, $first: Int!) {
  allSupplierInvoices(first: $first, condition: { companyId: $companyId }, orderBy: [INVOICE_DATE_DESC, CREATED_AT_DESC, PRIMARY_KEY_ASC]) {
    edges { node {
      invoiceNumber invoiceDate dueDate net vat total status disputed
      supplierByCompanyIdAndSupplierId { number name }
      supplierInvoiceApprovalsByCompanyIdAndSupplierInvoiceId(orderBy: [APPROVED_AT_ASC]) {
        nodes { approvedAt userByCompanyIdAndUserId { name } }
      }
      supplierInvoiceRowsByCompanyIdAndSupplierInvoiceId(orderBy: [POSITION_ASC, CREATED_AT_ASC]) {
        nodes {
          position accountNumber amount vatRate
          projectByCompanyIdAndProjectId { number }
          workOrderByCompanyIdAndWorkOrderId { number }
          changeOrderByCompanyIdAndChangeOrderId { number }
          costCentreByCompanyIdAndCostCentreId { code }
        }
      }
    } }
  }
}`,
    normalise: (name, data) =>
      nodes(name === 'api' ? data.supplierInvoices : data.allSupplierInvoices).map((n) => {
        const api = name === 'api';
        const supplier = api ? { number: n.supplierNumber, name: n.supplierName } : (n.supplierByCompanyIdAndSupplierId as Obj);
        const approvals = api
          ? (n.approvals as Obj[]).map((a) => [a.name, iso(a.approvedAt)])
          : nodes(n.supplierInvoiceApprovalsByCompanyIdAndSupplierInvoiceId).map((a) => [(a.userByCompanyIdAndUserId as Obj).name, iso(a.approvedAt)]);
        const rows = api
          ? (n.rows as Obj[]).map((r) => [r.position, r.accountNumber, dec(r.amount), dec(r.vatRate), r.projectNumber ?? null, r.costCentreCode ?? null])
          : nodes(n.supplierInvoiceRowsByCompanyIdAndSupplierInvoiceId).map((r) => {
              const project = (r.projectByCompanyIdAndProjectId as Num)?.number;
              const workOrder = (r.workOrderByCompanyIdAndWorkOrderId as Num)?.number;
              const changeOrder = (r.changeOrderByCompanyIdAndChangeOrderId as Num)?.number;
              const projectNumber =
                project == null
                  ? null
                  : workOrder != null
                    ? `${project}_${workOrder}`
                    : changeOrder != null
                      ? `${project}_Ä${String(changeOrder).padStart(3, '0')}`
                      : String(project);
              const costCentre = r.costCentreByCompanyIdAndCostCentreId as { code: string } | null;
              return [r.position, r.accountNumber, dec(r.amount), dec(r.vatRate), projectNumber, costCentre?.code ?? null];
            });
        return {
          supplier: [supplier.number, supplier.name],
          invoiceNumber: n.invoiceNumber,
          invoiceDate: n.invoiceDate,
          dueDate: n.dueDate ?? null,
          net: dec(n.net),
          vat: dec(n.vat),
          total: dec(n.total),
          status: n.status,
          disputed: n.disputed,
          approvals,
          rows,
        };
      }),
    summary: (items) =>
      `supplier invoices dated ${items[0]?.invoiceDate}–${items.at(-1)?.invoiceDate}, ${count(items, 'rows')} rows, ${count(items, 'approvals')} approvals, ` +
      `totals ${sum(items.map((i) => i.total as string))}`,
  },
  {
    name: 'vouchers',
    title: 'vouchers, newest first, with their rows and the rows’ projects',
    apiRoot: 'vouchers',
    apiQuery: `query BenchVoucherList($first: Int!) {
  vouchers(first: $first) {
    edges { node {
      id series number transactionDate description
      rows { rowIndex accountNumber debit credit project { number } }
    } }
  }
}`,
    // This API's order: transaction date descending, series, number descending, id; rows by index.
    pgQuery: `query BenchVoucherList($companyId: UUID!, $first: Int!) {
  allVouchers(first: $first, condition: { companyId: $companyId }, orderBy: [TRANSACTION_DATE_DESC, SERIES_ASC, NUMBER_DESC, PRIMARY_KEY_ASC]) {
    edges { node {
      series number transactionDate description
      voucherRowsByCompanyIdAndVoucherId(orderBy: [ROW_INDEX_ASC]) {
        nodes { rowIndex accountNumber debit credit projectByCompanyIdAndProjectId { number } }
      }
    } }
  }
}`,
    normalise: (name, data) =>
      nodes(name === 'api' ? data.vouchers : data.allVouchers).map((n) => {
        const api = name === 'api';
        return {
          series: n.series,
          number: n.number,
          transactionDate: n.transactionDate,
          description: n.description ?? null,
          rows: (api ? (n.rows as Obj[]) : nodes(n.voucherRowsByCompanyIdAndVoucherId)).map((r) => [
            r.rowIndex,
            r.accountNumber,
            dec(r.debit),
            dec(r.credit),
            ((api ? r.project : r.projectByCompanyIdAndProjectId) as Num)?.number ?? null,
          ]),
        };
      }),
    summary: (items) =>
      `vouchers dated ${items[0]?.transactionDate}–${items.at(-1)?.transactionDate}, ${count(items, 'rows')} rows, ` +
      `debit ${sum(items.flatMap((i) => (i.rows as (string | null)[][]).map((r) => r[2]!)))}`,
  },
];

// ---------------------------------------------------------------------------------------------
// Options

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function num(name: string, fallback: number): number {
  const v = arg(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(v)}`);
  return n;
}

const opts = {
  duration: num('--duration', 15),
  warmup: num('--warmup', 5),
  page: num('--page', 50),
  connections: (arg('--connections') ?? '1,10,50').split(',').map((c) => {
    const n = Number(c);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--connections: ${JSON.stringify(c)} is not a positive integer`);
    return n;
  }),
  lists: (arg('--lists') ?? LIST_NAMES.join(',')).split(',').map((l) => {
    if (!(LIST_NAMES as readonly string[]).includes(l)) throw new Error(`--lists: ${JSON.stringify(l)} is not one of ${LIST_NAMES.join(', ')}`);
    return l as ListName;
  }),
  scale: num('--scale', 1),
  seed: Number(arg('--seed') ?? 1),
  only: arg('--only') as 'api' | 'postgraphile' | undefined,
  /** off: this API answers field by field (resolvers), for before/after figures. */
  sqlReads: (arg('--sql-reads') ?? 'on') as 'on' | 'off',
};
if (opts.sqlReads !== 'on' && opts.sqlReads !== 'off') throw new Error('--sql-reads must be on or off');
if (opts.only !== undefined && opts.only !== 'api' && opts.only !== 'postgraphile') throw new Error('--only must be api or postgraphile');
if (!Number.isInteger(opts.page) || opts.page > 200) throw new Error('--page must be an integer from 1 to 200 (this API serves at most 200 per page)');
const lists = LISTS.filter((l) => opts.lists.includes(l.name));

const LABEL: Record<ServerName, string> = { api: 'this API', postgraphile: 'PostGraphile' };

interface Server {
  name: ServerName;
  child: ChildProcess;
  port: number;
  headers: Record<string, string>;
  body(list: List, page: number): string;
  /** Sends an IPC request and waits for the answer with the same id. */
  ask<T>(type: string): Promise<T>;
}

// ---------------------------------------------------------------------------------------------
// Child processes

const children = new Set<ChildProcess>();
let stopping = false;
function killChildren(): void {
  stopping = true;
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
}
process.on('exit', killChildren);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    killChildren();
    process.exit(130);
  });
}

let nextId = 1;
function startServer(name: ServerName, command: string, args: string[], env: NodeJS.ProcessEnv, data: BenchData): Promise<Server> {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, DATABASE_URL: data.url, PORT: '0' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  const waiting = new Map<number, (m: unknown) => void>();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${LABEL[name]} did not start within 120 s`)), 120_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      if (!stopping) console.error(`!! ${LABEL[name]} server exited (code ${code}, signal ${signal})`);
      reject(new Error(`${LABEL[name]} server exited (code ${code}, signal ${signal})`));
      for (const [, done] of waiting) done({ error: `${LABEL[name]} server exited` });
    });
    child.on('message', (m: { type?: string; id?: number; port?: number }) => {
      if (m.type === 'listening' && m.port) {
        clearTimeout(timer);
        const isApi = name === 'api';
        resolve({
          name,
          child,
          port: m.port,
          headers: { 'content-type': 'application/json', ...(isApi ? { authorization: `Bearer ${data.token}` } : {}) },
          body: (list, page) =>
            JSON.stringify(
              isApi ? { query: list.apiQuery, variables: { first: page } } : { query: list.pgQuery, variables: { companyId: data.companyId, first: page } },
            ),
          ask: <T>(type: string) =>
            new Promise<T>((res, rej) => {
              const id = nextId++;
              waiting.set(id, (a) => {
                waiting.delete(id);
                if ((a as { error?: string }).error) rej(new Error((a as { error: string }).error));
                else res(a as T);
              });
              child.send({ id, type });
            }),
        });
      } else if (m.id !== undefined) {
        waiting.get(m.id)?.(m);
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Requests

async function post(server: Server, list: List, page: number): Promise<{ status: number; json: { data?: unknown; errors?: { message: string }[] } }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, { method: 'POST', headers: server.headers, body: server.body(list, page) });
  const text = await res.text();
  try {
    return { status: res.status, json: JSON.parse(text) };
  } catch {
    throw new Error(`${LABEL[server.name]} answered ${res.status} with a body that is not JSON: ${text.slice(0, 300)}`);
  }
}

async function answer(server: Server, list: List, page: number): Promise<Obj[]> {
  const { status, json } = await post(server, list, page);
  if (status !== 200 || json.errors?.length || !json.data) {
    const messages = [...new Set(json.errors?.map((e) => e.message) ?? [])];
    throw new Error(`${LABEL[server.name]} answered the ${list.name} list ${status}${messages.length ? `: ${messages.slice(0, 3).join('; ')}` : ''}`);
  }
  return list.normalise(server.name, json.data as Obj);
}

/** Every list once on both at page size COMPARE_PAGE; the normalised answers must be the same. */
async function checkSameAnswers(api: Server, pgl: Server): Promise<void> {
  const failures: string[] = [];
  for (const list of lists) {
    const [a, b] = [await answer(api, list, COMPARE_PAGE), await answer(pgl, list, COMPARE_PAGE)];
    const diffs: string[] = [];
    if (a.length !== COMPARE_PAGE) diffs.push(`this API returned ${a.length} items, expected ${COMPARE_PAGE}`);
    for (let i = 0; i < Math.max(a.length, b.length) && diffs.length < 5; i++) {
      const [x, y] = [JSON.stringify(a[i]), JSON.stringify(b[i])];
      if (x !== y) diffs.push(`item #${i + 1}:\n      this API:     ${x?.slice(0, 600)}\n      PostGraphile: ${y?.slice(0, 600)}`);
    }
    if (diffs.length) failures.push(`${list.name}:\n  - ${diffs.join('\n  - ')}`);
    else console.log(`  ${list.name.padEnd(16)} same answers at page size ${COMPARE_PAGE}: ${list.summary(a)}`);
  }
  if (failures.length) throw new Error(`the two APIs' answers differ:\n${failures.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// Load

interface Load {
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  graphqlErrors: number;
  firstError?: string;
}

async function load(server: Server, list: List, connections: number, seconds: number): Promise<Load> {
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}/graphql`,
    connections,
    duration: seconds,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        headers: server.headers,
        body: server.body(list, opts.page),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) {
            graphqlErrors++;
            firstError ??= body.slice(0, 300);
          }
        },
      },
    ],
  });
  return {
    reqPerSec: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    firstError,
  };
}

/**
 * autocannon stops at the end of a period with requests still in flight; the server goes on
 * working on them (and on those queued for its pool). Waits until the database has had no active
 * statement from the benchmark database for 500 ms (then 200 ms more for the last responses to be
 * written), so a period does not start, and memory is not read, while the previous one's
 * abandoned requests still run.
 */
async function settle(db: pg.Client): Promise<void> {
  const deadline = Date.now() + 120_000;
  let quietSince = 0;
  while (Date.now() < deadline) {
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state NOT IN ('idle')`,
    );
    if (rows[0]!.n === '0') {
      quietSince ||= Date.now();
      if (Date.now() - quietSince >= 500) break;
    } else quietSince = 0;
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 200));
}

interface Memory {
  heapUsed: number;
  rss: number;
}
/** CPU time (user + system) a process has used, in ms, from /proc (Linux); 0 where there is none. */
function processCpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
const CLOCK_TICKS = 100;

/** CPU time of each PostgreSQL process on this machine (the server and its backends), in ms. */
function postgresCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') out.set(Number(pid), processCpuMs(Number(pid)));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** The PostgreSQL CPU time used since `before` by the processes still running (a pool's backends are). */
function postgresCpuSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of postgresCpu()) total += ms - (before.get(pid) ?? 0);
  return total;
}

async function memory(server: Server): Promise<Memory> {
  const { memory: m } = await server.ask<{ memory: Memory }>('memory');
  return { heapUsed: m.heapUsed, rss: m.rss };
}

// ---------------------------------------------------------------------------------------------
// This API: statements per request, compiled or field by field

/** Statements of each of STATEMENT_REQUESTS sequential requests, less the token's lastUsedAt updates (once a minute, whatever the query). */
async function statementsPerRequest(api: Server, list: List, page: number): Promise<{ counts: number[]; touches: number }> {
  await answer(api, list, page);
  await api.ask('statements'); // reset
  const counts: number[] = [];
  let touches = 0;
  for (let i = 0; i < STATEMENT_REQUESTS; i++) {
    await answer(api, list, page);
    const r = await api.ask<{ statements: number; tokenTouches: number }>('statements');
    counts.push(r.statements - r.tokenTouches);
    touches += r.tokenTouches;
  }
  return { counts, touches };
}

/** Requests this API answered with a compiled statement (per root field) and those that fell back (per reason), since the last ask. */
interface CompiledCounts {
  compiled: Record<string, number>;
  fallbacks: Record<string, number>;
}

/** How this API answered a list's requests: "compiled", "field by field" (with the reason) or "mixed". */
function compiledVerdict(list: List, c: CompiledCounts, requests: number): { short: string; line: string } {
  const compiled = c.compiled[list.apiRoot] ?? 0;
  const fallbacks = Object.entries(c.fallbacks);
  const fellBack = fallbacks.reduce((t, [, n]) => t + n, 0);
  const reasons = fallbacks.map(([r, n]) => `${r} (${fmt(n)}×)`).join('; ');
  const unregistered = Math.max(0, requests - compiled - fellBack);
  if (compiled > 0 && fellBack === 0 && unregistered === 0)
    return { short: 'compiled', line: `compiled: all ${fmt(compiled)} requests answered by one compiled statement` };
  if (compiled === 0) {
    const why =
      opts.sqlReads === 'off'
        ? 'compiled reads are off (--sql-reads off)'
        : fellBack
          ? `the compiled read fell back: ${reasons}`
          : `no compiled read is registered for the root field ${list.apiRoot}`;
    return { short: 'field by field', line: `field by field (through the resolvers): ${why}` };
  }
  return {
    short: 'mixed',
    line:
      `mixed: ${fmt(compiled)} of ${fmt(requests)} requests compiled` +
      (fellBack ? `, fell back: ${reasons}` : '') +
      (unregistered ? `, ${fmt(unregistered)} not seen by the compiled reads` : ''),
  };
}

// ---------------------------------------------------------------------------------------------
// Main

const fmt = (n: number, d = 0) => n.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
const mib = (b: number) => `${(b / 1048576).toFixed(1)} MiB`;

interface ListResult {
  list: List;
  results: Map<number, Partial<Record<ServerName, Load>>>;
  statements?: { perPage: number[]; constant: boolean };
  memoryFlat?: boolean;
  compiled?: string;
  problems: string[];
}

/** One list: warm-up, then per level each server's warm-up and measured period, then this API's statements, memory and compiled reads. */
async function runList(list: List, servers: Server[], monitor: pg.Client): Promise<ListResult> {
  const api = servers.find((s) => s.name === 'api');
  const results = new Map<number, Partial<Record<ServerName, Load>>>();
  const mem = new Map<number, Partial<Record<ServerName, { before: Memory; after: Memory }>>>();
  const problems: string[] = [];
  console.log(`\n=== ${list.name}: the first ${opts.page} ${list.title}`);
  if (api) await api.ask('compiledReads'); // reset
  let apiRequests = 0;

  // First a warm-up of each server at the highest level, so that the first level's measured
  // period does not also carry the one-time settling (JIT, pools, caches) of a cold process.
  for (const s of servers) {
    const w = await load(s, list, Math.max(...opts.connections), opts.warmup);
    if (s.name === 'api') apiRequests += w.requests;
    await settle(monitor);
  }
  for (const [k, c] of opts.connections.entries()) {
    const order = k % 2 === 0 ? servers : [...servers].reverse();
    results.set(c, {});
    mem.set(c, {});
    for (const s of order) {
      const w = await load(s, list, c, opts.warmup);
      await settle(monitor);
      const before = await memory(s);
      const cpu0 = { server: processCpuMs(s.child.pid), db: postgresCpu() };
      const r = await load(s, list, c, opts.duration);
      const cpu = { server: processCpuMs(s.child.pid) - cpu0.server, db: postgresCpuSince(cpu0.db) };
      await settle(monitor);
      const after = await memory(s);
      if (s.name === 'api') apiRequests += w.requests + r.requests;
      results.get(c)![s.name] = r;
      mem.get(c)![s.name] = { before, after };
      const flags = [
        r.requests === 0 && `no response within the ${opts.duration} s period`,
        r.non2xx && `${r.non2xx} non-2xx`,
        r.socketErrors && `${r.socketErrors} socket errors (${r.timeouts} timeouts)`,
        r.graphqlErrors && `${r.graphqlErrors} responses with GraphQL errors, e.g. ${r.firstError}`,
      ].filter(Boolean);
      console.log(
        `  ${String(c).padStart(3)} connections, ${LABEL[s.name].padEnd(12)} ${fmt(r.reqPerSec, 1).padStart(8)} req/s  p50 ${fmt(r.p50).padStart(5)} ms  p99 ${fmt(r.p99).padStart(5)} ms  ` +
          `(${fmt(r.requests)} requests; CPU per request: server ${fmt(cpu.server / Math.max(r.requests, 1), 2)} ms, PostgreSQL ${fmt(cpu.db / Math.max(r.requests, 1), 2)} ms)` +
          `${flags.length ? `  !! ${flags.join(', ')}` : ''}`,
      );
      if (flags.length) problems.push(`${list.name}, ${LABEL[s.name]} at ${c} connections: ${flags.join(', ')}`);
    }
  }

  const out: ListResult = { list, results, problems };
  if (api) {
    const perPage: number[] = [];
    const all: number[] = [];
    const lines: string[] = [];
    for (const page of STATEMENT_PAGES) {
      const { counts, touches } = await statementsPerRequest(api, list, page);
      apiRequests += 1 + STATEMENT_REQUESTS;
      all.push(...counts);
      const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
      perPage.push(mean);
      lines.push(
        `page ${page}: ${fmt(mean, 2)}` +
          (Math.min(...counts) !== Math.max(...counts) ? ` (${Math.min(...counts)}–${Math.max(...counts)})` : '') +
          (touches ? ` (+ ${touches} lastUsedAt update)` : ''),
      );
    }
    out.statements = { perPage, constant: Math.min(...all) === Math.max(...all) };
    console.log(`  SQL statements per request, this API: ${lines.join(', ')}: ${out.statements.constant ? 'constant' : 'NOT constant'} in the page size`);
    const verdict = compiledVerdict(list, await api.ask<CompiledCounts & { id: number }>('compiledReads'), apiRequests);
    out.compiled = verdict.short;
    console.log(`  this API answered it ${verdict.line}`);
  }

  for (const s of servers) {
    let flat = true;
    const parts: string[] = [];
    for (const c of opts.connections) {
      const m = mem.get(c)![s.name]!;
      const n = results.get(c)![s.name]!.requests;
      const dHeap = m.after.heapUsed - m.before.heapUsed;
      const ok = dHeap < MEMORY_FLAT_TOTAL_BYTES || (n > 0 && dHeap / n < MEMORY_FLAT_BYTES_PER_REQUEST);
      flat &&= ok;
      parts.push(`${c}: ${mib(m.before.heapUsed)} → ${mib(m.after.heapUsed)} (${n > 0 ? `${fmt(dHeap / n)} B/request` : 'no requests'}${ok ? '' : ', grows'})`);
    }
    if (s.name === 'api') out.memoryFlat = flat;
    console.log(`  heap after a forced GC, ${LABEL[s.name]}${s.name === 'api' ? '' : ' (reference)'}: ${parts.join('; ')}`);
  }
  return out;
}

async function main(): Promise<number> {
  const pgVersion = await serverVersion();
  console.log(
    `GraphQL read benchmark: this API vs PostGraphile 5.1.5 — ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 1073741824, 1)} GiB, ` +
      `Node ${process.version} (this API), PostgreSQL ${pgVersion}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(
    `Options: lists ${opts.lists.join(',')}, page ${opts.page}, connections ${opts.connections.join(',')}, warm-up ${opts.warmup} s, measured ${opts.duration} s, ` +
      `scale ${opts.scale}, seed ${opts.seed}` +
      (opts.only ? `, only ${LABEL[opts.only]}` : '') +
      `, this API's compiled reads ${opts.sqlReads}` +
      '\n',
  );

  const data = await ensureBenchData({ seed: opts.seed, scale: opts.scale });
  console.log();

  const servers: Server[] = [];
  if (opts.only !== 'postgraphile') {
    servers.push(
      await startServer(
        'api',
        process.execPath,
        ['--expose-gc', '--import', 'tsx', join(HERE, 'api-server.ts')],
        { NODE_ENV: 'production', BENCH_SQL_READS: opts.sqlReads },
        data,
      ),
    );
  }
  if (opts.only !== 'api') {
    servers.push(
      await startServer(
        'postgraphile',
        process.execPath,
        ['--expose-gc', join(HERE, 'postgraphile-server.mjs')],
        { NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
        data,
      ),
    );
  }
  console.log(`Both servers run on Node ${process.version}.`);
  const api = servers.find((s) => s.name === 'api');
  const pgl = servers.find((s) => s.name === 'postgraphile');
  if (api && pgl) {
    console.log('Answers compared before any load:');
    await checkSameAnswers(api, pgl);
  } else
    for (const s of servers)
      for (const list of lists)
        console.log(`${LABEL[s.name]} answers ${list.name}: ${(await answer(s, list, opts.page)).length} items at page size ${opts.page}.`);

  const monitor = new pg.Client({ connectionString: data.url });
  await monitor.connect();
  const done: ListResult[] = [];
  try {
    for (const list of lists) done.push(await runList(list, servers, monitor));
  } finally {
    await monitor.end();
  }

  // Summary: one row per list.
  const levels = opts.connections;
  console.log(
    `\nSummary (page size ${opts.page}; ratio = this API's requests per second / PostGraphile's, target ≥ ${RATIO_TARGET.toFixed(1)} at ${RATIO_LEVELS.join(' and ')} connections):\n`,
  );
  console.log(
    `| list | this API answered | ratio at ${levels.join(' / ')} | this API req/s | PostGraphile req/s | statements per request at ${STATEMENT_PAGES.join(' / ')} | heap flat |`,
  );
  console.log('|---|---|---|---|---|---|---|');
  const perLevel = (r: ListResult, f: (x: Partial<Record<ServerName, Load>>) => string) => levels.map((c) => f(r.results.get(c) ?? {})).join(' / ');
  for (const r of done) {
    const ratio = perLevel(r, (x) => (x.api && x.postgraphile?.requests ? (x.api.reqPerSec / x.postgraphile.reqPerSec).toFixed(2) : '–'));
    const rps = (name: ServerName) => perLevel(r, (x) => (x[name] ? fmt(x[name]!.reqPerSec, 1) : '–'));
    const statements = r.statements
      ? `${r.statements.perPage.map((n) => fmt(n, n % 1 ? 2 : 0)).join(' / ')} (${r.statements.constant ? 'constant' : 'NOT constant'})`
      : '–';
    const flat = r.memoryFlat === undefined ? '–' : r.memoryFlat ? 'yes' : 'NO';
    console.log(`| ${r.list.name} | ${r.compiled ?? '–'} | ${ratio} | ${rps('api')} | ${rps('postgraphile')} | ${statements} | ${flat} |`);
  }

  // Verdicts.
  console.log('\nAgainst the targets:');
  for (const r of done) {
    const verdicts: string[] = [];
    if (api && pgl) {
      for (const c of RATIO_LEVELS) {
        const x = r.results.get(c);
        if (!x?.api || !x.postgraphile) {
          verdicts.push(`at ${c} connections not measured`);
          continue;
        }
        const ratio = x.postgraphile.reqPerSec > 0 ? x.api.reqPerSec / x.postgraphile.reqPerSec : NaN;
        verdicts.push(`ratio ${ratio.toFixed(2)} at ${c} connections ${ratio >= RATIO_TARGET ? 'met' : 'NOT met'}`);
      }
    }
    if (r.statements) verdicts.push(`statements constant ${r.statements.constant ? 'met' : 'NOT met'}`);
    if (r.memoryFlat !== undefined) verdicts.push(`memory flat ${r.memoryFlat ? 'met' : 'NOT met'}`);
    console.log(`  ${r.list.name.padEnd(16)} ${verdicts.join('; ')}`);
  }
  console.log(
    `  (memory flat: heap retained < ${fmt(MEMORY_FLAT_BYTES_PER_REQUEST)} B per request or < ${mib(MEMORY_FLAT_TOTAL_BYTES)} per measured period, at every level; ` +
      `load average at the end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})`,
  );

  const problems = done.flatMap((r) => r.problems);
  if (problems.length) {
    console.error(`\nThe benchmark saw failures under load:\n  - ${problems.join('\n  - ')}`);
    return 1;
  }
  return 0;
}

async function serverVersion(): Promise<string> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const u = new URL(url);
  u.pathname = '/postgres';
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    return (await c.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  } finally {
    await c.end();
  }
}

main().then(
  (code) => {
    killChildren();
    process.exit(code);
  },
  (err: unknown) => {
    console.error(`\nbench failed: ${err instanceof Error ? err.message : String(err)}`);
    killChildren();
    process.exit(1);
  },
);
