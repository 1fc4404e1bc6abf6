// The query command end to end through run(): parsing, text and JSON output, exit codes 0 / 1 / 2.
import { describe, expect, it } from 'vitest';
import { parseArgs, run } from '../../src/cli/index.js';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd: process.cwd() });
  return { code, stdout, stderr };
}

const FIX = ['--data', 'test/fixtures/query'];

describe('parseArgs for query', () => {
  it.each([
    [['query', 'lineage', 'yarn'], { query: 'lineage', args: ['yarn'], data: 'graph-data', format: 'text', up: false, down: false }],
    [
      ['--data', 'd', 'query', 'lineage', 'yarn', '--up', '--depth', '2'],
      { query: 'lineage', args: ['yarn'], data: 'd', up: true, depth: 2 },
    ],
    [['query', 'lineage', 'Yet another RoPE extensioN', '--down'], { args: ['Yet another RoPE extensioN'], down: true }],
    [
      ['query', 'path', 'qwen2', 'long-context', '--k=4', '--inferred'],
      { query: 'path', args: ['qwen2', 'long-context'], k: 4, inferred: true },
    ],
    [['query', 'diff', 'a', 'b', '--format', 'json'], { query: 'diff', args: ['a', 'b'], format: 'json' }],
    [['query', 'timeline', '--family', 'qwen'], { query: 'timeline', args: [], family: 'qwen' }],
    [['query', 'select', '+yarn,gqa+'], { query: 'select', args: ['+yarn,gqa+'] }],
    [['query'], { query: 'help' }],
    [['query', 'adopters', '--help'], { query: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject({ command: 'query', ...expected });
  });

  it.each([
    [['query', 'nope'], /unknown query "nope"/],
    [['query', 'lineage'], /query lineage takes <technique>/],
    [['query', 'lineage', 'Yet', 'another'], /quote a name with spaces/],
    [['query', 'diff', 'a'], /takes <releaseA> <releaseB>/],
    [['query', 'timeline', 'x'], /takes no name/],
    [['query', 'adopters', 'gqa', '--depth', '2'], /--depth does not apply to query adopters/],
    [['query', 'lineage', 'yarn', '--depth', 'x'], /--depth takes a whole number/],
    [['query', 'path', 'a', 'b', '--k', '0'], /--k takes a whole number from 1/],
    [['query', 'version', 'a', '--format', 'xml'], /text or json/],
    [['query', 'lineage', 'yarn', '--up=1'], /--up takes no value/],
    [['query', 'lineage', 'yarn', '--bogus'], /unknown option --bogus/],
  ])('%j is a usage error', (argv, message) => {
    const r = parseArgs(argv);
    expect('usage' in r && r.usage).toMatch(message);
  });

  it('other commands parse as before', () => {
    expect(parseArgs(['check', '--data', 'query'])).toEqual({ command: 'check', data: 'query', format: 'text', limits: {} });
  });
});

describe('techgraph query', () => {
  it('lineage draws the tree with relations and sources (exit 0)', async () => {
    const r = await cli('query', 'lineage', 'ext2', '--up', ...FIX);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      [
        'Extension Two (ext2)',
        '├─ variant of Base encoding (base)  [p-ext]',
        '└─ extends Extension One (ext1)  [p-ext]',
        '   └─ extends Base encoding (base) (repeated)  [p-ext]',
      ].join('\n'),
    );
    expect(r.stdout).toContain('complemented by  Companion (comp)  [r-b]');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('adopters prints aligned columns in release order, then the inherited adopters', async () => {
    const r = await cli('query', 'adopters', 'gen', ...FIX);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf('adopted (stated), in release order');
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '  released  release       family  first  scope  sources',
      '  2022-06   Beta 1 (b1)   beta    first         [r-b]',
      '  2023-01   Alpha 2 (a2)  alpha   first         [r-a]',
      '  2023-09   Alpha 3 (a3)  alpha                 [r-a]',
    ]);
    expect(r.stdout).toContain(
      'inherited (not stated on the release; adopted by a release it comes from)\n  2023  Beta 2 (b2)  beta  adopted in Beta 1 (b1)\n',
    );
  });

  it('version shows the techniques by status and the numbers; silence is "not stated"', async () => {
    const r = await cli('query', 'version', 'a2', ...FIX);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'inherited (not stated on it; the nearest statement up the releases it comes from)\n  Old RL (rl-old)  adopted in Alpha 1 (a1)  [r-a]\n',
    );
    expect(r.stdout).toContain('dropped\n  Norm A (norm-a)  relative to Alpha 1 (a1)  [r-a]\n');
    expect(r.stdout).toMatch(/Training tokens +1T +2T +\+1T ×2\n/);
    expect(r.stdout).toMatch(/Extended context +not stated +32K\n/);
    expect(r.stdout).toMatch(/Vocabulary\n +64000 +preferred +\[r-a\]/);
    expect(r.stdout).not.toContain('not adopted');
  });

  it('version of a release that says nothing of a technique its predecessor adopts: inherited, never "not adopted"', async () => {
    const r = await cli('query', 'version', 'v2', '--data', 'test/fixtures/query-v2');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  Tech X (x)  adopted in V1        [r1]\n');
    expect(r.stdout).toContain('stated no\n  (none)\n');
    expect(r.stdout).toMatch(/Vocabulary +32000 +not stated\n/);
    expect(r.stdout).toMatch(/Languages +~30 +>29 +about the same\n/);
    expect(r.stdout).toMatch(/Native context +2K \[7B\] · 4K \[70B\] +4K \[7B\] · 8K \[70B\] +\[7B\] \+2K ×2 · \[70B\] \+4K ×2\n/);
  });

  it('diff names a drop only relative to the release it is relative to', async () => {
    const data = ['--data', 'test/fixtures/query-v2'];
    const near = await cli('query', 'diff', 'v2', 'v3', ...data);
    expect(near.stdout).toMatch(/ - {2}Tech X \(x\) +inherited from V1 +dropped +\[r3\]\n/);
    const far = await cli('query', 'diff', 'v1', 'v3', ...data);
    expect(far.stdout).toMatch(/ - {2}Tech X \(x\) +adopted +stated no \(dropped relative to V2\) +\[r3\]\n/);
  });

  it('path prints each hop with its real direction', async () => {
    const r = await cli('query', 'path', 'long-ctx', 'a3', ...FIX);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 shortest paths');
    expect(r.stdout).toMatch(/comp +←adopts─ +a3 +\[r-a\]/);
  });

  it('path --through keeps to nodes of those kinds, in text and JSON', async () => {
    const plain = await cli('query', 'path', 'a2', 'comp', ...FIX);
    expect(plain.stdout).toContain('1 shortest path from Alpha 2 (a2) to Companion (comp) (inferred');
    expect(plain.stdout).toContain('1. Alpha 2 → Alpha 3 → Companion  (2 hops)');
    const r = await cli('query', 'path', 'a2', 'comp', '--through', 'technique', ...FIX);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('2 shortest paths from Alpha 2 (a2) to Companion (comp) through technique nodes only (inferred');
    expect(r.stdout).toContain('1. Alpha 2 → Extension One → Extension Two → Companion  (3 hops)');
    expect(r.stdout).toContain('2. Alpha 2 → Base encoding → Extension Two → Companion  (3 hops)');
    expect(r.stdout).not.toContain('Alpha 3');
    const json = await cli('query', 'path', 'a2', 'comp', '--through', 'technique', '--through', 'version', '--format', 'json', ...FIX);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(Object.keys(out)).toEqual(['from', 'to', 'k', 'through', 'more', 'paths']);
    expect(out.through).toEqual(['version', 'model', 'technique']);
    expect(out.paths.map((p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id).join(' '))).toEqual(['a2 a3 comp']);
    expect(JSON.parse((await cli('query', 'path', 'a2', 'comp', '--format', 'json', ...FIX)).stdout).through).toBeNull();
  });

  it('path --through with no path says so (exit 0)', async () => {
    const r = await cli('query', 'path', 'a1', 'a3', '--through', 'motivation', ...FIX);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      'no path from Alpha 1 (a1) to Alpha 3 (a3) through motivation nodes only (inferred edges left out; --inferred walks them)\n',
    );
  });

  it('path --through: an unknown kind is bad usage (exit 2), an unknown name still exit 1', async () => {
    const kind = await cli('query', 'path', 'a2', 'comp', '--through', 'tecnique', ...FIX);
    expect(kind.code).toBe(2);
    expect(kind.stdout).toBe('');
    expect(kind.stderr).toMatch(/--through: unknown kind "tecnique"; did you mean "technique"\?/);
    expect(kind.stderr).toContain('Usage: techgraph query');
    const name = await cli('query', 'path', 'a2', 'compp', '--through', 'technique', ...FIX);
    expect(name.code).toBe(1);
    expect(name.stderr).toMatch(/unknown node "compp"; did you mean "comp"/);
  });

  it('select prints ids one per line', async () => {
    const r = await cli('query', 'select', '+ext2, norm-a+1', ...FIX);
    expect(r).toEqual({ code: 0, stdout: 'base\next1\next2\nnorm-a\nnorm-b\n', stderr: '' });
  });

  it('--format json prints the library answer', async () => {
    const r = await cli('query', 'adopters', 'rl-old', '--format', 'json', ...FIX);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      'technique',
      'first',
      'firstPerFamily',
      'adopters',
      'inherited',
      'notAdopted',
      'droppedBy',
      'disputed',
    ]);
    expect(out.adopters.map((a: { id: string }) => a.id)).toEqual(['a1']);
    expect(out.disputed.map((a: { id: string; edge: { status: string } }) => [a.id, a.edge.status])).toEqual([['b2', 'disputed']]);
    expect(out.technique).toEqual({ id: 'rl-old', label: 'Old RL', display: 'Old RL', kind: 'technique' });
  });

  it('an unknown name exits 1 with a did-you-mean', async () => {
    const r = await cli('query', 'lineage', 'ext3', ...FIX);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown technique, version or model "ext3"; did you mean "ext1" or "ext2"/);
  });

  it('an unknown name in JSON mode also prints the error object', async () => {
    const r = await cli('query', 'adopters', 'gqq', '--format', 'json', ...FIX);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'UNKNOWN_NAME', name: 'gqq' });
  });

  it('invalid data exits 1 and says so', async () => {
    const r = await cli('query', 'timeline', '--data', 'test/fixtures/invalid/cycle');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error CYCLE/);
    expect(r.stderr).toMatch(/is invalid; nothing to query/);
  });

  it('bad usage exits 2 with the query usage', async () => {
    const r = await cli('query', 'lineage', ...FIX);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: techgraph query');
  });

  it('query --help prints the query usage (exit 0)', async () => {
    const r = await cli('query', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: techgraph query/);
    expect(r.stdout).toContain('[--k N] [--max-k N] [--inferred] [--through KIND[,KIND...]]');
    expect(r.stdout).toContain('(family, version, model, technique, motivation, source); repeatable');
  });

  it('the real data answers lineage yarn, names by their display name', async () => {
    const r = await cli('query', 'lineage', 'yarn', '--up');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^lineage of YaRN \(technique\)\n/);
    expect(r.stdout).toMatch(
      /├─ extends Dynamic NTK interpolation \(dynamic-ntk\)[^\n]*\n│ {2}└─ variant of NTK-aware interpolation \(ntk-aware-interpolation\)[^\n]*\n│ {5}└─ extends RoPE/,
    );
    expect(r.stdout).toMatch(/complements \(both ways\) +Dual Chunk Attention \(technique, dca\)/);
    expect(r.stdout).toMatch(/alternative to +LogN attention scaling \(logn-scaling\)/);
  });

  it('the real data: diff deepseek-v3 qwen3 says Qwen3 states no to shared experts, relative to Qwen2.5, not "dropped"', async () => {
    const r = await cli('query', 'diff', 'deepseek-v3', 'qwen3');
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.includes('Shared experts'))!;
    expect(line).toMatch(/^ {2}- {2}Shared experts \(shared-experts\) +adopted +stated no \(dropped relative to Qwen2\.5\) /);
    expect(r.stdout).not.toMatch(/ dropped {2}/);
  });

  it('the real data: motivation rows stay aligned when family names differ in length', async () => {
    const r = await cli('query', 'motivation', 'long-context');
    const rows = r.stdout.split('\n').filter((l) => /^ {2}(\d{4}|—)/.test(l));
    expect(rows.length).toBeGreaterThan(10);
    // The techniques column starts at the same place on every row (the family column is padded).
    const starts = rows.map((l) => /^( {2}\S+ +\S.*? {2}(?:llama|qwen|deepseek) +)/.exec(l)![1]!.length);
    expect(new Set(starts).size).toBe(1);
  });
});
