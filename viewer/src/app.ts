/**
 * The viewer application: wires the store, the graph's session, the
 * renderer and the UI parts, and owns what is more than a store change:
 * loading a graph (fetched or dropped), switching views (positions, the
 * timeline's backdrop), the toolbar, keyboard shortcuts, sharing and
 * exports. A new graph is prepared in full (normalised, faceted, its view
 * laid out) before it replaces the one on screen; when it cannot be shown,
 * the previous graph stays, with its panels, and a toast says why.
 */

import type { CameraState } from 'sigma/types';
import { exportsUrl } from './base.js';
import type { Ctx } from './context.js';
import { $ } from './dom.js';
import { t, type UiKey } from './i18n.js';
import { bindKeys } from './keys.js';
import { fetchGraph, fromJson, LoadError, parseGraphText } from './loader.js';
import type { ViewGraph } from './model/normalise.js';
import { canTree } from './model/tree.js';
import { DetailsPart } from './parts/details.js';
import { FiltersPart } from './parts/filters.js';
import { PathbarPart } from './parts/pathbar.js';
import { SearchPart } from './parts/search.js';
import { SharePart } from './parts/share.js';
import { Status } from './parts/status.js';
import { TimebarPart } from './parts/timebar.js';
import { TreebarPart } from './parts/treebar.js';
import type { PlacedLabel } from './render/labels.js';
import { Renderer, type Scene, type ViewSigma } from './render/renderer.js';
import { TimeAxis } from './render/timeaxis.js';
import { type Derived, Session } from './session.js';
import { DEFAULT_STATE, type Lang, type LayoutName, parseState, type ViewState } from './state.js';
import { type AppState, NO_TRANSIENT, Store } from './store.js';

export interface Timings {
  /** ms since navigation start. */
  fetched?: number;
  parsed?: number;
  firstRender?: number;
  /** The page is set up for the graph (panels, filters, time bar). */
  mounted?: number;
  /** Two animation frames after the first render: the picture is on screen. */
  firstFrame?: number;
  fetchMs?: number;
  parseMs?: number;
  /** Sigma's set-up, first render included. */
  sigmaMs?: number;
  bytes?: number;
  nodes?: number;
  edges?: number;
}

declare global {
  interface Window {
    __techgraph?: {
      sigma: ViewSigma;
      graph: ViewGraph;
      app: App;
      ready: boolean;
      timings: Timings;
      state: () => ViewState;
      /** The node labels drawn in the last frame. */
      labels: () => PlacedLabel[];
      /** The relation pills drawn in the last frame. */
      edgeLabels: () => PlacedLabel[];
    };
  }
}

const NOTHING: Derived = { vis: { nodes: new Set(), edges: new Set() }, focus: null, lineage: null, path: null, tree: null };

export class App implements Ctx {
  readonly store = new Store({ ...DEFAULT_STATE, ...NO_TRANSIENT });
  timings: Timings = {};
  private current: Session | null = null;
  private view: Derived = NOTHING;
  private shown: { layout: LayoutName; tree: string | null } | null = null;
  private rendererRef: Renderer | null = null;
  /** A graph is being shown: its renderer already draws the state the store is being reset to. */
  private mounting = false;
  private axis: TimeAxis | null = null;
  private readonly graphEl = $('#graph');
  private readonly status = new Status();
  private readonly parts: { search: SearchPart; timebar: TimebarPart; pathbar: PathbarPart; treebar: TreebarPart };

  constructor() {
    // The app hears first: what a state means is computed before any part draws it.
    this.store.subscribe((s, changed) => this.onChange(s, changed));
    this.parts = {
      search: new SearchPart(this),
      timebar: new TimebarPart(this),
      pathbar: new PathbarPart(this),
      treebar: new TreebarPart(this),
    };
    new FiltersPart(this);
    new DetailsPart(this);
    this.bindChrome();
  }

  // ------------------------------------------------------------------ Ctx

  session(): Session | null {
    return this.current;
  }

  derived(): Derived {
    return this.view;
  }

  renderer(): Renderer | null {
    return this.rendererRef;
  }

  select(id: string | null, options: { fly?: boolean } = {}): void {
    const g = this.current?.graph;
    if (!g || (id && !g.hasNode(id))) return;
    if (id && this.parts.pathbar.picking) {
      this.parts.pathbar.pick(id);
      if (options.fly) this.fly(id);
      return;
    }
    const s = this.store.get();
    this.store.set({ node: id, lineage: s.node === id ? s.lineage : false });
    if (id && options.fly) this.fly(id);
  }

  fly(id: string): void {
    this.rendererRef?.fly(id);
  }

  openTree(id: string): void {
    const session = this.current;
    if (!session) return;
    void session.tree(id).then((tree) => {
      if (!tree || session !== this.current) return this.toast(t(this.store.get().lang, 'treeNone'));
      this.store.set({ layout: 'tree', tree: id });
    });
  }

  toast(message: string, error = false): void {
    this.status.toast(message, error);
  }

  // ------------------------------------------------------------------ loading

  async start(): Promise<void> {
    const wanted = parseState(location.search);
    this.store.set({ lang: wanted.lang });
    this.applyLangChrome();
    this.status.show('loading', wanted.lang);
    const file = wanted.graph ?? 'graph.json';
    try {
      const { graph, fetchMs, parseMs, bytes } = await fetchGraph(exportsUrl(file));
      this.timings = { fetchMs, parseMs, bytes, fetched: performance.now() - parseMs, parsed: performance.now() };
      await this.mount(graph, file === 'graph.json' ? '' : file, wanted);
    } catch (e) {
      this.status.show('error', wanted.lang, e instanceof LoadError ? e.message : String((e as Error).message ?? e));
      this.expose();
    }
  }

  /**
   * Shows a graph in the given view state. Everything that can fail on a
   * strange graph (facets, layouts, sigma's first frame) runs before the
   * store moves on; on failure the previous graph is drawn again and the
   * error is thrown to the caller.
   */
  async mount(graph: ViewGraph, name: string, wanted: ViewState, camera?: CameraState): Promise<void> {
    const previous = this.current ? { session: this.current, state: this.store.get() } : null;
    const session = new Session(graph, name);
    const view = session.sanitise(wanted);
    const state: AppState = {
      ...view,
      ...NO_TRANSIENT,
      // A shared path opens the path tool on it.
      pathMode: !!view.path,
      pathSlots: view.path ? [...view.path] : [null, null],
      generation: this.store.get().generation + 1,
    };
    if (state.layout === 'tree' && state.tree && !(await session.tree(state.tree))) state.layout = 'force';
    if (state.layout === 'timeline') session.timeline();
    try {
      this.show(session, state, camera);
    } catch (e) {
      if (previous) this.show(previous.session, { ...previous.state, generation: state.generation + 1 });
      throw e;
    }
    this.timings.mounted = performance.now();
    this.expose();
  }

  /**
   * Live reload (see live.ts): shows a new version of the same data in place.
   * The view state (selection, filters, time, view, language) and the camera
   * stay; what names a node that is gone is dropped (Session.sanitise).
   */
  async reload(graphJson: string): Promise<void> {
    const graph = fromJson(graphJson);
    const camera = this.rendererRef?.sigma.getCamera().getState();
    await this.mount(graph, this.current?.name ?? '', this.store.view(), camera);
  }

  /** Replaces the renderer and the store's state with a session's (at `camera` when given); throws when sigma cannot draw it. */
  private show(session: Session, state: AppState, camera?: CameraState): void {
    this.parts.timebar.stop();
    this.axis?.kill();
    this.axis = null;
    this.rendererRef?.kill();
    this.rendererRef = null;
    this.current = session;
    this.shown = { layout: state.layout, tree: state.tree };
    const positions = session.positions(state.layout, state.tree);
    session.graph.updateEachNodeAttributes((id, a) => ({ ...a, ...(positions.get(id) ?? session.forcePositions.get(id)!) }), {
      attributes: ['x', 'y'],
    });
    this.view = session.derive(state);
    const t0 = performance.now();
    try {
      this.rendererRef = new Renderer(session.graph, this.graphEl, this.scene(state), {
        clickNode: (id) => this.select(id),
        clickStage: () => {
          if (!this.store.get().pathMode && this.store.get().node) this.select(null);
        },
        enterEdge: (e, x, y) => this.parts.treebar.showEdge(e, x, y),
        leaveEdge: () => this.parts.treebar.hideEdge(),
      });
    } catch (e) {
      this.current = null;
      this.graphEl.replaceChildren();
      throw e;
    }
    this.timings.sigmaMs = performance.now() - t0;
    this.timings.firstRender = performance.now();
    this.timings.nodes = session.graph.order;
    this.timings.edges = session.graph.size;
    requestAnimationFrame(() => requestAnimationFrame(() => (this.timings.firstFrame = performance.now())));
    this.axis = new TimeAxis(this.rendererRef.sigma, this.graphEl);
    this.axis.set(state.layout === 'timeline' ? session.timeline() : null, state.lang);
    this.status.show(session.graph.order ? null : 'empty', state.lang);
    // The renderer was just built for this very state: the parts draw it, sigma need not.
    this.mounting = true;
    try {
      this.store.reset(state);
    } finally {
      this.mounting = false;
    }
    if (camera) this.rendererRef.sigma.getCamera().setState(camera);
    else if (state.node) requestAnimationFrame(() => this.rendererRef?.fly(state.node!, 0));
    else this.rendererRef.fit(0, true);
  }

  private scene(s: AppState): Scene {
    return {
      layout: s.layout,
      lang: s.lang,
      vis: this.view.vis,
      focus: this.view.focus,
      selected: s.node,
      labelled: this.current!.labelled,
    };
  }

  /** The app's own listener: derive, redraw, move to a new view, mirror the URL and the toolbar. */
  private onChange(s: Readonly<AppState>, changed: ReadonlySet<keyof AppState>): void {
    const session = this.current;
    if (!session) return;
    this.view = session.derive(s);
    const r = this.mounting ? null : this.rendererRef;
    if (r) {
      const moved = this.shown && (this.shown.layout !== s.layout || this.shown.tree !== s.tree);
      if (moved) {
        this.shown = { layout: s.layout, tree: s.tree };
        this.axis?.set(null, s.lang);
      }
      r.setScene(this.scene(s));
      if (moved) {
        r.setPositions(s.layout, session.positions(s.layout, s.tree), true);
        if (s.layout === 'timeline') this.axis?.set(session.timeline(), s.lang);
      } else if (changed.has('lang')) this.axis?.set(s.layout === 'timeline' ? session.timeline() : null, s.lang);
    }
    if (changed.has('lang')) this.applyLangChrome();
    this.syncChrome();
    this.store.syncUrl();
  }

  private expose(): void {
    const app = this;
    window.__techgraph = {
      get sigma() {
        return app.rendererRef!.sigma;
      },
      get graph() {
        return app.current!.graph;
      },
      app,
      ready: true,
      timings: this.timings,
      state: () => app.store.view(),
      labels: () => app.rendererRef?.placedLabels() ?? [],
      edgeLabels: () => app.rendererRef?.placedEdgeLabels() ?? [],
    };
  }

  async openFile(file: File): Promise<void> {
    try {
      if (file.size > 512 * 1024 * 1024) throw new LoadError('the file is larger than 512 MB');
      const graph = parseGraphText(file.name, await file.text());
      const s = this.store.get();
      await this.mount(graph, file.name, { ...DEFAULT_STATE, lang: s.lang, layout: s.layout === 'tree' ? 'force' : s.layout });
      this.toast(`${t(s.lang, 'opened')}: ${file.name}`);
    } catch (e) {
      this.toast(`${file.name}: ${e instanceof Error ? e.message : String(e)}`, true);
    }
  }

  // ------------------------------------------------------------------ views, language, chrome

  setLayout(name: LayoutName): void {
    const s = this.store.get();
    if (name === 'tree') {
      const root = s.node ?? s.tree;
      const kind = root && this.current?.graph.hasNode(root) ? this.current.graph.getNodeAttribute(root, 'kind') : '';
      if (root && canTree(kind)) this.openTree(root);
      else this.toast(t(s.lang, 'treeNone'));
      return;
    }
    this.store.set({ layout: name, tree: null });
  }

  private applyLangChrome(): void {
    const lang = this.store.get().lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    const key = (k: string | undefined) => k as UiKey;
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(lang, key(el.dataset.i18n));
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-aria]'))
      el.setAttribute('aria-label', t(lang, key(el.dataset.i18nAria)));
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(lang, key(el.dataset.i18nTitle));
    for (const el of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))
      el.placeholder = t(lang, key(el.dataset.i18nPlaceholder));
  }

  /** Buttons and the title that mirror the state. */
  private syncChrome(): void {
    const s = this.store.get();
    for (const b of document.querySelectorAll<HTMLElement>('[data-layout]'))
      b.setAttribute('aria-pressed', String(b.dataset.layout === s.layout));
    for (const b of document.querySelectorAll<HTMLElement>('[data-lang]'))
      b.setAttribute('aria-pressed', String(b.dataset.lang === s.lang));
    const session = this.current;
    const g = session?.graph;
    const stats = g
      ? `${g.order.toLocaleString('en-US')} ${t(s.lang, 'nodes')} · ${g.size.toLocaleString('en-US')} ${t(s.lang, 'edgesCount')}`
      : '';
    $('#graph-name').textContent = [session?.title, stats].filter(Boolean).join(' — ');
    document.title = session?.title ? `${session.title} — techgraph` : 'techgraph — LLM technique graph';
  }

  private bindChrome(): void {
    for (const b of document.querySelectorAll<HTMLElement>('[data-layout]'))
      b.addEventListener('click', () => this.setLayout(b.dataset.layout as LayoutName));
    for (const b of document.querySelectorAll<HTMLElement>('[data-lang]'))
      b.addEventListener('click', () => this.store.set({ lang: b.dataset.lang as Lang }));
    new SharePart(this);
    const file = $('#file-input') as HTMLInputElement;
    $('#open-btn').addEventListener('click', () => file.click());
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      if (f) void this.openFile(f);
      file.value = '';
    });
    const camera = () => this.rendererRef?.sigma.getCamera();
    $('#zoom-in').addEventListener('click', () => void camera()?.animatedZoom({ duration: 250 }));
    $('#zoom-out').addEventListener('click', () => void camera()?.animatedUnzoom({ duration: 250 }));
    $('#zoom-fit').addEventListener('click', () => this.rendererRef?.fit(300));
    bindKeys(this, {
      search: this.parts.search,
      timebar: this.parts.timebar,
      pathbar: this.parts.pathbar,
      setLayout: (name) => this.setLayout(name),
      openFile: (f) => void this.openFile(f),
    });
  }
}
