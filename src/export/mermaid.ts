/**
 * Mermaid writer (`graph.mmd`): a flowchart small enough to paste into a
 * README (GitHub renders ```mermaid blocks). Each family's releases form a
 * chain (`==>|succeeded by|`, older to newer along `succeeds`, inside a
 * subgraph per family), its sub-models beside their version (`-. variant of
 * .->`); below each release hangs one box listing the techniques it introduces
 * (the builder's inferred `introduces`: first release of its family to adopt
 * it), and a dashed box with what it drops; a technique brought in or dropped
 * for some sizes or sub-models only is followed by them (`GQA [32B, 110B]`),
 * and a drop relative to a release other than the one it succeeds names that
 * release. Every other arrow goes from the
 * node a relation is written on to its target, labelled with the relation, so
 * it reads in the relation's own direction: `R1 -. based on .-> V3`,
 * `R1-Distill -. distilled from .-> R1`. A technique is listed once per family,
 * at the release that brought it in, so the diagram grows with releases, not
 * with adoptions.
 *
 * Mermaid ids come from node ids, prefixed by role (`v_qwen2_5` version,
 * `f_qwen` family, `i_…` / `d_…` the boxes), so no id is a keyword such as
 * `end` and roles never collide. Labels are quoted, with `"`, `<`, `>`, `&`,
 * `#` and backticks written as Mermaid entity codes (`#34;`), and control
 * characters and line breaks as spaces; the only markup is `<br/>` between
 * lines. Colours are the palette.
 */
import { compareReleases, type TechGraph } from '../graph/index.js';
import { cmp, isRelease, KINDS, type Kind, relationLabel } from '../vocabulary/index.js';
import { ByteSink, type Chunk } from './bytes.js';
import { type ExportOptions, resolveExportOptions } from './options.js';
import { oneLine } from './text.js';

/** Text in a quoted Mermaid label: entity codes for the characters Mermaid or HTML would read. */
export function mermaidText(s: string): string {
  return oneLine(s)
    .replace(/[#"<>&`]/g, (c) => `#${c.charCodeAt(0)};`)
    .trim();
}

const PREFIX: Partial<Record<Kind, string>> = { version: 'v', model: 'm', technique: 't', family: 'f' };

/** Options of the Mermaid writer: the flowchart's direction and the chunk size. */
export type MermaidOptions = Pick<ExportOptions, 'direction' | 'chunk'>;

/** Writes the version chains and their techniques as a Mermaid flowchart, yielding chunks of UTF-8 bytes. */
export function* mermaid(graph: TechGraph, options: MermaidOptions = {}): Generator<Chunk> {
  // Stable, keyword-free Mermaid ids.
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const mid = (node: string): string => {
    let m = ids.get(node);
    if (m) return m;
    const base = `${PREFIX[graph.getNodeAttribute(node, 'kind')] ?? 'n'}_${node.replace(/[^A-Za-z0-9_]/g, '_')}`;
    m = base;
    for (let i = 2; taken.has(m); i++) m = `${base}_${i}`;
    taken.add(m);
    ids.set(node, m);
    return m;
  };
  const released = (v: string) => {
    const r = graph.getNodeAttribute(v, 'released');
    return typeof r === 'string' ? r : undefined;
  };
  const byRelease = (a: string, b: string) => compareReleases({ id: a, released: released(a) }, { id: b, released: released(b) });
  const versions = graph.filterNodes((_, a) => isRelease(a.kind)).sort(byRelease);
  versions.forEach(mid);
  const families = new Map<string, string[]>(); // family id ('' = none) → versions in release order
  for (const v of versions) {
    const f = graph.getNodeAttribute(v, 'family');
    const key = typeof f === 'string' && graph.hasNode(f) && graph.getNodeAttribute(f, 'kind') === 'family' ? f : '';
    (families.get(key) ?? families.set(key, []).get(key)!).push(v);
  }
  // A disputed relation is asserted by no export: it is not drawn.
  const asserted = (e: string, relation: string) =>
    graph.getEdgeAttribute(e, 'relation') === relation && graph.getEdgeAttribute(e, 'status') !== 'disputed';
  const edgesOf = (v: string, relation: string) =>
    graph
      .outEdges(v)
      .filter((e) => asserted(e, relation))
      .map((e) => graph.target(e))
      .sort(cmp);

  const shown = (n: string) => graph.getNodeAttribute(n, 'display') ?? graph.getNodeAttribute(n, 'label');
  const versionNode = (v: string) => {
    const date = released(v);
    return `${mid(v)}(["${mermaidText(shown(v))}${date ? `<br/>${mermaidText(date)}` : ''}"])`;
  };
  /** A box's lines: each target's name, then its scope and (a drop) the release it is relative to when not the one succeeded. */
  const box = (v: string, relation: 'introduces' | 'drops') => {
    const succeeded = edgesOf(v, 'succeeds');
    return graph
      .outEdges(v)
      .filter((e) => asserted(e, relation))
      .map((e) => {
        const { scope, relative_to } = graph.getEdgeAttributes(e);
        const name = shown(graph.target(e));
        const other = relative_to !== undefined && !succeeded.includes(relative_to) && graph.hasNode(relative_to);
        return {
          name,
          line: `${name}${scope?.length ? ` [${scope.join(', ')}]` : ''}${other ? ` (relative to ${shown(relative_to)})` : ''}`,
        };
      })
      .sort((a, b) => cmp(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.line, b.line))
      .map((x) => mermaidText(x.line))
      .join('<br/>');
  };

  const name = mermaidText(String(graph.getAttribute('name')));
  const o = resolveExportOptions(options);
  const out = new ByteSink(o.chunk);
  out.text(`%% ${name}: release chains and the techniques each release introduces, written by techgraph\nflowchart ${o.direction}\n`);
  const succeededBy = relationLabel('succeeds', 'in');
  for (const [family, list] of [...families].sort(([a], [b]) => cmp(a, b))) {
    const indent = family ? '    ' : '  ';
    if (family) out.text(`  subgraph ${mid(family)}["${mermaidText(graph.getNodeAttribute(family, 'label'))}"]\n`);
    // The chain along `succeeds` within the family; a version is declared (with its label) where it first appears.
    const declared = new Set<string>();
    const ref = (v: string) => {
      if (declared.has(v)) return mid(v);
      declared.add(v);
      return versionNode(v);
    };
    for (const v of list)
      for (const prev of edgesOf(v, 'succeeds')) if (list.includes(prev)) out.text(`${indent}${ref(prev)} ==>|${succeededBy}| ${ref(v)}\n`);
    for (const v of list) if (!declared.has(v)) out.text(`${indent}${ref(v)}\n`);
    for (const v of list)
      for (const of of edgesOf(v, 'variant_of'))
        if (list.includes(of)) out.text(`${indent}${mid(v)} -. ${relationLabel('variant_of', 'out')} .-> ${mid(of)}\n`);
    if (family) out.text('  end\n');
    if (out.ready) yield* out.drain();
  }
  const introducing: string[] = [];
  const dropping: string[] = [];
  for (const v of versions) {
    const key = mid(v).slice(2);
    // Across families too: from the node the relation is written on, so the arrow reads as the relation does.
    for (const relation of ['based_on', 'modelled_on', 'distilled_from'] as const)
      for (const target of edgesOf(v, relation)) {
        const sameFamilyVariant = relation === 'based_on' && edgesOf(v, 'variant_of').includes(target);
        if (ids.has(target) && isRelease(graph.getNodeAttribute(target, 'kind')) && !sameFamilyVariant)
          out.text(`  ${mid(v)} -. ${relationLabel(relation, 'out')} .-> ${mid(target)}\n`);
      }
    const introduced = box(v, 'introduces');
    if (introduced) {
      out.text(`  ${mid(v)} --> i_${key}["${introduced}"]\n`);
      introducing.push(`i_${key}`);
    }
    const dropped = box(v, 'drops');
    if (dropped) {
      out.text(`  ${mid(v)} -. drops .-> d_${key}["${dropped}"]\n`);
      dropping.push(`d_${key}`);
    }
    if (out.ready) yield* out.drain();
  }
  out.text(`  classDef version fill:${KINDS.version.color},stroke:#333,color:#fff\n`);
  out.text(`  classDef technique fill:${KINDS.technique.color},stroke:#333,color:#fff\n`);
  out.text(`  classDef dropped fill:#fff,stroke:${KINDS.technique.color},stroke-dasharray:4 3,color:#333\n`);
  out.text(`  classDef model fill:${KINDS.model.color},stroke:#333,color:#fff\n`);
  const models = versions.filter((v) => graph.getNodeAttribute(v, 'kind') === 'model');
  const plain = versions.filter((v) => graph.getNodeAttribute(v, 'kind') !== 'model');
  if (plain.length) out.text(`  class ${plain.map(mid).join(',')} version\n`);
  if (models.length) out.text(`  class ${models.map(mid).join(',')} model\n`);
  if (introducing.length) out.text(`  class ${introducing.join(',')} technique\n`);
  if (dropping.length) out.text(`  class ${dropping.join(',')} dropped\n`);
  yield* out.end();
}
