/**
 * The SPARQL worker (see limited.ts): loads the N-Triples it is given, says
 * so, runs the query, and answers { tooMany } when the answer has more rows
 * than allowed, else the answer itself ({ answer } for text, { raw } in the
 * other formats), or { failed } with the engine's message. Its memory is
 * capped: the JavaScript heap by the Worker's resourceLimits, the engine's
 * WebAssembly memory by wasm-limit.ts, imported first.
 */
import './wasm-limit.js';
import { parentPort, workerData } from 'node:worker_threads';
import type { SparqlJob, WorkerReply } from './limited.js';
import { answerRows, SparqlStore } from './store.js';

const job = workerData as SparqlJob;
const reply = (m: WorkerReply) => parentPort!.postMessage(m);
const store = new SparqlStore({ ntriples: job.ntriples });
reply({ loaded: true });
try {
  const answer = store.answer(job.query);
  const rows = answerRows(answer);
  if (rows > job.maxRows) reply({ tooMany: rows });
  else if (job.format === 'text') reply({ answer });
  else reply({ raw: store.raw(job.query, job.format, answer.form) });
} catch (e) {
  reply({ failed: e instanceof Error ? e.message : String(e) });
}
