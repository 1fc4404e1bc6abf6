/**
 * What the renderer is asked to show (the scene), and the sigma type it
 * draws with: shared by the renderer, the camera and the exports.
 */
import type Sigma from 'sigma';
import type { Visibility } from '../model/facets.js';
import type { EdgeData, GraphData, NodeData } from '../model/normalise.js';
import type { Lang, LayoutName } from '../state.js';

export type ViewSigma = Sigma<NodeData, EdgeData, GraphData>;

/** What is lit: nodes and edges, and the nodes drawn with a halo. */
export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  halo: ReadonlySet<string>;
}

/** What the app asks the renderer to show. */
export interface Scene {
  layout: LayoutName;
  lang: Lang;
  vis: Visibility;
  focus: Focus | null;
  selected: string | null;
  /** Nodes whose label is always offered. */
  labelled: ReadonlySet<string>;
}
