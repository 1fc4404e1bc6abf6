/**
 * Export formats: the one table of what `build --format` can write, each
 * format a description and the files it writes for a graph (names relative
 * to the output folder), in the order they are written.
 */
import type { TechGraph } from '../graph/index.js';
import { KIND_NAMES } from '../vocabulary/index.js';
import type { Chunk } from './bytes.js';
import { cytoscape } from './cytoscape.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { json } from './json.js';
import { mermaid } from './mermaid.js';
import { cypher, neo4jFiles, neo4jNames } from './neo4j.js';
import { type ExportOptions, type Format, resolveExportOptions } from './options.js';
import { ntriples, turtle } from './rdf.js';
import type { OutputFile } from './write.js';

/**
 * One export format: a description, every file name it may write with given
 * export settings (whatever the graph), and the files it writes for a graph
 * (names relative to the output folder), with the export settings it uses.
 */
export interface FormatSpec {
  description: string;
  names(options?: ExportOptions): readonly string[];
  files(graph: TechGraph, options?: ExportOptions): OutputFile[];
}

/** A format of one file. */
const one = (description: string, name: string, write: (g: TechGraph, o: ExportOptions) => Iterable<Chunk>): FormatSpec => ({
  description,
  names: () => [name],
  files: (g, o = {}) => [{ name, chunks: () => write(g, o) }],
});

/** Export formats, in the order they are written (FORMAT_NAMES, which the settings face gives without the writers). */
export const FORMATS = {
  gexf: one('graph.gexf: GEXF 1.3 for Gephi', 'graph.gexf', gexf),
  json: one('graph.json: graphology JSON for the viewer', 'graph.json', json),
  graphml: one('graph.graphml: GraphML for yEd, Cytoscape, networkx', 'graph.graphml', graphml),
  cytoscape: one('graph.cyjs: Cytoscape.js JSON', 'graph.cyjs', cytoscape),
  rdf: {
    description: 'graph.ttl, graph.nt: RDF (Turtle, N-Triples) for triple stores and SPARQL',
    names: () => ['graph.ttl', 'graph.nt'],
    files: (g, o = {}) => [
      { name: 'graph.ttl', chunks: () => turtle(g, o) },
      { name: 'graph.nt', chunks: () => ntriples(g, o) },
    ],
  },
  neo4j: {
    description: 'neo4j/: CSV files and import.sh for neo4j-admin bulk import',
    names: (o = {}) => {
      const n = neo4jNames(KIND_NAMES, resolveExportOptions(o).folder);
      return [...n.nodes, n.relationships, n.script];
    },
    files: (g, o = {}) => neo4jFiles(g, o),
  },
  cypher: one('graph.cypher: idempotent MERGE statements for a running Neo4j', 'graph.cypher', cypher),
  mermaid: one('graph.mmd: Mermaid flowchart of the version chains and their techniques', 'graph.mmd', mermaid),
} as const satisfies Record<Format, FormatSpec>;

/**
 * Every file name any format may write with these export settings: the only
 * files besides its own temporaries that recovering an output folder may
 * restore or remove.
 */
export function exportNames(options: ExportOptions = {}): Set<string> {
  return new Set(Object.values(FORMATS).flatMap((f: FormatSpec) => f.names(options)));
}

/** `exportNames()` with the default export settings. */
export const EXPORT_NAMES: ReadonlySet<string> = exportNames();
