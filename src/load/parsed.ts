/**
 * What parsing a fact file yields before positions are asked for (plain data,
 * safe to send between threads), and the memo of parses that watch mode keeps
 * between loads. Types only: importing them loads no parser.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import type { Outline } from './outline.js';

/** What parsing yields before positions are asked for: plain data, safe to send to another thread. */
export interface ParsedData {
  /** The data, or undefined when the file could not be parsed. */
  data: unknown;
  diagnostics: Diagnostic[];
  /** Where the items of the top-level lists start (see outline.ts); absent when the file did not parse. */
  outline?: Outline;
}

/**
 * Parses kept between loads of one folder (watch mode): file → its text and
 * what parsing it gave. A file whose text is unchanged is not parsed again;
 * `load` updates the map to the files it read.
 */
export type ParseMemo = Map<string, { text: string; parsed: ParsedData }>;
