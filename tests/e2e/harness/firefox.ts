import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { BUILD_DIRS, executablePath } from './paths.ts';
import type { ExtensionSession, TestPage } from './session.ts';

const GECKO_ID = 'briefings@briefings-extension.org';
/** Pinned so tests know the moz-extension:// origin (random per profile otherwise). */
export const FIREFOX_EXTENSION_UUID = '6f0f3f5e-2b6c-4a53-9d1e-0c1b7b1e5a11';

// Keeps Firefox ESR off the (closed) network and quiet during tests.
const QUIET_PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
};

/** Playwright-style chords ("Alt+Shift+B") for puppeteer, which presses one key at a time. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['down']>[0][];
  for (const key of keys) await page.keyboard.down(key);
  for (const key of [...keys].reverse()) await page.keyboard.up(key);
}

export function wrapPuppeteerPage(page: Page): TestPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, { timeout }, arg)),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => pressChord(page, key),
    type: (text) => page.keyboard.type(text),
    click: (selector) => page.click(selector),
    setViewport: (width, height) => page.setViewport({ width, height }),
    emulateColorScheme: (scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export class FirefoxSession implements ExtensionSession {
  readonly browser = 'firefox' as const;
  private readonly wrapped = new WeakMap<Page, TestPage>();

  private constructor(readonly puppeteerBrowser: Browser) {}

  static async launch(): Promise<FirefoxSession> {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: executablePath('firefox'),
      protocol: 'webDriverBiDi',
      headless: true,
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: QUIET_PREFS,
    });
    await browser.installExtension(BUILD_DIRS.firefox);
    return new FirefoxSession(browser);
  }

  wrap(page: Page): TestPage {
    let wrapped = this.wrapped.get(page);
    if (!wrapped) {
      wrapped = wrapPuppeteerPage(page);
      this.wrapped.set(page, wrapped);
    }
    return wrapped;
  }

  async newPage(): Promise<TestPage> {
    return this.wrap(await this.puppeteerBrowser.newPage());
  }

  async pages(): Promise<TestPage[]> {
    return (await this.puppeteerBrowser.pages()).map((page) => this.wrap(page));
  }

  async openExtensionPage(pathAndQuery: string): Promise<TestPage> {
    throw new Error(`Firefox: opening moz-extension://${FIREFOX_EXTENSION_UUID}/${pathAndQuery} is not wired yet`);
  }

  async tabIdOf(): Promise<number> {
    throw new Error('Firefox: tab ids are not exposed to the driver yet');
  }

  async close(): Promise<void> {
    await this.puppeteerBrowser.close();
  }
}
