// Firefox-only behaviour: the manifest AMO sees, the event-page background, and that only the driver (never a web
// page) can reach the extension's pages. The shared behaviour is tested in both browsers by the other e2e files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { FIREFOX_EXTENSION_ORIGIN, FirefoxSession, GECKO_ID } from './harness/firefox.ts';
import { selectedBrowsers } from './harness/launch.ts';
import { BUILD_DIRS } from './harness/paths.ts';

// Parametrized like the other e2e files, over the selected browsers that are Firefox.
const firefoxOnly = selectedBrowsers().filter((browser) => browser === 'firefox');

describe.each(firefoxOnly)('%s: the built add-on', () => {
  test('the manifest has the gecko id, a minimum version that fits the APIs used, no data collection and an event page', () => {
    const manifest = JSON.parse(readFileSync(path.join(BUILD_DIRS.firefox, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings).toEqual({
      // CSS Custom Highlight API (highlights) and data_collection_permissions: Firefox 140; Android reads the latter from 142.
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(manifest.background).toEqual({ scripts: ['background.js'], persistent: false });
    // Web pages never get in: no externally_connectable, and no page of ours is web-accessible: the only
    // web-accessible files are the content script's second stage and its card (docs/performance.md "Two stages").
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual(['stage2.js', 'card.js']);
  });
});

describe.each(firefoxOnly)('%s: extension pages and the event page', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    // The minimum idle timeout Firefox allows is 100 ms; 1 s lets the background go idle quickly between messages.
    session = await FirefoxSession.launch({ prefs: { 'extensions.background.idle.timeout': 1000 } });
  });
  afterAll(() => session?.close());

  const backgroundState = () =>
    session.evaluateInChrome((id: string) => {
      const { ChromeUtils } = globalThis as never as { ChromeUtils: { importESModule(url: string): any } };
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      return ExtensionParent.GlobalManager.getExtension(id)?.backgroundState as string | undefined;
    }, GECKO_ID);

  async function waitForBackground(state: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: string | undefined;
    while (Date.now() < deadline) {
      if ((last = await backgroundState()) === state) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`background stayed "${last}", expected "${state}"`);
  }

  test('the background stops when idle and a message wakes it', async () => {
    await waitForBackground('stopped');
    const popup = await session.openExtensionPage('popup.html');
    const reply = await popup.evaluate(() => browser.runtime.sendMessage({ type: 'background/ping', params: {} }));
    expect(reply).toEqual({ pong: true, version: '0.1.0' });
    expect(await backgroundState()).toBe('running');
    await popup.close();
  });

  test('the driver opens the options page and popup.html?tab=N as tabs', async () => {
    const article = await session.newPage();
    await article.goto(`${inject('fixturesOrigin')}/pages/article.html`);
    const tab = await session.tabIdOf(article);
    const popup = await session.openExtensionPage(`popup.html?tab=${tab}`);
    expect(await popup.url()).toBe(`${FIREFOX_EXTENSION_ORIGIN}/popup.html?tab=${tab}`);
    const options = await session.openExtensionPage('options.html');
    expect(await options.url()).toBe(`${FIREFOX_EXTENSION_ORIGIN}/options.html`);
    expect(await options.evaluate(() => browser.runtime.id)).toBe(GECKO_ID);
    await Promise.all([options.close(), popup.close(), article.close()]);
  });

  test('the harness emulates prefers-color-scheme per tab without CDP', async () => {
    const [dark, light] = [await session.newPage(), await session.newPage()];
    await dark.goto(`${inject('fixturesOrigin')}/pages/article.html`);
    await light.goto(`${inject('fixturesOrigin')}/pages/article.html`);
    await dark.emulateColorScheme('dark');
    await light.emulateColorScheme('light');
    expect(await dark.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await light.evaluate(() => matchMedia('(prefers-color-scheme: light)').matches)).toBe(true);
    await Promise.all([dark.close(), light.close()]);
  });

  test('a web page cannot load or open the extension pages', async () => {
    const page = await session.newPage();
    await page.goto(`${inject('fixturesOrigin')}/pages/article.html`);
    const fetched = await page.evaluate(
      (url) => fetch(url).then(() => 'loaded', (error: Error) => `refused: ${error.name}`),
      `${FIREFOX_EXTENSION_ORIGIN}/popup.html`,
    );
    expect(fetched).toMatch(/^refused/);
    const pagesBefore = (await session.pages()).length;
    const opened = await page.evaluate((url) => {
      try {
        return window.open(url) ? 'opened' : 'blocked';
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    }, `${FIREFOX_EXTENSION_ORIGIN}/popup.html?tab=1`);
    expect(opened).toMatch(/^refused: Access to 'moz-extension:.*' from script denied/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const other of (await session.pages()).slice(pagesBefore)) {
      expect(await other.url()).not.toMatch(/^moz-extension:/);
    }
    await page.close();
  });
});
