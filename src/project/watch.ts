/**
 * Watch mode (`build --watch`, `serve --watch`): a change under the data
 * folder rebuilds the exports; an open page follows through the live channel.
 *
 * - Rapid saves are coalesced: a rebuild starts once the folder has been
 *   quiet for `WATCH_LIMITS.quietMs`, never two at once; changes during a
 *   rebuild cause exactly one more.
 * - A half-written file never reaches an export: the exports are written
 *   atomically (the pipeline's writer), and only when the data read again
 *   after the build has the same content key as the data built (a file
 *   changed meanwhile means the build saw a moment between two saves: it is
 *   dropped and the next one runs).
 * - Invalid data writes nothing: the last good graph stays, its diagnostics
 *   go to `onResult` (and so to the page's overlay).
 * - Fast: unchanged files are not parsed again (load's ParseMemo); nodes keep
 *   the positions of the previous build, new ones start next to their
 *   neighbours; graph.json is written first (what the page needs), the other
 *   formats, the manifest and the graph cache once the folder has been quiet
 *   for `WATCH_LIMITS.restMs` (or at `flush`).
 */
import { type FSWatcher, watch } from 'node:fs';
import type { Diagnostic } from '../diagnostics/index.js';
import type { Format } from '../export/index.js';
import type { TechGraph } from '../graph/index.js';
import type { LayoutOptions } from '../layout/index.js';
import { fingerprint, type ParseMemo } from '../load/index.js';
import { writeCached } from './cache.js';
import { manifestFile } from './site.js';

/** Timing of watch mode. */
export const WATCH_LIMITS = {
  /** A rebuild starts once no change has been seen for this long (ms). */
  quietMs: 120,
  /**
   * After a rebuild, the formats other than graph.json, the manifest and the
   * graph cache are written once no other change has come for this long (ms),
   * so they do not take the CPU from the page loading the new graph.
   */
  restMs: 1000,
};

/** Watches `dir` and everything under it; calls `onChange` once changes have settled. */
export function watchFolder(dir: string, onChange: () => void, quietMs = WATCH_LIMITS.quietMs): { close: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  };
  const watcher: FSWatcher = watch(dir, { recursive: true }, settle);
  watcher.on('error', settle);
  return {
    close: () => {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}

/** What one rebuild did. */
export interface RebuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** graph.json (and with `done`, every format) is in place. */
  written: { path: string; bytes: number }[];
  /** Milliseconds from the start of the rebuild to graph.json in place. */
  ms: number;
  nodes?: number;
  edges?: number;
}

/** Options of a LiveBuild. */
export interface LiveBuildOptions {
  data: string;
  out: string;
  cwd: string;
  formats: readonly Format[];
  layout?: Partial<Omit<LayoutOptions, 'onProgress'>>;
  /** After each rebuild that got as far as a result (not the dropped ones). */
  onResult: (r: RebuildResult) => void;
  /** graph.json is in place: the page may fetch it (before the other formats are written). */
  onGraph?: () => void;
}

type XY = { x: number; y: number };

/** Rebuilds the exports of one data folder, on request, one at a time. */
export class LiveBuild {
  private readonly memo: ParseMemo = new Map();
  private positions: Map<string, XY> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  /** The deferred writes of the last rebuild, waiting for a quiet moment (see WATCH_LIMITS.restMs)… */
  private pending: { timer: ReturnType<typeof setTimeout>; write: () => Promise<void> } | undefined;
  /** …then due. */
  private deferred: (() => Promise<void>) | undefined;

  constructor(private readonly o: LiveBuildOptions) {}

  /** Asks for a rebuild: starts one now, or one more after the current one. */
  trigger(): Promise<void> {
    if (this.pending) {
      clearTimeout(this.pending.timer);
      this.pending = undefined;
    }
    this.again = true;
    this.running ??= this.drain();
    return this.running;
  }

  /**
   * The one worker loop: rebuilds while asked to, else does the deferred
   * writes. A rebuild asked for during the deferred writes stops them (they
   * are for a graph about to be replaced) and runs next.
   */
  private async drain(): Promise<void> {
    try {
      while (this.again || this.deferred) {
        if (this.again) {
          this.again = false;
          await this.rebuild();
        } else {
          const write = this.deferred!;
          this.deferred = undefined;
          await write();
        }
      }
    } finally {
      this.running = undefined;
    }
  }

  /** Resolves when no rebuild or write is running (or asked for). */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Waits for a running rebuild, then does the deferred writes now. */
  async flush(): Promise<void> {
    const p = this.pending;
    if (p) {
      clearTimeout(p.timer);
      this.pending = undefined;
      this.deferred = p.write;
      this.running ??= this.drain();
    }
    await this.idle();
  }

  /** Runs `write` once the folder has been quiet for WATCH_LIMITS.restMs, unless a rebuild comes first. */
  private defer(write: () => Promise<void>): void {
    const timer = setTimeout(() => {
      if (this.pending?.timer !== timer) return;
      this.pending = undefined;
      this.deferred = write;
      this.running ??= this.drain();
    }, WATCH_LIMITS.restMs);
    timer.unref();
    this.pending = { timer, write };
  }

  private async rebuild(): Promise<void> {
    const t0 = performance.now();
    const [{ check }, { build }, { layout }, { FORMATS, writeAtomic }] = await Promise.all([
      import('../pipeline/index.js'),
      import('../graph/index.js'),
      import('../layout/index.js'),
      import('../export/index.js'),
    ]);
    const checked = await check({ data: this.o.data, cwd: this.o.cwd, load: { memo: this.memo } });
    if (!checked.ok) {
      if (!(await this.settled(checked.fingerprint))) return;
      this.o.onResult({ ok: false, diagnostics: checked.diagnostics, written: [], ms: performance.now() - t0 });
      return;
    }
    const graph = build(checked.facts);
    if (this.positions) {
      await layout(graph, { ...this.o.layout, layout: 'none' });
      place(graph, this.positions);
    } else await layout(graph, this.o.layout ?? {});
    if (!(await this.settled(checked.fingerprint))) return;
    const files = (format: Format) => FORMATS[format].files(graph);
    const written: RebuildResult['written'] = [];
    try {
      if (this.o.formats.includes('json')) written.push(...(await writeAtomic(this.o.out, files('json'))));
    } catch (e) {
      this.o.onResult({
        ok: false,
        diagnostics: [...checked.diagnostics, writeError(this.o.out, e)],
        written: [],
        ms: performance.now() - t0,
      });
      return;
    }
    const ms = performance.now() - t0;
    const first = !this.positions;
    this.positions = new Map(graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));
    this.o.onGraph?.();
    // Deferred, these writes give way to a newer rebuild: stopped before their next chunk, the previous files kept.
    const superseded = new Error('superseded by a newer rebuild');
    const fault = first
      ? undefined
      : () => {
          if (this.again) throw superseded;
        };
    const rest = async () => {
      try {
        const others = this.o.formats.filter((f) => f !== 'json');
        if (others.length) written.push(...(await writeAtomic(this.o.out, others.flatMap(files), fault)));
        await writeAtomic(this.o.out, [manifestFile(this.o.out, written)], fault);
      } catch (e) {
        if (e === superseded) return false;
        this.o.onResult({ ok: false, diagnostics: [...checked.diagnostics, writeError(this.o.out, e)], written, ms });
        return false;
      }
      if (checked.fingerprint) await writeCached(checked.fingerprint, graph);
      return true;
    };
    const done = { ok: true, diagnostics: checked.diagnostics, written, ms, nodes: graph.order, edges: graph.size };
    // The first build writes everything before it reports; later ones report once graph.json is in place.
    if (first) {
      if (await rest()) this.o.onResult(done);
      return;
    }
    this.o.onResult(done);
    this.defer(async () => void (await rest()));
  }

  /**
   * True when the data still has the content it was built from; else asks
   * for another rebuild. Data that could not be read (no key) is reported as
   * it is: its diagnostics say why, and the change that fixes it triggers again.
   */
  private async settled(built: string | undefined): Promise<boolean> {
    if (built === undefined || (await fingerprint(this.o.data, { cwd: this.o.cwd })) === built) return true;
    this.again = true;
    return false;
  }
}

function writeError(out: string, e: unknown): Diagnostic {
  return {
    code: 'WRITE_ERROR',
    severity: 'error',
    file: out,
    line: 1,
    column: 1,
    message: `exports not written, previous files kept: ${e instanceof Error ? e.message : String(e)}`,
  };
}

/**
 * Puts nodes back where they were; a new node goes to the middle of its
 * placed neighbours (nudged by its id, so two new nodes do not coincide), or
 * stays at its seeded position when it has none.
 */
function place(graph: TechGraph, before: ReadonlyMap<string, XY>): void {
  const fresh: string[] = [];
  graph.forEachNode((id) => {
    const p = before.get(id);
    if (p) graph.mergeNodeAttributes(id, p);
    else fresh.push(id);
  });
  for (const id of fresh) {
    const near = graph.neighbors(id).flatMap((n) => (before.has(n) ? [before.get(n)!] : []));
    if (!near.length) continue;
    let h = 0;
    for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
    const angle = ((h >>> 0) % 360) * (Math.PI / 180);
    const x = near.reduce((s, p) => s + p.x, 0) / near.length;
    const y = near.reduce((s, p) => s + p.y, 0) / near.length;
    graph.mergeNodeAttributes(id, { x: x + Math.cos(angle) * 5, y: y + Math.sin(angle) * 5 });
  }
}
