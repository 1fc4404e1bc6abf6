/**
 * Caps the SPARQL worker's WebAssembly memory (V8's page limit, 64 KiB pages)
 * from the job's memory limit. A module of its own, imported by worker.ts
 * before the engine: ES modules run in import order, so the limit is set
 * before the engine's memory exists.
 */
import { setFlagsFromString } from 'node:v8';
import { workerData } from 'node:worker_threads';

setFlagsFromString(`--wasm-max-mem-pages=${Math.floor((workerData.memoryMiB * 1024 * 1024) / 65536)}`);
