// Entry point of the techgraph viewer.
import './styles.css';
import { App } from './app.js';

void new App().start();
