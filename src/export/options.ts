/**
 * The export stage's settings in one place: defaults (chunk size, the
 * writers' own choices, the atomic writer's lock timing), the rule of each
 * setting, `validateExportOptions` (every problem as a value) and
 * `resolveExportOptions` (the full settings, or OptionsError). Each writer
 * takes the settings it uses; `buildExports` passes them all.
 */
import { type OptionError, type OptionRules, resolveOptions, rule, validateOptions } from '../diagnostics/index.js';

/** The export formats' names, in the order they are written (FORMATS in formats.ts holds one writer each). */
export const FORMAT_NAMES = ['gexf', 'json', 'graphml', 'cytoscape', 'rdf', 'neo4j', 'cypher', 'mermaid'] as const;
/** An export format's name. */
export type Format = (typeof FORMAT_NAMES)[number];

/** Settings of the export stage. */
export interface ExportSettings {
  /** Size of a chunk in bytes: every writer fills buffers this large (ByteSink) before handing them on. */
  chunk: number;
  /** Cytoscape: factor applied to layout coordinates (the layout's units are small next to Cytoscape's 30px nodes). */
  scale: number;
  /** RDF: the one IRI base of everything techgraph mints; `.invalid` is reserved, so these IRIs name and never resolve. */
  base: string;
  /** RDF: leave out the vocabulary's declarations. */
  noVocabulary: boolean;
  /** Neo4j: folder of the CSV files inside the output folder. */
  folder: string;
  /** Mermaid: flowchart direction (`LR`: the version chains read left to right). */
  direction: 'LR' | 'TD';
  /** Atomic writer: how long a build waits for another build's folder lock before failing (ms). */
  lockTimeoutMs: number;
  /** Atomic writer: a lock older than this is stale even if its pid runs (the pid was reused) (ms). */
  lockStaleMs: number;
}

/** Options of the export stage: any of its settings. */
export type ExportOptions = Partial<ExportSettings>;

/** Defaults, in one place. */
export const EXPORT_DEFAULTS: Readonly<ExportSettings> = {
  chunk: 1 << 18,
  scale: 10,
  base: 'https://techgraph.invalid/',
  noVocabulary: false,
  folder: 'neo4j',
  direction: 'LR',
  lockTimeoutMs: 60_000,
  lockStaleMs: 10 * 60_000,
};

/** What each setting accepts. */
export const EXPORT_RULES: OptionRules<ExportSettings> = {
  chunk: rule.wholeNumber(1, 1 << 30),
  scale: { expected: 'a finite number > 0', test: (v) => typeof v === 'number' && Number.isFinite(v) && v > 0 },
  base: {
    expected: 'an absolute http(s) IRI ending in "/"',
    test: (v) => typeof v === 'string' && /^https?:\/\/[^\s<>"{}|\\^`]+\/$/.test(v),
  },
  noVocabulary: rule.boolean,
  folder: {
    expected: 'a relative folder name (letters, digits, . _ -, no ..)',
    test: (v) => typeof v === 'string' && /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(v) && !v.includes('..'),
  },
  direction: rule.oneOf(['LR', 'TD']),
  lockTimeoutMs: rule.wholeNumber(0),
  lockStaleMs: rule.wholeNumber(0),
};

/** Every problem with export options, as values. */
export function validateExportOptions(options: unknown, group = ''): OptionError[] {
  return validateOptions(EXPORT_RULES, options, group);
}

/** The full export settings; throws OptionsError on an invalid option. */
export function resolveExportOptions(options: ExportOptions = {}): ExportSettings {
  return resolveOptions(EXPORT_DEFAULTS, EXPORT_RULES, options);
}
