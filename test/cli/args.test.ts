// Argument parsing: a pure function, table-driven.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/index.js';

describe('parseArgs', () => {
  it.each([
    [[], { command: 'help' }],
    [['--help'], { command: 'help' }],
    [['check'], { command: 'check', data: 'graph-data', format: 'text', limits: {} }],
    [['check', '--data', 'x', '--format=json'], { command: 'check', data: 'x', format: 'json', limits: {} }],
    [
      ['check', '--max-files', '10', '--max-input-mib=2'],
      { command: 'check', data: 'graph-data', format: 'text', limits: { maxFiles: 10, maxTotalBytes: 2 * 1024 * 1024 } },
    ],
    [
      ['build'],
      {
        command: 'build',
        data: 'graph-data',
        limits: {},
        out: 'exports',
        formats: ['gexf', 'json', 'graphml', 'cytoscape', 'rdf', 'neo4j', 'cypher', 'mermaid'],
        quiet: false,
        layout: 'fa2',
        iterations: 'auto',
        seed: 42,
        watch: false,
      },
    ],
    [
      ['build', '--out', 'o', '--format', 'gexf', '--quiet', '--layout', 'timeline', '--layout-iterations', '30', '--seed', '7'],
      {
        command: 'build',
        data: 'graph-data',
        limits: {},
        out: 'o',
        formats: ['gexf'],
        quiet: true,
        layout: 'timeline',
        iterations: 30,
        seed: 7,
        watch: false,
      },
    ],
    [['build', '--watch', '--format', 'json'], expect.objectContaining({ command: 'build', formats: ['json'], watch: true })],
    [['schema'], { command: 'schema' }],
    [['init'], { command: 'init', dir: 'graph-data' }],
    [['init', 'my-facts'], { command: 'init', dir: 'my-facts' }],
    [['serve'], { command: 'serve', data: 'graph-data', port: 5173, host: '127.0.0.1', watch: false, allowHosts: [] }],
    [
      ['serve', '--data', 'd', '--port', '0', '--host', '0.0.0.0', '--watch', '--allow-host', 'Box.lan', '--allow-host', 'b'],
      { command: 'serve', data: 'd', port: 0, host: '0.0.0.0', watch: true, allowHosts: ['box.lan', 'b'] },
    ],
    [['site', '--out', 'site'], { command: 'site', data: 'graph-data', out: 'site', base: '/' }],
    [['site', '--out', 'site', '--base', '/repo/', '--data', 'd'], { command: 'site', data: 'd', out: 'site', base: '/repo/' }],
  ])('%j', (argv, want) => expect(parseArgs(argv)).toEqual(want));

  it.each([
    [['frobnicate'], /unknown command/],
    [['check', '--format', 'xml'], /text or json/],
    [['build', '--format', 'gexf,svg'], /unknown export format "svg"/],
    [['build', '--layout', 'circle'], /--layout/],
    [['build', '--layout-iterations', '1000000'], /--layout-iterations takes a whole number from 0 to 999999/],
    [['build', '--layout-iterations', 'many'], /--layout-iterations/],
    [['build', '--seed', '1.5'], /--seed takes a whole number/],
    [['check', '--out', 'x'], /does not apply to check/],
    [['check', '--data'], /needs a value/],
    [['check', '--nope'], /unknown option/],
    [['check', 'extra'], /unexpected argument/],
    [['check', '--max-files', '0'], /--max-files takes a whole number/],
    [['build', '--max-input-mib', '1.5'], /--max-input-mib takes a whole number/],
    // Words named like Object.prototype members are unknown, like any other (issue 15, class 1).
    [['constructor'], /unknown command "constructor"/],
    [['toString', '--data', 'd'], /unknown command "toString"/],
    [['__proto__'], /unknown command "__proto__"/],
    [['hasOwnProperty'], /unknown command "hasOwnProperty"/],
    [['build', '--format', 'constructor'], /unknown export format "constructor"/],
    [['build', '--format', 'gexf,__proto__'], /unknown export format "__proto__"/],
    [['query', 'constructor', 'x'], /unknown query "constructor"/],
    [['query', 'path', 'a', 'b', '--k', '1001'], /--k is at most 1000/],
    [['build', '--quiet=yes'], /takes no value/],
    [['init', 'a', 'b'], /unexpected argument "b"/],
    [['init', '--data', 'x'], /does not apply to init/],
    [['serve', '--port', '70000'], /--port/],
    [['serve', '--port', 'http'], /--port/],
    [['serve', '--out', 'x'], /does not apply to serve/],
    [['site'], /site needs --out/],
    [['site', '--out', 'x', '--base', 'repo'], /--base/],
    [['site', '--out', 'x', '--base', '/repo'], /--base/],
    [['site', '--out', 'x', '--base', '//evil.example/'], /--base/],
    [['site', '--out', 'x', '--base', '/a"><script>/'], /--base/],
    [['check', '--watch'], /does not apply to check/],
    [['constructor'], /unknown command/],
    [['toString'], /unknown command/],
  ])('%j is a usage error', (argv, re) => {
    const r = parseArgs(argv);
    expect('usage' in r && r.usage).toMatch(re);
  });
});

describe('parseArgs: query path --through', () => {
  it.each<[string[], string[] | undefined]>([
    [['query', 'path', 'a', 'b'], undefined],
    [['query', 'path', 'a', 'b', '--through', 'technique'], ['technique']],
    [['query', 'path', 'a', 'b', '--through=Version'], ['version']],
    [
      ['query', 'path', 'a', 'b', '--through', 'technique, version'],
      ['version', 'technique'],
    ],
    [
      ['query', 'path', 'a', 'b', '--through', 'technique', '--through', 'family,technique'],
      ['family', 'technique'],
    ],
    [['query', '--through', 'source', 'path', 'a', 'b', '--k', '2'], ['source']],
  ])('%j → through %j', (argv, through) => {
    const r = parseArgs(argv);
    expect(r).toMatchObject({ command: 'query', query: 'path', args: ['a', 'b'] });
    expect('through' in r ? r.through : undefined).toEqual(through);
  });

  it.each([
    [['query', 'path', 'a', 'b', '--through'], /^--through needs a value$/],
    [['query', 'path', 'a', 'b', '--through='], /^--through needs a value$/],
    [
      ['query', 'path', 'a', 'b', '--through', 'versoin'],
      /^--through: unknown kind "versoin"; did you mean "version"\? \(kinds: family, version, model, technique, motivation, source\)$/,
    ],
    [['query', 'path', 'a', 'b', '--through', 'techniques'], /unknown kind "techniques"; did you mean "technique"\?/],
    [['query', 'path', 'a', 'b', '--through', 'technique,yarn'], /^--through: unknown kind "yarn" \(kinds: /],
    [['query', 'path', 'a', 'b', '--through', 'technique,'], /^--through takes node kinds, comma-separated: family, version/],
    [['query', 'lineage', 'yarn', '--through', 'technique'], /^--through does not apply to query lineage$/],
    [['query', 'path', 'a', 'b', '--k'], /^--k needs a value$/],
  ])('%j is a usage error', (argv, re) => {
    const r = parseArgs(argv);
    expect('usage' in r && r.usage).toMatch(re);
    expect('help' in r && r.help).toMatch(/--through KIND/);
  });
});
