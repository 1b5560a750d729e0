// Issue 18: the extension's work on a page is bounded. A 10 MB text node of non-ASCII prose is matched in slices (the
// page gets turns while it is matched, no task of the extension's reaches 200 ms, and every mention in it is still
// found), a mutation storm of 600,000 records in one observer callback is coalesced (its mention is found, and later
// changes still are), and of a page's 1,000 iframes only the first 300 are read (the tab keeps answering, and the top
// frame still answers the popup). The text-node and frames tests fail on the code before the fix (702d928) in both
// browsers: docs/performance.md "Issue 18 e2e" has the figures.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ChromiumSession } from './harness/chromium.ts';
import type { FirefoxSession } from './harness/firefox.ts';
import { watchErrors } from './harness/errors.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { highlightsPainted } from './harness/page-probes.ts';
import type { TestPage } from './harness/session.ts';

const fixture = (name: string) => `${inject('fixturesOrigin')}/pages/${name}`;

/** Whether a briefings highlight of `topic` lies in the element with this id (runs in the page). */
function highlightedIn({ id, topic }: { id: string; topic: string }): boolean {
  const element = document.getElementById(id);
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith(`briefings-${topic}-`)) for (const range of highlight) if (element?.contains(range.startContainer)) return true;
  }
  return false;
}

/** Whether the page's frame number `index` has a briefings highlight: the extension read it (runs in the page). */
function frameRead(index: number): boolean {
  const registry = (document.querySelectorAll('iframe')[index]?.contentWindow as (Window & typeof globalThis) | null)?.CSS.highlights;
  return Boolean(registry && [...registry.keys()].some((name) => name.startsWith('briefings-')));
}

/**
 * The numbers of the page's frames that have a briefings highlight, once none has gained one for `quietMs` (waits
 * 90 s at most; runs in the page).
 */
async function framesReadOnceQuiet(quietMs: number): Promise<number[]> {
  const read = () =>
    [...document.querySelectorAll('iframe')].flatMap((frame, index) => {
      const registry = (frame.contentWindow as (Window & typeof globalThis) | null)?.CSS.highlights;
      return registry && [...registry.keys()].some((name) => name.startsWith('briefings-')) ? [index] : [];
    });
  let seen = read();
  for (let quietSince = performance.now(), start = quietSince; performance.now() - quietSince < quietMs && performance.now() - start < 90_000; ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = read();
    if (now.length !== seen.length) [seen, quietSince] = [now, performance.now()];
  }
  return seen;
}

describe.each(selectedBrowsers())('%s: bounded work on hostile pages', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  /** The popup for `page`'s tab, once its "On this page" has counts (or says it cannot). */
  async function popupCounts(page: TestPage, timeoutMs = 30_000): Promise<{ problem: string | null; counts: Record<string, string> }> {
    const popup = await session.openExtensionPage(`popup.html?tab=${await session.tabIdOf(page)}`);
    await popup.waitFor(() => document.querySelector('.counts li, .page-problem'), undefined, timeoutMs);
    const seen = await popup.evaluate(() => ({
      problem: document.querySelector('.page-problem')?.textContent ?? null,
      counts: Object.fromEntries([...document.querySelectorAll<HTMLElement>('.counts li')].map((li) => [li.dataset.topic!, li.querySelector('.count')!.textContent!])),
    }));
    await popup.close();
    return seen;
  }

  test('a 10 MB non-ASCII text node: the page gets turns while it is matched, no long task of 200 ms, and every mention in it is found', async () => {
    const page = await session.newPage();
    const errors = await watchErrors(session, page);
    await page.goto(fixture('huge-text-nonascii.html'));
    const expected = await page.evaluate(() => document.getElementById('wall')!.textContent!.split('Hamas').length - 1);
    expect(expected).toBeGreaterThan(900);
    await page.waitFor(highlightsPainted, undefined, 90_000);
    // The popup is opened once the scan is done: while it runs, the content script's answer can outlast a popup
    // the test has already closed (Firefox logs that as an error).
    await page.waitFor(() => performance.getEntriesByName('briefings:scan-done').length > 0, undefined, 90_000);
    // Every mention is found (the popup counts what the page tracks, not only what is painted near the viewport).
    let seen = await popupCounts(page);
    const hamas = () => Number(seen.counts.hamas?.replace(/\D/g, ''));
    for (let i = 0; i < 20 && hamas() !== expected; i++) seen = await popupCounts(page);
    expect(seen.problem).toBeNull();
    expect(hamas()).toBe(expected);
    const { ticks, longTasks, start, scanStart, end } = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
      const { ticks, longTasks } = (window as never as { watch: { ticks: number[]; longTasks: number[][] } }).watch;
      return { ticks, longTasks, start: at('briefings:content-start'), scanStart: at('briefings:scan-start'), end: at('briefings:scan-done') };
    });
    // The page's turns while the extension matched the text: matched in one task, the node leaves the page none
    // however fast the machine; matched in slices, the page's timer and animation frames run between them (a slower
    // machine only makes more slices). Their count, unlike the longest pause, does not depend on how long the browser
    // takes to paint the highlights of a 10 MB node (Firefox: 300–1,000 ms each time they change).
    const turns = ticks.filter((at) => at > scanStart && at < end).sort((a, b) => a - b);
    const gaps = [scanStart, ...turns, end].slice(1).map((at, i) => at - [scanStart, ...turns][i]!);
    console.log(
      `${browserName}: extension ${Math.round(start)}–${Math.round(end)} ms (scan from ${Math.round(scanStart)}), ` +
        `page turns during the scan ${turns.length}, longest pause ${Math.round(Math.max(...gaps))} ms, long tasks ${JSON.stringify(longTasks)}`,
    );
    expect(turns.length).toBeGreaterThanOrEqual(10);
    // Chromium times tasks: none reaches 200 ms while the node is matched. (From the scan's start: around the
    // content script's start the page may still be painting its 10 MB node, 100–400 ms; the scan's last task, which
    // starts right before "scan-done", registers the node's 1,000 highlights and Chromium paints them with it, 150–300
    // ms that no slicing can split: a task starting in the scan's last 5 ms is that one. Matched in one task, the scan
    // would start its long task at the scan's start, far before.)
    const during = longTasks.filter(([at]) => at! >= scanStart - 1 && at! < end - 5).map(([, ms]) => ms!);
    if (browserName === 'chromium') expect(Math.max(0, ...during)).toBeLessThan(200);
    expect(await errors()).toEqual([]);
    await page.close();
  }, 150_000);

  test('a mutation storm of 600,000 records in one callback: its mention is found and later changes still are', async () => {
    const page = await session.newPage();
    const errors = await watchErrors(session, page);
    await page.goto(fixture('mutation-storm.html'));
    await page.waitFor(highlightsPainted);
    expect(await page.evaluate(() => (window as never as { storm(n: number): number }).storm(600_000))).toBe(600_000);
    await page.waitFor(highlightedIn, { id: 'storm', topic: 'hezbollah' }, 60_000);
    // 600,000 characters on, what the page said of the story has faded (core/memory.ts): the line says it itself.
    await page.evaluate(() => (window as never as { addLater(text: string): void }).addLater('Later: Mahmoud Abbas replied from Ramallah.'));
    await page.waitFor(highlightedIn, { id: 'later', topic: 'abbas' }, 30_000);
    expect(await errors()).toEqual([]);
    await page.close();
  }, 120_000);

  test('1,000 iframes: only the first 300 are read, the page keeps answering and its top frame answers the popup', async () => {
    const page = await session.newPage();
    const started = Date.now();
    if (session instanceof ChromiumSession) await session.playwrightPage(page).goto(fixture('hostile-iframes.html?frames=1000'), { waitUntil: 'domcontentloaded', timeout: 120_000 });
    else await (session as FirefoxSession).puppeteerPage(page).goto(fixture('hostile-iframes.html?frames=1000'), { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.bringToFront();
    const beating = await page.evaluate(async () => {
      const beats = (window as never as { heartbeats: number }).heartbeats;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (window as never as { heartbeats: number }).heartbeats > beats;
    });
    expect(beating).toBe(true);
    // Each frame read is a content script, a scan and its highlights more for the tab: the 300th frame is read…
    await page.waitFor(frameRead, 299, 200_000);
    // …and once no frame has been read for 5 s, no frame after it is (before the cap every one of them was).
    const read = await page.evaluate(framesReadOnceQuiet, 5_000);
    console.log(`${browserName}: ${read.length} of 1,000 frames read (the last: frame ${read.at(-1)}), ${Math.round((Date.now() - started) / 1000)} s after the page opened`);
    expect({ first: read[0], last: read.at(-1) }).toEqual({ first: 0, last: 299 });
    // The top frame's content script starts once the page has loaded its 1,000 frames (Firefox: well over a minute
    // on a loaded 2-core machine); until then the popup says it cannot read the page, and it asks again every second.
    const popup = await session.openExtensionPage(`popup.html?tab=${await session.tabIdOf(page)}`);
    await popup.waitFor(() => document.querySelector('.counts li'), undefined, 200_000);
    expect(await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('.counts li')].map((li) => [li.dataset.topic, li.querySelector('.count')!.textContent]))).toEqual([['hamas', '1']]);
    await popup.close();
    await page.close();
  }, 400_000);
});
