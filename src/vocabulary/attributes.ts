/**
 * Attributes: the closed set of facts a node may carry, per kind, each with a
 * value type. Every attribute can be written as a plain value or as one or
 * more sourced claims; the type decides how the text is parsed (see values.ts)
 * and how the exports declare it.
 */
import type { Kind } from './kinds.js';

/**
 * Value types.
 * - `string`: free text.
 * - `url`: an http(s) address (kept as a string in every export).
 * - `date`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * - `count`: a number as people write it: `151,646`, `36T`, `500K`, `30万`, `>1M`
 *   (K = 10³, M = 10⁶, B = 10⁹, T = 10¹², 万 = 10⁴, 亿 = 10⁸).
 * - `length`: a sequence length: `2048`, `32K`, `128K`, `1M` (K = 1024, M = 1024²).
 * - `params`: a parameter count, dense `72B` or mixture-of-experts `235B-A22B`
 *   (total and active).
 * - `params-list`: a list of `params` values (the sizes a version was released in).
 * - `enum`: one of the listed words.
 */
export type ValueType = 'string' | 'url' | 'date' | 'count' | 'length' | 'params' | 'params-list' | 'enum';

/** Everything the pipeline needs to know about one attribute. */
export interface AttributeSpec {
  /** Kinds that may carry it. */
  kinds: readonly Kind[];
  type: ValueType;
  /** Allowed words for `enum`. */
  values?: readonly string[];
  label: { en: string; zh: string };
  description: string;
}

const ALL: readonly Kind[] = ['family', 'version', 'model', 'technique', 'motivation', 'source'];
/** Releases: versions and sub-models carry the same facts. */
const R: readonly Kind[] = ['version', 'model'];

/** The attribute registry, in documentation order. */
export const ATTRIBUTES = {
  released: {
    kinds: R,
    type: 'date',
    label: { en: 'Released', zh: '发布时间' },
    description: 'Date the models were first released.',
  },
  report_date: {
    kinds: R,
    type: 'date',
    label: { en: 'Report date', zh: '报告时间' },
    description: 'Date of the technical report.',
  },
  flagship: {
    kinds: R,
    type: 'string',
    label: { en: 'Flagship', zh: '旗舰模型' },
    description: 'The flagship model of the release.',
  },
  flagship_params: {
    kinds: R,
    type: 'params',
    label: { en: 'Flagship parameters', zh: '旗舰参数量' },
    description: 'Parameter count of the flagship (`72B`, `235B-A22B`).',
  },
  sizes: {
    kinds: R,
    type: 'params-list',
    label: { en: 'Sizes', zh: '模型尺寸' },
    description: 'Sizes released (`[0.5B, 7B, 57B-A14B]`).',
  },
  vocabulary: { kinds: R, type: 'count', label: { en: 'Vocabulary', zh: '词表' }, description: 'Tokenizer vocabulary size.' },
  training_tokens: {
    kinds: R,
    type: 'count',
    label: { en: 'Training tokens', zh: 'token训练量' },
    description: 'Pretraining tokens (`36T`).',
  },
  context_native: {
    kinds: R,
    type: 'length',
    label: { en: 'Native context', zh: '原生上下文' },
    description: 'Context length the models were trained at.',
  },
  context_extended: {
    kinds: R,
    type: 'length',
    label: { en: 'Extended context', zh: '扩展上下文' },
    description: 'Context length reached with extension techniques.',
  },
  sft_examples: {
    kinds: R,
    type: 'count',
    label: { en: 'SFT examples', zh: '微调数据量' },
    description: 'Supervised fine-tuning examples.',
  },
  languages: {
    kinds: R,
    type: 'count',
    label: { en: 'Languages', zh: '语言数' },
    description: 'Languages and dialects covered.',
  },
  license: { kinds: R, type: 'string', label: { en: 'License', zh: '许可证' }, description: 'Licence of the open weights.' },
  full_name: { kinds: ['technique'], type: 'string', label: { en: 'Full name', zh: '全称' }, description: 'The long name of a technique.' },
  category: {
    kinds: ['technique'],
    type: 'enum',
    values: [
      'architecture',
      'attention',
      'position',
      'normalization',
      'moe',
      'tokenizer',
      'pretraining',
      'alignment',
      'quantization',
      'inference',
      'reasoning',
      'training',
    ],
    label: { en: 'Category', zh: '类别' },
    description: 'Where in the model or its training the technique sits.',
  },
  definition: {
    kinds: ['technique'],
    type: 'string',
    label: { en: 'Definition', zh: '定义' },
    description: 'What the technique does, in one sentence.',
  },
  organisation: { kinds: ['family'], type: 'string', label: { en: 'Organisation', zh: '机构' }, description: 'Who builds the family.' },
  source_type: {
    kinds: ['source'],
    type: 'enum',
    values: ['article', 'paper', 'report', 'blog', 'repository', 'docs', 'post'],
    label: { en: 'Source type', zh: '来源类型' },
    description: 'What kind of document the source is.',
  },
  title: { kinds: ['source'], type: 'string', label: { en: 'Title', zh: '标题' }, description: 'Title of the document.' },
  authors: {
    kinds: ['source'],
    type: 'string',
    label: { en: 'Authors', zh: '作者' },
    description: 'Authors, or the first author followed by "et al.".',
  },
  date: { kinds: ['source'], type: 'date', label: { en: 'Date', zh: '日期' }, description: 'Publication date.' },
  arxiv: { kinds: ['source'], type: 'string', label: { en: 'arXiv', zh: 'arXiv编号' }, description: 'arXiv identifier (`2309.00071`).' },
  url: { kinds: ALL, type: 'url', label: { en: 'URL', zh: '链接' }, description: 'Where to read more.' },
} as const satisfies Record<string, AttributeSpec>;

/** An attribute name. */
export type Attribute = keyof typeof ATTRIBUTES;

/** All attribute names in documentation order. */
export const ATTRIBUTE_NAMES = Object.keys(ATTRIBUTES) as Attribute[];

/** The spec of an attribute, widened to the interface. */
export function attributeSpec(name: Attribute): AttributeSpec {
  return ATTRIBUTES[name];
}

/** Attributes a node of `kind` may carry. */
export function attributesOf(kind: Kind): Attribute[] {
  return ATTRIBUTE_NAMES.filter((a) => attributeSpec(a).kinds.includes(kind));
}

/** True when `name` is an attribute of the registry. */
export function isAttribute(name: string): name is Attribute {
  return Object.hasOwn(ATTRIBUTES, name);
}

/** How a claim's trust is marked. */
export const CLAIM_STATUSES = ['preferred', 'alternative', 'disputed'] as const;
/** `preferred`: the value the exports show; `alternative`: also credible; `disputed`: judged wrong by a better source. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The value a claim gives when its source says the figure is not reported (any attribute type). */
export const NOT_REPORTED = 'not reported';
