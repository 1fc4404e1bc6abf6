/**
 * One graph on screen and everything computed from it: facets, the search
 * index, the labels always offered, each view's positions (force from the
 * file, the timeline from the layout face with the label widths this page
 * measures, each lineage tree from its layered layout), and, per view state,
 * what is visible and what is lit. Built in full before it replaces the
 * previous graph, so a graph that fails here never leaves a half-drawn page.
 */
import { labelTexts, monthIndex, type Timeline, timelineLayout, timelineRadius } from '../../src/layout/index.js';
import { alwaysLabelled, type Facets, facets, timeRange, type Visibility, visibility } from './model/facets.js';
import type { ViewGraph } from './model/normalise.js';
import { type LineageView, lineageOf, type PathView, pathBetween } from './model/query.js';
import { SearchIndex } from './model/search.js';
import { LINEAGE_KINDS, type LineageTree, lineageTree } from './model/tree.js';
import { layoutTree } from './model/tree-layout.js';
import { type Focus, neighbourhood } from './render/renderer.js';
import { measureLabel } from './settings.js';
import type { LayoutName, ViewState } from './state.js';
import type { AppState } from './store.js';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** What a view state makes of the graph. */
export interface Derived {
  vis: Visibility;
  focus: Focus | null;
  lineage: LineageView | null;
  path: PathView | null;
  tree: LineageTree | null;
}

export class Session {
  readonly facets: Facets;
  readonly search: SearchIndex;
  readonly labelled: Set<string>;
  readonly forcePositions: Positions;
  private timelineCache: Timeline | null = null;
  private trees = new Map<string, { tree: LineageTree; positions: Positions }>();

  constructor(
    readonly graph: ViewGraph,
    /** A file name, or '' for the page's own exports/graph.json. */
    readonly name: string,
  ) {
    this.facets = facets(graph);
    this.search = new SearchIndex(graph);
    this.labelled = alwaysLabelled(graph);
    this.forcePositions = new Map(graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));
  }

  /** The graph's name to show: the file's, or the graph's own unless it is techgraph's default. */
  get title(): string {
    const own = this.graph.getAttribute('name');
    return this.name || (typeof own === 'string' && own !== 'techgraph' ? own : '');
  }

  /** The timeline, laid out for the labels as this page draws them (every language). */
  timeline(): Timeline {
    this.timelineCache ??= timelineLayout(this.graph, {
      labelWidth: (_id, a) => Math.max(0, ...labelTexts(a).map((t) => measureLabel(t, a.kind))),
      radius: (_id, a) => timelineRadius(a.kind, a.size),
    });
    return this.timelineCache;
  }

  /** The lineage tree of `root` and its layered positions (cached). */
  async tree(root: string): Promise<{ tree: LineageTree; positions: Positions } | null> {
    const cached = this.trees.get(root);
    if (cached) return cached;
    const tree = lineageTree(this.graph, root);
    if (!tree) return null;
    const positions = await layoutTree(this.graph, tree);
    const entry = { tree, positions };
    this.trees.set(root, entry);
    return entry;
  }

  /** A view's positions (the tree's must have been computed: see tree()). */
  positions(layout: LayoutName, root: string | null): Positions {
    if (layout === 'timeline') return this.timeline().positions;
    if (layout === 'tree' && root) return this.trees.get(root)?.positions ?? this.forcePositions;
    return this.forcePositions;
  }

  /** Drops what a view state names that this graph does not have. */
  sanitise(s: ViewState): ViewState {
    const g = this.graph;
    const out = { ...s };
    if (out.node && !g.hasNode(out.node)) out.node = null;
    if (out.path && !(g.hasNode(out.path[0]) && g.hasNode(out.path[1]))) out.path = null;
    if (out.tree && !lineageTree(g, out.tree)) out.tree = null;
    if (out.layout === 'tree' && !out.tree) out.layout = 'force';
    if (out.layout !== 'tree') out.tree = null;
    const has = (list: { key: string }[]) => (k: string) => list.some((v) => v.key === k);
    out.hideKinds = s.hideKinds.filter(has(this.facets.kinds));
    out.hideFamilies = s.hideFamilies.filter(has(this.facets.families));
    out.hideMotivations = s.hideMotivations.filter(has(this.facets.motivations));
    const range = timeRange(this.facets);
    if (out.t && (!range || monthIndex(out.t) >= range.max)) out.t = null;
    if (out.t && range && monthIndex(out.t) < range.min) out.t = null;
    return out;
  }

  /** What is visible and what is lit: a legend entry, then the path, the lineage, the selection's neighbourhood. */
  derive(s: AppState): Derived {
    const g = this.graph;
    const tree = s.layout === 'tree' && s.tree ? (this.trees.get(s.tree)?.tree ?? null) : null;
    const vis = visibility(g, this.facets, {
      hideKinds: new Set(s.hideKinds),
      hideFamilies: new Set(s.hideFamilies),
      hideMotivations: new Set(s.hideMotivations),
      month: s.t,
      inferred: s.inferred,
      only: tree ? tree.nodes : null,
    });
    const lineage = s.node && s.lineage ? lineageOf(g, s.node) : null;
    const path = s.path ? pathBetween(g, s.path[0], s.path[1]) : null;
    let focus: Focus | null = null;
    if (s.legendHot) {
      const k = this.facets.kinds.find((x) => x.key === s.legendHot);
      focus = { nodes: new Set(k?.members ?? []), edges: new Set(), halo: new Set() };
    } else if (path?.order.length) focus = { nodes: path.nodes, edges: path.edges, halo: path.nodes };
    else if (s.node && lineage && LINEAGE_KINDS.has(g.getNodeAttribute(s.node, 'kind')))
      focus = { nodes: lineage.nodes, edges: lineage.edges, halo: lineage.nodes };
    else if (s.node && !tree) focus = neighbourhood(g, s.node);
    return { vis, focus, lineage, path, tree };
  }
}
