// ForceAtlas2 iterations on their own thread (see layout.ts): receives the
// node and edge matrices (transferred, not copied) and the settings, runs the
// iterations, reports each one, and hands the node matrix back. Plain
// JavaScript: it needs nothing but the solver, so it starts in milliseconds.
// Its own heap takes the solver's per-iteration garbage (the Barnes-Hut tree
// is rebuilt every iteration), which the main thread's big heap would let
// pile up before collecting.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const iterate = require('graphology-layout-forceatlas2/iterate.js');

const { settings, nodes, edges, total } = workerData;
for (let done = 1; done <= total; done++) {
  iterate(settings, nodes, edges);
  parentPort.postMessage({ done });
}
parentPort.postMessage({ nodes }, [nodes.buffer]);
