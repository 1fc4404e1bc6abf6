/**
 * `techgraph init`: a new data folder with one commented example of every
 * kind (family, version, sub-model, technique, motivation, source), the JSON Schema of
 * the facts format and the editor modeline that points to it. Never
 * overwrites: if any file it would write exists, it writes nothing.
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';

/** The example's file name in the new folder; the schema sits next to it. */
export const SCAFFOLD_FILES = { facts: 'example.yaml', schema: 'schema.json' } as const;

/** The example data: passes `techgraph check` with no error and one warning, the conflict it shows on purpose. */
export const EXAMPLE_FACTS = `# yaml-language-server: $schema=./${SCAFFOLD_FILES.schema}
# A techgraph data folder: every *.yaml / *.yml file in it, at any depth, is read and merged.
# This file holds one node of each kind; copy, rename and split it as your facts grow.
#   npx techgraph check --data .           every problem at once, as file:line:col
#   npx techgraph serve --data . --watch   the graph in your browser, following your edits
# The modeline above gives editors with yaml-language-server completion and checking from ${SCAFFOLD_FILES.schema}.

families:
  - id: example-family              # ids: letters, digits, . _ -; unique across all files
    label: Example family
    organisation: Example Lab
    sources: example-report         # the source every fact of this node cites, unless a fact names its own

versions:
  - id: example-1
    label: { en: Example 1, zh: 示例 1 }
    in_family: example-family
    described_in: example-report
    sources: example-report
    released: 2024-06-01            # a date: 2024, 2024-06 or 2024-06-01
    flagship_params: 7B
    sizes: [1B, 7B]
    context_native: 32K             # a length: K = 1024
    training_tokens:                # sources disagree: keep both claims, mark the preferred one
      - { value: 7T, status: preferred }
      - { value: 6T, sources: example-blog, status: disputed, quote: "6T tokens", note: The blog rounded down. }
    sft_examples: not reported      # the source does not give the figure
    adopts:
      - { target: example-attention, scope: 7B, sources: example-report }   # scope: the sizes it holds for
    architecture:                   # one row per size
      - { size: 1B, layers: 16, hidden_size: 2048, heads: 16, kv_heads: 16 }
      - { size: 7B, layers: 28, hidden_size: 3584, heads: 28, kv_heads: 4 }

models:                             # sub-models of a version: every attribute and relation a version has
  - id: example-1-chat
    label: Example 1 Chat
    variant_of: example-1
    sources: example-blog
    released: 2024-06-15

techniques:
  - id: example-attention
    label: Example attention
    aliases: [ExA]                  # other names: queries and the viewer's search find them
    full_name: Example grouped attention
    category: attention
    sources: example-report
    introduced_in: example-report
    serves: efficiency

motivations:
  - id: efficiency
    label: { en: Efficiency, zh: 效率 }
    description: Serve the same quality with less memory and compute.
    sources: example-report

sources:
  - id: example-report
    label: Example 1 technical report
    source_type: report
    title: "Example 1: a technical report"
    date: 2024-06
    url: https://example.org/example-1-report
    published_by: example-family
    sources: example-report
  - id: example-blog
    label: Example 1 launch post
    source_type: blog
    date: 2024-06
    url: https://example.org/blog/example-1
    published_by: example-family
    sources: example-blog
`;

/** Why `init` wrote nothing. */
export interface InitError {
  code: 'EXISTS' | 'WRITE_ERROR';
  /** The file (or folder) concerned. */
  path: string;
  message: string;
}

/** Result of `init`: the files written, or why none was. */
export type InitResult = { ok: true; written: string[] } | { ok: false; errors: InitError[] };

/** Writes a new data folder into `dir` (created if missing). */
export async function init(dir: string, schema: unknown): Promise<InitResult> {
  const files: [string, string][] = [
    [join(dir, SCAFFOLD_FILES.facts), EXAMPLE_FACTS],
    [join(dir, SCAFFOLD_FILES.schema), `${JSON.stringify(schema, null, 2)}\n`],
  ];
  const exists: InitError[] = [];
  for (const [path] of files)
    if (
      await lstat(path).then(
        () => true,
        () => false,
      )
    )
      exists.push({ code: 'EXISTS', path, message: 'exists; init never overwrites a file' });
  if (exists.length) return { ok: false, errors: exists };
  const written: string[] = [];
  try {
    await mkdir(dir, { recursive: true });
    for (const [path, text] of files) {
      // O_EXCL: a file that appeared since the check above is an error, not overwritten.
      const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
      try {
        await handle.writeFile(text);
      } finally {
        await handle.close();
      }
      written.push(path);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return {
      ok: false,
      errors: [
        {
          code: err.code === 'EEXIST' ? 'EXISTS' : 'WRITE_ERROR',
          path: err.path ?? dir,
          message: `${err.code === 'EEXIST' ? 'exists; init never overwrites a file' : `cannot write: ${err.code ?? err.message}`}${written.length ? ` (already written: ${written.join(', ')})` : ''}`,
        },
      ],
    };
  }
  return { ok: true, written };
}
