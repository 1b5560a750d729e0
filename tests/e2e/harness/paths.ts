import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures');
export const ARTIFACTS_DIR = path.join(ROOT, '.e2e');

export type BrowserName = 'chromium' | 'firefox';

/** Where `wxt build` writes; BRIEFINGS_OUT_DIR (also read by wxt.config.ts) lets parallel runs use their own. */
export const OUTPUT_DIR = path.resolve(ROOT, process.env.BRIEFINGS_OUT_DIR ?? '.output');

export const BUILD_DIRS: Record<BrowserName, string> = {
  chromium: path.join(OUTPUT_DIR, 'chrome-mv3'),
  firefox: path.join(OUTPUT_DIR, 'firefox-mv2'),
};

/** The production build (`npm run build`'s: no performance marks, closed card root), beside the test build. */
export const PRODUCTION_OUTPUT_DIR = `${OUTPUT_DIR}-production`;
export const PRODUCTION_BUILD_DIRS: Record<BrowserName, string> = {
  chromium: path.join(PRODUCTION_OUTPUT_DIR, 'chrome-mv3'),
  firefox: path.join(PRODUCTION_OUTPUT_DIR, 'firefox-mv2'),
};

const EXECUTABLES: Record<BrowserName, { env: string; fallback: string; apt: string }> = {
  chromium: { env: 'BRIEFINGS_CHROMIUM', fallback: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { env: 'BRIEFINGS_FIREFOX', fallback: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

/** The browsers the e2e suite drives; `BRIEFINGS_E2E_BROWSERS=chromium` narrows it for a quick local run. */
export function selectedBrowsers(): BrowserName[] {
  const wanted = (process.env.BRIEFINGS_E2E_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
  const unknown = wanted.filter((b) => !(b in EXECUTABLES));
  if (unknown.length) throw new Error(`BRIEFINGS_E2E_BROWSERS names unknown browser(s): ${unknown.join(', ')}`);
  return wanted as BrowserName[];
}

/** The browser binary, or an error that says how to install it: a missing browser fails the run, never skips. */
export function executablePath(browser: BrowserName): string {
  const { env, fallback, apt } = EXECUTABLES[browser];
  const candidate = process.env[env] || fallback;
  if (!existsSync(candidate)) {
    throw new Error(
      `${browser} not found at ${candidate}. The end-to-end tests need Debian's ${apt}: ` +
        `run \`sudo apt-get update && sudo apt-get install -y ${apt}\`, or set ${env} to the browser's path.`,
    );
  }
  return candidate;
}
