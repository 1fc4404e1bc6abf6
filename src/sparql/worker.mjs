// Entry of the SPARQL worker thread. Its memory is capped before the engine
// is loaded: the JavaScript heap by the Worker's resourceLimits, the
// engine's WebAssembly memory by V8's page limit (64 KiB pages), set here
// from the same limit. Then, since the thread does not inherit the main
// thread's TypeScript loader, it registers tsx and imports the worker.
import { setFlagsFromString } from 'node:v8';
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

setFlagsFromString(`--wasm-max-mem-pages=${Math.floor((workerData.memoryMiB * 1024 * 1024) / 65536)}`);
register();
await import('./worker.ts');
