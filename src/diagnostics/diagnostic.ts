/**
 * Diagnostics: errors and warnings are values with a code and a position,
 * never thrown exceptions. Every stage returns them; the CLI prints them as
 * `file:line:column: severity CODE: message`.
 */
import { cmp } from '../vocabulary/index.js';
import { formatOptionError, type OptionError } from './options.js';
import { printable } from './printable.js';

/** Every diagnostic code the pipeline can produce. Tests assert codes, not messages. */
export const CODES = {
  // Input discovery and reading
  DATA_DIR_MISSING: 'the data folder does not exist or is not a folder',
  NO_FACT_FILES: 'the data folder holds no *.yaml / *.yml file',
  READ_ERROR: 'a file could not be read',
  SYMLINK_LOOP: 'a symbolic link leads back into a folder already being read',
  FILE_TOO_LARGE: 'a fact file is larger than the loader accepts (128 MiB)',
  INPUT_TOO_LARGE: 'the data folder holds more fact files, or more bytes of them, than the loader accepts',
  LINK_OUTSIDE: 'a symbolic link leads out of the data folder; it is not followed',
  EMPTY_FILE: 'a fact file is empty or holds only comments (warning)',
  // YAML
  YAML_SYNTAX: 'the file is not valid YAML',
  DUPLICATE_KEY: 'a mapping has the same key twice',
  MULTIPLE_DOCUMENTS: 'a fact file holds more than one YAML document',
  YAML_TOO_COMPLEX: 'aliases or nesting expand beyond the safety limit',
  INVALID_ENCODING: 'the file is not UTF-8 text',
  // Structure
  NOT_A_MAPPING: 'the document or a section has the wrong shape',
  UNKNOWN_FIELD: 'a key that the format does not define (a typo is an error)',
  MISSING_FIELD: 'a required key is missing',
  INVALID_TYPE: 'a value has the wrong type',
  INVALID_VALUE: 'a value does not parse (number with unit, enum word, URL, id)',
  INVALID_DATE: 'a date is malformed or does not exist',
  // Semantics
  DUPLICATE_ID: 'two nodes share an id',
  UNKNOWN_REFERENCE: 'a reference names no node',
  RELATION_KINDS: 'the relation does not join these kinds',
  SELF_RELATION: 'a node is related to itself',
  CYCLE: 'a relation that must be acyclic has a cycle',
  DUPLICATE_RELATION: 'the same relation is written twice between the same nodes',
  PREFERRED_CLAIMS: 'an attribute marks more than one claim as preferred',
  EXTEND_CLASH: 'an extend entry changes text the node already has (a label or description in the same language)',
  // Warnings
  CONFLICT: 'sources disagree about a fact (warning)',
  MISSING_SOURCE: 'a fact cites no source (warning)',
  SCOPE_SIZE: 'a scope names a size the node does not list in `sizes` (warning)',
  // Output
  WRITE_ERROR: 'an export could not be written',
  // The caller
  INVALID_OPTION: 'an option of the library call is unknown or out of range (a bug in the caller, not in the data)',
} as const;

/** A diagnostic code. */
export type Code = keyof typeof CODES;

/** `error` stops the build; `warning` is reported and the build goes on. */
export type Severity = 'error' | 'warning';

/** A place in a file; line and column are 1-based. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** One problem, with where it is. */
export interface Diagnostic extends Position {
  code: Code;
  severity: Severity;
  message: string;
  /** Other places involved (the first definition of a duplicate id, the rest of a cycle). */
  related?: Position[];
  /** For INVALID_OPTION: the option, what it takes and what it got. */
  option?: OptionError;
}

/** Builds an error diagnostic. */
export function error(code: Code, at: Position, message: string, related?: Position[]): Diagnostic {
  return { code, severity: 'error', ...pos(at), message, ...(related?.length ? { related: related.map(pos) } : {}) };
}

/** Builds a warning diagnostic. */
export function warning(code: Code, at: Position, message: string, related?: Position[]): Diagnostic {
  return { ...error(code, at, message, related), severity: 'warning' };
}

const pos = (p: Position): Position => ({ file: p.file, line: p.line, column: p.column });

/** Orders diagnostics by file, line, column, then code, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.code, b.code) || cmp(a.message, b.message),
  );
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/**
 * `file:line:column: severity CODE: message`, the one text form. The file
 * name and the message may quote data: both are made printable, so a
 * diagnostic is always one line that no data can forge.
 */
export function formatDiagnostic(d: Diagnostic): string {
  return `${printable(d.file)}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${printable(d.message)}`;
}

/** `  file:line:column: related`, the line under a diagnostic for each other place involved. */
export function formatRelated(p: Position): string {
  return `  ${printable(p.file)}:${p.line}:${p.column}: related`;
}

/** An invalid option as a diagnostic (INVALID_OPTION): placed at `(options)`, the option error kept whole. */
export function optionDiagnostic(e: OptionError): Diagnostic {
  return { code: 'INVALID_OPTION', severity: 'error', file: '(options)', line: 1, column: 1, message: formatOptionError(e), option: e };
}
