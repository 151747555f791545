// The size limit of an imported file read as a stream (the SIE and bankgiro imports): the claimed
// size checked before reading, and the bytes counted while they come, whatever was claimed.
import { loadConfig } from '../config.js';
import { ValidationError } from '../errors.js';

/** The largest imported file accepted (IMPORT_MAX_BYTES, as the customer import). */
export function importMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  return loadConfig(env).IMPORT_MAX_BYTES;
}

const megabytes = (n: number) => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;

/** The refusal at `file`; `advice` is appended ("Split it into smaller files."). */
export function fileTooLarge(size: number, max: number, advice = ''): ValidationError {
  return ValidationError.single(
    'file',
    'too_large',
    `The file is ${megabytes(size)}; the largest file accepted is ${megabytes(max)}.${advice ? ` ${advice}` : ''}`,
  );
}

/** The stream, refused as soon as more than `max` bytes have come. */
export async function* cappedStream(stream: AsyncIterable<Uint8Array>, max: number, advice = ''): AsyncGenerator<Uint8Array> {
  let seen = 0;
  for await (const chunk of stream) {
    seen += chunk.byteLength;
    if (seen > max) throw fileTooLarge(seen, max, advice);
    yield chunk;
  }
}
