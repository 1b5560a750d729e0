// One small interface over a Playwright page (Chromium) and a Puppeteer page (Firefox), so the measurements are
// written once; plus the extension-less browsers the baselines and the "without" side run in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { executablePath } from '../../tests/e2e/harness/paths.ts';
import { launchFirefox } from '../../tests/e2e/harness/marionette.ts';

export interface Tab {
  goto(url: string): Promise<void>;
  /** Evaluates an expression (see in-page.ts `inPage`) in the page's main world; promises are awaited. */
  eval<T>(expression: string): Promise<T>;
  addScript(file: string): Promise<void>;
  addStyle(css: string): Promise<void>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  close(): Promise<void>;
}

export function playwrightTab(page: PwPage): Tab {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 60_000 })),
    eval: (expression) => page.evaluate(expression),
    addScript: async (file) => void (await page.addScriptTag({ path: file })),
    addStyle: async (css) => void (await page.addStyleTag({ content: css })),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    close: () => page.close(),
  };
}

export function puppeteerTab(page: PpPage): Tab {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 60_000 })),
    eval: (expression) => page.evaluate(expression) as Promise<never>,
    addScript: async (file) => void (await page.addScriptTag({ path: file })),
    addStyle: async (css) => void (await page.addStyleTag({ content: css })),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    close: () => page.close(),
  };
}

// Same switches as tests/e2e/harness/chromium.ts (which adds the extension): both sides of every comparison must
// run in identically configured browsers.
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps'];

export async function launchPlainChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'briefings-bench-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: executablePath('chromium'),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: CHROMIUM_FLAGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium with one unpacked extension loaded exactly as tests/e2e/harness/chromium.ts loads Briefings' build (same
 * switches, same viewport): the bench loads IDEAL this way. The id is the caller's to know (IDEAL's is fixed by its
 * manifest key): an extension without a background has no worker to read it from.
 */
export async function launchExtensionChromium(dir: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'briefings-bench-ideal-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: executablePath('chromium'),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox ESR with no add-on, configured like tests/e2e/harness/firefox.ts otherwise. With `systemAccess` (as the
 * harness launches Briefings' Firefox) the driver may run privileged script in the chrome window: the bench starts
 * and stops the Gecko profiler that way (gecko-profile.ts).
 */
export async function launchPlainFirefox(options: { prefs?: Record<string, unknown>; systemAccess?: boolean } = {}): Promise<PpBrowser> {
  const prefs = {
    'app.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    ...options.prefs,
  };
  // Privileged script runs over Marionette, in a session the harness creates (tests/e2e/harness/marionette.ts).
  if (options.systemAccess) return launchFirefox(prefs);
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: executablePath('firefox'),
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: prefs,
  });
}
