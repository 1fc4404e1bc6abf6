#!/usr/bin/env node
// techgraph command-line entry: runs the compiled CLI in dist/ (`npm run build` makes it; an installed
// package ships it). The only place that exits; an exception that escapes run() is a bug (exit 70).
import { existsSync } from 'node:fs';

// A closed pipe (`techgraph … | head`) ends output quietly instead of crashing.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e) => (e.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : Promise.reject(e)));

const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('techgraph: dist/ is missing: run `npm run build` in the techgraph checkout first\n');
  process.exit(70);
}
try {
  const { run } = await import(entry.href);
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
