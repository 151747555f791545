// Where a document's bytes live when DOCUMENT_STORAGE=directory: one file per document under
// DOCUMENT_DIR, named by a random storage key (32 hex digits) this system made. No part of a
// path ever comes from user input: the key is generated here and checked before every use.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isStorageKey } from './rules.js';

function pathOf(dir: string, key: string): string {
  if (!isStorageKey(key)) throw new Error('Not a document storage key');
  return join(resolve(dir), key);
}

/** Writes `bytes` to a new file under `dir` (created when missing) and returns its key. */
export async function writeDocumentFile(dir: string, bytes: Uint8Array): Promise<string> {
  await mkdir(resolve(dir), { recursive: true, mode: 0o700 });
  const key = randomBytes(16).toString('hex');
  // 'wx': never overwrite an existing file.
  await writeFile(pathOf(dir, key), bytes, { flag: 'wx', mode: 0o600 });
  return key;
}

export async function readDocumentFile(dir: string, key: string): Promise<Uint8Array<ArrayBuffer>> {
  const buf = await readFile(pathOf(dir, key));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) as Uint8Array<ArrayBuffer>;
}

/** Removes a document's file; a file already gone is no error. */
export async function removeDocumentFile(dir: string, key: string): Promise<void> {
  await rm(pathOf(dir, key), { force: true });
}
