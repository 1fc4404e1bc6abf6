/**
 * Interface strings in English and Chinese, plus the vocabulary's own
 * bilingual labels (kinds, relations, attributes). Data labels come from the
 * graph (`labels.zh`), never from here.
 */
import { ATTRIBUTES, isRelation, KINDS, relationLabel as vocabularyLabel } from '../../src/vocabulary/index.js';
import type { Lang } from './state.js';

const en = {
  search: 'Search',
  searchPlaceholder: 'Search techniques, versions, sources…',
  layout: 'Layout',
  force: 'Force',
  timeline: 'Timeline',
  tree: 'Tree',
  treeOf: 'Lineage tree of',
  treeHint: 'Draws where this comes from and what came from it, oldest on the left',
  treeNone: 'Select a technique, a release or a family to draw its lineage tree.',
  exportSvg: 'Export SVG',
  svgSaved: 'SVG saved',
  releasesMore: 'more',
  scope: 'only',
  edgeSources: 'Sources',
  noSources: 'no source given',
  language: 'Language',
  path: 'Path',
  copyLink: 'Copy link',
  exportPng: 'Export PNG',
  open: 'Open…',
  openTitle: 'Open a graphology .json or .gexf file (or drop it on the page)',
  filters: 'Filters',
  kinds: 'Kinds',
  families: 'Families',
  motivations: 'Motivations',
  edges: 'Edges',
  inferred: 'Inferred relations',
  details: 'Details',
  time: 'Time',
  play: 'Play',
  pause: 'Pause',
  allDates: 'All dates',
  asOf: 'as of',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit graph',
  nodes: 'nodes',
  edgesCount: 'edges',
  loading: 'Loading graph…',
  loadFailed: 'Could not load the graph',
  loadHint: 'Run `npm start` to build exports/graph.json, or drop a .json / .gexf graph here.',
  dropHere: 'Drop a graphology .json or .gexf file to view it',
  linkCopied: 'Link copied to the clipboard',
  linkReady: 'Link selected — press Ctrl+C to copy',
  pngSaved: 'PNG saved',
  opened: 'Opened',
  welcomeTitle: 'Explore the graph',
  welcome: 'Click a node or search to see its facts, sources and neighbours. Hover a node to light up its neighbourhood.',
  shortcuts: 'Keyboard',
  kSearch: 'focus search',
  kEsc: 'clear selection, path, search',
  kFit: 'fit the graph',
  kZoom: 'zoom',
  kLineage: 'toggle lineage of the selection',
  kPlay: 'play / pause the timeline',
  kLayout: 'switch layout',
  kLang: 'switch language',
  id: 'ID',
  aliases: 'Also known as',
  description: 'Description',
  attributes: 'Attributes',
  sources: 'Sources',
  since: 'In the graph since',
  family: 'Family',
  note: 'Note',
  conflict: 'Sources disagree',
  neighbours: 'Neighbours',
  lineage: 'Lineage',
  lineageHint: 'Highlights what this comes from and what builds on it',
  ancestors: 'Ancestors',
  descendants: 'Descendants',
  noLineage: 'No lineage relations.',
  pathFrom: 'From',
  pathTo: 'To',
  pathPick: 'click a node or search',
  pathNone: 'No path between these nodes.',
  pathTitle: 'Shortest path',
  pathHops: 'hops',
  clear: 'Clear',
  close: 'Close',
  hiddenByFilters: 'hidden by the current filters',
  showInGraph: 'Show in graph',
  inferredEdge: 'inferred',
  preferred: 'preferred',
  alternative: 'alternative',
  disputed: 'disputed',
  quote: 'Quote',
  other: 'Other attributes',
  noResults: 'No matches',
  noSearch: 'Nothing found',
  via: 'via',
};

export type UiKey = keyof typeof en;

const zh: Record<UiKey, string> = {
  search: '搜索',
  searchPlaceholder: '搜索技术、版本、来源…',
  layout: '布局',
  force: '力导向',
  timeline: '时间线',
  tree: '谱系树',
  treeOf: '谱系树：',
  treeHint: '绘制其来源与后续发展，越早越靠左',
  treeNone: '选择一项技术、一个版本或一个模型家族以绘制其谱系树。',
  exportSvg: '导出 SVG',
  svgSaved: 'SVG 已保存',
  releasesMore: '更多',
  scope: '仅限',
  edgeSources: '来源',
  noSources: '未给出来源',
  language: '语言',
  path: '路径',
  copyLink: '复制链接',
  exportPng: '导出 PNG',
  open: '打开…',
  openTitle: '打开 graphology .json 或 .gexf 文件（也可拖放到页面上）',
  filters: '筛选',
  kinds: '类型',
  families: '模型家族',
  motivations: '动机',
  edges: '关系',
  inferred: '推断关系',
  details: '详情',
  time: '时间',
  play: '播放',
  pause: '暂停',
  allDates: '全部日期',
  asOf: '截至',
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '适应窗口',
  nodes: '个节点',
  edgesCount: '条边',
  loading: '正在加载图…',
  loadFailed: '无法加载图',
  loadHint: '运行 `npm start` 生成 exports/graph.json，或将 .json / .gexf 图文件拖放到此处。',
  dropHere: '拖放 graphology .json 或 .gexf 文件以查看',
  linkCopied: '链接已复制',
  linkReady: '链接已选中，按 Ctrl+C 复制',
  pngSaved: 'PNG 已保存',
  opened: '已打开',
  welcomeTitle: '浏览知识图谱',
  welcome: '点击节点或搜索，查看其事实、来源与相邻节点。鼠标悬停可高亮其邻域。',
  shortcuts: '快捷键',
  kSearch: '聚焦搜索框',
  kEsc: '清除选择、路径与搜索',
  kFit: '显示整张图',
  kZoom: '缩放',
  kLineage: '切换所选节点的谱系',
  kPlay: '播放 / 暂停时间线',
  kLayout: '切换布局',
  kLang: '切换语言',
  id: 'ID',
  aliases: '别名',
  description: '描述',
  attributes: '属性',
  sources: '来源',
  since: '加入图谱时间',
  family: '模型家族',
  note: '备注',
  conflict: '来源说法不一',
  neighbours: '相邻节点',
  lineage: '谱系',
  lineageHint: '高亮其来源与后续发展',
  ancestors: '祖先',
  descendants: '后代',
  noLineage: '没有谱系关系。',
  pathFrom: '起点',
  pathTo: '终点',
  pathPick: '点击节点或搜索',
  pathNone: '这两个节点之间没有路径。',
  pathTitle: '最短路径',
  pathHops: '步',
  clear: '清除',
  close: '关闭',
  hiddenByFilters: '已被当前筛选隐藏',
  showInGraph: '在图中显示',
  inferredEdge: '推断',
  preferred: '首选',
  alternative: '备选',
  disputed: '有争议',
  quote: '原文',
  other: '其他属性',
  noResults: '无匹配',
  noSearch: '未找到',
  via: '匹配',
};

export function t(lang: Lang, key: UiKey): string {
  return (lang === 'zh' ? zh : en)[key];
}

/** Is `key` one of the interface strings (an own key)? */
export const isUiKey = (key: string): key is UiKey => Object.hasOwn(en, key);

/** How `A relation B` reads from A (out) or from B (in). */
export function relationLabel(relation: string, dir: 'out' | 'in', lang: Lang): string {
  if (isRelation(relation)) return vocabularyLabel(relation, dir, lang);
  return dir === 'out' ? relation.replace(/_/g, ' ') : `← ${relation.replace(/_/g, ' ')}`;
}

/** A kind's name in `lang` (own keys only: a kind named `constructor` is shown as written). */
export function kindLabel(kind: string, lang: Lang): string {
  return Object.hasOwn(KINDS, kind) ? KINDS[kind as keyof typeof KINDS].label[lang] : kind;
}

const EXTRA_ATTRIBUTES: Readonly<Record<string, { en: string; zh: string }>> = {
  flagship_params_active: { en: 'Flagship active parameters', zh: '旗舰激活参数量' },
};

/** An attribute's name in `lang` (own keys only: an attribute named `__proto__` is shown as written). */
export function attributeLabel(name: string, lang: Lang): string {
  if (Object.hasOwn(ATTRIBUTES, name)) return ATTRIBUTES[name as keyof typeof ATTRIBUTES].label[lang];
  if (Object.hasOwn(EXTRA_ATTRIBUTES, name)) return EXTRA_ATTRIBUTES[name]![lang];
  return name.replace(/_/g, ' ');
}

/** Attribute names in vocabulary order. */
export const ATTRIBUTE_ORDER: readonly string[] = Object.keys(ATTRIBUTES);
