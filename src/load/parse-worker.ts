/**
 * A parse worker: receives { id, text, file, limits }, answers { id, parsed } with
 * parseData's result (plain data: the structured clone carries it back).
 */
import { parentPort } from 'node:worker_threads';
import type { YamlLimits } from './options.js';
import { parseData } from './yaml.js';

parentPort!.on('message', (job: { id: number; text: string; file: string; limits: YamlLimits }) => {
  parentPort!.postMessage({ id: job.id, parsed: parseData(job.text, job.file, job.limits) });
});
parentPort!.postMessage({ ready: true });
