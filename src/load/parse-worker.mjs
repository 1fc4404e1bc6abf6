// Entry of a parse worker thread: the thread does not inherit the main
// thread's TypeScript loader, so it registers tsx before importing the worker.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
