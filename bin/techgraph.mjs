#!/usr/bin/env node
// techgraph command-line entry: runs the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
// A closed pipe (`techgraph … | head`) ends output quietly instead of crashing.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e) => (e.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : Promise.reject(e)));
try {
  const { run } = await import('../src/cli/index.ts');
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  });
} catch (e) {
  // An exception that escapes run() is a bug: two lines, the stack only with TECHGRAPH_DEBUG=1, exit 70 (EX_SOFTWARE).
  const message = String(e?.message || e).split('\n')[0];
  process.stderr.write(
    `techgraph: internal error: ${message}\nthis is a bug: please report it, with the output of the same command run with TECHGRAPH_DEBUG=1 (which prints the stack)\n`,
  );
  if (process.env.TECHGRAPH_DEBUG === '1') process.stderr.write(`${e?.stack || e}\n`);
  process.exitCode = 70;
}
