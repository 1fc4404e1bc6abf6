/**
 * The live channel of `techgraph serve --watch`: Server-Sent Events at /live.
 * One message type, `state`, carrying the whole state, so a page that
 * (re)connects needs no history:
 *
 *   event: state
 *   data: {"version":3,"diagnostics":[{"file":"a.yaml","line":4,"column":5,"severity":"error","code":"…","message":"…"}]}
 *
 * `version` grows by one each time a new graph.json is in place; the page
 * fetches it when the version is newer than the one it shows. `diagnostics`
 * are the errors of the last build attempt (empty when it succeeded): the page
 * shows them over the last good graph until a build succeeds again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Diagnostic } from '../diagnostics/index.js';

/** What the page is told. */
export interface LiveState {
  version: number;
  diagnostics: Pick<Diagnostic, 'file' | 'line' | 'column' | 'severity' | 'code' | 'message'>[];
}

/** The open event streams, and the state sent to each new one. */
export class LiveChannel {
  private state: LiveState = { version: 0, diagnostics: [] };
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: ReturnType<typeof setInterval>;

  constructor() {
    // A comment line now and then keeps proxies and idle timeouts from closing the stream.
    this.heartbeat = setInterval(() => {
      for (const c of this.clients) c.write(': keep-alive\n\n');
    }, 15_000);
    this.heartbeat.unref();
  }

  /** Current state. */
  get current(): LiveState {
    return this.state;
  }

  /** A new graph.json is in place (and the data is valid again). */
  graphChanged(): void {
    this.publish({ version: this.state.version + 1, diagnostics: [] });
  }

  /** The last build failed with these errors; the previous graph stays. */
  failed(diagnostics: readonly Diagnostic[]): void {
    const errors = diagnostics
      .filter((d) => d.severity === 'error')
      .map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message }));
    this.publish({ version: this.state.version, diagnostics: errors });
  }

  private publish(state: LiveState): void {
    this.state = state;
    const message = frame(state);
    for (const c of this.clients) c.write(message);
  }

  /** Serves one event stream. */
  attach(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Connection: 'keep-alive',
    });
    res.write(`retry: 1000\n${frame(this.state)}`);
    this.clients.add(res);
    req.on('close', () => this.clients.delete(res));
  }

  /** Ends every stream. */
  close(): void {
    clearInterval(this.heartbeat);
    for (const c of this.clients) c.end();
    this.clients.clear();
  }
}

const frame = (state: LiveState) => `event: state\ndata: ${JSON.stringify(state)}\n\n`;
