/**
 * Byte output for the big exports. Text is encoded straight into UTF-8
 * buffers as it is produced, and fixed fragments are encoded once, so a
 * writer never builds the long concatenated strings that V8 must flatten
 * before encoding (on 100k nodes that flattening cost more than generating
 * the text). Full buffers are handed out as chunks.
 */

import { EXPORT_DEFAULTS } from './options.js';

/** A chunk of an export: text, or bytes already encoded as UTF-8. */
export type Chunk = string | Uint8Array;

/**
 * Buffer's UTF-8 writer without `write`'s argument juggling (a third of the
 * time of writing a short string); the documented `write` where it is absent.
 */
type Utf8Write = (this: Buffer, s: string, offset: number) => number;
const utf8Write: Utf8Write =
  (Buffer.prototype as unknown as { utf8Write?: Utf8Write }).utf8Write ??
  function (this: Buffer, s, offset) {
    return this.write(s, offset, 'utf8');
  };

/** Encodes text as UTF-8 once, for fragments written many times. */
export const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

/** Collects UTF-8 output in buffers of `size` bytes; `drain` hands out the full ones. */
export class ByteSink {
  private buf: Buffer;
  private at = 0;
  private full: Uint8Array[] = [];

  constructor(private readonly size = EXPORT_DEFAULTS.chunk) {
    this.buf = Buffer.allocUnsafe(size);
  }

  /** Appends encoded bytes. */
  bytes(b: Uint8Array): void {
    if (this.at + b.length > this.buf.length) this.next(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }

  /** Appends text as UTF-8. */
  text(s: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, takes 4).
    if (this.at + 3 * s.length > this.buf.length) this.next(3 * s.length);
    this.at += utf8Write.call(this.buf, s, this.at);
  }

  /** True when a buffer is full and waiting to be handed out. */
  get ready(): boolean {
    return this.full.length > 0;
  }

  /** Hands out the buffers filled since the last call (not the one being filled). */
  drain(): Uint8Array[] {
    const out = this.full;
    this.full = [];
    return out;
  }

  /** Hands out everything written, the partly filled buffer too. */
  end(): Uint8Array[] {
    if (this.at) this.full.push(this.buf.subarray(0, this.at));
    this.buf = Buffer.allocUnsafe(0);
    this.at = 0;
    return this.drain();
  }

  private next(need: number): void {
    if (this.at) this.full.push(this.buf.subarray(0, this.at));
    this.buf = Buffer.allocUnsafe(Math.max(this.size, need));
    this.at = 0;
  }
}

/** The text of an export's chunks (for tests and small outputs). */
export function chunksToText(chunks: Iterable<Chunk>): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let s = '';
  for (const c of chunks) s += typeof c === 'string' ? c : decoder.decode(c, { stream: true });
  return s + decoder.decode();
}
