// SIE 4 (Standard Import och Export, SIE-gruppen): the file format Swedish accounting programs
// exchange. A streaming reader that takes what programs really write (encodings, odd whitespace,
// #RTRANS/#BTRANS, missing optional fields) and refuses with line numbers what is broken, and a
// writer of SIE 4I files with #KSUMMA.
export * from './checksum.js';
export { decodeSie, decodeSieLines, detectSieEncoding, encodeSie, type SieEncoding, type SieInput, type SieLine } from './encoding.js';
export * from './errors.js';
export { readSie, readSieFile, type ReadSieOptions, type SieFile } from './reader.js';
export { groupSieFields, type SieField, type SieToken, sieQuote, sieWord, tokenizeSieLine } from './tokenizer.js';
export type * from './types.js';
export { formatSieAmount, formatSieDate, parseSieAmount, parseSieDate } from './values.js';
export * from './writer.js';
