/**
 * What every UI part is given: the store, the graph on screen (its session
 * and what the current view state makes of it), the renderer, and the few
 * actions that are more than a store change. Parts subscribe to the store and
 * re-render what they own; none reaches into another part.
 */
import type { Renderer } from './render/renderer.js';
import type { Derived, Session } from './session.js';
import type { Store } from './store.js';

export interface Ctx {
  readonly store: Store;
  /** The graph on screen, or null before the first one loads. */
  session(): Session | null;
  /** What the current state makes of that graph. */
  derived(): Derived;
  renderer(): Renderer | null;
  /** Selects a node (or nothing); in the path tool, picks it instead. */
  select(id: string | null, options?: { fly?: boolean }): void;
  /** Centres the view on a node. */
  fly(id: string): void;
  /** Opens the lineage tree of a node. */
  openTree(id: string): void;
  toast(message: string, error?: boolean): void;
}
