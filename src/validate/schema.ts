/**
 * The fact-file format as zod schemas, generated from the vocabulary. The
 * validator checks each node against these, and `jsonSchema()` derives the
 * JSON Schema (draft-07, for yaml-language-server) from the very same objects.
 */
import { z } from 'zod';
import {
  attributeSpec,
  attributesOf,
  CLAIM_STATUSES,
  COUNT_PATTERN,
  DATE_PATTERN,
  ID_PATTERN,
  KIND_NAMES,
  KINDS,
  type Kind,
  LANG_PATTERN,
  PARAMS_PATTERN,
  RELATIONS,
  URL_PATTERN,
  type ValueType,
  writableRelations,
} from '../vocabulary/index.js';

const id = z.string().regex(ID_PATTERN).describe('A node id: letters, digits, ".", "_" or "-".');
const ids = z.union([id, z.array(id).min(1)]).describe('One source id or a list of them.');
const text = z
  .union([z.string().min(1), z.record(z.string().regex(LANG_PATTERN), z.string().min(1))])
  .describe('Text, or a map from language tag to text: { en: Long context, zh: 长上下文 }.');

/** The schema of a plain value of one type. */
export function plainValue(type: ValueType, values?: readonly string[]): z.ZodType {
  switch (type) {
    case 'string':
      return z.string().min(1);
    case 'url':
      return z.string().regex(URL_PATTERN).describe('An http(s) URL.');
    case 'date':
      return z.union([z.string().regex(DATE_PATTERN), z.number().int().min(1000).max(9999)]).describe('YYYY, YYYY-MM or YYYY-MM-DD.');
    case 'count':
      return z
        .union([z.number().nonnegative(), z.string().regex(COUNT_PATTERN)])
        .describe('A number, with an optional unit K M B T 万 亿 and qualifier > ~: 36T, 151,646, 30万, >1M.');
    case 'length':
      return z
        .union([z.number().int().positive(), z.string().regex(COUNT_PATTERN)])
        .describe('A sequence length; K = 1024: 2048, 32K, 128K.');
    case 'params':
      return z.string().regex(PARAMS_PATTERN).describe('Parameters, dense (72B) or MoE total-Aactive (235B-A22B).');
    case 'params-list':
      return z.array(z.string().regex(PARAMS_PATTERN)).min(1).describe('A list of sizes: [0.5B, 7B, 57B-A14B].');
    case 'enum':
      return z.enum(values as [string, ...string[]]);
  }
}

const claimMeta = {
  sources: ids.optional().describe("Who says so. Defaults to the node's `sources`."),
  status: z
    .enum(CLAIM_STATUSES)
    .optional()
    .describe('preferred (shown by default), alternative, or disputed (judged wrong by a better source).'),
  note: z.string().optional().describe('Why, in a sentence.'),
  quote: z.string().optional().describe('The source\'s own words (e.g. the seed\'s "30万").'),
};

/** The schema of an attribute: a plain value, one claim, or a list of claims. */
function attributeValue(type: ValueType, values?: readonly string[]): z.ZodType {
  const plain = plainValue(type, values);
  const claim = z.strictObject({ value: plain, ...claimMeta });
  return z.union([plain, claim, z.array(claim).min(1)]);
}

const relationTarget = z.union([id, z.strictObject({ target: id.describe('The related node.'), ...claimMeta })]);
const relationValue = z.union([relationTarget, z.array(relationTarget)]);

/** Keys every node has, whatever its kind. */
export const COMMON_FIELDS = ['id', 'label', 'aliases', 'description', 'sources', 'note'] as const;

const nodeSchemas = new Map<Kind, z.ZodObject>();

/** The schema of one node of `kind` (cached). */
export function nodeSchema(kind: Kind): z.ZodObject {
  let schema = nodeSchemas.get(kind);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {
      id: id.describe('Unique across every fact file.'),
      label: text.optional().describe('Display name; defaults to the id.'),
      aliases: z.array(z.string().min(1)).optional().describe('Other names people use; searched by queries and the viewer.'),
      description: text.optional(),
      sources: ids.optional().describe('Sources for every fact of this node that does not cite its own.'),
      note: z.string().optional(),
    };
    for (const a of attributesOf(kind)) {
      const spec = attributeSpec(a);
      shape[a] = attributeValue(spec.type, spec.values).optional().describe(spec.description);
    }
    for (const rel of writableRelations(kind)) {
      shape[rel] = relationValue.optional().describe(`${RELATIONS[rel].description} Target kinds: ${RELATIONS[rel].to.join(', ')}.`);
    }
    schema = z.strictObject(shape).describe(KINDS[kind].description);
    nodeSchemas.set(kind, schema);
  }
  return schema;
}

/** Keys allowed on a node of `kind`. */
export function nodeFields(kind: Kind): string[] {
  return Object.keys(nodeSchema(kind).shape);
}

/** Keys allowed in a claim object and in a relation object. */
export const CLAIM_FIELDS = ['value', ...Object.keys(claimMeta)];
export const RELATION_FIELDS = ['target', ...Object.keys(claimMeta)];

/** The schema of a whole fact file. */
export function fileSchema(): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const k of KIND_NAMES) shape[KINDS[k].section] = z.array(nodeSchema(k)).optional().describe(KINDS[k].description);
  return z.strictObject(shape).describe('A techgraph fact file. Every *.yaml / *.yml under the data folder is merged.');
}

/** The JSON Schema (draft-07) of a fact file, for editors. */
export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(fileSchema(), { target: 'draft-7', reused: 'ref' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://techgraph.invalid/facts.schema.json', title: 'techgraph facts' };
}
