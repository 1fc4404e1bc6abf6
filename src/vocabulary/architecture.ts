/**
 * Architecture per size: the typed numbers a report's table gives for each
 * size of a release (layers, hidden size, heads, KV heads, experts, RoPE base,
 * context …). One entry per field: its value type and its names; the
 * validator, the exports and the queries read the fields from here.
 */
import type { Bilingual } from './relations.js';

/** Value types of architecture fields: a plain integer, a sequence length (K = 1024), or yes/no. */
export type ArchitectureType = 'integer' | 'length' | 'boolean';

/** Everything techgraph knows about one architecture field. */
export interface ArchitectureFieldSpec {
  type: ArchitectureType;
  label: Bilingual;
  description: string;
}

const f = (type: ArchitectureType, en: string, zh: string, description: string): ArchitectureFieldSpec => ({
  type,
  label: { en, zh },
  description,
});

/** The fields of an architecture row, in table order. */
export const ARCHITECTURE_FIELDS = {
  layers: f('integer', 'Layers', '层数', 'Transformer layers.'),
  hidden_size: f('integer', 'Hidden size', '隐藏维度', 'Model (hidden) dimension.'),
  intermediate_size: f('integer', 'FFN size', 'FFN维度', 'Intermediate size of the dense feed-forward layers.'),
  heads: f('integer', 'Heads', '注意力头数', 'Query heads per layer.'),
  kv_heads: f('integer', 'KV heads', 'KV头数', 'Key/value heads per layer (as many as heads for MHA, 1 for MQA).'),
  head_dim: f('integer', 'Head size', '头维度', 'Dimension of one attention head.'),
  experts: f('integer', 'Experts', '专家数', 'Routed experts per MoE layer.'),
  active_experts: f('integer', 'Active experts', '激活专家数', 'Routed experts activated per token.'),
  shared_experts: f('integer', 'Shared experts', '共享专家数', 'Always-active shared experts per MoE layer.'),
  expert_intermediate_size: f('integer', 'Expert FFN size', '专家FFN维度', 'Intermediate size of one expert.'),
  rope_base: f('integer', 'RoPE base', 'RoPE底数', 'Base frequency of the rotary position embedding.'),
  context: f('length', 'Context', '上下文长度', 'Context length of this size (K = 1024).'),
  vocabulary: f('integer', 'Vocabulary', '词表', 'Vocabulary (embedding) size of this size.'),
  tied_embeddings: f('boolean', 'Tied embeddings', '共享嵌入', 'Input embedding and output projection share weights.'),
} as const satisfies Record<string, ArchitectureFieldSpec>;

/** An architecture field name. */
export type ArchitectureField = keyof typeof ARCHITECTURE_FIELDS;

/** All architecture fields, in table order. */
export const ARCHITECTURE_FIELD_NAMES = Object.keys(ARCHITECTURE_FIELDS) as ArchitectureField[];

/** True when `name` is an architecture field (own keys only). */
export function isArchitectureField(name: string): name is ArchitectureField {
  return Object.hasOwn(ARCHITECTURE_FIELDS, name);
}
