/**
 * The diagnostics face: the one shape of a problem (code, severity, place,
 * message, related places), its text form, the printable-text rule every
 * text output applies to data, did-you-mean suggestions, and the one
 * pattern of every stage's options (defaults, validate, resolve).
 */
export * from './diagnostic.js';
export * from './match.js';
export * from './options.js';
export * from './printable.js';
export * from './suggest.js';
