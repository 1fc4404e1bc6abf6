// Preloaded into a benchmarked child (`node --import ./rss.mjs …`): on exit,
// writes the process's peak resident set size (KiB, all threads) to $TG_BENCH_RSS.
import { writeFileSync } from 'node:fs';

const out = process.env.TG_BENCH_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
