import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ChromiumSession } from './harness/chromium.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { BUILD_DIRS, FIXTURES_DIR } from './harness/paths.ts';

const contentScriptRan = () => performance.getEntriesByName('briefings:content-start').length > 0;

describe.each(selectedBrowsers())('%s: the built extension is wired up', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  test('the content script runs on a page served over http', async () => {
    const page = await session.newPage();
    await page.goto(`${inject('fixturesOrigin')}/pages/article.html`);
    await page.waitFor(contentScriptRan);
    expect(await page.evaluate(contentScriptRan)).toBe(true);
    await page.close();
  });

  if (browserName === 'chromium') {
    test('the content script runs on a file:// page', async () => {
      const page = await session.newPage();
      await page.goto(pathToFileURL(path.join(FIXTURES_DIR, 'pages/article.html')).href);
      await page.waitFor(contentScriptRan);
      expect(await page.evaluate(contentScriptRan)).toBe(true);
      await page.close();
    });
  }

  test('the popup renders and the background answers a typed message', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('h1')?.textContent === 'Briefings');
    const reply = await popup.evaluate(() => browser.runtime.sendMessage({ type: 'background/ping', params: {} }));
    expect(reply).toEqual({ pong: true, version: '0.1.0' });
    // The running extension is the build under test.
    const built = JSON.parse(readFileSync(path.join(BUILD_DIRS[browserName], 'manifest.json'), 'utf8'));
    expect(await popup.evaluate(() => browser.runtime.getManifest().permissions)).toEqual(built.permissions);
    if (browserName === 'chromium') {
      const worker = (session as ChromiumSession).serviceWorker;
      expect(await worker.evaluate(() => chrome.runtime.getManifest().permissions)).toEqual(built.permissions);
    }
    await popup.close();
  });

  test('the driver learns the tab id the extension uses for a page', async () => {
    const page = await session.newPage();
    await page.goto(`${inject('fixturesOrigin')}/pages/article.html`);
    const popup = await session.openExtensionPage('popup.html');
    const [pageTab, popupTab] = [await session.tabIdOf(page), await session.tabIdOf(popup)];
    expect(await popup.evaluate(async () => (await browser.tabs.getCurrent())?.id)).toBe(popupTab);
    expect(await popup.evaluate((id) => browser.tabs.get(id).then((tab) => tab.id), pageTab)).toBe(pageTab);
    expect(pageTab).not.toBe(popupTab);
    await Promise.all([popup.close(), page.close()]);
  });
});
