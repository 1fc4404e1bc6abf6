// Entry of the SPARQL worker thread when running from the TypeScript sources (tests, tsx;
// compiled code starts dist/sparql/worker.js): the thread does not inherit the main thread's
// TypeScript loader, so it registers tsx before importing the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
