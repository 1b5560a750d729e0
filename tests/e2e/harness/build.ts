// Building the extension for the suite: `npx wxt build` for a browser, with the build's environment.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, type BrowserName } from './paths.ts';

const WXT_TARGETS = { chromium: ['build'], firefox: ['build', '-b', 'firefox'] } as const;

/** Where a build for `browser` lands in `outDir`. */
export const buildDir = (outDir: string, browser: BrowserName): string =>
  path.join(outDir, browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');

/** Runs `wxt build` for `browser` into `outDir` with `env` added (BRIEFINGS_BUILD, BRIEFINGS_FIXTURE_TOPICS, …). */
export function wxtBuild(browser: BrowserName, outDir: string, env: Record<string, string>): void {
  execFileSync('npx', ['wxt', ...WXT_TARGETS[browser]], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    // Vitest sets NODE_ENV=test, which would make Vite build Preact's development JSX (file names, line numbers):
    // the suite drives the build `npm run build` makes, so the build runs as a production one.
    env: { ...process.env, NODE_ENV: 'production', ...env, BRIEFINGS_OUT_DIR: outDir },
  });
}
