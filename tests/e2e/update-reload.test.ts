// The extension is updated or reloaded while a reader has a page open (issue 10): the old content script's
// highlights and card go away, nothing throws or logs, and once the page is reloaded (or the tab navigates on)
// there is exactly one set of highlights and one card.
//
// How each browser updates an extension under a page, and what the test therefore checks there:
//  - Chromium: the extension is loaded again from its folder over CDP (`Extensions.loadUnpacked`, as an update
//    from disk does; `chrome.runtime.reload()` unloads a command-line extension for good in headless Chromium).
//    Chromium injects nothing into open tabs and tells the old content script nothing: it notices only when it next
//    checks (the reader points, scrolls, types or comes back), then removes its highlights and card.
//  - Firefox: the temporary add-on is reloaded from the browser's privileged scope (AddonManager). Firefox ends the
//    old content script without running its cleanup and injects the new version into the open tab at once: the new
//    script must clear what the old one left (its open card) and repaint the same highlights, once.
//
// Errors are collected as in the hostile-page tests (tests/e2e/harness/errors.ts); the first test shows that the
// collector does hear the extension's own code, so its silence in the others means something.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ChromiumSession } from './harness/chromium.ts';
import { watchErrors } from './harness/errors.ts';
import { FirefoxSession, GECKO_ID } from './harness/firefox.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { BUILD_DIRS } from './harness/paths.ts';
import type { TestPage } from './harness/session.ts';
import { highlightsPainted as painted } from './harness/page-probes.ts';

const ARTICLE = () => `${inject('fixturesOrigin')}/pages/article.html`;
/** A point right of the article column: no text there. */
const BLANK = { x: 1262, y: 620 };

const contentStarts = () => performance.getEntriesByName('briefings:content-start').length;

/** Every briefings highlight as "topic:text@offset", in document order, duplicates kept (runs in the page). */
function readHighlights(): string[] {
  const found: { topic: string; range: Range }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('briefings-')) continue;
    for (const range of highlight) found.push({ topic: name.split('-')[1]!, range: range as Range });
  }
  found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return found.map(({ topic, range }) => `${topic}:${range.toString()}@${range.startOffset}`);
}

/** The card shadow hosts on the page and how many of them show an open card (runs in the page). */
function cards(): { hosts: number; open: number } {
  const hosts = [...document.querySelectorAll('[data-briefings-card]')];
  return { hosts: hosts.length, open: hosts.filter((h) => h.shadowRoot?.querySelector('[role="dialog"][data-placed]')).length };
}

/** The centre of the `nth` highlighted mention inside the viewport, in document order, and its topic (runs in the page). */
function mentionPoint(nth: number): { x: number; y: number; topic: string } | null {
  const visible: { range: Range; topic: string; rect: DOMRect }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('briefings-')) continue;
    for (const range of highlight) {
      const rect = (range as Range).getClientRects()[0];
      if (rect && rect.top > 0 && rect.bottom < innerHeight - 10) visible.push({ range: range as Range, topic: name.split('-')[1]!, rect });
    }
  }
  visible.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  const found = visible[nth];
  return found ? { x: (found.rect.left + found.rect.right) / 2, y: (found.rect.top + found.rect.bottom) / 2, topic: found.topic } : null;
}

/** Polls a Node-side condition (e.g. the error collector) until it holds. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(selectedBrowsers())('%s: the extension is updated or reloaded mid-page', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    // Chromium: CDP may load extensions (the update below) only with this switch.
    session = browserName === 'chromium' ? await ChromiumSession.launch({ extraArgs: ['--enable-unsafe-extension-debugging'] }) : await launch(browserName);
  });
  afterAll(() => session?.close());

  /** Updates the extension in place (see the top of the file) and waits until the new version runs. */
  async function updateExtension(): Promise<void> {
    if (session instanceof ChromiumSession) {
      const started = session.context.waitForEvent('serviceworker', { timeout: 20_000 });
      const cdp = await session.context.browser()!.newBrowserCDPSession();
      const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: BUILD_DIRS.chromium } as never)) as { id: string };
      await cdp.detach();
      expect(id).toBe(session.extensionId);
      expect((await started).url()).toBe(`chrome-extension://${id}/background.js`);
    } else {
      const version = await (session as FirefoxSession).evaluateInChrome(async (id: string) => {
        // Runs in the browser's privileged window; AddonManager is the add-ons manager's own API.
        const { ChromeUtils } = globalThis as never as { ChromeUtils: { importESModule(url: string): any } };
        const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        const addon = await AddonManager.getAddonByID(id);
        await addon.reload();
        return (await AddonManager.getAddonByID(id)).isActive ? addon.version : null;
      }, GECKO_ID);
      expect(version).toBe('0.1.0');
    }
  }

  /**
   * Waits until the page's mention count reached the tab's badge: the content script has no report left to send
   * (so no timer of its own would notice the update for it). The tab keeps its id through updates and navigations.
   */
  async function waitForBadge(page: TestPage, tabId: number, count: number): Promise<void> {
    const extensionPage = await session.openExtensionPage('options.html');
    await extensionPage.waitFor(
      async ({ tabId, text }) => ((await (browser.action ?? browser.browserAction).getBadgeText({ tabId })) === text),
      { tabId, text: String(count) },
    );
    await extensionPage.close();
    await page.bringToFront();
  }

  /** Hovers the `nth` mention in view and waits for its card. */
  async function openCard(page: TestPage, nth: number): Promise<void> {
    await page.mouseMove(BLANK.x, BLANK.y);
    const point = await page.evaluate(mentionPoint, nth);
    expect(point).not.toBeNull();
    await page.mouseMove(point!.x, point!.y, 5);
    await page.waitFor(() => Boolean(document.querySelector('[data-briefings-card]')?.shadowRoot?.querySelector('[role="dialog"][data-placed]')));
  }

  test(browserName === 'chromium'
    ? 'the error collector hears an error thrown and a line logged in the content script’s world'
    : 'the error collector hears an error thrown by the extension’s own code', async () => {
    const page = await session.newPage();
    const errors = await watchErrors(session, page);
    await page.goto(ARTICLE());
    await page.waitFor(painted);
    const probes = ['collector probe: thrown'];
    if (session instanceof ChromiumSession) {
      // In the content script's own world (the extension's isolated world in this tab), over CDP.
      const raw = session.playwrightPage(page);
      const cdp = await raw.context().newCDPSession(raw);
      const worlds: number[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => void (context.origin.startsWith('chrome-extension://') && worlds.push(context.id)));
      await cdp.send('Runtime.enable');
      expect(worlds.length).toBeGreaterThan(0);
      await cdp.send('Runtime.evaluate', {
        contextId: worlds[0]!,
        expression: `console.log('collector probe: logged'); setTimeout(() => { throw new Error('collector probe: thrown'); });`,
      });
      await cdp.detach();
      probes.push('collector probe: logged');
    } else {
      // In an extension page: its errors have the add-on as their source, as the content script's and background's
      // do (the collector reads them from the browser's console service, whichever process threw).
      const extensionPage = await session.openExtensionPage('options.html');
      await extensionPage.evaluate(() => {
        setTimeout(() => {
          throw new Error('collector probe: thrown');
        });
      });
      await extensionPage.close();
    }
    for (const probe of probes) await until(async () => (await errors()).some((e) => e.includes(probe)), probe);
    await page.close();
  });

  test('the old content script clears its highlights and card; after reloading, one set of highlights and one card', async () => {
    const page = await session.newPage();
    const errors = await watchErrors(session, page);
    await page.goto(ARTICLE());
    await page.waitFor(painted);
    const before = await page.evaluate(readHighlights);
    expect(before.length).toBeGreaterThan(5);
    const tabId = await session.tabIdOf(page);
    await waitForBadge(page, tabId, before.length);
    await openCard(page, 0);
    expect(await page.evaluate(cards)).toEqual({ hosts: 1, open: 1 });

    await updateExtension();
    if (browserName === 'chromium') {
      // Nothing was injected; the old script still paints until it checks. The reader moves the pointer away.
      expect(await page.evaluate(contentStarts)).toBe(1);
      await page.mouseMove(BLANK.x, BLANK.y, 5);
      await page.waitFor(() => ![...CSS.highlights.keys()].some((n) => n.startsWith('briefings-')) && !document.querySelector('[data-briefings-card]'));
      expect(await page.evaluate(cards)).toEqual({ hosts: 0, open: 0 });
      expect(await page.evaluate(readHighlights)).toEqual([]);
    } else {
      // The new version runs in the tab at once; the old card is gone without the reader doing anything.
      await page.waitFor((n) => performance.getEntriesByName('briefings:content-start').length === n && !document.querySelector('[data-briefings-card]'), 2);
      await page.waitFor(() => performance.getEntriesByName('briefings:highlights-painted').length === 2);
      expect(await page.evaluate(readHighlights)).toEqual(before);
      await openCard(page, 1);
      expect(await page.evaluate(cards)).toEqual({ hosts: 1, open: 1 });
    }
    expect(await errors()).toEqual([]);

    // The reader reloads the page: one set of highlights, the same ranges, and one card on hover.
    await page.goto(ARTICLE());
    await page.waitFor(painted);
    expect(await page.evaluate(contentStarts)).toBe(1);
    expect(await page.evaluate(readHighlights)).toEqual(before);
    await openCard(page, 0);
    expect(await page.evaluate(cards)).toEqual({ hosts: 1, open: 1 });
    await openCard(page, 1);
    expect(await page.evaluate(cards)).toEqual({ hosts: 1, open: 1 });
    expect(await errors()).toEqual([]);

    // A second update with a card open, then the tab navigates on: the same again.
    await waitForBadge(page, tabId, before.length);
    await openCard(page, 0);
    await updateExtension();
    if (browserName === 'firefox') {
      // The new version has started in the tab and fetches its card file as soon as it has a mention. Let it finish:
      // Firefox logs a module import that a navigation cuts short as a load failure, whoever made it.
      await page.waitFor(() => ['content-start', 'highlights-painted', 'card-start'].every((m) => performance.getEntriesByName(`briefings:${m}`).length === 2));
    }
    await page.goto(`${ARTICLE()}?second`);
    await page.waitFor(painted);
    expect(await page.evaluate(contentStarts)).toBe(1);
    expect(await page.evaluate(readHighlights)).toEqual(before);
    await openCard(page, 1);
    expect(await page.evaluate(cards)).toEqual({ hosts: 1, open: 1 });
    expect(await errors()).toEqual([]);
    await page.close();
  });
});
