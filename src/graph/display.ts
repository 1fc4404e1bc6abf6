/**
 * Display names: a node's label with its kind after it (a source's type),
 * for nodes whose label another node of a different kind shares
 * ("DeepSeek-R1 (paper)" and "DeepSeek-R1 (version)"). The build writes the
 * English one into the graph (`display`); the viewer asks for the same name
 * in the language it shows ("DeepSeek LLM (版本)").
 */
import { KINDS } from '../vocabulary/index.js';

/** `label (kind)` in `lang` (English when the vocabulary has no such language); a source says its type instead. */
export function displayName(label: string, kind: string, sourceType: unknown, lang = 'en'): string {
  const spec = Object.hasOwn(KINDS, kind) ? KINDS[kind as keyof typeof KINDS] : undefined;
  const named = spec && Object.hasOwn(spec.label, lang) ? spec.label[lang as keyof typeof spec.label] : spec?.label.en;
  const what = kind === 'source' && typeof sourceType === 'string' ? sourceType : lang === 'en' ? named?.toLowerCase() : named;
  return what ? `${label} (${what})` : label;
}
