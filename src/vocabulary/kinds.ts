/**
 * Node kinds: the closed set of entity types a fact file can declare, with
 * the YAML section each lives in and the one palette every export uses.
 */

/** A node kind. */
export type Kind = 'family' | 'version' | 'model' | 'technique' | 'motivation' | 'source';

/** Everything the pipeline needs to know about one kind. */
export interface KindSpec {
  /** Top-level YAML section that holds nodes of this kind. */
  section: string;
  /** Human label (English, Chinese). */
  label: { en: string; zh: string };
  /**
   * Display colour, `#rrggbb`, muted so the family colours (palette.ts) stand out. Families and their
   * releases are drawn in their family's colour instead (src/graph/colors.ts); this is their fallback.
   */
  color: string;
  /** Base node size; the builder adds a little per degree. */
  size: number;
  /** What the kind stands for, for the README and the JSON Schema. */
  description: string;
  /** Its facts should cite a source (`check` warns with MISSING_SOURCE otherwise). */
  needsSources: boolean;
  /**
   * A release (a version or a sub-model): it adopts techniques, has sizes and an
   * architecture, is ordered by release date, and is what queries call a version.
   */
  release: boolean;
  /** The attribute that dates the node itself (`released`, a source's `date`); others are dated by the time model. */
  dateAttribute?: 'released' | 'date';
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
    release: false,
  },
  version: {
    section: 'versions',
    label: { en: 'Version', zh: '版本' },
    color: '#4b5563',
    size: 14,
    description: 'A model release of a family (Qwen2, Qwen2.5): dates, sizes, data, and the techniques it adopts.',
    needsSources: true,
    release: true,
    dateAttribute: 'released',
  },
  model: {
    section: 'models',
    label: { en: 'Sub-model', zh: '子模型' },
    color: '#6b7280',
    size: 11,
    description:
      'A release that belongs to a version (Qwen2.5-Turbo, QwQ-32B, DeepSeek-R1-Zero), named by `variant_of`, with its own dates, sizes, context, techniques and sources.',
    needsSources: true,
    release: true,
    dateAttribute: 'released',
  },
  technique: {
    section: 'techniques',
    label: { en: 'Technique', zh: '技术' },
    color: '#5b8db8',
    size: 8,
    description: 'A method or component (GQA, YaRN, DPO, AWQ) and where it comes from.',
    needsSources: true,
    release: false,
  },
  motivation: {
    section: 'motivations',
    label: { en: 'Motivation', zh: '动机' },
    color: '#8fbc8f',
    size: 10,
    description: 'A goal techniques serve (efficiency, long context, alignment).',
    needsSources: false,
    release: false,
  },
  source: {
    section: 'sources',
    label: { en: 'Source', zh: '来源' },
    color: '#c8b88a',
    size: 5,
    description: 'Where a claim comes from: a paper, technical report, blog post, repository or article.',
    needsSources: false,
    release: false,
    dateAttribute: 'date',
  },
};

/** All kinds in declaration order. */
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** Section name → kind. */
export const KIND_BY_SECTION: ReadonlyMap<string, Kind> = new Map(KIND_NAMES.map((k) => [KINDS[k].section, k]));

/** Kinds that are releases (versions and sub-models). */
export const RELEASE_KINDS: readonly Kind[] = KIND_NAMES.filter((k) => KINDS[k].release);

/**
 * True when nodes of `kind` are releases: drawn in their family's colour, marked on the time slider, laid
 * out in their family's lane. Any string may be asked (a graph dropped on the viewer): own keys only, so
 * `constructor` is no kind.
 */
export const isRelease = (kind: string): boolean => Object.hasOwn(KINDS, kind) && KINDS[kind as Kind].release;

/** Parses `#rrggbb` into its channels. */
export function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
