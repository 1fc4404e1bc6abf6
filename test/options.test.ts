// Options, one pattern per stage: every DEFAULTS object passes its own rules; a bad or unknown option is an
// INVALID_OPTION value naming the option, what it takes and what it got — thrown as OptionsError by a stage called
// directly (before it does anything), returned as a diagnostic by check and buildExports (before anything is read
// or written), an error result from a query; and each option really takes effect.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type OptionError, OptionsError, rule, validateOptions } from '../src/diagnostics/index.js';
import {
  chunksToText,
  EXPORT_DEFAULTS,
  gexf,
  json,
  resolveExportOptions,
  validateExportOptions,
  writeAtomic,
} from '../src/export/index.js';
import { BUILD_DEFAULTS, build, validateBuildOptions } from '../src/graph/index.js';
import { LAYOUT_DEFAULTS, layout, resolveLayoutOptions, validateLayoutOptions } from '../src/layout/index.js';
import { LOAD_DEFAULTS, load, validateLoadOptions } from '../src/load/index.js';
import { buildExports, check } from '../src/pipeline/index.js';
import { buildSite, resolveSiteOptions, SITE_DEFAULTS, validateSiteOptions } from '../src/project/index.js';
import { lineage, motivation, QUERY_DEFAULTS, validateQueryOptions } from '../src/query/index.js';
import { VALIDATE_DEFAULTS, validate, validateValidateOptions } from '../src/validate/index.js';
import { graphOf } from './helpers.js';

/** The errors an OptionsError carries (undefined when `f` does not throw one). */
function thrown(f: () => unknown): readonly OptionError[] | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof OptionsError) return e.errors;
    throw e;
  }
  return undefined;
}
async function rejected(p: Promise<unknown>): Promise<readonly OptionError[] | undefined> {
  try {
    await p;
  } catch (e) {
    if (e instanceof OptionsError) return e.errors;
    throw e;
  }
  return undefined;
}
const err = (option: string, actual: string) => ({ code: 'INVALID_OPTION', option, actual });

describe('the options pattern', () => {
  it('every stage accepts its own defaults and nothing unknown', () => {
    expect(validateLoadOptions(LOAD_DEFAULTS)).toEqual([]);
    expect(validateValidateOptions(VALIDATE_DEFAULTS)).toEqual([]);
    expect(validateBuildOptions(BUILD_DEFAULTS)).toEqual([]);
    expect(validateLayoutOptions(LAYOUT_DEFAULTS)).toEqual([]);
    expect(validateExportOptions(EXPORT_DEFAULTS)).toEqual([]);
    expect(validateQueryOptions(QUERY_DEFAULTS)).toEqual([]);
    for (const v of [validateLoadOptions, validateValidateOptions, validateBuildOptions, validateLayoutOptions, validateExportOptions])
      expect(v({ nope: 1 })).toMatchObject([err('nope', '1')]);
  });

  it('checks names, values and shapes; undefined takes the default', () => {
    const rules = { n: rule.wholeNumber(1, 9), f: rule.callback };
    expect(validateOptions(rules, { n: undefined, f: undefined })).toEqual([]);
    expect(validateOptions(rules, { n: 1.5, f: 'x', g: true }, 'grp')).toEqual([
      { code: 'INVALID_OPTION', option: 'grp.n', expected: 'a whole number from 1 to 9', actual: '1.5' },
      { code: 'INVALID_OPTION', option: 'grp.f', expected: 'a function', actual: '"x"' },
      { code: 'INVALID_OPTION', option: 'grp.g', expected: 'no such option; known: n, f', actual: 'true' },
    ]);
    expect(validateOptions(rules, 7, 'grp')).toMatchObject([err('grp', '7')]);
    expect(resolveLayoutOptions({ seed: 7, iterations: undefined })).toEqual({ ...LAYOUT_DEFAULTS, seed: 7 });
  });
});

describe('each stage refuses bad options before doing anything, and uses good ones', () => {
  it('layout: iterations -1, an unknown layout or option reject with OptionsError; the graph is untouched', async () => {
    const g = await graphOf('test/fixtures/mini');
    const before = g.mapNodes((_, a) => [a.x, a.y]);
    expect(await rejected(layout(g, { iterations: -1 }))).toMatchObject([err('iterations', '-1')]);
    expect(await rejected(layout(g, { layout: 'circle' as never, seed: -3 }))).toMatchObject([
      err('layout', '"circle"'),
      err('seed', '-3'),
    ]);
    expect(await rejected(layout(g, { iteration: 5 } as never))).toMatchObject([err('iteration', '5')]);
    expect(g.mapNodes((_, a) => [a.x, a.y])).toEqual(before);
    const e = await layout(g, { iterations: Number.NaN }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OptionsError);
    expect((e as OptionsError).code).toBe('INVALID_OPTION');
  });

  it('load: limits are options (a small maxFileBytes refuses the file), and bad ones reject', async () => {
    const r = await load('test/fixtures/mini', { maxFileBytes: 100 });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['FILE_TOO_LARGE']);
    const deep = await load('test/fixtures/mini', { maxDepth: 2 });
    expect(deep.diagnostics.map((d) => d.code)).toEqual(['YAML_TOO_COMPLEX']);
    expect(await rejected(load('test/fixtures/mini', { maxFileBytes: -1, workers: 1.5 }))).toMatchObject([
      err('maxFileBytes', '-1'),
      err('workers', '1.5'),
    ]);
  });

  it('validate: maxSuggestions 0 gives no did-you-mean; a bad value throws', async () => {
    const loaded = await load('test/fixtures/invalid/unknown-reference');
    const unknown = (o: Parameters<typeof validate>[1]) =>
      validate(loaded.files, o).diagnostics.filter((d) => d.code === 'UNKNOWN_REFERENCE');
    expect(unknown({}).some((d) => d.message.includes('did you mean'))).toBe(true);
    expect(unknown({ maxSuggestions: 0 }).some((d) => d.message.includes('did you mean'))).toBe(false);
    expect(thrown(() => validate(loaded.files, { maxSuggestions: -1 }))).toMatchObject([err('maxSuggestions', '-1')]);
  });

  it('build: the name is an option; an empty one throws', async () => {
    const r = await check({ data: 'test/fixtures/mini' });
    expect(build(r.facts, { name: 'mine' }).getAttribute('name')).toBe('mine');
    expect(thrown(() => build(r.facts, { name: '' }))).toMatchObject([err('name', '""')]);
  });

  it('export: writers and the atomic writer refuse bad settings; chunk and direction take effect', async () => {
    const g = await graphOf('test/fixtures/mini');
    expect(thrown(() => [...gexf(g, { chunk: 0 })])).toMatchObject([err('chunk', '0')]);
    expect(thrown(() => resolveExportOptions({ base: 'ftp://x', folder: '../x' }))).toMatchObject([
      err('base', '"ftp://x"'),
      err('folder', '"../x"'),
    ]);
    expect([...json(g, { chunk: 64 })].length).toBeGreaterThan([...json(g)].length);
    const dir = await mkdtemp(join(tmpdir(), 'tg-opt-'));
    expect(await rejected(writeAtomic(dir, [{ name: 'a.txt', chunks: () => ['a'] }], undefined, { lockTimeoutMs: -5 }))).toMatchObject([
      err('lockTimeoutMs', '-5'),
    ]);
    expect(await readdir(dir)).toEqual([]);
    const { FORMATS } = await import('../src/export/index.js');
    const [mmd] = FORMATS.mermaid.files(g, { direction: 'TD' });
    expect(chunksToText(mmd!.chunks())).toContain('flowchart TD');
  });

  it('queries return INVALID_OPTION results', async () => {
    const g = await graphOf('test/fixtures/mini');
    const r = lineage(g, 'yarn', { depth: -1 });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'INVALID_OPTION', option: err('depth', '-1') });
    const m = motivation(g, 'long-context', { family: '' });
    expect(m.ok ? null : m.error.code).toBe('INVALID_OPTION');
    expect(lineage(g, 'yarn', { depth: Infinity }).ok).toBe(true);
  });
});

describe('check and buildExports return bad options as INVALID_OPTION diagnostics, touching nothing', () => {
  it('buildExports: every bad option of every stage at once; no output folder is created', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'tg-opt-')), 'out');
    const r = await buildExports({
      data: 'test/fixtures/mini',
      out,
      formats: ['gexf', 'svg' as never],
      load: { maxDepth: 0 },
      validate: { maxSuggestions: 1.5 },
      build: { name: 3 as never },
      layout: { iterations: -1 },
      export: { chunk: -1, colour: 'red' } as never,
    });
    expect(r.ok).toBe(false);
    expect(r.written).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.option?.option])).toEqual([
      ['INVALID_OPTION', 'error', 'formats'],
      ['INVALID_OPTION', 'error', 'load.maxDepth'],
      ['INVALID_OPTION', 'error', 'validate.maxSuggestions'],
      ['INVALID_OPTION', 'error', 'build.name'],
      ['INVALID_OPTION', 'error', 'layout.iterations'],
      ['INVALID_OPTION', 'error', 'export.chunk'],
      ['INVALID_OPTION', 'error', 'export.colour'],
    ]);
    expect(r.diagnostics[4]!.option).toMatchObject({ expected: 'a whole number from 0 to 999999, or one of "auto"', actual: '-1' });
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it('check: a missing data folder option, an unknown option', async () => {
    const r = await check({ data: undefined as never, colour: 'red' } as never);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.option?.option])).toEqual([
      ['INVALID_OPTION', 'colour'],
      ['INVALID_OPTION', 'data'],
    ]);
  });

  it('good stage options pass through to their stage (the graph name)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tg-opt-'));
    const r = await buildExports({
      data: 'test/fixtures/mini',
      out,
      formats: ['graphml'],
      build: { name: 'named' },
      layout: { layout: 'none' },
      export: { chunk: 16 },
    });
    expect(r.ok).toBe(true);
    expect(r.graph!.getAttribute('name')).toBe('named');
  });
});

describe('project: buildSite on the options pattern', () => {
  it('accepts its defaults; refuses a bad base, a missing out and an unknown option before writing anything', async () => {
    expect(validateSiteOptions({ ...SITE_DEFAULTS, data: 'd', out: 'o' })).toEqual([]);
    expect(validateSiteOptions({ base: '/repo' })).toMatchObject([err('base', '"/repo"')]);
    const out = join(await mkdtemp(join(tmpdir(), 'tg-opt-')), 'site');
    expect(await rejected(buildSite({ data: 'test/fixtures/mini', out, base: '/a"><script>/' }))).toMatchObject([
      err('base', '"/a\\"><script>/"'),
    ]);
    expect(await rejected(buildSite({ data: 'test/fixtures/mini' } as never))).toMatchObject([err('out', 'undefined')]);
    expect(await rejected(buildSite({ data: 'test/fixtures/mini', out, colour: 1 } as never))).toMatchObject([err('colour', '1')]);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
    expect(resolveSiteOptions({ data: 'd', out: 'o' }).base).toBe('/');
  });
});
