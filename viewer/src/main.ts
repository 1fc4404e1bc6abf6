// Entry point of the techgraph viewer: the app, the download links, and live reload when served by `techgraph serve --watch`.
import './styles.css';
import { App } from './app.js';
import { showDownloads } from './downloads.js';
import { connectLive } from './live.js';
import { clearDiagnostics, showDiagnostics } from './overlay.js';

const app = new App();
void app.start();
void showDownloads();
connectLive({
  reload: (graphJson) => app.reload(graphJson),
  showDiagnostics,
  clearDiagnostics,
  reloaded: () => void showDownloads(),
});
