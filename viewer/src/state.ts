/**
 * The shareable view state and its URL form. Pure: parse(search) and
 * serialise(state) round-trip, defaults are left out of the URL so links stay
 * short. Unknown or malformed parameters fall back to defaults.
 *
 *   ?node=yarn&lineage=1&hide=source&hideFamily=llama&hideMotivation=efficiency
 *    &t=2023-12&layout=timeline&lang=zh&path=qwen2~long-context&graph=other.json
 *   ?layout=tree&tree=yarn        (the lineage tree of yarn)
 */

/** The views: force-directed, timeline, lineage tree. */
export const LAYOUT_NAMES = ['force', 'timeline', 'tree'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
export type Lang = 'en' | 'zh';

export interface ViewState {
  /** Selected node id. */
  node: string | null;
  /** Lineage highlighting of the selected node. */
  lineage: boolean;
  /** Endpoints of the path tool. */
  path: [string, string] | null;
  hideKinds: string[];
  hideFamilies: string[];
  hideMotivations: string[];
  /** `YYYY-MM`, or null for the whole timeline. */
  t: string | null;
  /** Show inferred relations. */
  inferred: boolean;
  layout: LayoutName;
  /** The node whose lineage tree the tree view shows. */
  tree: string | null;
  lang: Lang;
  /** A graph file under exports/ other than graph.json. */
  graph: string | null;
}

export const DEFAULT_STATE: Readonly<ViewState> = {
  node: null,
  lineage: false,
  path: null,
  hideKinds: [],
  hideFamilies: [],
  hideMotivations: [],
  t: null,
  inferred: true,
  layout: 'force',
  tree: null,
  lang: 'en',
  graph: null,
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Graph files the page may load from exports/: a plain file name. */
export const GRAPH_FILE = /^[\w][\w.-]{0,120}\.(json|gexf)$/;

const list = (v: string | null): string[] =>
  v
    ? [
        ...new Set(
          v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ].sort()
    : [];

/** Reads the state from a query string (`location.search`). */
export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const path = p.get('path')?.split('~');
  const t = p.get('t');
  const graph = p.get('graph');
  return {
    node: p.get('node') || null,
    lineage: p.get('lineage') === '1',
    path: path && path.length === 2 && path[0] && path[1] ? [path[0], path[1]] : null,
    hideKinds: list(p.get('hide')),
    hideFamilies: list(p.get('hideFamily')),
    hideMotivations: list(p.get('hideMotivation')),
    t: t && MONTH.test(t) ? t : null,
    inferred: p.get('inferred') !== '0',
    layout: (LAYOUT_NAMES as readonly string[]).includes(p.get('layout') ?? '') ? (p.get('layout') as LayoutName) : 'force',
    tree: p.get('tree') || null,
    lang: p.get('lang') === 'zh' ? 'zh' : 'en',
    graph: graph && GRAPH_FILE.test(graph) && graph !== 'graph.json' ? graph : null,
  };
}

/** The query string of a state (with the leading `?`, or '' for the default view). */
export function serialiseState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.graph) p.set('graph', s.graph);
  if (s.node) p.set('node', s.node);
  if (s.node && s.lineage) p.set('lineage', '1');
  if (s.path) p.set('path', `${s.path[0]}~${s.path[1]}`);
  if (s.hideKinds.length) p.set('hide', [...s.hideKinds].sort().join(','));
  if (s.hideFamilies.length) p.set('hideFamily', [...s.hideFamilies].sort().join(','));
  if (s.hideMotivations.length) p.set('hideMotivation', [...s.hideMotivations].sort().join(','));
  if (s.t) p.set('t', s.t);
  if (!s.inferred) p.set('inferred', '0');
  if (s.layout !== 'force') p.set('layout', s.layout);
  if (s.tree) p.set('tree', s.tree);
  if (s.lang !== 'en') p.set('lang', s.lang);
  const q = p.toString().replace(/%2C/gi, ',').replace(/%7E/gi, '~');
  return q ? `?${q}` : '';
}
