/**
 * A parse worker: receives { id, text, file }, answers { id, parsed } with
 * parseData's result (plain data: the structured clone carries it back).
 */
import { parentPort } from 'node:worker_threads';
import { parseData } from './yaml.js';

parentPort!.on('message', (job: { id: number; text: string; file: string }) => {
  parentPort!.postMessage({ id: job.id, parsed: parseData(job.text, job.file) });
});
parentPort!.postMessage({ ready: true });
