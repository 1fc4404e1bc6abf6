// The command-line scanner every command parser shares.
import { describe, expect, it } from 'vitest';
import { scanArgs } from '../../src/cli/scan.js';

const spec = { value: new Set(['--data', '--k']), bool: new Set(['--up', '--help']) };

describe('scanArgs', () => {
  it.each([
    [['query', 'lineage', 'yarn', '--up', '--data', 'd'], { '--up': 'true', '--data': 'd' }, ['query', 'lineage', 'yarn']],
    [['--k=3', 'x', '-h'], { '--k': '3', '--help': 'true' }, ['x']],
    [['a', '--data', '--up'], { '--data': '--up' }, ['a']], // a value may look like a flag
  ])('%j', (argv, flags, positional) => {
    const r = scanArgs(argv, spec);
    expect(r).toEqual({ flags: new Map(Object.entries(flags)), positional });
  });

  it.each([
    [['--nope'], 'unknown option --nope for query'],
    [['--data'], '--data needs a value'],
    [['--data='], '--data needs a value'],
    [['--up=1'], '--up takes no value'],
  ])('%j is refused', (argv, message) => expect(scanArgs(argv, spec, { where: 'query' })).toEqual({ usage: message }));

  it.each([
    [
      ['--through', 'version', '--through=technique,family', '--data', 'a', '--data', 'b'],
      { '--through': 'version,technique,family', '--data': 'b' },
    ],
    [['--through', 'version'], { '--through': 'version' }],
  ])('a repeatable flag gathers its values, others keep the last: %j', (argv, flags) => {
    expect(scanArgs(argv, { ...spec, value: new Set([...spec.value, '--through']), repeat: new Set(['--through']) })).toEqual({
      flags: new Map(Object.entries(flags)),
      positional: [],
    });
  });

  it('skips unknown flags when lenient, still consuming known values', () => {
    expect(scanArgs(['--weird', '--data', 'x', 'cmd'], spec, { lenient: true })).toEqual({
      flags: new Map([['--data', 'x']]),
      positional: ['cmd'],
    });
  });

  it('skips a flag missing its value when lenient, so the command is still found', () => {
    expect(scanArgs(['cmd', '--k'], spec, { lenient: true })).toEqual({ flags: new Map(), positional: ['cmd'] });
    expect(scanArgs(['cmd', '--k=', 'x'], spec, { lenient: true })).toEqual({ flags: new Map(), positional: ['cmd', 'x'] });
  });
});
