/**
 * Node kinds: the closed set of entity types a fact file can declare, with
 * the YAML section each lives in and the one palette every export uses.
 */

/** A node kind. */
export type Kind = 'family' | 'version' | 'technique' | 'motivation' | 'source';

/** Everything the pipeline needs to know about one kind. */
export interface KindSpec {
  /** Top-level YAML section that holds nodes of this kind. */
  section: string;
  /** Human label (English, Chinese). */
  label: { en: string; zh: string };
  /** Display colour, `#rrggbb`. One palette for GEXF, JSON and the viewer. */
  color: string;
  /** Base node size; the builder adds a little per degree. */
  size: number;
  /** What the kind stands for, for the README and the JSON Schema. */
  description: string;
  /** Its facts should cite a source (`check` warns with MISSING_SOURCE otherwise). */
  needsSources: boolean;
}

/** The kinds, in the order sections appear in documentation and exports. */
export const KINDS: Readonly<Record<Kind, KindSpec>> = {
  family: {
    section: 'families',
    label: { en: 'Family', zh: '模型家族' },
    color: '#7f8c8d',
    size: 10,
    description: 'A model family or the organisation behind it (Qwen, LLaMA, DeepSeek).',
    needsSources: false,
  },
  version: {
    section: 'versions',
    label: { en: 'Version', zh: '版本' },
    color: '#e74c3c',
    size: 14,
    description: 'A model release of a family (Qwen2, Qwen2.5): dates, sizes, data, and the techniques it adopts.',
    needsSources: true,
  },
  technique: {
    section: 'techniques',
    label: { en: 'Technique', zh: '技术' },
    color: '#2e86c1',
    size: 8,
    description: 'A method or component (GQA, YaRN, DPO, AWQ) and where it comes from.',
    needsSources: true,
  },
  motivation: {
    section: 'motivations',
    label: { en: 'Motivation', zh: '动机' },
    color: '#27ae60',
    size: 10,
    description: 'A goal techniques serve (efficiency, long context, alignment).',
    needsSources: false,
  },
  source: {
    section: 'sources',
    label: { en: 'Source', zh: '来源' },
    color: '#f39c12',
    size: 5,
    description: 'Where a claim comes from: a paper, technical report, blog post, repository or article.',
    needsSources: false,
  },
};

/** All kinds in declaration order. */
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** Section name → kind. */
export const KIND_BY_SECTION: ReadonlyMap<string, Kind> = new Map(KIND_NAMES.map((k) => [KINDS[k].section, k]));

/** Parses `#rrggbb` into its channels. */
export function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
