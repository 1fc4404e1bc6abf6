/**
 * Atomic output: every export is streamed into a temporary file in the output
 * folder, and only when all of them are complete are they renamed into place.
 * On any failure the temporaries are removed and the previous exports stay.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';

/** One file to write: its name in the output folder and its content as chunks. */
export interface OutputFile {
  name: string;
  chunks: () => Iterable<string>;
}

/** Test hook: a function called before each chunk is written, which may throw to simulate a failure. */
export type FaultHook = (file: string, chunkIndex: number) => void;

/** Writes all files atomically into `dir`; returns their paths and sizes. Throws on failure, leaving `dir` as it was. */
export async function writeAtomic(dir: string, files: readonly OutputFile[], fault?: FaultHook): Promise<{ path: string; bytes: number }[]> {
  await mkdir(dir, { recursive: true });
  const tag = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const temps: string[] = [];
  const written: { path: string; bytes: number }[] = [];
  try {
    for (const f of files) {
      const tmp = join(dir, `.tg-tmp-${tag}-${f.name.replace(/[\\/]/g, '_')}`);
      temps.push(tmp);
      const out = createWriteStream(tmp, { encoding: 'utf8' });
      const failed = new Promise<never>((_, reject) => out.once('error', reject));
      failed.catch(() => undefined);
      let bytes = 0;
      let i = 0;
      for (const chunk of f.chunks()) {
        fault?.(f.name, i++);
        bytes += Buffer.byteLength(chunk);
        if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
      }
      out.end();
      await Promise.race([once(out, 'finish'), failed]);
      await Promise.race([new Promise<void>((res) => out.close(() => res())), failed]);
      written.push({ path: join(dir, f.name), bytes });
    }
    for (const [i, f] of files.entries()) {
      await mkdir(join(dir, f.name, '..'), { recursive: true });
      await rename(temps[i]!, join(dir, f.name));
    }
    return written;
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw e;
  }
}
