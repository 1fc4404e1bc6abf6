/**
 * The SPARQL face: an in-memory triple store loaded with the graph's RDF
 * export, and the text forms of its answers.
 */
export * from './store.js';
