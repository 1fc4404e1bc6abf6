// Types of chromium.mjs (plain JavaScript, so that scripts run by node alone can use it too).
import type { Browser, LaunchOptions } from 'playwright-core';

/** Debian's Chromium. */
export declare const CHROMIUM_PATH: string;
/** The launch flags every browser test and the bench use. */
export declare const CHROMIUM_ARGS: readonly string[];
/** Launches headless Chromium with these settings (`options` are playwright's, added to them). */
export declare function launchChromium(options?: LaunchOptions): Promise<Browser>;
