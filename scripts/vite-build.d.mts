// Types of vite-build.mjs (plain JavaScript, so that scripts run by node alone can use it too).
import type { StdioOptions } from 'node:child_process';

/** Builds the viewer into `outDir` (emptied first); `stdio` as for child_process (default: 'pipe'). */
export declare function buildViewerInto(outDir: string, options?: { stdio?: StdioOptions }): void;
