// Types of scripts/serve.mjs (for the TypeScript tests that start it).
import type { Server } from 'node:http';

export interface ServeOptions {
  port?: number;
  host?: string;
  /** The built viewer (default viewer/dist). */
  dist?: string;
  /** Served under /exports/ (default exports/). */
  exports?: string;
}

export function serve(options?: ServeOptions): Promise<{ server: Server; url: string; port: number; close: () => Promise<void> }>;
