/**
 * `techgraph query …`: loads the graph (check + build, no layout), runs one
 * query from src/query/ and prints its answer as text or JSON. Returns the
 * exit code: 0 ok, 1 unknown name or invalid data.
 */
import { printable, printableData } from '../diagnostics/index.js';
import type { GraphReader } from '../graph/index.js';
import { adopters, type Direction, diff, lineage, motivation, paths, type Result, select, timeline, version } from '../query/index.js';
import { QUERY_USAGE, type QueryCommand } from './args.js';
import type { Io } from './io.js';
import { jsonText } from './json-text.js';
import { loadGraph } from './load-graph.js';
import { renderLineage, renderMotivation, renderPaths, renderSelection, renderTimeline } from './render-query.js';
import { renderAdopters, renderDiff, renderVersion } from './render-release.js';

/** Runs a parsed query command. */
export async function runQuery(cmd: QueryCommand, io: Io): Promise<number> {
  if (cmd.query === 'help') {
    io.stdout(`${QUERY_USAGE}\n`);
    return 0;
  }
  const graph = await loadGraph(cmd.data, io, 'query', cmd.limits);
  if (!graph) return 1;
  const result = answerOf(cmd, graph);
  if (!result.ok) {
    const { error } = result;
    if (cmd.format === 'json') for (const chunk of jsonText({ error })) io.stdout(chunk);
    io.stderr(`techgraph query ${cmd.query}: ${printable(error.message)}\n`);
    return 1;
  }
  if (cmd.format === 'json') for (const chunk of jsonText(result.value.value)) io.stdout(chunk);
  else io.stdout(result.value.text());
  return 0;
}

/** An answer with its text rendering, rendered only when asked. */
interface Rendered {
  value: unknown;
  text: () => string;
}

/** The answer, and its text: every string of the answer made printable before any renderer sees it. */
const rendered = <T>(result: Result<T>, render: (value: T) => string): Result<Rendered> =>
  result.ok ? { ok: true, value: { value: result.value, text: () => render(printableData(result.value)) } } : result;

function answerOf(cmd: QueryCommand, graph: GraphReader): Result<Rendered> {
  const [a = '', b = ''] = cmd.args;
  const family = cmd.family !== undefined ? { family: cmd.family } : {};
  switch (cmd.query) {
    case 'help':
      return { ok: true, value: { value: null, text: () => `${QUERY_USAGE}\n` } };
    case 'lineage': {
      const directions: Direction[] = cmd.up === cmd.down ? ['up', 'down'] : cmd.up ? ['up'] : ['down'];
      return rendered(lineage(graph, a, { directions, ...(cmd.depth !== undefined ? { depth: cmd.depth } : {}) }), renderLineage);
    }
    case 'adopters':
      return rendered(adopters(graph, a), renderAdopters);
    case 'version':
      return rendered(version(graph, a), renderVersion);
    case 'diff':
      return rendered(diff(graph, a, b), renderDiff);
    case 'path':
      return rendered(
        paths(graph, a, b, {
          inferred: cmd.inferred,
          ...(cmd.k !== undefined ? { k: cmd.k } : {}),
          ...(cmd.maxK !== undefined ? { maxK: cmd.maxK } : {}),
          ...(cmd.through ? { through: cmd.through } : {}),
        }),
        (p) => renderPaths(p, cmd.inferred),
      );
    case 'motivation':
      return rendered(motivation(graph, a, family), renderMotivation);
    case 'timeline':
      return rendered(timeline(graph, family), renderTimeline);
    case 'select':
      return rendered(select(graph, a), renderSelection);
  }
}
