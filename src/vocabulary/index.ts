/**
 * The vocabulary face: node kinds, attributes and their value types,
 * relations, ids and the one text order. Every other stage reads what a kind,
 * an attribute or a relation means from here, and nowhere else.
 */

export * from './architecture.js';
export * from './attributes.js';
export * from './ids.js';
export * from './kinds.js';
export * from './palette.js';
export * from './relations.js';
export * from './values.js';
