/**
 * Live reload: when the page is served by `techgraph serve --watch` (which
 * adds a `techgraph-live` meta tag naming its event stream), listens to the
 * server's Server-Sent Events and tells the app through three hooks:
 *
 * - `reload(graphJson)`: a new graph.json (its text); show it in place,
 *   keeping selection, camera and filters;
 * - `showDiagnostics(list)`: the data is invalid; show every diagnostic over
 *   the last good graph, which stays;
 * - `clearDiagnostics()`: the data is valid again.
 *
 * The server sends its whole state in each `state` event:
 * `{ version, diagnostics: [{ file, line, column, severity, code, message }] }`;
 * `version` grows with each new graph.json. The first event sets the version
 * the page shows (it fetched graph.json as it started); a newer one fetches it.
 * Nothing here knows the app's internals: any app with the hooks can use it.
 */
import { exportsUrl } from './base.js';

/** A diagnostic of the data, as the server sends it. */
export interface LiveDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

/** What the app exposes to live reload. */
export interface LiveHooks {
  reload(graphJson: string): void | Promise<void>;
  showDiagnostics(list: readonly LiveDiagnostic[]): void;
  clearDiagnostics(): void;
  /** After each reload (e.g. to refresh the download links). */
  reloaded?(): void;
}

interface LiveState {
  version: number;
  diagnostics: LiveDiagnostic[];
}

/** The event stream's URL when the page is served live, else null (a static site, a file). */
export function liveUrl(): string | null {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="techgraph-live"]');
  return meta?.content ? meta.content : null;
}

/** Connects when the page is served live; returns how to disconnect, or null. */
export function connectLive(hooks: LiveHooks): { close: () => void } | null {
  const url = liveUrl();
  if (!url || typeof EventSource === 'undefined') return null;
  const source = new EventSource(url);
  let shown: number | null = null;
  let wanted = 0;
  let fetching = false;

  const fetchNewest = async (): Promise<void> => {
    if (fetching) return;
    fetching = true;
    try {
      while (shown === null || shown < wanted) {
        const version = wanted;
        const res = await fetch(exportsUrl(`graph.json?v=${version}`), { cache: 'no-store' });
        if (!res.ok) break;
        await hooks.reload(await res.text());
        shown = version;
        hooks.reloaded?.();
      }
    } catch (e) {
      console.error('techgraph live reload:', e);
    } finally {
      fetching = false;
    }
  };

  source.addEventListener('state', (e) => {
    let state: LiveState;
    try {
      state = JSON.parse((e as MessageEvent<string>).data) as LiveState;
    } catch {
      return;
    }
    if (state.diagnostics.length) hooks.showDiagnostics(state.diagnostics);
    else hooks.clearDiagnostics();
    wanted = state.version;
    if (shown === null && !fetching) shown = state.version;
    else void fetchNewest();
  });
  return { close: () => source.close() };
}
