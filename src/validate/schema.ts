/**
 * The fact-file format as zod schemas, generated from the vocabulary. The
 * validator checks each node against these, and `jsonSchema()` derives the
 * JSON Schema (draft-07, for yaml-language-server) from the very same objects.
 */
import { z } from 'zod';
import {
  ARCHITECTURE_FIELD_NAMES,
  ARCHITECTURE_FIELDS,
  type ArchitectureType,
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
  NOT_REPORTED,
  PARAMS_PATTERN,
  RELATIONS,
  relationSpec,
  URL_PATTERN,
  type ValueType,
  writableRelations,
} from '../vocabulary/index.js';

const id = z.string().regex(ID_PATTERN).describe('A node id: letters, digits, ".", "_" or "-".');
const ids = z.union([id, z.array(id).min(1)]).describe('One source id or a list of them.');
const text = z
  .union([z.string().min(1), z.record(z.string().regex(LANG_PATTERN), z.string().min(1))])
  .describe('Text, or a map from language tag to text: { en: Long context, zh: 长上下文 }.');

/** `not reported`: accepted wherever a value goes (any case, as parseValue reads it). */
const notReported = z
  .string()
  .regex(/^\s*not reported\s*$/i)
  .describe(`"${NOT_REPORTED}": the source says it does not report this figure.`);

/** The schema of a plain value of one type, or `not reported`. */
export function plainValue(type: ValueType, values?: readonly string[]): z.ZodType {
  return z.union([typedValue(type, values), notReported]);
}

function typedValue(type: ValueType, values?: readonly string[]): z.ZodType {
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

/** A size (`32B`, `57B-A14B`) or a sub-model id; a scope lists what a claim or relation applies to. */
const scopeItem = z.union([z.string().regex(PARAMS_PATTERN), id]);
const scope = z
  .union([scopeItem, z.array(scopeItem).min(1)])
  .describe('The sizes (32B, 57B-A14B) or sub-model ids this applies to; without it, the whole node.');

const claimMeta = {
  sources: ids.optional().describe("Who says so. Defaults to the node's `sources`."),
  scope: scope.optional(),
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

const relationObject = z.strictObject({ target: id.describe('The related node.'), ...claimMeta });
const relationTarget = z.union([id, relationObject]);
const relationValue = z.union([relationTarget, z.array(relationTarget)]);
/** A relative relation (`drops`): its entries may name the release they are relative to. */
const relativeObject = z.strictObject({
  target: id.describe('The related node.'),
  relative_to: id.optional().describe('The release this is relative to; by default the one the node succeeds.'),
  ...claimMeta,
});
const relativeTarget = z.union([id, relativeObject]);
const relativeValue = z.union([relativeTarget, z.array(relativeTarget)]);

/** The schema of one architecture field's value. */
function architectureValue(type: ArchitectureType): z.ZodType {
  if (type === 'boolean') return z.union([z.boolean(), notReported]);
  return z.union([z.number().int().nonnegative(), z.string().regex(COUNT_PATTERN), notReported]);
}

/** One row of an architecture table: a size and its numbers, with the claim's provenance. */
const architectureRow = z.strictObject({
  size: z.string().regex(PARAMS_PATTERN).describe('The size this row describes (7B, 57B-A14B).'),
  ...Object.fromEntries(
    ARCHITECTURE_FIELD_NAMES.map((f) => [
      f,
      architectureValue(ARCHITECTURE_FIELDS[f].type).optional().describe(ARCHITECTURE_FIELDS[f].description),
    ]),
  ),
  sources: claimMeta.sources,
  status: claimMeta.status,
  note: claimMeta.note,
  quote: claimMeta.quote,
});

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
    if (KINDS[kind].release)
      shape.architecture = z.array(architectureRow).min(1).optional().describe('Architecture per size, one row per size.');
    for (const rel of writableRelations(kind)) {
      const value = relationSpec(rel).relative ? relativeValue : relationValue;
      shape[rel] = value.optional().describe(`${RELATIONS[rel].description} Target kinds: ${RELATIONS[rel].to.join(', ')}.`);
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

/** Keys allowed in a claim object, a relation object, a relative relation's object and an architecture row. */
export const CLAIM_FIELDS = ['value', ...Object.keys(claimMeta)];
export const RELATION_FIELDS = ['target', ...Object.keys(claimMeta)];
export const RELATIVE_FIELDS = ['target', 'relative_to', ...Object.keys(claimMeta)];
export const ARCHITECTURE_ROW_FIELDS = Object.keys(architectureRow.shape);

/** The section that adds to nodes declared elsewhere. */
export const EXTEND_SECTION = 'extend';

/** The schema of an `extend` entry: the fields of a node of `kind`, its id naming the node it adds to. */
export function extendSchema(kind: Kind): z.ZodObject {
  return nodeSchema(kind);
}

/** The schema of a whole fact file. */
export function fileSchema(): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const k of KIND_NAMES) shape[KINDS[k].section] = z.array(nodeSchema(k)).optional().describe(KINDS[k].description);
  shape[EXTEND_SECTION] = z
    .array(z.union(KIND_NAMES.map((k) => nodeSchema(k)) as unknown as [z.ZodObject, z.ZodObject, ...z.ZodObject[]]))
    .optional()
    .describe('Adds aliases, sources, claims and relations to nodes declared in other files: each entry names an existing id.');
  return z.strictObject(shape).describe('A techgraph fact file. Every *.yaml / *.yml under the data folder is merged.');
}

/** The JSON Schema (draft-07) of a fact file, for editors. */
export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(fileSchema(), { target: 'draft-7', reused: 'ref' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://techgraph.invalid/facts.schema.json', title: 'techgraph facts' };
}
