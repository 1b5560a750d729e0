import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ARTIFACTS_DIR, BUILD_DIRS, executablePath, FIXTURES_DIR, ROOT, selectedBrowsers } from './paths.ts';
import { startStaticServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturesOrigin: string;
  }
}

const WXT_TARGETS = { chromium: ['build'], firefox: ['build', '-b', 'firefox'] } as const;

// Builds the extension once per run (BRIEFINGS_E2E_REUSE_BUILD=1 reuses an existing build), checks every browser
// is installed before any test starts, and serves tests/fixtures over http.
export default async function setup(project: TestProject) {
  const browsers = selectedBrowsers();
  for (const browser of browsers) executablePath(browser);
  for (const browser of browsers) {
    if (process.env.BRIEFINGS_E2E_REUSE_BUILD === '1' && existsSync(BUILD_DIRS[browser])) continue;
    execFileSync('npx', ['wxt', ...WXT_TARGETS[browser]], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  mkdirSync(ARTIFACTS_DIR, { recursive: true }); // screenshots of the second browser, logs
  const server = await startStaticServer(FIXTURES_DIR);
  project.provide('fixturesOrigin', server.origin);
  return () => server.close();
}
