/**
 * How the CLI reports diagnostics: one line each (`file:line:col: severity
 * CODE: message`), their related places indented, and the counts.
 */
import { type Diagnostic, formatDiagnostic, formatRelated } from '../diagnostics/index.js';

/** Prints diagnostics, one line each, and their related places. */
export function printDiagnostics(list: readonly Diagnostic[], write: (s: string) => void): void {
  for (const d of list) {
    write(`${formatDiagnostic(d)}\n`);
    for (const r of d.related ?? []) write(`${formatRelated(r)}\n`);
  }
}

/** Errors and warnings in a list of diagnostics. */
export function counts(list: readonly Diagnostic[]) {
  return { errors: list.filter((d) => d.severity === 'error').length, warnings: list.filter((d) => d.severity === 'warning').length };
}

/** `2 errors, 1 warning`. */
export function summary(list: readonly Diagnostic[]): string {
  const { errors, warnings } = counts(list);
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}
