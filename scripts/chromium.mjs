// Headless Chromium for the browser tests and the bench, one set of launch settings: Debian's
// /usr/bin/chromium (apt-get install chromium) through playwright-core, software WebGL (SwiftShader),
// no sandbox (containers), and none of the browser's own network traffic.
import { chromium } from 'playwright-core';

/** Debian's Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The launch flags every browser test and the bench use. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
]);

/** Launches headless Chromium with these settings (`options` are playwright's, added to them). */
export function launchChromium(options = {}) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true, ...options });
}
