/**
 * Parsing on every core. Fact files are independent, so when a data folder
 * holds enough text the main thread and worker threads parse files
 * together, each taking the next file as it finishes one; results keep file
 * order, and are the same whichever thread parsed a file (parseData is pure).
 * Workers start while files are still being read, since one takes ~0.2 s to
 * boot; a small folder never pays for them.
 */
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { LoadSettings, YamlLimits } from './options.js';
import { type ParsedData, parseData } from './yaml.js';

/** One file to parse. */
export interface ParseJob {
  text: string;
  file: string;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Files sent and not answered yet, oldest first. */
  jobs: number[];
}

/**
 * The worker's entry: compiled (dist/load/parse-worker.js) next to compiled
 * code; from the TypeScript sources (tests, tsx), parse-worker.mjs, which
 * registers tsx first, since a worker thread does not inherit the loader.
 */
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './parse-worker.mjs' : './parse-worker.js', import.meta.url);

/** Parses files on the main thread and, once started, on worker threads. */
export class ParsePool {
  private jobs: ParseJob[] = [];
  private results: (ParsedData | undefined)[] = [];
  private next = 0;
  private done = 0;
  private slots: Slot[] = [];
  private wake: (() => void) | undefined;
  private started = false;
  /** Files parsed by the main thread and by workers. */
  readonly parsedBy = { main: 0, workers: 0 };
  private get limits(): YamlLimits {
    const { maxDepth, nodesPerByte, minNodes, preciseMaxChars } = this.settings;
    return { maxDepth, nodesPerByte, minNodes, preciseMaxChars };
  }

  /** `onParsed` is called once per file, in completion order; `settings` say how many workers, how much queued, which limits. */
  constructor(
    private readonly settings: Pick<LoadSettings, 'workers' | 'queuedPerWorker'> & YamlLimits,
    private readonly onParsed?: (index: number, done: number) => void,
  ) {}

  /** Starts the worker threads (idempotent). */
  start(): void {
    if (this.started) return;
    this.started = true;
    for (let i = 0; i < this.settings.workers; i++) {
      const worker = new Worker(WORKER);
      const slot: Slot = { worker, ready: false, jobs: [] };
      worker.on('message', (m: { ready?: true; id?: number; parsed?: ParsedData }) => {
        if (m.ready) slot.ready = true;
        else {
          slot.jobs = slot.jobs.filter((j) => j !== m.id);
          this.parsedBy.workers++;
          this.finish(m.id!, m.parsed!);
        }
        this.feed(slot);
      });
      // A worker that fails or stops leaves its file to the main thread.
      worker.on('error', () => this.retire(slot));
      worker.on('exit', () => this.retire(slot));
      this.slots.push(slot);
    }
  }

  /** Queues a file; returns its index in the results. */
  add(job: ParseJob): number {
    this.jobs.push(job);
    for (const s of this.slots) this.feed(s);
    return this.jobs.length - 1;
  }

  /** Parses every queued file; resolves to the results in queue order. */
  async all(): Promise<ParsedData[]> {
    while (this.done < this.jobs.length) {
      if (this.next < this.jobs.length) {
        const i = this.next++;
        this.parsedBy.main++;
        this.finish(i, parseData(this.jobs[i]!.text, this.jobs[i]!.file, this.limits));
        // Let worker results in between two files of our own.
        if (this.slots.length) await yieldToEvents();
      } else {
        await new Promise<void>((r) => (this.wake = r));
      }
    }
    return this.results as ParsedData[];
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private feed(slot: Slot): void {
    while (slot.ready && slot.jobs.length < this.settings.queuedPerWorker && this.next < this.jobs.length && this.slots.includes(slot)) {
      const id = this.next++;
      slot.jobs.push(id);
      const { text, file } = this.jobs[id]!;
      slot.worker.postMessage({ id, text, file, limits: this.limits });
    }
  }

  private finish(i: number, parsed: ParsedData): void {
    this.results[i] = parsed;
    this.done++;
    this.onParsed?.(i, this.done);
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private retire(slot: Slot): void {
    if (!this.slots.includes(slot)) return;
    this.slots = this.slots.filter((s) => s !== slot);
    // Parse its files here instead.
    for (const i of slot.jobs.splice(0)) {
      this.parsedBy.main++;
      this.finish(i, parseData(this.jobs[i]!.text, this.jobs[i]!.file, this.limits));
    }
  }
}
