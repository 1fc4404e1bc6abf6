#!/usr/bin/env node
// techgraph command-line entry: runs the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
// A closed pipe (`techgraph … | head`) ends output quietly instead of crashing.
for (const stream of [process.stdout, process.stderr]) stream.on('error', (e) => (e.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : Promise.reject(e)));
const { run } = await import('../src/cli/main.ts');
process.exitCode = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
});
