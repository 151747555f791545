// Hostile import files through GraphQL: zip bombs (a 400 MB cell, a ratio bomb, 100,000 entries,
// floods of shared strings), giant cells and CSV fields, and many uploads at once. Every file is
// built here with a streaming zip writer (yazl; fflate for the 100,000 entries, which yazl writes
// slowly); nothing large is committed. Each must be refused
// with a ValidationError at path `file` and a code saying why, with memory bounded: the process's
// resident memory may grow by at most MEMORY_BOUND_MB while the upload is handled. (Before the
// caps, the 400 MB cell alone cost 0.8 GB; a refusal that read the cell whole would need at least
// its 400 MB, and one that inflated the ratio bomb whole its 60 MB of XML in a SAX parser.)
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { print } from 'graphql';
import yazl from 'yazl';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useHarness } from '../helpers/harness.js';
import { acquireImportSlot, resolveCaps } from '../../src/modules/customer-import/guards.js';

const h = useHarness();

/** RSS growth allowed while one hostile upload is handled (six at once: SIX_BOUND_MB). */
const MEMORY_BOUND_MB = 120;
const SIX_BOUND_MB = 250;

const BombImport = graphql(`
  mutation BombImport($file: File!) {
    importCustomers(file: $file) {
      __typename
      ... on MutationImportCustomersSuccess { data { totalRows } }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
    }
  }
`);

const BombMe = graphql(`
  query BombMe { me { id } }
`);

type Result = { __typename: string; code?: string; path?: string | null; issues?: { path: string; code: string }[] };

async function upload(file: Buffer, name: string, token: string): Promise<Result> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(BombImport), variables: { file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([new Uint8Array(file)]), name);
  const res = await h.app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'graphql-preflight': '1' },
    body: form,
  });
  const body = (await res.json()) as { data?: { importCustomers: Result }; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data.importCustomers;
}

/** Runs fn while sampling the process's RSS; returns its result and the peak growth in MB. */
async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: (peak - before) / (1024 * 1024) };
  } finally {
    clearInterval(timer);
  }
}

const fileIssue = (r: Result) => (r.__typename === 'ValidationError' ? r.issues?.map((i) => `${i.path}:${i.code}`) : [`${r.__typename}:${r.code}`]);

// ---------------------------------------------------------------------------------------------
// Building real workbooks, streaming

type Part = string | Buffer | (() => AsyncIterable<Buffer>);

function zipOf(parts: Record<string, Part>, compress = true, forceZip64Format = false): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, p] of Object.entries(parts)) {
    if (typeof p === 'function') z.addReadStream(Readable.from(p()), name, { compress });
    else z.addBuffer(Buffer.from(p), name, { compress });
  }
  z.end({ forceZip64Format } as yazl.EndOptions);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Kundnummer</t></is></c><c r="B1" t="inlineStr"><is><t>Namn</t></is></c></row>';

/** The parts every workbook has, with the sheet (and shared strings) given. */
function workbook(sheet: Part, sharedStrings?: Part): Promise<Buffer> {
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Kunder" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ...(sharedStrings !== undefined ? { 'xl/sharedStrings.xml': sharedStrings } : {}),
    'xl/worksheets/sheet1.xml': sheet,
  });
}

/** `total` bytes of `unit` repeated, in 1 MB chunks (the same buffer each time: nothing large is held). */
async function* repeated(unit: string, total: number): AsyncIterable<Buffer> {
  const chunk = Buffer.from(unit.repeat(Math.ceil((1024 * 1024) / unit.length)));
  for (let sent = 0; sent < total; sent += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, total - sent));
}

/** A sheet: the header row, then a row whose name cell holds `cell` (streamed). */
function sheetWithCell(cell: () => AsyncIterable<Buffer>): () => AsyncIterable<Buffer> {
  return async function* () {
    yield Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${HEADER_ROW}<row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c><c r="B2" t="inlineStr"><is><t>`,
    );
    yield* cell();
    yield Buffer.from('</t></is></c></row></sheetData></worksheet>');
  };
}

/** Text that hardly compresses (base64 of random bytes), in 1 MB chunks. */
async function* incompressible(total: number): AsyncIterable<Buffer> {
  for (let sent = 0; sent < total; sent += 1024 * 1024)
    yield Buffer.from(randomBytes(768 * 1024).toString('base64')).subarray(0, Math.min(1024 * 1024, total - sent));
}

const MB = 1024 * 1024;
let bomb400: Buffer | null = null;
/** A real .xlsx whose second row has a 400 MB cell (about 0.4 MB compressed). */
async function fourHundredMbCell(): Promise<Buffer> {
  bomb400 ??= await workbook(sheetWithCell(() => repeated('a', 400 * MB)));
  return bomb400;
}

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('IMPORT_') && !(k in saved)) delete process.env[k];
  for (const [k, v] of Object.entries(saved)) if (k.startsWith('IMPORT_')) process.env[k] = v;
});

describe('zip bombs and giant cells are refused while reading, at path file', () => {
  it('a real .xlsx with a 400 MB cell (0.4 MB uploaded): its sheet unpacks to more than IMPORT_MAX_ENTRY_BYTES', async () => {
    const a = await h.company();
    const file = await fourHundredMbCell();
    expect(file.length).toBeLessThan(2 * MB);
    const { result, growthMb } = await measured(() => upload(file, 'kunder.xlsx', a.adminToken));
    expect(fileIssue(result)).toEqual(['file:decompressed_too_large']);
    expect(growthMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('a cell longer than IMPORT_MAX_CELL_CHARS stops the reading there (5 MB of text that hardly compresses)', async () => {
    const a = await h.company();
    const file = await workbook(sheetWithCell(() => incompressible(5 * MB)));
    const { result, growthMb } = await measured(() => upload(file, 'kunder.xlsx', a.adminToken));
    expect(fileIssue(result)).toEqual(['file:cell_too_long']);
    expect(growthMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('a ratio bomb: 60 MB of empty rows packed a thousandfold exceeds IMPORT_MAX_COMPRESSION_RATIO', async () => {
    const a = await h.company();
    const file = await workbook(async function* () {
      yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${HEADER_ROW}`);
      yield* repeated('<row/>', 60 * MB);
      yield Buffer.from('</sheetData></worksheet>');
    });
    expect(file.length).toBeLessThan(MB);
    const { result, growthMb } = await measured(() => upload(file, 'kunder.xlsx', a.adminToken));
    expect(fileIssue(result)).toEqual(['file:compression_ratio']);
    expect(growthMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('the parts read together may unpack to at most IMPORT_MAX_DECOMPRESSED_BYTES', async () => {
    process.env.IMPORT_MAX_DECOMPRESSED_BYTES = String(3 * MB);
    const a = await h.company();
    const strings = async function* () {
      yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>`);
      for (let i = 0; i < 2 * 1024; i++) yield Buffer.from(`<si><t>${randomBytes(384).toString('base64')}</t></si>`);
      yield Buffer.from('</sst>');
    };
    const sheet = async function* () {
      yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${HEADER_ROW}`);
      for (let r = 2; r < 4000; r++)
        yield Buffer.from(
          `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${r}</t></is></c><c r="B${r}" t="inlineStr"><is><t>${randomBytes(384).toString('base64')}</t></is></c></row>`,
        );
      yield Buffer.from('</sheetData></worksheet>');
    };
    const file = await workbook(sheet, strings);
    expect(fileIssue(await upload(file, 'kunder.xlsx', a.adminToken))).toEqual(['file:decompressed_too_large']);
  });

  it('an archive of 100,000 entries is refused before its entries are read', async () => {
    const a = await h.company();
    const files: Record<string, Uint8Array> = { 'xl/workbook.xml': strToU8(`<workbook ${NS}/>`), 'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${NS}/>`) };
    for (let i = 0; i < 100_000 - 2; i++) files[`xl/media/e${i}.bin`] = new Uint8Array(0);
    // fflate writes the entry count modulo 65,536 (34,464) where ZIP64 is due; the directory says so.
    const file = Buffer.from(zipSync(files, { level: 0 }));
    const { result, growthMb } = await measured(() => upload(file, 'kunder.xlsx', a.adminToken));
    expect(fileIssue(result)).toEqual(['file:too_many_entries']);
    expect(growthMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('a ZIP64 archive of 1,001 entries (the count only in the ZIP64 record) is refused by the reader', async () => {
    const a = await h.company();
    const parts: Record<string, Part> = { 'xl/workbook.xml': `<workbook ${NS}/>`, 'xl/worksheets/sheet1.xml': `<worksheet ${NS}/>` };
    for (let i = 0; i < 1_001 - 2; i++) parts[`xl/media/e${i}.bin`] = '';
    const file = await zipOf(parts, false, true);
    expect(file.readUInt16LE(file.length - 12)).toBe(0xffff);
    expect(fileIssue(await upload(file, 'kunder.xlsx', a.adminToken))).toEqual(['file:too_many_entries']);
  });

  it('a shared-strings bomb: more than IMPORT_MAX_SHARED_STRINGS texts', async () => {
    const a = await h.company();
    const max = resolveCaps().maxSharedStrings;
    const strings = async function* () {
      yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>`);
      let batch = '';
      for (let i = 0; i <= max; i++) {
        batch += `<si><t>${i}</t></si>`;
        if (batch.length > 256 * 1024) {
          yield Buffer.from(batch);
          batch = '';
        }
      }
      yield Buffer.from(`${batch}</sst>`);
    };
    const file = await workbook(`<worksheet ${NS}><sheetData>${HEADER_ROW}</sheetData></worksheet>`, strings);
    const { result, growthMb } = await measured(() => upload(file, 'kunder.xlsx', a.adminToken));
    expect(fileIssue(result)).toEqual(['file:too_many_strings']);
    expect(growthMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('a shared string longer than IMPORT_MAX_CELL_CHARS', async () => {
    const a = await h.company();
    const strings = async function* () {
      yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><sst ${NS}><si><t>Kundnummer</t></si><si><r><t>`);
      yield* incompressible(3 * MB);
      yield Buffer.from('</t></r></si></sst>');
    };
    const file = await workbook(`<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`, strings);
    const { result, growthMb } = await measured(() => upload(file, 'kunder.xlsx', a.adminToken));
    expect(fileIssue(result)).toEqual(['file:cell_too_long']);
    expect(growthMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('a CSV with a 19 MB field', async () => {
    const a = await h.company();
    const file = Buffer.concat([Buffer.from('Kundnummer;Namn\r\n1;"'), Buffer.alloc(19 * MB, 'x'), Buffer.from('"\r\n')]);
    const { result, growthMb } = await measured(() => upload(file, 'kunder.csv', a.adminToken));
    expect(fileIssue(result)).toEqual(['file:cell_too_long']);
    expect(growthMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('a normal workbook still imports under the caps', async () => {
    const a = await h.company();
    const file = await workbook(
      `<worksheet ${NS}><sheetData>${HEADER_ROW}<row r="2"><c r="A2" t="inlineStr"><is><t>1001</t></is></c><c r="B2" t="inlineStr"><is><t>Bygg AB</t></is></c></row></sheetData></worksheet>`,
    );
    const r = await upload(file, 'kunder.xlsx', a.adminToken);
    expect(r).toMatchObject({ __typename: 'MutationImportCustomersSuccess', data: { totalRows: 1 } });
  });
});

describe('imports at once', () => {
  it('six concurrent 400 MB-cell uploads are all refused, memory stays bounded, and the server answers afterwards', async () => {
    const a = await h.company();
    const file = await fourHundredMbCell();
    const { result, growthMb } = await measured(() => Promise.all(Array.from({ length: 6 }, () => upload(file, 'kunder.xlsx', a.adminToken))));
    for (const r of result) expect(fileIssue(r)).toEqual(['file:decompressed_too_large']);
    expect(growthMb).toBeLessThan(SIX_BOUND_MB);
    expect((await h.data(BombMe, {}, a.adminToken)).me).toMatchObject({ id: expect.any(String) });
  });

  it('with every slot taken, an import waits IMPORT_QUEUE_WAIT_MS and is refused as BUSY at path file; once freed, it runs', async () => {
    process.env.IMPORT_CONCURRENCY = '1';
    process.env.IMPORT_QUEUE_WAIT_MS = '200';
    const a = await h.company();
    const file = await workbook(
      `<worksheet ${NS}><sheetData>${HEADER_ROW}<row r="2"><c r="A2" t="inlineStr"><is><t>1001</t></is></c><c r="B2" t="inlineStr"><is><t>Bygg AB</t></is></c></row></sheetData></worksheet>`,
    );
    const release = await acquireImportSlot(resolveCaps());
    try {
      expect(await upload(file, 'kunder.xlsx', a.adminToken)).toMatchObject({ __typename: 'ConflictError', code: 'BUSY', path: 'file' });
      // A waiter let in when the slot is freed within the wait.
      const waiting = upload(file, 'kunder.xlsx', a.adminToken);
      await new Promise((r) => setTimeout(r, 50));
      release();
      expect(await waiting).toMatchObject({ __typename: 'MutationImportCustomersSuccess' });
    } finally {
      release();
    }
  });
});
