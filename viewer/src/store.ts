/**
 * The view-state store: the shareable state (filters, time, selection,
 * view, language, path, tree: state.ts, mirrored in the URL) and the
 * transient state of the page (the path tool's picks, the legend entry under
 * the pointer). Parts read it and change it with `set`; every change tells
 * each subscriber which keys changed, in the order they subscribed. The URL
 * follows the shareable part (history.replaceState, no new history entry).
 */
import { serialiseState, type ViewState } from './state.js';

/** State of the page that is not shared in the URL. */
export interface Transient {
  /** Counts the graphs shown: a new graph changes it, and every part redraws. */
  generation: number;
  /** The path tool is open. */
  pathMode: boolean;
  /** The path tool's picks so far. */
  pathSlots: [string | null, string | null];
  /** The kind whose legend entry is under the pointer. */
  legendHot: string | null;
}

export type AppState = ViewState & Transient;
export type Key = keyof AppState;
export type Listener = (state: Readonly<AppState>, changed: ReadonlySet<Key>) => void;

export const NO_TRANSIENT: Transient = { generation: 0, pathMode: false, pathSlots: [null, null], legendHot: null };

const same = (a: unknown, b: unknown): boolean =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i])));

export class Store {
  private state: AppState;
  private listeners: Listener[] = [];
  private depth = 0;
  private pending = new Set<Key>();

  constructor(initial: AppState) {
    this.state = { ...initial };
  }

  get(): Readonly<AppState> {
    return this.state;
  }

  /** The shareable part, as the URL holds it. */
  view(): ViewState {
    const { generation: _g, pathMode: _p, pathSlots: _s, legendHot: _l, ...view } = this.state;
    return view;
  }

  /**
   * Changes some keys; subscribers hear once per outermost `set` (a
   * subscriber that sets more keys adds to the same round).
   */
  set(patch: Partial<AppState>): void {
    const next = { ...this.state };
    for (const [k, v] of Object.entries(patch) as [Key, unknown][]) {
      if (same(next[k], v)) continue;
      (next as Record<Key, unknown>)[k] = v;
      this.pending.add(k);
    }
    this.state = next;
    if (this.depth) return;
    this.depth++;
    try {
      while (this.pending.size) {
        const changed = new Set(this.pending);
        this.pending.clear();
        for (const l of [...this.listeners]) l(this.state, changed);
      }
    } finally {
      this.depth--;
    }
  }

  /** Replaces the whole state: every key counts as changed. */
  reset(state: AppState): void {
    for (const k of Object.keys(state) as Key[]) this.pending.add(k);
    this.state = { ...this.state };
    this.set(state);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** Writes the shareable state into the URL (no history entry). */
  syncUrl(): void {
    const url = `${location.pathname}${serialiseState(this.view())}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  }
}
