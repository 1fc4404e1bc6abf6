/**
 * The renderer: sigma over the graph, driven by a Scene (what is visible, lit
 * and selected, the view and the language) that the app hands it. The graph
 * is never edited to show state: everything visual goes through the node and
 * edge reducers; only a layout switch moves nodes (x, y). Hover is the
 * renderer's own: it lights the hovered node's neighbourhood (on big graphs
 * without dimming the rest, refreshing only that neighbourhood). Labels go
 * through the LabelPlacer in every view; the edge label layer sits above the
 * nodes so a lit edge's relation is never under a dimmed node. The fitted
 * view frames the visible nodes and the labels they always show.
 */
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { animateNodes } from 'sigma/utils';
import { relationLabel } from '../i18n.js';
import { labelOf, type NodeData, type ViewGraph } from '../model/normalise.js';
import { fontFamilyOf, SETTINGS } from '../settings.js';
import type { LayoutName } from '../state.js';
import { fittedCamera, parallelCurvatures } from './camera.js';
import { drawHover, LabelPlacer, type PlacedLabel } from './labels.js';
import type { Focus, Scene, ViewSigma } from './scene.js';

export type { Focus, Scene, ViewSigma } from './scene.js';

export interface RendererEvents {
  clickNode(id: string): void;
  clickStage(): void;
  enterEdge?(id: string, x: number, y: number): void;
  leaveEdge?(): void;
}

/** The neighbourhood of a node: itself, its neighbours and the edges between. */
export function neighbourhood(graph: ViewGraph, id: string): Focus {
  const nodes = new Set<string>([id]);
  const edges = new Set<string>();
  graph.forEachEdge(id, (e, _a, src, tgt) => {
    nodes.add(src);
    nodes.add(tgt);
    edges.add(e);
  });
  return { nodes, edges, halo: new Set([id]) };
}

export class Renderer {
  readonly sigma: ViewSigma;
  readonly labels = new LabelPlacer();
  private hoverSet: Focus | null = null;
  private lightHover: boolean;
  private stopAnimation: (() => void) | null = null;
  private hoverSuspended = false;
  private readonly curvatures: Map<string, number>;

  constructor(
    private graph: ViewGraph,
    container: HTMLElement,
    private scene: Scene,
    events: RendererEvents,
  ) {
    this.lightHover = graph.order + graph.size > SETTINGS.lightHoverAbove;
    this.curvatures = parallelCurvatures(graph);
    const font = fontFamilyOf();
    const L = SETTINGS.label;
    this.sigma = new Sigma(graph, container, {
      renderEdgeLabels: true,
      defaultEdgeType: 'arrow',
      defaultEdgeColor: SETTINGS.colors.edge,
      labelFont: font,
      labelSize: L.size,
      labelWeight: L.weight,
      labelColor: { color: L.color },
      edgeLabelFont: font,
      edgeLabelSize: SETTINGS.edgeLabel.size,
      labelDensity: SETTINGS.labelDensity[scene.layout] ?? 1,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: SETTINGS.labelSizeThreshold[scene.layout] ?? 6,
      zIndex: true,
      minCameraRatio: 0.03,
      maxCameraRatio: 5,
      stagePadding: SETTINGS.fitPadding,
      enableEdgeEvents: scene.layout === 'tree',
      hideEdgesOnMove: graph.size > 20000,
      defaultDrawNodeLabel: this.labels.draw as never,
      defaultDrawNodeHover: drawHover as never,
      defaultDrawEdgeLabel: this.labels.drawEdge as never,
      // Parallel edges (adopts and the inferred introduces between one version and one technique) bend apart.
      edgeProgramClasses: {
        curvedArrow: createEdgeCurveProgram({
          arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
          drawLabel: this.labels.drawEdge as never,
        }),
        curved: createEdgeCurveProgram({ arrowHead: null, drawLabel: this.labels.drawEdge as never }),
      },
      nodeReducer: (id, d) => this.reduceNode(id, d as never),
      edgeReducer: (id, d) => this.reduceEdge(id, d as never),
    });
    const canvases = this.sigma.getCanvases();
    // Relation labels above the nodes (sigma puts them under): a lit edge's relation is never hidden by a node.
    if (canvases.edgeLabels && canvases.labels) canvases.labels.before(canvases.edgeLabels);
    // The placer brackets every frame (the constructor's frame came before these listeners: fit() draws the next).
    this.sigma.on('beforeRender', () => {
      const { width, height } = this.sigma.getDimensions();
      this.labels.bounds = { width, height };
      this.labels.begin();
    });
    this.sigma.on('afterRender', () => this.labels.flush());
    this.bind(events);
  }

  /**
   * Replaces the scene and redraws: at once on small graphs, at the next
   * frame on big ones (lightHover), so the changes of one event and the
   * camera's cost one render there (on 10k nodes with software WebGL a render
   * takes seconds).
   */
  setScene(scene: Scene): void {
    this.scene = scene;
    if (this.lightHover) this.sigma.scheduleRefresh();
    else this.sigma.refresh();
  }

  get layout(): LayoutName {
    return this.scene.layout;
  }

  placedLabels(): PlacedLabel[] {
    return this.labels.placed.map((b) => ({ ...b }));
  }

  /** The relation pills drawn in the last frame. */
  placedEdgeLabels(): PlacedLabel[] {
    return this.labels.placedEdges.map((b) => ({ ...b }));
  }

  // ------------------------------------------------------------------ reducers

  private reduceNode(id: string, d: Record<string, unknown>): Partial<NodeDisplayData> {
    const a = d as unknown as NodeData;
    const out = d as Partial<NodeDisplayData> & { labelRank?: number };
    const s = this.scene;
    out.type = 'circle';
    // (`out` is `d`: read a.size before replacing it.) Which label wins when two would overlap: the bigger node's.
    out.labelRank = a.size;
    out.size = SETTINGS.radius(s.layout, a.kind, a.size);
    out.label = labelOf(a, s.lang);
    (out as { labelBelow?: boolean }).labelBelow = s.layout === 'tree';
    out.highlighted = false;
    out.forceLabel = false;
    out.zIndex = 1;
    if (!s.vis.nodes.has(id)) {
      out.hidden = true;
      return out;
    }
    out.hidden = false;
    const hover = this.hoverSet;
    const f = hover && !this.lightHover ? hover : s.focus;
    if (this.lightHover && hover?.nodes.has(id)) {
      out.forceLabel = hover.nodes.size <= 30 || hover.halo.has(id);
      out.zIndex = 3;
      if (hover.halo.has(id)) out.highlighted = true;
    } else if (f) {
      if (f.nodes.has(id)) {
        // A big neighbourhood keeps the label grid (else its labels pile up).
        out.forceLabel = f.nodes.size <= 30 || f.halo.has(id) || s.labelled.has(id);
        out.zIndex = 3;
        if (f.halo.has(id)) out.highlighted = true;
      } else {
        out.color = SETTINGS.colors.dimNode;
        out.label = '';
        out.zIndex = 0;
      }
    } else if (s.labelled.has(id) || s.layout === 'tree') {
      out.forceLabel = true;
      out.zIndex = 2;
    }
    if (id === s.selected) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 4;
    }
    return out;
  }

  private reduceEdge(id: string, d: Record<string, unknown>): Partial<EdgeDisplayData> {
    const out = d as Partial<EdgeDisplayData>;
    const s = this.scene;
    const inferred = d.inferred === true;
    const curvature = this.curvatures.get(id);
    const directed = this.graph.isDirected(id);
    out.type = curvature ? (directed ? 'curvedArrow' : 'curved') : directed ? 'arrow' : 'line';
    (out as { curvature?: number }).curvature = curvature ?? 0;
    out.label = null;
    out.forceLabel = false;
    out.zIndex = 0;
    if (!s.vis.edges.has(id)) {
      out.hidden = true;
      return out;
    }
    out.hidden = false;
    out.color = s.layout === 'tree' ? SETTINGS.colors.edgeTree : inferred ? SETTINGS.colors.edgeInferred : SETTINGS.colors.edge;
    out.size = s.layout === 'tree' ? 1.5 : inferred ? 0.8 : 1;
    const hover = this.hoverSet;
    const f = hover && (!this.lightHover || hover.edges.has(id)) ? hover : s.focus;
    if (f) {
      if (f.edges.has(id)) {
        out.color = SETTINGS.colors.edgeFocus;
        out.size = 2;
        out.zIndex = 2;
        // Relation names only when few enough can be read (the placer then draws those that fit).
        if (f.edges.size <= SETTINGS.edgeLabelsUpTo) {
          out.label = relationLabel(String(d.relation), 'out', s.lang);
          out.forceLabel = true;
        }
      } else out.color = SETTINGS.colors.dimEdge;
    }
    return out;
  }

  // ------------------------------------------------------------------ events

  private bind(events: RendererEvents): void {
    const sigma = this.sigma;
    const partial = (f: Focus | null) => {
      if (!f) return;
      sigma.refresh({
        partialGraph: {
          nodes: [...f.nodes].filter((n) => this.scene.vis.nodes.has(n)),
          edges: [...f.edges].filter((e) => this.scene.vis.edges.has(e)),
        },
        skipIndexation: true,
      });
    };
    sigma.on('enterNode', ({ node }) => {
      if (this.hoverSuspended) return;
      const before = this.hoverSet;
      this.hoverSet = neighbourhood(this.graph, node);
      sigma.getContainer().style.cursor = 'pointer';
      if (!this.lightHover) return void sigma.refresh();
      partial(before);
      partial(this.hoverSet);
    });
    sigma.on('leaveNode', () => {
      const before = this.hoverSet;
      this.hoverSet = null;
      sigma.getContainer().style.cursor = '';
      if (!this.lightHover) return void sigma.refresh();
      partial(before);
    });
    let lastClicked: string | null = null;
    sigma.on('clickNode', ({ node }) => {
      lastClicked = node;
      events.clickNode(node);
    });
    // Two quick clicks on two different nodes are two clicks, not a zoom.
    sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      if (node === lastClicked) return;
      preventSigmaDefault();
      lastClicked = node;
      events.clickNode(node);
    });
    sigma.on('clickStage', () => events.clickStage());
    sigma.on('enterEdge', ({ edge, event }) => events.enterEdge?.(edge, event.x, event.y));
    sigma.on('leaveEdge', () => events.leaveEdge?.());
  }

  /**
   * Takes the hover out of the next renders (for an export): the lit
   * neighbourhood and sigma's hover card. Sigma 3 has no public setter for
   * its hovered node, so its field is cleared for the duration. Returns the
   * function that puts it back and redraws.
   */
  suspendHover(): () => void {
    const sigma = this.sigma as unknown as { hoveredNode?: string | null };
    const saved = { hoverSet: this.hoverSet, sigmaHovered: sigma.hoveredNode ?? null };
    this.hoverSet = null;
    this.hoverSuspended = true;
    if ('hoveredNode' in sigma) sigma.hoveredNode = null;
    this.sigma.refresh();
    return () => {
      this.hoverSuspended = false;
      this.hoverSet = saved.hoverSet;
      if ('hoveredNode' in sigma) sigma.hoveredNode = saved.sigmaHovered;
      this.sigma.refresh();
    };
  }

  // ------------------------------------------------------------------ layouts and camera

  /** Moves the nodes to a layout's positions (animated on graphs small enough), then fits the view. */
  setPositions(layout: LayoutName, targets: ReadonlyMap<string, { x: number; y: number }>, animate: boolean): void {
    this.stopAnimation?.();
    this.sigma.setSetting('labelDensity', SETTINGS.labelDensity[layout] ?? 1);
    this.sigma.setSetting('labelRenderedSizeThreshold', SETTINGS.labelSizeThreshold[layout] ?? 6);
    this.sigma.setSetting('enableEdgeEvents', layout === 'tree');
    const moves: Record<string, { x: number; y: number }> = {};
    for (const [id, p] of targets) if (this.graph.hasNode(id)) moves[id] = { x: p.x, y: p.y };
    const done = () => {
      this.stopAnimation = null;
      this.fit(300);
    };
    if (!animate || this.graph.order > 20000) {
      this.graph.updateEachNodeAttributes((id, a) => (moves[id] ? { ...a, ...moves[id] } : a), { attributes: ['x', 'y'] });
      done();
    } else this.stopAnimation = animateNodes(this.graph, moves, { duration: 900, easing: 'cubicInOut' }, done);
  }

  /**
   * Frames the visible nodes and the labels they always show (camera.ts). The
   * first fit of a big graph is skipped when sigma's own first frame is
   * nearly it: another frame would cost seconds with software WebGL, and the
   * placer draws no label outside the canvas anyway.
   */
  fit(duration = 0, first = false): void {
    const state = fittedCamera(this.sigma, this.graph, this.scene);
    if (!state) return;
    const near = Math.abs(state.ratio - 1) < 0.15 && Math.abs(state.x - 0.5) < 0.08 && Math.abs(state.y - 0.5) < 0.08;
    if (first && this.lightHover && near) return;
    if (duration) void this.sigma.getCamera().animate(state, { duration });
    else this.sigma.getCamera().setState(state);
  }

  /** Centres the view on a node, closer when the graph is big. */
  fly(id: string, duration = 600): void {
    const d = this.sigma.getNodeDisplayData(id);
    if (!d) return;
    const camera = this.sigma.getCamera();
    const target = { x: d.x, y: d.y, ratio: this.graph.order < 40 ? camera.ratio : Math.min(camera.ratio, 0.55) };
    if (duration) void camera.animate(target, { duration, easing: 'quadraticInOut' });
    else camera.setState(target);
  }

  kill(): void {
    this.stopAnimation?.();
    this.sigma.kill();
  }
}
