// The connector conformance kit: the contract every connector keeps, checked against the
// connector's own fake server and the real system that runs connectors.
//
// `runConformance(subject, { host })` registers the checks with vitest (a peer dependency of this
// entry only). The host is the system that runs connectors, started by the kit before the checks
// and closed after them: it brings up a real database, registers the connector, and runs it
// exactly as in production (connection, run executor, flows, real HTTP to the fake). The API
// provides one (its `npm run conformance` and its own tests use it); `ConformanceHost` is all a
// host must offer. The checks:
//   - the manifest is valid and has base flows;
//   - a first run exports the customers; a second run with no changes sends no writes;
//   - a dry run sends no writes and lists what it would do, and records nothing;
//   - a remote 4xx on one entity is reported with its reference while the others go through,
//     and the entity is retried on every run until it passes;
//   - 429 answers are retried and the run completes;
//   - a crash between a remote create and the id-map write, then a re-run, leaves no duplicate;
//   - a changed customer is sent again, once.
// Customers are the entity the kit changes and checks: every accounting connector exports them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestIssues } from './define.js';
import type { FakeFailRule, FakeServer } from './testing.js';
import type { ConnectorManifest, Credentials } from './types.js';

/** A run as the host reports it (the shape of the API's ConnectorRun). */
export interface ConformanceRun {
  status: string;
  error: string | null;
  flows: { flowId: string; status: string; planned: unknown[] | null }[];
  failures: { entityType: string; entityId: string | null; reference: string; message: string; flowId: string }[];
}

/** The system that runs connectors, as the kit drives it. */
export interface ConformanceHost {
  /** Creates a local customer (a company) and returns its customer number. */
  createCustomer(name: string): Promise<string>;
  renameCustomer(number: string, name: string): Promise<void>;
  /** Creates a local project for the customer with this number. */
  createProject(customerNumber: string, name: string): Promise<void>;
  /** Creates a connection of the connector under test (a sandbox: loopback addresses allowed). */
  createConnection(input: { connectorId: string; settings: Record<string, unknown>; credentials: Credentials; enabledFlows: string[] }): Promise<string>;
  /** Runs the connection's enabled flows once and returns the finished run. */
  run(connectionId: string, opts: { dryRun: boolean }): Promise<ConformanceRun>;
  /** The local customers' numbers. */
  customerNumbers(): Promise<string[]>;
  /**
   * Arms (or with null disarms) a crash: the next id-map write of this entity type throws, as a
   * process killed between a remote create and the write of its id would leave things.
   */
  crashBeforeIdMapWrite(entityType: string | null): void;
  close(): Promise<void>;
}

export interface ConformanceSubject<F extends FakeServer = FakeServer> {
  connector: ConnectorManifest;
  /** Starts the connector's fake of the remote API (a real HTTP server on 127.0.0.1). */
  startFake(): Promise<F>;
  /** Connection settings pointing at the fake. */
  settings(fake: F): Record<string, unknown>;
  credentials: Credentials;
  /** Optional flows to enable (default none). */
  enabledFlows?: string[];
  customers: {
    /** Customer numbers as the fake holds them (duplicates included). */
    remoteNumbers(fake: F): string[];
    /** A rule making the fake reject (4xx) the create of the customer with this number. */
    rejectCreate(number: string): FakeFailRule;
  };
}

export interface ConformanceOptions {
  /** Starts the host with the connector registered (called once, before the checks). */
  host(connector: ConnectorManifest): Promise<ConformanceHost>;
}

/** Registers the conformance checks of `subject` with vitest. */
export function runConformance<F extends FakeServer>(subject: ConformanceSubject<F>, options: ConformanceOptions): void {
  const o = subject;
  describe(`connector conformance: ${o.connector.id}`, () => {
    let host: ConformanceHost;
    let fake: F;
    let connectionId: string;
    let seq = 0;
    const newCustomer = (name = `Kit Customer ${++seq}`) => host.createCustomer(name);
    const run = (dryRun = false) => host.run(connectionId, { dryRun });
    const localNumbers = async () => (await host.customerNumbers()).sort();
    let firstCustomer = '';

    beforeAll(async () => {
      host = await options.host(o.connector);
      fake = await o.startFake();
      firstCustomer = await newCustomer('Kit First Customer');
      await newCustomer();
      await host.createProject(firstCustomer, 'Kit Project');
      connectionId = await host.createConnection({
        connectorId: o.connector.id,
        settings: o.settings(fake),
        credentials: o.credentials,
        enabledFlows: o.enabledFlows ?? [],
      });
    });
    afterAll(async () => {
      host?.crashBeforeIdMapWrite(null);
      await fake?.close();
      await host?.close();
    });

    it('has a valid manifest with base flows', () => {
      expect(manifestIssues(o.connector)).toEqual([]);
      expect(o.connector.flows.some((f) => f.base)).toBe(true);
    });

    it('first run exports the customers; a second run with no changes sends no writes', async () => {
      const first = await run();
      expect(first.error).toBeNull();
      expect(first.status).toBe('SUCCEEDED');
      expect(o.customers.remoteNumbers(fake).sort()).toEqual(await localNumbers());
      const writes = fake.writes();
      const second = await run();
      expect(second.status).toBe('SUCCEEDED');
      expect(fake.writes()).toBe(writes);
    });

    it('a dry run sends no writes and lists the planned operations', async () => {
      const number = await newCustomer();
      const writes = fake.writes();
      const dry = await run(true);
      expect(fake.writes()).toBe(writes);
      expect(dry.status).toBe('SUCCEEDED');
      const planned = dry.flows.flatMap((f) => f.planned ?? []);
      expect(planned.length).toBeGreaterThan(0);
      expect(o.customers.remoteNumbers(fake)).not.toContain(number);
      // Nothing was recorded either: the real run still sends it.
      await run();
      expect(o.customers.remoteNumbers(fake)).toContain(number);
    });

    it('a remote 4xx on one entity is reported with its reference, the others go through, and it is retried every run until it passes', async () => {
      const rejected = await newCustomer();
      const accepted = await newCustomer();
      fake.fail(o.customers.rejectCreate(rejected));
      const r = await run();
      expect(r.status).toBe('PARTIAL');
      expect(r.failures).toEqual([expect.objectContaining({ entityType: 'customer', reference: `Customer ${rejected}` })]);
      expect(r.failures[0]!.message.length).toBeGreaterThan(0);
      expect(o.customers.remoteNumbers(fake)).toContain(accepted);
      expect(o.customers.remoteNumbers(fake)).not.toContain(rejected);
      // Unchanged locally, still failing remotely: reported again.
      const again = await run();
      expect(again.failures.map((f) => f.reference)).toEqual([`Customer ${rejected}`]);
      fake.clearFailures();
      const fixed = await run();
      expect(fixed.status).toBe('SUCCEEDED');
      expect(o.customers.remoteNumbers(fake)).toContain(rejected);
    });

    it('retries 429 answers and completes the run', async () => {
      const number = await newCustomer();
      fake.fail({ path: /.*/, status: 429, headers: { 'Retry-After': '1' }, times: 2 });
      const r = await run();
      fake.clearFailures();
      expect(r.status).toBe('SUCCEEDED');
      expect(o.customers.remoteNumbers(fake)).toContain(number);
    });

    it('a crash between a remote create and the id-map write, then a re-run, leaves no duplicate', async () => {
      const number = await newCustomer();
      host.crashBeforeIdMapWrite('customer');
      const crashedRun = await run();
      host.crashBeforeIdMapWrite(null);
      expect(crashedRun.status).toBe('FAILED');
      expect(o.customers.remoteNumbers(fake)).toContain(number);
      const rerun = await run();
      expect(rerun.status).toBe('SUCCEEDED');
      const remote = o.customers.remoteNumbers(fake);
      expect(remote.filter((n) => n === number)).toHaveLength(1);
      expect(new Set(remote).size).toBe(remote.length);
      // And the entity is now known: a further run sends nothing.
      const writes = fake.writes();
      await run();
      expect(fake.writes()).toBe(writes);
    });

    it('sends a changed customer again, once', async () => {
      await host.renameCustomer(firstCustomer, 'Kit First Customer Renamed');
      const writes = fake.writes();
      const r = await run();
      expect(r.status).toBe('SUCCEEDED');
      expect(fake.writes()).toBe(writes + 1);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// File-based connectors
//
// A connector that calls nothing and hands its runs files (credentials 'none', `ctx.files`) has
// no fake server to count writes on: the kit counts the files the runs keep and reads the
// entities each file carries. Invoices are the entity it changes and checks (a file-based
// accounting connector exports them). The checks:
//   - the manifest is valid, has base flows and asks for no credentials;
//   - a first run writes one file with the locked invoices; a second run with no changes writes none;
//   - a dry run writes no file, lists the planned operations and records nothing;
//   - an invoice the connector refuses is reported with its reference, the others go into the
//     file, and it is reported every run until it passes, then written once;
//   - a crash between the file and its id-map entries, then a re-run, leaves every invoice in
//     exactly one file.

/** The system that runs connectors, as the file kit drives it. */
export interface FileConformanceHost {
  /** Creates and locks a customer invoice of one line at this VAT rate; returns its number. */
  lockInvoice(input: { vatRate: string }): Promise<number>;
  createConnection(input: { connectorId: string; settings: Record<string, unknown>; enabledFlows: string[] }): Promise<string>;
  updateSettings(connectionId: string, settings: Record<string, unknown>): Promise<void>;
  run(connectionId: string, opts: { dryRun: boolean }): Promise<ConformanceRun>;
  /** The files the connection's runs kept, oldest first, as downloaded. */
  files(connectionId: string): Promise<{ name: string; bytes: Uint8Array }[]>;
  /** As ConformanceHost's: the next id-map write of this entity type throws. */
  crashBeforeIdMapWrite(entityType: string | null): void;
  close(): Promise<void>;
}

export interface FileConformanceSubject {
  connector: ConnectorManifest;
  settings: Record<string, unknown>;
  enabledFlows?: string[];
  /** Settings under which an invoice at `vatRate` is refused (the connector's own rule); `settings` lets it through. */
  refusing: { settings: Record<string, unknown>; vatRate: string };
  /** The invoice numbers a file carries, in file order. */
  invoiceNumbers(bytes: Uint8Array): Promise<number[]>;
}

/** Registers the conformance checks of a file-based connector with vitest. */
export function runFileConformance(subject: FileConformanceSubject, options: { host(connector: ConnectorManifest): Promise<FileConformanceHost> }): void {
  const o = subject;
  describe(`file connector conformance: ${o.connector.id}`, () => {
    let host: FileConformanceHost;
    let connectionId: string;
    const run = (dryRun = false) => host.run(connectionId, { dryRun });
    const lock = () => host.lockInvoice({ vatRate: '25' });
    /** Every invoice number in every file, in order. */
    const written = async () => {
      const out: number[] = [];
      for (const f of await host.files(connectionId)) out.push(...(await o.invoiceNumbers(f.bytes)));
      return out;
    };
    const fileCount = async () => (await host.files(connectionId)).length;

    beforeAll(async () => {
      host = await options.host(o.connector);
      connectionId = await host.createConnection({ connectorId: o.connector.id, settings: o.settings, enabledFlows: o.enabledFlows ?? [] });
    });
    afterAll(async () => {
      host?.crashBeforeIdMapWrite(null);
      await host?.close();
    });

    it('has a valid manifest with base flows and asks for no credentials', () => {
      expect(manifestIssues(o.connector)).toEqual([]);
      expect(o.connector.flows.some((f) => f.base)).toBe(true);
      expect(o.connector.credentials.kind).toBe('none');
    });

    it('first run writes one file with the locked invoices; a second run with no changes writes none', async () => {
      const numbers = [await lock(), await lock()];
      const first = await run();
      expect(first.error).toBeNull();
      expect(first.status).toBe('SUCCEEDED');
      expect(await fileCount()).toBe(1);
      expect((await written()).sort()).toEqual(numbers.sort());
      const second = await run();
      expect(second.status).toBe('SUCCEEDED');
      expect(await fileCount()).toBe(1);
    });

    it('a dry run writes no file, lists the planned operations and records nothing', async () => {
      const number = await lock();
      const dry = await run(true);
      expect(dry.status).toBe('SUCCEEDED');
      expect(dry.flows.flatMap((f) => f.planned ?? []).length).toBeGreaterThan(0);
      expect(await fileCount()).toBe(1);
      await run();
      expect(await fileCount()).toBe(2);
      expect((await written()).filter((n) => n === number)).toHaveLength(1);
    });

    it('a refused invoice is reported with its reference, the others go into the file, and it is reported every run until it passes', async () => {
      await host.updateSettings(connectionId, o.refusing.settings);
      const refused = await host.lockInvoice({ vatRate: o.refusing.vatRate });
      const accepted = await lock();
      const r = await run();
      expect(r.status).toBe('PARTIAL');
      expect(r.failures).toEqual([expect.objectContaining({ entityType: 'invoice', reference: `Invoice ${refused}` })]);
      expect(r.failures[0]!.message.length).toBeGreaterThan(0);
      expect(await written()).toContain(accepted);
      expect(await written()).not.toContain(refused);
      const again = await run();
      expect(again.failures.map((f) => f.reference)).toEqual([`Invoice ${refused}`]);
      await host.updateSettings(connectionId, o.settings);
      const fixed = await run();
      expect(fixed.status).toBe('SUCCEEDED');
      expect((await written()).filter((n) => n === refused)).toHaveLength(1);
    });

    it('a crash between the file and its id-map entries, then a re-run, leaves every invoice in exactly one file', async () => {
      const number = await lock();
      const files = await fileCount();
      host.crashBeforeIdMapWrite('invoice');
      const crashed = await run();
      host.crashBeforeIdMapWrite(null);
      expect(crashed.status).toBe('FAILED');
      const rerun = await run();
      expect(rerun.status).toBe('SUCCEEDED');
      const all = await written();
      expect(all.filter((n) => n === number)).toHaveLength(1);
      expect(new Set(all).size).toBe(all.length);
      expect(await fileCount()).toBe(files + 1);
      await run();
      expect(await fileCount()).toBe(files + 1);
    });
  });
}
