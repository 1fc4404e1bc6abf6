// The viewer in headless Chromium: one browser and one server for every suite (see harness.ts); the suites
// are the Qwen data's behaviours (qwen.ts), the details panel on format v2 (details.ts), many families' readability, the lineage tree and the exports
// (families.ts), and hostile files dropped on the page (hostile.ts). Never skipped: without Chromium the
// set-up fails, and so do the tests. Screenshots and timings go to test/artifacts/ (git-ignored).
import { afterAll, beforeAll } from 'vitest';
import { detailsSuite } from './details.js';
import { familiesSuite } from './families.js';
import { setUp, tearDown } from './harness.js';
import { hostileSuite } from './hostile.js';
import { qwenSuite } from './qwen.js';

beforeAll(setUp);
afterAll(tearDown);

qwenSuite();
detailsSuite();
familiesSuite();
hostileSuite();
