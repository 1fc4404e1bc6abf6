/**
 * The viewer application: one graph at a time, drawn by sigma, with search,
 * hover, selection, filters, time, lineage, path, layouts, sharing, language
 * and file drop. The graph is never edited to show state: everything visual
 * goes through sigma's node and edge reducers. Only a layout switch moves
 * nodes (x, y), with sigma's animateNodes.
 */
import Sigma from 'sigma';
import type { CameraState, EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { animateNodes } from 'sigma/utils';
import { exportsUrl } from './base.js';
import { $, h, replace } from './dom.js';
import { kindLabel, relationLabel, t, type UiKey } from './i18n.js';
import { drawHover, LabelPlacer, type PlacedLabel } from './labels.js';
import { fetchGraph, fromJson, LoadError, parseGraphText } from './loader.js';
import {
  alwaysLabelled,
  facets as computeFacets,
  counts,
  type EdgeData,
  type Facets,
  type FacetValue,
  type Filter,
  type GraphData,
  labelOf,
  monthIndex,
  monthKey,
  monthLabel,
  type NodeData,
  nodeRadius,
  SearchIndex,
  type Suggestion,
  type Timeline,
  timelineLayout,
  timelineRadius,
  timeRange,
  type ViewGraph,
  type Visibility,
  visibility,
} from './model.js';
import { chip, LINEAGE_KINDS, nodeDetails, overview, type PanelContext, swatch } from './panel.js';
import { downloadPng, renderPng } from './png.js';
import { type LineageView, lineageOf, type PathView, pathBetween } from './query.js';
import { DEFAULT_STATE, type Lang, type LayoutName, parseState, serialiseState, type ViewState } from './state.js';
import { TimeAxis } from './timeaxis.js';

type ViewSigma = Sigma<NodeData, EdgeData, GraphData>;

const DIM_NODE = '#e2e8f0';
const DIM_EDGE = '#f1f5f9';
const EDGE = '#cbd5e1';
const EDGE_INFERRED = '#e2e8f0';
const EDGE_FOCUS = '#475569';
const PLAY_MS = 450;
/** Nodes + edges above which hovering does not dim the rest of the graph. */
const LIGHT_HOVER_ABOVE = 8000;
/** Sigma's label density: in the timeline the label placer drops overlapping labels, so sigma may offer more. */
const LABEL_DENSITY = { force: 0.9, timeline: 3 } as const;
/** Sigma's smallest node (px) whose label it offers; the timeline's nodes are small, and the placer sorts it out. */
const LABEL_SIZE_THRESHOLD = { force: 7, timeline: 2 } as const;

interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
  /** Nodes drawn with a halo. */
  halo: Set<string>;
}

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
      /** The labels drawn in the last frame when the label placer is on (the timeline). */
      labels: () => PlacedLabel[];
    };
  }
}

export class App {
  state: ViewState = { ...DEFAULT_STATE };
  graph: ViewGraph | null = null;
  graphName = '';
  facets!: Facets;
  vis: Visibility = { nodes: new Set(), edges: new Set() };
  sigma: ViewSigma | null = null;
  timings: Timings = {};

  private axis: TimeAxis | null = null;
  private searchIndex: SearchIndex | null = null;
  private labelled = new Set<string>();
  private forcePositions = new Map<string, { x: number; y: number }>();
  private timeline: Timeline | null = null;
  private hovered: string | null = null;
  private hoverSet: Focus | null = null;
  /** Big graph: hover refreshes the neighbourhood only (see bindSigma). */
  private lightHover = false;
  private legendHot: string | null = null;
  private lineage: LineageView | null = null;
  private path: PathView | null = null;
  private pathMode = false;
  private focus: Focus | null = null;
  private suggestions: Suggestion[] = [];
  private active = -1;
  private playTimer: number | null = null;
  private stopAnimation: (() => void) | null = null;
  private toastTimer: number | null = null;
  private readonly labels = new LabelPlacer();

  private readonly el = {
    app: $('#app'),
    graph: $('#graph'),
    filters: $('#filters'),
    details: $('#details'),
    search: $('#search-input') as HTMLInputElement,
    list: $('#search-list'),
    pathbar: $('#pathbar'),
    pathBtn: $('#path-btn'),
    slider: $('#time-slider') as HTMLInputElement,
    ticks: $('#time-ticks'),
    timeLabel: $('#time-label'),
    play: $('#play-btn'),
    status: $('#status'),
    toast: $('#toast'),
    drop: $('#drop'),
    file: $('#file-input') as HTMLInputElement,
    name: $('#graph-name'),
  };

  constructor() {
    this.bindChrome();
  }

  // ------------------------------------------------------------------ start

  async start(): Promise<void> {
    this.state = parseState(location.search);
    this.applyLangChrome();
    this.showStatus('loading');
    const file = this.state.graph ?? 'graph.json';
    try {
      const { graph, fetchMs, parseMs, bytes } = await fetchGraph(exportsUrl(file));
      this.timings = { fetchMs, parseMs, bytes, fetched: performance.now() - parseMs, parsed: performance.now() };
      this.mount(graph, file === 'graph.json' ? '' : file);
    } catch (e) {
      this.showStatus('error', e instanceof LoadError ? e.message : String((e as Error).message ?? e));
      this.exposeForTests();
    }
  }

  /**
   * Live reload (see live.ts): shows a new version of the same data in place.
   * The view state (selection, filters, time, layout, language) and the
   * camera stay; what names a node that is gone is dropped.
   */
  reload(graphJson: string): void {
    const graph = fromJson(graphJson);
    const camera = this.sigma?.getCamera().getState();
    this.mount(graph, this.graphName, camera);
  }

  /** Shows a graph: resets everything that belonged to the previous one (with `camera`, the view stays there). */
  mount(graph: ViewGraph, name: string, camera?: CameraState): void {
    this.stopPlay();
    this.stopAnimation?.();
    this.axis?.kill();
    this.sigma?.kill();
    this.graph = graph;
    this.graphName =
      name ||
      (typeof graph.getAttribute('name') === 'string' && graph.getAttribute('name') !== 'techgraph'
        ? String(graph.getAttribute('name'))
        : '');
    this.facets = computeFacets(graph);
    this.searchIndex = new SearchIndex(graph);
    this.labelled = alwaysLabelled(graph);
    this.forcePositions = new Map(graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));
    this.timeline = null;
    this.hovered = this.hoverSet = this.legendHot = null;
    this.sanitiseState();
    if (this.state.layout === 'timeline') {
      const tl = this.timelineFor();
      graph.updateEachNodeAttributes((id, a) => ({ ...a, ...tl.positions.get(id)! }), { attributes: ['x', 'y'] });
    }
    this.vis = visibility(graph, this.facets, this.filter());
    this.recomputeQueries();
    this.updateFocus();
    this.showStatus(graph.order ? null : 'empty');
    const t0 = performance.now();

    this.labels.enabled = this.state.layout === 'timeline';
    const sigma: ViewSigma = new Sigma(graph, this.el.graph, {
      renderEdgeLabels: true,
      defaultEdgeType: 'arrow',
      defaultEdgeColor: EDGE,
      labelFont: getComputedStyle(document.body).fontFamily,
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1e293b' },
      edgeLabelFont: getComputedStyle(document.body).fontFamily,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#475569' },
      labelDensity: LABEL_DENSITY[this.state.layout],
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: LABEL_SIZE_THRESHOLD[this.state.layout],
      zIndex: true,
      minCameraRatio: 0.03,
      maxCameraRatio: 5,
      stagePadding: 48,
      hideEdgesOnMove: graph.size > 20000,
      defaultDrawNodeLabel: this.labels.draw as never,
      defaultDrawNodeHover: drawHover as never,
      nodeReducer: (id, d) => this.reduceNode(id, d as never),
      edgeReducer: (id, d) => this.reduceEdge(id, d as never),
    });
    this.sigma = sigma;
    this.timings.sigmaMs = performance.now() - t0;
    // The placer brackets every frame; the constructor's frame came before these
    // listeners, so its labels (collected, when the placer is on) are drawn now.
    sigma.on('beforeRender', () => this.labels.begin());
    sigma.on('afterRender', () => this.labels.flush());
    this.labels.flush();
    this.axis = new TimeAxis(sigma, this.el.graph);
    this.axis.set(this.state.layout === 'timeline' ? this.timelineFor() : null, this.state.lang);
    // Sigma's constructor renders synchronously: the first frame is drawn now and shown at the next animation frame.
    this.timings.firstRender = performance.now();
    this.timings.nodes = graph.order;
    this.timings.edges = graph.size;
    requestAnimationFrame(() => requestAnimationFrame(() => (this.timings.firstFrame = performance.now())));
    this.bindSigma(sigma);

    this.renderFilters();
    this.renderTime();
    this.renderDetails();
    this.renderPathbar();
    this.syncChrome();
    if (camera) sigma.getCamera().setState(camera);
    else if (this.state.node) requestAnimationFrame(() => this.fly(this.state.node!, 0));
    else this.fitCore(0);
    this.syncUrl();
    this.timings.mounted = performance.now();
    this.exposeForTests();
  }

  placedLabels(): PlacedLabel[] {
    return this.labels.placed.map((b) => ({ ...b }));
  }

  private exposeForTests(): void {
    const app = this;
    window.__techgraph = {
      get sigma() {
        return app.sigma!;
      },
      get graph() {
        return app.graph!;
      },
      app,
      ready: true,
      timings: this.timings,
      state: () => ({ ...app.state }),
      labels: () => app.placedLabels(),
    };
  }

  /** Drops state that names things this graph does not have. */
  private sanitiseState(): void {
    const g = this.graph!;
    const s = this.state;
    if (s.node && !g.hasNode(s.node)) s.node = null;
    if (s.path && !(g.hasNode(s.path[0]) && g.hasNode(s.path[1]))) s.path = null;
    const kinds = new Set(this.facets.kinds.map((k) => k.key));
    s.hideKinds = s.hideKinds.filter((k) => kinds.has(k));
    s.hideFamilies = s.hideFamilies.filter((k) => this.facets.families.some((f) => f.key === k));
    s.hideMotivations = s.hideMotivations.filter((k) => this.facets.motivations.some((f) => f.key === k));
    const range = timeRange(this.facets);
    if (s.t && (!range || monthIndex(s.t) >= range.max)) s.t = null;
    if (s.t && range && monthIndex(s.t) < range.min) s.t = monthKey(range.min);
    this.pathMode = !!s.path;
  }

  private filter(): Filter {
    const s = this.state;
    return {
      hideKinds: new Set(s.hideKinds),
      hideFamilies: new Set(s.hideFamilies),
      hideMotivations: new Set(s.hideMotivations),
      month: s.t,
      inferred: s.inferred,
    };
  }

  private timelineFor(): Timeline {
    return (this.timeline ??= timelineLayout(this.graph!, this.facets));
  }

  // ------------------------------------------------------------------ reducers

  private reduceNode(id: string, d: Record<string, unknown>): Partial<NodeDisplayData> {
    const a = d as unknown as { label: string; labels: Record<string, string>; color: string; size: number };
    const out = d as Partial<NodeDisplayData>;
    out.type = 'circle';
    // (`out` is `d`: read a.size before replacing it.) Which label the label placer keeps
    // when two would overlap: the bigger node's, by its size before the timeline's cap.
    (out as { labelRank?: number }).labelRank = a.size;
    out.size = this.state.layout === 'timeline' ? timelineRadius(String(d.kind), a.size) : nodeRadius(a.size);
    out.label = labelOf(a, this.state.lang);
    out.highlighted = false;
    out.forceLabel = false;
    out.zIndex = 1;
    if (!this.vis.nodes.has(id)) {
      out.hidden = true;
      return out;
    }
    out.hidden = false;
    const f = this.focus;
    if (this.lightHover && this.hoverSet?.nodes.has(id)) {
      out.forceLabel = this.hoverSet.nodes.size <= 30 || this.hoverSet.halo.has(id);
      out.zIndex = 3;
      if (this.hoverSet.halo.has(id)) out.highlighted = true;
    } else if (f) {
      if (f.nodes.has(id)) {
        // A big neighbourhood keeps the label grid (else its labels pile up).
        out.forceLabel = f.nodes.size <= 30 || f.halo.has(id) || this.labelled.has(id);
        out.zIndex = 3;
        if (f.halo.has(id)) out.highlighted = true;
      } else {
        out.color = DIM_NODE;
        out.label = '';
        out.zIndex = 0;
      }
    } else if (this.labelled.has(id)) {
      out.forceLabel = true;
      out.zIndex = 2;
    }
    if (id === this.state.node) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 4;
    }
    return out;
  }

  private reduceEdge(id: string, d: Record<string, unknown>): Partial<EdgeDisplayData> {
    const out = d as Partial<EdgeDisplayData>;
    const inferred = d.inferred === true;
    out.type = this.graph!.isDirected(id) ? 'arrow' : 'line';
    out.label = null;
    out.forceLabel = false;
    out.zIndex = 0;
    if (!this.vis.edges.has(id)) {
      out.hidden = true;
      return out;
    }
    out.hidden = false;
    out.color = inferred ? EDGE_INFERRED : EDGE;
    out.size = inferred ? 0.8 : 1;
    const f = this.lightHover && this.hoverSet?.edges.has(id) ? this.hoverSet : this.focus;
    if (f) {
      if (f.edges.has(id)) {
        out.color = EDGE_FOCUS;
        out.size = 2;
        out.zIndex = 2;
        // Relation names only when they can be read.
        if (f.edges.size <= 16) {
          out.label = relationLabel(String(d.relation), 'out', this.state.lang);
          out.forceLabel = true;
        }
      } else {
        out.color = DIM_EDGE;
      }
    }
    return out;
  }

  /** Decides what is lit: hover, then a legend entry, then the path, lineage, selection. */
  private updateFocus(): void {
    const g = this.graph;
    if (!g) return;
    const s = this.state;
    let f: Focus | null = null;
    if (this.hoverSet && !this.lightHover) f = this.hoverSet;
    else if (this.legendHot) {
      const k = this.facets.kinds.find((x) => x.key === this.legendHot);
      f = { nodes: new Set(k?.members ?? []), edges: new Set(), halo: new Set() };
    } else if (this.path?.order.length) f = { nodes: this.path.nodes, edges: this.path.edges, halo: new Set(this.path.nodes) };
    else if (s.node && s.lineage && this.lineage && LINEAGE_KINDS.has(g.getNodeAttribute(s.node, 'kind'))) {
      f = { nodes: this.lineage.nodes, edges: this.lineage.edges, halo: new Set(this.lineage.nodes) };
    } else if (s.node) f = this.neighbourhood(s.node);
    this.focus = f;
  }

  private neighbourhood(id: string): Focus {
    const g = this.graph!;
    const nodes = new Set<string>([id]);
    const edges = new Set<string>();
    g.forEachEdge(id, (e, _a, src, tgt) => {
      nodes.add(src);
      nodes.add(tgt);
      edges.add(e);
    });
    return { nodes, edges, halo: new Set([id]) };
  }

  private refresh(): void {
    this.updateFocus();
    this.sigma?.refresh();
  }

  // ------------------------------------------------------------------ sigma events

  private bindSigma(sigma: ViewSigma): void {
    // On big graphs, dimming every other node on each hover costs a full
    // re-upload; there the hover lights the neighbourhood (labels, halo,
    // edges) and refreshes only those items. Selection still dims.
    this.lightHover = this.graph!.order + this.graph!.size > LIGHT_HOVER_ABOVE;
    const partial = (f: Focus | null) => {
      if (!f) return;
      sigma.refresh({
        partialGraph: {
          nodes: [...f.nodes].filter((n) => this.vis.nodes.has(n)),
          edges: [...f.edges].filter((e) => this.vis.edges.has(e)),
        },
        skipIndexation: true,
      });
    };
    sigma.on('enterNode', ({ node }) => {
      const before = this.hoverSet;
      this.hovered = node;
      this.hoverSet = this.neighbourhood(node);
      this.el.graph.style.cursor = 'pointer';
      if (!this.lightHover) return this.refresh();
      this.updateFocus();
      partial(before);
      partial(this.hoverSet);
    });
    sigma.on('leaveNode', () => {
      const before = this.hoverSet;
      this.hovered = null;
      this.hoverSet = null;
      this.el.graph.style.cursor = '';
      if (!this.lightHover) return this.refresh();
      partial(before);
    });
    let lastClicked: string | null = null;
    const click = (node: string) => {
      lastClicked = node;
      if (this.pathMode) this.pickPathNode(node);
      else this.select(node);
    };
    sigma.on('clickNode', ({ node }) => click(node));
    // Two quick clicks on two different nodes are two clicks, not a zoom.
    sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      if (node === lastClicked) return;
      preventSigmaDefault();
      click(node);
    });
    sigma.on('clickStage', () => {
      if (!this.pathMode && this.state.node) this.select(null);
    });
  }

  // ------------------------------------------------------------------ selection

  select(id: string | null, opts: { fly?: boolean } = {}): void {
    const g = this.graph;
    if (!g || (id && !g.hasNode(id))) return;
    if (this.state.node !== id) this.state.lineage = false;
    this.state.node = id;
    this.recomputeQueries();
    this.renderDetails();
    this.refresh();
    this.syncUrl();
    if (id && opts.fly) this.fly(id);
  }

  fly(id: string, duration = 600): void {
    const sigma = this.sigma;
    const d = sigma?.getNodeDisplayData(id);
    if (!sigma || !d) return;
    const camera = sigma.getCamera();
    const target = { x: d.x, y: d.y, ratio: this.graph!.order < 40 ? camera.ratio : Math.min(camera.ratio, 0.55) };
    if (duration) void camera.animate(target, { duration, easing: 'quadraticInOut' });
    else camera.setState(target);
  }

  /**
   * Frames the bulk of the graph: isolated nodes far out (sources nothing
   * else cites, say) would otherwise shrink everything else. The fit button
   * (and 0) still frames every node.
   */
  fitCore(duration = 300): void {
    const sigma = this.sigma;
    const g = this.graph;
    if (!sigma || !g || g.order < 20 || this.state.layout !== 'force') return;
    const xs: number[] = [];
    const ys: number[] = [];
    g.forEachNode((id) => {
      if (!this.vis.nodes.has(id)) return;
      const d = sigma.getNodeDisplayData(id);
      if (!d || g.degree(id) < 2) return;
      xs.push(d.x);
      ys.push(d.y);
    });
    if (xs.length < 10) return;
    xs.sort((a, b) => a - b);
    ys.sort((a, b) => a - b);
    const q = (arr: number[], p: number) => arr[Math.min(arr.length - 1, Math.max(0, Math.round(p * (arr.length - 1))))]!;
    const x0 = q(xs, 0.02),
      x1 = q(xs, 0.98),
      y0 = q(ys, 0.02),
      y1 = q(ys, 0.98);
    const { width, height } = sigma.getDimensions();
    const aspect = width / Math.max(1, height);
    // Framed coordinates span [0, 1] on the graph's longer side; the camera ratio is the visible share.
    const ratio = Math.min(1, Math.max((x1 - x0) / Math.min(1, aspect), ((y1 - y0) * Math.max(1, aspect)) / aspect) * 1.15);
    if (ratio > 0.85) return;
    const target = { x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio, angle: 0 };
    if (duration) void sigma.getCamera().animate(target, { duration });
    else sigma.getCamera().setState(target);
  }

  private toggleLineage(): void {
    if (!this.state.node) return;
    this.state.lineage = !this.state.lineage;
    this.recomputeQueries();
    this.renderDetails();
    this.refresh();
    this.syncUrl();
  }

  private recomputeQueries(): void {
    const g = this.graph!;
    const s = this.state;
    this.lineage = s.node && s.lineage ? lineageOf(g, s.node) : null;
    this.path = s.path ? pathBetween(g, s.path[0], s.path[1]) : null;
  }

  // ------------------------------------------------------------------ path tool

  private setPathMode(on: boolean, from?: string): void {
    this.pathMode = on;
    if (!on) this.state.path = null;
    else if (from) this.state.path = null;
    this.pathSlots = on ? [from ?? this.state.path?.[0] ?? this.state.node ?? null, this.state.path?.[1] ?? null] : [null, null];
    this.recomputeQueries();
    this.renderPathbar();
    this.syncChrome();
    this.refresh();
    this.syncUrl();
  }

  private pathSlots: [string | null, string | null] = [null, null];

  private pickPathNode(id: string): void {
    const [a, b] = this.pathSlots;
    if (!a) this.pathSlots = [id, b];
    else if (!b && id !== a) this.pathSlots = [a, id];
    else this.pathSlots = [id, null];
    const [x, y] = this.pathSlots;
    this.state.path = x && y ? [x, y] : null;
    this.recomputeQueries();
    this.renderPathbar();
    this.refresh();
    this.syncUrl();
  }

  private renderPathbar(): void {
    const bar = this.el.pathbar;
    bar.hidden = !this.pathMode;
    this.el.app.classList.toggle('mode-pick', this.pathMode && !(this.pathSlots[0] && this.pathSlots[1]));
    if (!this.pathMode || !this.graph) {
      replace(bar);
      return;
    }
    if (this.state.path) this.pathSlots = [...this.state.path];
    const lang = this.state.lang;
    const ctx = this.panelContext();
    const slot = (name: UiKey, id: string | null) =>
      h(
        'span',
        { class: 'slot' },
        h('span', { class: 'slot-name' }, t(lang, name)),
        id ? chip(ctx, id) : h('span', { class: 'pick' }, t(lang, 'pathPick')),
      );
    const items: (HTMLElement | string)[] = [
      h('strong', {}, t(lang, 'path')),
      slot('pathFrom', this.pathSlots[0]),
      '→',
      slot('pathTo', this.pathSlots[1]),
    ];
    const p = this.path;
    const steps: HTMLElement[] = [];
    if (this.state.path && p) {
      if (!p.order.length) steps.push(h('span', { class: 'path-meta' }, t(lang, 'pathNone')));
      else {
        steps.push(h('span', { class: 'path-meta' }, `· ${p.order.length - 1} ${t(lang, 'pathHops')}:`));
        p.order.forEach((n, i) => {
          if (i > 0) {
            const hop = p.hops[i - 1] ?? [];
            const text = hop
              .map((e) => (e.forward ? `${relationLabel(e.relation, 'out', lang)} →` : `← ${relationLabel(e.relation, 'out', lang)}`))
              .join(' / ');
            steps.push(h('span', { class: 'hop' }, text || '—'));
          }
          steps.push(chip(ctx, n));
        });
      }
    }
    replace(
      bar,
      ...items,
      ...steps,
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', class: 'btn', on: { click: () => this.setPathMode(false) } }, t(lang, 'clear')),
    );
  }

  // ------------------------------------------------------------------ filters

  private renderFilters(): void {
    const lang = this.state.lang;
    const f = this.facets;
    const section = (
      title: UiKey,
      values: FacetValue[],
      hidden: string[],
      key: 'hideKinds' | 'hideFamilies' | 'hideMotivations',
      legend: boolean,
    ) => {
      if (!values.length) return null;
      const any = hidden.length > 0;
      return h(
        'section',
        { class: 'facet', attrs: { 'aria-label': t(lang, title), 'data-facet': key } },
        h(
          'h2',
          {},
          h('span', {}, t(lang, title)),
          any
            ? h('button', { type: 'button', on: { click: () => this.setHidden(key, []) } }, lang === 'zh' ? '全部显示' : 'Show all')
            : null,
        ),
        h(
          'ul',
          { class: values.length > 10 ? 'scroll' : '' },
          ...values.map((v) => {
            const name = key === 'hideKinds' ? kindLabel(v.key, lang) : labelOf(v, lang);
            const on = !hidden.includes(v.key);
            const input = h('input', { type: 'checkbox', attrs: { 'data-key': v.key } });
            input.checked = on;
            input.addEventListener('change', () => {
              const set = new Set(this.state[key]);
              if (input.checked) set.delete(v.key);
              else set.add(v.key);
              this.setHidden(key, [...set]);
            });
            const label = h(
              'label',
              { class: on ? '' : 'off', attrs: { 'data-key': v.key } },
              input,
              swatch(v.color),
              h('span', { class: 'name' }, name),
              h('span', { class: 'count', attrs: { 'data-count': v.key } }),
            );
            if (legend) {
              label.addEventListener('mouseenter', () => this.setLegendHot(v.key));
              label.addEventListener('mouseleave', () => this.setLegendHot(null));
            }
            return h('li', {}, label);
          }),
        ),
      );
    };
    const inferredCount = this.graph!.filterEdges((_e, a) => a.inferred === true).length;
    const inferred = h('input', { type: 'checkbox' });
    inferred.checked = this.state.inferred;
    inferred.addEventListener('change', () => {
      this.state.inferred = inferred.checked;
      this.applyFilters();
    });
    replace(
      this.el.filters,
      section('kinds', f.kinds, this.state.hideKinds, 'hideKinds', true),
      section('families', f.families, this.state.hideFamilies, 'hideFamilies', false),
      section('motivations', f.motivations, this.state.hideMotivations, 'hideMotivations', false),
      inferredCount
        ? h(
            'section',
            { class: 'facet', attrs: { 'aria-label': t(lang, 'edges') } },
            h('h2', {}, h('span', {}, t(lang, 'edges'))),
            h(
              'ul',
              {},
              h(
                'li',
                {},
                h(
                  'label',
                  {},
                  inferred,
                  h('span', { class: 'swatch', style: { background: EDGE_INFERRED } }),
                  h('span', { class: 'name' }, t(lang, 'inferred')),
                  h('span', { class: 'count', attrs: { 'data-count': '__inferred' } }),
                ),
              ),
            ),
          )
        : null,
    );
    this.updateCounts();
  }

  private updateCounts(): void {
    const all = [...this.facets.kinds, ...this.facets.families, ...this.facets.motivations];
    const c = counts(all, this.vis.nodes);
    for (const el of this.el.filters.querySelectorAll<HTMLElement>('[data-count]')) {
      const key = el.dataset.count!;
      if (key === '__inferred') {
        const total = this.graph!.filterEdges((_e, a) => a.inferred === true);
        el.textContent = `${total.filter((e) => this.vis.edges.has(e)).length}/${total.length}`;
        continue;
      }
      const facet = el.closest<HTMLElement>('[data-facet]')?.dataset.facet;
      const values = facet === 'hideKinds' ? this.facets.kinds : facet === 'hideFamilies' ? this.facets.families : this.facets.motivations;
      const v = values.find((x) => x.key === key);
      const n = v ? counts([v], this.vis.nodes).get(key) : c.get(key);
      if (n) el.textContent = `${n.visible}/${n.total}`;
    }
  }

  private setHidden(key: 'hideKinds' | 'hideFamilies' | 'hideMotivations', values: string[]): void {
    this.state[key] = [...values].sort();
    this.renderFilters();
    this.applyFilters();
  }

  private setLegendHot(kind: string | null): void {
    if (this.legendHot === kind) return;
    this.legendHot = kind;
    for (const l of this.el.filters.querySelectorAll<HTMLElement>('[data-facet=hideKinds] label'))
      l.classList.toggle('legend-hot', l.dataset.key === kind);
    this.refresh();
  }

  /** Recomputes visibility after a filter or time change. */
  private applyFilters(): void {
    if (!this.graph) return;
    this.vis = visibility(this.graph, this.facets, this.filter());
    for (const l of this.el.filters.querySelectorAll<HTMLElement>('label[data-key]')) {
      const input = l.querySelector('input');
      l.classList.toggle('off', !!input && !input.checked);
    }
    this.updateCounts();
    this.renderDetails();
    this.refresh();
    this.syncUrl();
  }

  // ------------------------------------------------------------------ time

  private renderTime(): void {
    const range = timeRange(this.facets);
    const slider = this.el.slider;
    const bar = $('#timebar');
    bar.hidden = !range || range.max === range.min;
    if (!range) return;
    slider.min = String(range.min);
    slider.max = String(range.max);
    slider.value = String(this.state.t ? monthIndex(this.state.t) : range.max);
    // Releases above the track (named when there are few), years below.
    const span = Math.max(1, range.max - range.min);
    const pct = (m: number) => `${(((m - range.min) / span) * 100).toFixed(3)}%`;
    const g = this.graph!;
    const versions = g.filterNodes((_id, a) => a.kind === 'version' && !!a.since);
    const named = versions.length <= 14;
    const byMonth = new Map<number, string[]>();
    for (const v of versions) {
      const m = monthIndex(g.getNodeAttribute(v, 'since'));
      (byMonth.get(m) ?? byMonth.set(m, []).get(m)!).push(labelOf(g.getNodeAttributes(v), this.state.lang));
    }
    const marks: HTMLElement[] = [];
    for (const [m, names] of [...byMonth].sort((a, b) => a[0] - b[0])) {
      const at = (m - range.min) / span;
      const edge = named && at < 0.06 ? ' at-start' : named && at > 0.94 ? ' at-end' : '';
      marks.push(
        h(
          'span',
          {
            class: `tick release${named ? '' : ' minor'}${edge}`,
            title: `${names.join(', ')} — ${monthLabel(m, this.state.lang)}`,
            style: { left: pct(m) },
          },
          named ? names.join(' · ') : '',
        ),
      );
    }
    for (let m = range.min; m <= range.max; m++) {
      if (m % 12 === 0) marks.push(h('span', { class: 'tick year', style: { left: pct(m) } }, String(m / 12)));
    }
    replace(this.el.ticks, ...marks);
    this.updateTimeLabel();
  }

  private updateTimeLabel(): void {
    const lang = this.state.lang;
    const s = this.el.slider;
    s.setAttribute('aria-valuetext', this.state.t ? monthLabel(monthIndex(this.state.t), lang) : t(lang, 'allDates'));
    if (this.state.t)
      replace(this.el.timeLabel, h('span', { class: 'muted' }, t(lang, 'asOf')), monthLabel(monthIndex(this.state.t), lang));
    else replace(this.el.timeLabel, t(lang, 'allDates'));
  }

  private setMonth(m: number): void {
    const max = Number(this.el.slider.max);
    const t = m >= max ? null : monthKey(m);
    if (t === this.state.t) return;
    this.state.t = t;
    this.el.slider.value = String(Math.min(m, max));
    this.updateTimeLabel();
    this.applyFilters();
  }

  private togglePlay(): void {
    if (this.playTimer !== null) {
      this.stopPlay();
      return;
    }
    const min = Number(this.el.slider.min);
    const max = Number(this.el.slider.max);
    if (max <= min) return;
    if (!this.state.t) this.setMonth(min);
    this.el.play.classList.add('playing');
    this.el.play.setAttribute('aria-label', t(this.state.lang, 'pause'));
    this.playTimer = window.setInterval(() => {
      const next = Number(this.el.slider.value) + 1;
      this.setMonth(next);
      if (next >= max) this.stopPlay();
    }, PLAY_MS);
  }

  private stopPlay(): void {
    if (this.playTimer !== null) clearInterval(this.playTimer);
    this.playTimer = null;
    this.el.play.classList.remove('playing');
    this.el.play.setAttribute('aria-label', t(this.state.lang, 'play'));
  }

  // ------------------------------------------------------------------ layout

  setLayout(name: LayoutName, animate = true): void {
    if (!this.graph || !this.sigma) return;
    if (name === this.state.layout) return;
    this.state.layout = name;
    this.syncChrome();
    this.syncUrl();
    const targets: Record<string, { x: number; y: number }> = {};
    const source = name === 'timeline' ? this.timelineFor().positions : this.forcePositions;
    for (const [id, p] of source) targets[id] = { x: p.x, y: p.y };
    this.stopAnimation?.();
    this.axis?.set(null, this.state.lang);
    this.labels.enabled = name === 'timeline';
    this.sigma.setSetting('labelDensity', LABEL_DENSITY[name]);
    this.sigma.setSetting('labelRenderedSizeThreshold', LABEL_SIZE_THRESHOLD[name]);
    const done = () => {
      this.stopAnimation = null;
      this.axis?.set(name === 'timeline' ? this.timelineFor() : null, this.state.lang);
      void this.sigma?.getCamera().animatedReset({ duration: 300 });
    };
    if (!animate || this.graph.order > 20000) {
      this.graph.updateEachNodeAttributes((id, a) => ({ ...a, ...targets[id]! }), { attributes: ['x', 'y'] });
      done();
    } else this.stopAnimation = animateNodes(this.graph, targets, { duration: 900, easing: 'cubicInOut' }, done);
  }

  // ------------------------------------------------------------------ language

  setLang(lang: Lang): void {
    if (lang === this.state.lang) return;
    this.state.lang = lang;
    this.applyLangChrome();
    if (this.graph) {
      this.renderFilters();
      this.renderTime();
      this.renderDetails();
      this.renderPathbar();
      this.axis?.set(this.state.layout === 'timeline' ? this.timelineFor() : null, lang);
      this.refresh();
    }
    this.syncChrome();
    this.syncUrl();
  }

  private applyLangChrome(): void {
    const lang = this.state.lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(lang, el.dataset.i18n as UiKey);
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-aria]'))
      el.setAttribute('aria-label', t(lang, el.dataset.i18nAria as UiKey));
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(lang, el.dataset.i18nTitle as UiKey);
    for (const el of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))
      el.placeholder = t(lang, el.dataset.i18nPlaceholder as UiKey);
    this.el.play.setAttribute('aria-label', t(lang, this.playTimer !== null ? 'pause' : 'play'));
  }

  /** Buttons that mirror state. */
  private syncChrome(): void {
    for (const b of document.querySelectorAll<HTMLElement>('[data-layout]'))
      b.setAttribute('aria-pressed', String(b.dataset.layout === this.state.layout));
    for (const b of document.querySelectorAll<HTMLElement>('[data-lang]'))
      b.setAttribute('aria-pressed', String(b.dataset.lang === this.state.lang));
    this.el.pathBtn.setAttribute('aria-pressed', String(this.pathMode));
    const g = this.graph;
    const stats = g
      ? `${g.order.toLocaleString('en-US')} ${t(this.state.lang, 'nodes')} · ${g.size.toLocaleString('en-US')} ${t(this.state.lang, 'edgesCount')}`
      : '';
    this.el.name.textContent = [this.graphName, stats].filter(Boolean).join(' — ');
    document.title = this.graphName ? `${this.graphName} — techgraph` : 'techgraph — LLM technique graph';
  }

  // ------------------------------------------------------------------ details

  private panelContext(): PanelContext {
    return {
      graph: this.graph!,
      facets: this.facets,
      lang: this.state.lang,
      visible: this.vis.nodes,
      graphName: this.graphName,
      lineageOn: this.state.lineage,
      lineage: this.lineage,
      select: (id) => {
        if (this.pathMode && !(this.pathSlots[0] && this.pathSlots[1])) this.pickPathNode(id);
        else this.select(id, { fly: true });
      },
      fly: (id) => this.fly(id),
      close: () => this.select(null),
      toggleLineage: () => this.toggleLineage(),
      pathFrom: (id) => this.setPathMode(true, id),
    };
  }

  private renderDetails(): void {
    if (!this.graph) return;
    const ctx = this.panelContext();
    const node = this.state.node;
    const scroll = this.el.details.scrollTop;
    const same = this.el.details.dataset.node === (node ?? '');
    this.el.details.dataset.node = node ?? '';
    if (node) replace(this.el.details, ...nodeDetails(ctx, node));
    else replace(this.el.details, ...overview(ctx, this.shortcuts()));
    if (same) this.el.details.scrollTop = scroll;
  }

  private shortcuts(): [string, string][] {
    const l = this.state.lang;
    return [
      ['/', t(l, 'kSearch')],
      ['Esc', t(l, 'kEsc')],
      ['+ −', t(l, 'kZoom')],
      ['0', t(l, 'kFit')],
      ['L', t(l, 'kLineage')],
      ['P', t(l, 'kPlay')],
      ['T', t(l, 'kLayout')],
      ['C', t(l, 'kLang')],
    ];
  }

  // ------------------------------------------------------------------ search

  private renderSuggestions(): void {
    const list = this.el.list;
    const input = this.el.search;
    const q = input.value.trim();
    if (!q || !this.searchIndex) {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      replace(list);
      return;
    }
    const lang = this.state.lang;
    if (!this.suggestions.length) {
      replace(list, h('li', { class: 'empty', role: 'option', attrs: { 'aria-disabled': 'true' } }, t(lang, 'noSearch')));
    } else {
      replace(
        list,
        ...this.suggestions.map((s, i) => {
          const a = this.graph!.getNodeAttributes(s.id);
          const li = h(
            'li',
            { id: `sugg-${i}`, role: 'option', attrs: { 'aria-selected': String(i === this.active), 'data-node': s.id } },
            swatch(a.color),
            h('span', { class: 's-label' }, s.label),
            s.via ? h('span', { class: 's-via' }, `${t(lang, 'via')}: ${s.via}`) : null,
            h('span', { class: 's-kind' }, kindLabel(s.kind, lang)),
          );
          li.addEventListener('mousedown', (e) => {
            e.preventDefault();
            this.choose(s.id);
          });
          return li;
        }),
      );
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) input.setAttribute('aria-activedescendant', `sugg-${this.active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  private choose(id: string): void {
    const input = this.el.search;
    input.value = '';
    this.suggestions = [];
    this.active = -1;
    this.renderSuggestions();
    if (this.pathMode && !(this.pathSlots[0] && this.pathSlots[1])) {
      this.pickPathNode(id);
      this.fly(id);
      return;
    }
    input.blur();
    this.select(id, { fly: true });
  }

  // ------------------------------------------------------------------ chrome bindings

  private bindChrome(): void {
    const input = this.el.search;
    input.addEventListener('input', () => {
      this.suggestions = this.searchIndex?.search(input.value, this.state.lang) ?? [];
      this.active = this.suggestions.length ? 0 : -1;
      this.renderSuggestions();
    });
    input.addEventListener('keydown', (e) => {
      const n = this.suggestions.length;
      if (e.key === 'ArrowDown' && n) {
        e.preventDefault();
        this.active = (this.active + 1) % n;
        this.renderSuggestions();
      } else if (e.key === 'ArrowUp' && n) {
        e.preventDefault();
        this.active = (this.active - 1 + n) % n;
        this.renderSuggestions();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        const s = this.suggestions[Math.max(0, this.active)];
        if (s) this.choose(s.id);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        if (input.value) {
          input.value = '';
          this.suggestions = [];
          this.renderSuggestions();
        } else input.blur();
      }
    });
    input.addEventListener('blur', () => {
      this.el.list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    });
    input.addEventListener('focus', () => {
      if (input.value.trim()) this.renderSuggestions();
    });

    for (const b of document.querySelectorAll<HTMLElement>('[data-layout]'))
      b.addEventListener('click', () => this.setLayout(b.dataset.layout as LayoutName));
    for (const b of document.querySelectorAll<HTMLElement>('[data-lang]'))
      b.addEventListener('click', () => this.setLang(b.dataset.lang as Lang));
    this.el.pathBtn.addEventListener('click', () => this.setPathMode(!this.pathMode));
    $('#copy-btn').addEventListener('click', () => void this.copyLink());
    $('#png-btn').addEventListener('click', () => void this.exportPng());
    $('#open-btn').addEventListener('click', () => this.el.file.click());
    this.el.file.addEventListener('change', () => {
      const f = this.el.file.files?.[0];
      if (f) void this.openFile(f);
      this.el.file.value = '';
    });
    $('#zoom-in').addEventListener('click', () => void this.sigma?.getCamera().animatedZoom({ duration: 250 }));
    $('#zoom-out').addEventListener('click', () => void this.sigma?.getCamera().animatedUnzoom({ duration: 250 }));
    $('#zoom-fit').addEventListener('click', () => void this.sigma?.getCamera().animatedReset({ duration: 300 }));
    this.el.play.addEventListener('click', () => this.togglePlay());
    let pending = 0;
    this.el.slider.addEventListener('input', () => {
      this.stopPlay();
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => this.setMonth(Number(this.el.slider.value)));
    });
    this.el.slider.addEventListener('change', () => this.setMonth(Number(this.el.slider.value)));

    document.addEventListener('keydown', (e) => this.onKey(e));

    // Drop a file anywhere.
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    window.addEventListener('dragenter', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      this.el.drop.hidden = false;
    });
    window.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    });
    window.addEventListener('dragleave', (e) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (!depth) this.el.drop.hidden = true;
    });
    window.addEventListener('drop', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      this.el.drop.hidden = true;
      const f = e.dataTransfer!.files[0];
      if (f) void this.openFile(f);
    });
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement | null;
    const typing = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
    if (e.key === 'Escape') {
      if (this.el.search === document.activeElement) return;
      if (!this.el.drop.hidden) this.el.drop.hidden = true;
      if (this.pathMode) this.setPathMode(false);
      else if (this.state.node) this.select(null);
      return;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    const cam = this.sigma?.getCamera();
    switch (e.key) {
      case '/':
        e.preventDefault();
        this.el.search.focus();
        this.el.search.select();
        break;
      case '+':
      case '=':
        void cam?.animatedZoom({ duration: 200 });
        break;
      case '-':
      case '_':
        void cam?.animatedUnzoom({ duration: 200 });
        break;
      case '0':
        void cam?.animatedReset({ duration: 300 });
        break;
      case 'l':
      case 'L':
        if (this.state.node && LINEAGE_KINDS.has(this.graph?.getNodeAttribute(this.state.node, 'kind') ?? '')) this.toggleLineage();
        break;
      case 'p':
      case 'P':
        this.togglePlay();
        break;
      case 't':
      case 'T':
        this.setLayout(this.state.layout === 'force' ? 'timeline' : 'force');
        break;
      case 'c':
      case 'C':
        this.setLang(this.state.lang === 'en' ? 'zh' : 'en');
        break;
    }
  }

  // ------------------------------------------------------------------ share, export, open

  private syncUrl(): void {
    const url = `${location.pathname}${serialiseState(this.state)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  }

  private async copyLink(): Promise<void> {
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      this.toast(t(this.state.lang, 'linkCopied'));
    } catch {
      const ta = h('textarea', { class: 'sr-only', attrs: { 'aria-hidden': 'true' } });
      ta.value = url;
      document.body.appendChild(ta);
      ta.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      ta.remove();
      this.toast(t(this.state.lang, ok ? 'linkCopied' : 'linkReady'));
    }
  }

  private async exportPng(): Promise<void> {
    if (!this.sigma || !this.graph) return;
    const lang = this.state.lang;
    const legend = this.facets.kinds.map((k) => {
      const c = counts([k], this.vis.nodes).get(k.key)!;
      return { color: k.color, label: kindLabel(k.key, lang), count: c.visible === c.total ? String(c.total) : `${c.visible}/${c.total}` };
    });
    const when = this.state.t ? `${t(lang, 'asOf')} ${monthLabel(monthIndex(this.state.t), lang)}` : t(lang, 'allDates');
    const sel = this.state.node ? ` · ${labelOf(this.graph.getNodeAttributes(this.state.node), lang)}` : '';
    // The picture is the view without what the pointer does to it (the hover
    // card, hover or legend-hover dimming): the pointer may rest on a node
    // when the button is pressed from the keyboard. Selection, lineage and
    // path stay. The hover comes back right after the copy.
    const resume = this.suspendHover();
    let canvas: HTMLCanvasElement;
    try {
      canvas = renderPng(this.sigma, {
        title: this.graphName ? `techgraph — ${this.graphName}` : 'techgraph',
        subtitle: `${t(lang, this.state.layout)} · ${when}${sel}`,
        legend,
        legendTitle: t(lang, 'kinds'),
      });
    } finally {
      resume();
    }
    try {
      await downloadPng(canvas, `techgraph-${this.state.layout}${this.state.t ? `-${this.state.t}` : ''}.png`);
      this.toast(t(lang, 'pngSaved'));
    } catch (e) {
      this.toast((e as Error).message, true);
    }
  }

  /**
   * Takes the transient hover state out of the next render: the app's own
   * (hovered neighbourhood, legend entry: read by the reducers) and sigma's
   * hovered node, whose card sigma draws on its hover layer. Sigma 3 has no
   * public setter for it, so its field is cleared for the duration. Returns
   * the function that puts everything back and redraws.
   */
  private suspendHover(): () => void {
    const sigma = this.sigma as unknown as { hoveredNode?: string | null } | null;
    const saved = { hovered: this.hovered, hoverSet: this.hoverSet, legendHot: this.legendHot, sigmaHovered: sigma?.hoveredNode ?? null };
    this.hovered = this.hoverSet = this.legendHot = null;
    if (sigma && 'hoveredNode' in sigma) sigma.hoveredNode = null;
    this.updateFocus();
    return () => {
      this.hovered = saved.hovered;
      this.hoverSet = saved.hoverSet;
      this.legendHot = saved.legendHot;
      if (sigma && 'hoveredNode' in sigma) sigma.hoveredNode = saved.sigmaHovered;
      this.refresh();
    };
  }

  async openFile(file: File): Promise<void> {
    try {
      if (file.size > 512 * 1024 * 1024) throw new LoadError('the file is larger than 512 MB');
      const graph = parseGraphText(file.name, await file.text());
      const keep = { lang: this.state.lang, layout: this.state.layout };
      this.state = { ...DEFAULT_STATE, ...keep };
      this.pathMode = false;
      this.pathSlots = [null, null];
      this.mount(graph, file.name);
      this.toast(`${t(this.state.lang, 'opened')}: ${file.name}`);
    } catch (e) {
      this.toast(`${file.name}: ${(e as Error).message}`, true);
    }
  }

  // ------------------------------------------------------------------ status

  private showStatus(kind: 'loading' | 'error' | 'empty' | null, message = ''): void {
    const lang = this.state.lang;
    this.el.app.dataset.state = kind ?? 'ready';
    if (!kind) {
      replace(this.el.status);
      return;
    }
    if (kind === 'loading') {
      replace(this.el.status, h('div', {}, h('div', { class: 'spinner' }), t(lang, 'loading')));
      return;
    }
    replace(
      this.el.status,
      h(
        'div',
        { class: 'error' },
        h('strong', {}, kind === 'empty' ? '∅' : t(lang, 'loadFailed')),
        message ? h('p', {}, message) : null,
        h('p', { class: 'muted' }, t(lang, 'loadHint')),
      ),
    );
  }

  toast(message: string, error = false): void {
    const el = this.el.toast;
    el.textContent = message;
    el.classList.toggle('error', error);
    el.classList.add('show');
    if (this.toastTimer !== null) clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => el.classList.remove('show'), 2600);
  }
}
