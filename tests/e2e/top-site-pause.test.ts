// Issue 18: "Pause on this site" is decided by the top-level site. A page's about:blank frame, its srcdoc frame and
// a frame from another origin all stop highlighting when the reader pauses the site in the address bar, follow a
// pause and a resume live, and a paused site stays paused in them on a fresh load.
import type { Frame as PlaywrightFrame } from 'playwright-core';
import type { Frame as PuppeteerFrame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ChromiumSession } from './harness/chromium.ts';
import type { FirefoxSession } from './harness/firefox.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import type { TestPage } from './harness/session.ts';
import { writeSettings } from './harness/settings.ts';

/** How many briefings highlight ranges a document shows (runs in a frame). */
const highlightSize = () => {
  let size = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('briefings-')) size += highlight.size;
  return size;
};

describe.each(selectedBrowsers())('%s: pausing a site pauses every frame of its pages', (browserName) => {
  let session: ExtensionSession;
  let options: TestPage;
  beforeAll(async () => {
    session = await launch(browserName);
    options = await session.openExtensionPage('options.html');
  });
  afterAll(() => session?.close());

  /** Every frame of the page that runs a document of its own, named by the fixture's iframe ids (top: the page). */
  function frames(page: TestPage): Array<{ name: string; evaluate: <R>(fn: () => R) => Promise<R> }> {
    const all: Array<PlaywrightFrame | PuppeteerFrame> =
      session instanceof ChromiumSession ? session.playwrightPage(page).frames() : (session as FirefoxSession).puppeteerPage(page).frames();
    const other = all.find((frame) => frame.url().includes('top-site-frame.html'));
    if (!other) throw new Error(`no other-origin frame among ${all.map((f) => f.url()).join(', ')}`);
    // The about:blank and srcdoc frames are reached through the top document (same origin), which works the same in
    // both drivers whether or not they list such frames.
    const inFrame = <R>(id: string, fn: () => R) =>
      page.evaluate(({ id, source }) => {
        const win = (document.getElementById(id) as HTMLIFrameElement).contentWindow as Window & typeof globalThis;
        return win.eval(`(${source})()`) as R;
      }, { id, source: String(fn) });
    return [
      { name: 'top', evaluate: (fn) => page.evaluate(fn) },
      { name: 'about:blank', evaluate: (fn) => inFrame('blank', fn) },
      { name: 'srcdoc', evaluate: (fn) => inFrame('srcdoc', fn) },
      { name: 'other origin', evaluate: (fn) => (other as PlaywrightFrame).evaluate(fn) },
    ];
  }

  /** Waits until every frame's highlight count satisfies `ok`; fails naming the frames that don't. */
  async function waitForFrames(page: TestPage, ok: (size: number) => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const sizes = await Promise.all(frames(page).map(async (f) => [f.name, await f.evaluate(highlightSize)] as const));
      if (sizes.every(([, size]) => ok(size))) return;
      if (Date.now() > deadline) throw new Error(`frames not ${what}: ${JSON.stringify(sizes)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  test('a pause of the top-level site clears every frame live, a fresh load stays paused, and resuming restores them', async () => {
    await writeSettings(options, { pausedSites: [], 'pausedSites$': { v: 1 } });
    const page = await session.newPage();
    await page.goto(`${inject('fixturesOrigin')}/pages/top-site.html`);
    await page.bringToFront();
    // Unpaused, each frame highlights its own mentions: the frames are read at all.
    await waitForFrames(page, (size) => size > 0, 'highlighted');

    await writeSettings(options, { pausedSites: ['127.0.0.1'], 'pausedSites$': { v: 1 } });
    await waitForFrames(page, (size) => size === 0, 'paused');

    // A fresh load of the paused site: no frame starts highlighting (given time to start, as the unpaused load did).
    await page.goto(`${inject('fixturesOrigin')}/pages/top-site.html`);
    await page.bringToFront();
    await page.waitFor(() => performance.getEntriesByName('briefings:settings-loaded').length > 0);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    await waitForFrames(page, (size) => size === 0, 'paused after a reload', 1000);

    await writeSettings(options, { pausedSites: [], 'pausedSites$': { v: 1 } });
    await waitForFrames(page, (size) => size > 0, 'highlighted again');
    await page.close();
  }, 90_000);

  test('a frame with mentions under a top page that names none is paused with the top-level site too', async () => {
    // The top page's content script never listens (no candidate there), so it cannot tell the background its site.
    const url = `${inject('fixturesOrigin')}/pages/top-site-quiet.html`;
    const page = await session.newPage();
    const inOther = async <R>(fn: () => R, missing: R): Promise<R> => {
      const all: Array<PlaywrightFrame | PuppeteerFrame> =
        session instanceof ChromiumSession ? session.playwrightPage(page).frames() : (session as FirefoxSession).puppeteerPage(page).frames();
      const other = all.find((frame) => frame.url().includes('top-site-frame.html'));
      return other ? await (other as PlaywrightFrame).evaluate(fn) : missing;
    };
    const otherSize = () => inOther(highlightSize, -1);
    const waitForOther = async (ok: (size: number) => boolean, what: string) => {
      const deadline = Date.now() + 15_000;
      let size = await otherSize();
      while (!ok(size)) {
        if (Date.now() > deadline) throw new Error(`the other-origin frame is not ${what} (${size} ranges)`);
        await new Promise((resolve) => setTimeout(resolve, 200));
        size = await otherSize();
      }
    };
    await writeSettings(options, { pausedSites: [], 'pausedSites$': { v: 1 } });
    await page.goto(url);
    await page.bringToFront();
    await waitForOther((size) => size > 0, 'highlighted');
    await writeSettings(options, { pausedSites: ['127.0.0.1'], 'pausedSites$': { v: 1 } });
    await waitForOther((size) => size === 0, 'paused');
    // A fresh load of the paused site: the frame starts paused (given time to start, as the unpaused load did).
    await page.goto(url);
    await page.bringToFront();
    const settingsLoaded = () => performance.getEntriesByName('briefings:settings-loaded').length > 0;
    const deadline = Date.now() + 15_000;
    while (!(await inOther(settingsLoaded, false))) {
      if (Date.now() > deadline) throw new Error('the other-origin frame never loaded its settings');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    expect(await otherSize()).toBe(0);
    await writeSettings(options, { pausedSites: [], 'pausedSites$': { v: 1 } });
    await waitForOther((size) => size > 0, 'highlighted again');
    await page.close();
  }, 90_000);
});
