// Issue 18: the extension's work on a page is bounded. A 10 MB text node of non-ASCII prose is matched in slices (no
// task of the extension's reaches 200 ms, and every mention in it is still found), a mutation storm of 600,000 records
// in one observer callback is coalesced (its mention is found, and later changes still are), and a page with 1,000
// iframes does not hang the tab: the top frame still answers the popup.
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

  test('a 10 MB non-ASCII text node: while it is matched no long task of 200 ms, and every mention in it is found', async () => {
    const page = await session.newPage();
    const errors = await watchErrors(session, page);
    await page.goto(fixture('huge-text-nonascii.html'));
    const expected = await page.evaluate(() => document.getElementById('wall')!.textContent!.split('Hamas').length - 1);
    expect(expected).toBeGreaterThan(900);
    await page.waitFor(highlightsPainted, undefined, 90_000);
    // Every mention is found (the popup counts what the page tracks, not only what is painted near the viewport).
    let seen = await popupCounts(page);
    const hamas = () => Number(seen.counts.hamas?.replace(/\D/g, ''));
    for (let i = 0; i < 20 && hamas() !== expected; i++) seen = await popupCounts(page);
    expect(seen.problem).toBeNull();
    expect(hamas()).toBe(expected);
    // The extension's work: from its start to the end of its scan. (Chromium then paints the 1,000 highlights of the
    // one node in a single rendering task of 150–300 ms, which no slicing of the extension's can split.)
    const { longTasks, gaps, start, end } = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
      const { longTasks, gaps } = (window as never as { watch: { longTasks: number[][]; gaps: number[][] } }).watch;
      return { longTasks, gaps, start: at('briefings:content-start'), end: at('briefings:scan-done') };
    });
    console.log(`${browserName}: extension ${Math.round(start)}–${Math.round(end)} ms, long tasks ${JSON.stringify(longTasks)}, timer gaps ${JSON.stringify(gaps)}`);
    const during = (entries: number[][]) => entries.filter(([at]) => at! >= start - 1 && at! < end).map(([, ms]) => ms!);
    if (browserName === 'chromium') expect(Math.max(0, ...during(longTasks))).toBeLessThan(200);
    // Firefox has no long-task timing: the gaps between the page's 20 ms ticks stand for it.
    else expect(Math.max(0, ...during(gaps))).toBeLessThan(300);
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
    await page.evaluate(() => (window as never as { addLater(text: string): void }).addLater('Later: Mahmoud Abbas replied.'));
    await page.waitFor(highlightedIn, { id: 'later', topic: 'abbas' }, 30_000);
    expect(await errors()).toEqual([]);
    await page.close();
  }, 120_000);

  test('1,000 iframes: the page keeps answering and its top frame answers the popup', async () => {
    const page = await session.newPage();
    if (session instanceof ChromiumSession) await session.playwrightPage(page).goto(fixture('hostile-iframes.html?frames=1000'), { waitUntil: 'domcontentloaded', timeout: 120_000 });
    else await (session as FirefoxSession).puppeteerPage(page).goto(fixture('hostile-iframes.html?frames=1000'), { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.bringToFront();
    const beating = await page.evaluate(async () => {
      const beats = (window as never as { heartbeats: number }).heartbeats;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (window as never as { heartbeats: number }).heartbeats > beats;
    });
    expect(beating).toBe(true);
    // The top frame's content script starts once the page has loaded its 1,000 frames (Firefox: well over a minute
    // on a loaded 2-core machine); until then the popup says it cannot read the page, and it asks again every second.
    const popup = await session.openExtensionPage(`popup.html?tab=${await session.tabIdOf(page)}`);
    await popup.waitFor(() => document.querySelector('.counts li'), undefined, 200_000);
    expect(await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('.counts li')].map((li) => [li.dataset.topic, li.querySelector('.count')!.textContent]))).toEqual([['hamas', '1']]);
    await popup.close();
    await page.close();
  }, 330_000);
});
