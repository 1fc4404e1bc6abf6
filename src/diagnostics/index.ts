/**
 * The diagnostics face: the one shape of a problem (code, severity, place,
 * message, related places), its text form, and did-you-mean suggestions.
 */
export * from './diagnostic.js';
export * from './match.js';
export * from './suggest.js';
