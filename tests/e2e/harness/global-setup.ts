import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  ARTIFACTS_DIR,
  BUILD_DIRS,
  executablePath,
  FIXTURES_DIR,
  OUTPUT_DIR,
  PRODUCTION_BUILD_DIRS,
  PRODUCTION_OUTPUT_DIR,
  selectedBrowsers,
} from './paths.ts';
import { startStaticServer } from './server.ts';
import { wxtBuild } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturesOrigin: string;
  }
}

/** Whether a build has the performance marks (a test build) or not (production), read from its content script. */
function hasMarks(dir: string): boolean | null {
  const file = path.join(dir, 'content-scripts/content.js');
  return existsSync(file) ? readFileSync(file, 'utf8').includes('briefings:content-start') : null;
}

// Builds the extension once per run, twice per browser: the test build (BRIEFINGS_BUILD=test: performance marks,
// the card's shadow root open for the suite) that most files drive, and the production build that
// tests/e2e/page-isolation-*.test.ts check. BRIEFINGS_E2E_REUSE_BUILD=1 reuses existing builds of the right kind.
// Also checks every browser is installed before any test starts, and serves tests/fixtures over http.
export default async function setup(project: TestProject) {
  const browsers = selectedBrowsers();
  for (const browser of browsers) executablePath(browser);
  const reuse = process.env.BRIEFINGS_E2E_REUSE_BUILD === '1';
  for (const browser of browsers) {
    const builds = [
      { flavour: 'test', outDir: OUTPUT_DIR, dir: BUILD_DIRS[browser], marks: true },
      { flavour: 'production', outDir: PRODUCTION_OUTPUT_DIR, dir: PRODUCTION_BUILD_DIRS[browser], marks: false },
    ];
    for (const { flavour, outDir, dir, marks } of builds) {
      if (reuse && hasMarks(dir) === marks) continue;
      wxtBuild(browser, outDir, { BRIEFINGS_BUILD: flavour });
    }
  }
  mkdirSync(ARTIFACTS_DIR, { recursive: true }); // screenshots of the second browser, logs
  const server = await startStaticServer(FIXTURES_DIR);
  project.provide('fixturesOrigin', server.origin);
  return () => server.close();
}
