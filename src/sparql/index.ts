/**
 * The SPARQL face: an in-memory triple store loaded with the graph's RDF
 * export, the same store on a worker thread within time, row and memory
 * limits, and the text forms of its answers.
 */
export * from './limited.js';
export * from './options.js';
export * from './store.js';
