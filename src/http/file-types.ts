// What a stored file is, decided by its bytes (file-type reads the magic numbers), never by
// the content type its sender claimed: an HTML page uploaded as "invoice.pdf" with
// `application/pdf` is neither stored nor served as a PDF. How a file is served follows from
// that: inline only for the few types a browser shows without running anything of the file
// (PDF and the common image formats); everything else is an attachment, and anything the
// bytes do not identify is application/octet-stream.
import { fileTypeFromBuffer } from 'file-type';

export const OCTET_STREAM = 'application/octet-stream';

/** Types served inline (shown in the browser); every other type is served as an attachment. */
export const INLINE_TYPES: ReadonlySet<string> = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** The content type the bytes show (e.g. application/pdf), or application/octet-stream when they show none (text, HTML, unknown). */
export async function sniffContentType(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength === 0) return OCTET_STREAM;
  const found = await fileTypeFromBuffer(bytes);
  return found?.mime ?? OCTET_STREAM;
}

/** How to serve a stored file: its sniffed type, and inline only for INLINE_TYPES. */
export async function servedAs(bytes: Uint8Array): Promise<{ contentType: string; disposition: 'inline' | 'attachment' }> {
  const contentType = await sniffContentType(bytes);
  return { contentType, disposition: INLINE_TYPES.has(contentType) ? 'inline' : 'attachment' };
}
