/**
 * Export formats: the one table of what `build --format` can write, each
 * format a description and the files it writes for a graph (names relative
 * to the output folder), in the order they are written.
 */
import type { TechGraph } from '../graph/index.js';
import type { Chunk } from './bytes.js';
import { cytoscape } from './cytoscape.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { json } from './json.js';
import { mermaid } from './mermaid.js';
import { cypher, neo4jFiles } from './neo4j.js';
import type { ExportOptions } from './options.js';
import { ntriples, turtle } from './rdf.js';
import type { OutputFile } from './write.js';

/** One export format: a description and the files it writes for a graph (names relative to the output folder), with the export settings it uses. */
export interface FormatSpec {
  description: string;
  files(graph: TechGraph, options?: ExportOptions): OutputFile[];
}

const one =
  (name: string, write: (g: TechGraph, o: ExportOptions) => Iterable<Chunk>) =>
  (g: TechGraph, o: ExportOptions = {}): OutputFile[] => [{ name, chunks: () => write(g, o) }];

/** Export formats, in the order they are written. */
export const FORMATS = {
  gexf: { description: 'graph.gexf: GEXF 1.3 for Gephi', files: one('graph.gexf', gexf) },
  json: { description: 'graph.json: graphology JSON for the viewer', files: one('graph.json', json) },
  graphml: { description: 'graph.graphml: GraphML for yEd, Cytoscape, networkx', files: one('graph.graphml', graphml) },
  cytoscape: { description: 'graph.cyjs: Cytoscape.js JSON', files: one('graph.cyjs', cytoscape) },
  rdf: {
    description: 'graph.ttl, graph.nt: RDF (Turtle, N-Triples) for triple stores and SPARQL',
    files: (g, o = {}) => [...one('graph.ttl', turtle)(g, o), ...one('graph.nt', ntriples)(g, o)],
  },
  neo4j: { description: 'neo4j/: CSV files and import.sh for neo4j-admin bulk import', files: (g, o = {}) => neo4jFiles(g, o) },
  cypher: { description: 'graph.cypher: idempotent MERGE statements for a running Neo4j', files: one('graph.cypher', cypher) },
  mermaid: { description: 'graph.mmd: Mermaid flowchart of the version chains and their techniques', files: one('graph.mmd', mermaid) },
} as const satisfies Record<string, FormatSpec>;
export type Format = keyof typeof FORMATS;
