/**
 * The export face: the formats `build` can write, each writer (a generator of
 * chunks over a built graph), the shared column model, and the atomic writer
 * that puts a set of files in place all at once or not at all.
 */

export { ByteSink, type Chunk, chunksToText, utf8 } from './bytes.js';
export { type Column, type ColumnType, claimSummary, EDGE_COLUMNS, GRAPH_COLUMNS, type NodeColumnOptions, nodeColumns } from './columns.js';
export { type CytoscapeOptions, cytoscape } from './cytoscape.js';
export { EXPORT_NAMES, exportNames, FORMATS, type FormatSpec } from './formats.js';
export { type GexfOptions, gexf, gexfList, gexfListXml } from './gexf.js';
export { type GraphmlOptions, graphml, graphmlValue } from './graphml.js';
export { json } from './json.js';
export { type MermaidOptions, mermaid, mermaidText } from './mermaid.js';
export {
  arrayDelimiter,
  csvField,
  cypher,
  cypherKey,
  cypherString,
  cypherValue,
  headerName,
  importScript,
  type Neo4jOptions,
  neo4jFiles,
  neo4jLabel,
  neo4jNames,
  relType,
} from './neo4j.js';
export {
  EXPORT_DEFAULTS,
  EXPORT_RULES,
  type ExportOptions,
  type ExportSettings,
  FORMAT_NAMES,
  type Format,
  resolveExportOptions,
  validateExportOptions,
} from './options.js';
export {
  className,
  dateLiteral,
  NS,
  ntriples,
  PROVENANCE_TERMS,
  RDF_BASE,
  type RdfOptions,
  RdfTerms,
  type RdfTextOptions,
  rdfPrefixes,
  rdfQuads,
  turtle,
  vocabularyQuads,
} from './rdf.js';
export { BREAKS_AND_CONTROLS, LONE_SURROGATE, oneLine, REPLACEMENT, wellFormed } from './text.js';
export {
  type FaultHook,
  LOCK_NAME,
  type OutputFile,
  recover,
  recoverFolder,
  TEMP_PREFIX,
  type WriteOptions,
  writeAtomic,
} from './write.js';
export { escapeXml, xmlSafe } from './xml.js';
