// Hostile pages (issue 10), in the built extension in real Chromium and Firefox: a page cannot steer the extension
// with forged messages, events or attributes, and cannot reach its APIs or files. Errors are collected from
// everywhere the extension runs (tests/e2e/harness/errors.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChromiumSession } from './harness/chromium.ts';
import type { FirefoxSession } from './harness/firefox.ts';
import { cardOpen, highlightTexts, openWatched } from './harness/hostile.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { highlightsPainted as painted } from './harness/page-probes.ts';

/** Everything the extension stores, read from an extension page. */
async function storedSettings(session: ExtensionSession): Promise<unknown> {
  const page = await session.openExtensionPage('options.html');
  const stored = await page.evaluate(async () => {
    const read = async (area: 'sync' | 'local') => {
      try {
        return await browser.storage[area].get(null);
      } catch {
        return null;
      }
    };
    return { sync: await read('sync'), local: await read('local') };
  });
  await page.close();
  return stored;
}

describe.each(selectedBrowsers())('%s: hostile pages', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  test('forged messages, events and attributes change no setting, open no card and reach no extension API', async () => {
    const before = await storedSettings(session);
    const { page, errors } = await openWatched(session, 'hostile-messages.html');
    await page.waitFor(painted);
    const highlightsBefore = await page.evaluate(highlightTexts);
    expect(highlightsBefore.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as never as { forge(): number }).forge())).toBeGreaterThan(5);
    // Forge again after the extension had time to react to the first round, then check nothing happened.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 800)));
    await page.evaluate(() => (window as never as { forge(): number }).forge());
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 800)));

    expect(await page.evaluate(cardOpen)).toBe(false);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await page.evaluate(highlightTexts)).toEqual(highlightsBefore);
    expect(await storedSettings(session)).toEqual(before);

    // The page has no way to the extension: no messaging API for it, and the extension's files are not reachable.
    const reach = await page.evaluate(async (origin) => {
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown; id?: unknown } } }).chrome;
      const messaging = typeof c?.runtime?.sendMessage === 'function' || c?.runtime?.id !== undefined;
      const fetched = await fetch(`${origin}/popup.html`).then(() => true, () => false);
      return { messaging, fetched };
    }, browserName === 'chromium' ? `chrome-extension://${(session as ChromiumSession).extensionId}` : (session as FirefoxSession).extensionOrigin);
    expect(reach).toEqual({ messaging: false, fetched: false });
    // Chromium logs the page's own refused fetch (only the extension's one web-accessible file, the content script's
    // second stage, could be loaded, and only at its per-session URL); the page cannot read its console.
    const refused = /^console\.error: Denying load of chrome-extension:\/\/[a-p]{32}\/popup\.html\. Resources must be listed in the web_accessible_resources/;
    expect((await errors()).filter((e) => !refused.test(e))).toEqual([]);
    await page.close();
  });
});
