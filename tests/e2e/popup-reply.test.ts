// Issue 18: the popup's "On this page" survives a page that once made the whole reply fail validation (and the
// popup then said the page was opened before install): a mention 600 separators long, 12,000 mentions and a URL of
// 20,000 characters. The content script clamps what it sends (a shortened surface, at most a page of mentions with
// "+N more", the URL without its query), and the popup keeps every well-formed mention it receives.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { highlightsPainted } from './harness/page-probes.ts';

describe.each(selectedBrowsers())('%s: an oversized page still gets its popup', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  test('a 600-character mention, 12,000 mentions and a 20,000-character URL: counts, a clamped list and "+N more"', async () => {
    const page = await session.newPage();
    await page.goto(`${inject('fixturesOrigin')}/pages/popup-reply.html#${'x'.repeat(20_000)}`);
    await page.waitFor(highlightsPainted, undefined, 60_000);
    const popup = await session.openExtensionPage(`popup.html?tab=${await session.tabIdOf(page)}`);
    await popup.waitFor(() => document.querySelector('.counts li, .page-problem'), undefined, 20_000);
    const seen = await popup.evaluate(() => ({
      problem: document.querySelector('.page-problem')?.textContent ?? null,
      state: document.querySelector('.state')?.textContent ?? '',
      counts: Object.fromEntries([...document.querySelectorAll<HTMLElement>('.counts li')].map((li) => [li.dataset.topic, li.querySelector('.count')!.textContent])),
      listed: document.querySelectorAll('.mentions .mention').length,
      more: document.querySelector('.mentions-more')?.textContent ?? null,
      longest: Math.max(...[...document.querySelectorAll('.mention-snippet')].map((s) => (s.textContent ?? '').length)),
      abbas: document.querySelector('.mention[data-topic="abbas"] .mention-snippet')?.textContent ?? null,
      pause: document.querySelector<HTMLInputElement>('input[name="pause-site"]') !== null,
    }));
    expect(seen.problem).toBeNull();
    // Mentions past 5,000 are not tracked (each keeps a live Range): the popup says so instead of a wrong number.
    expect(seen.state).toMatch(/^On: 5,000\+ mentions highlighted/);
    // The matcher bounds a name's separators (core/phrase.ts), so the 600-dash "Mahmoud…Abbas" is not one name; its
    // "Abbas" alone may still be a mention, with a short surface.
    expect(Number(seen.counts.hamas?.replace(/\D/g, ''))).toBe(5000 - Number(seen.counts.abbas ?? 0));
    expect(seen.listed).toBeGreaterThan(0);
    expect(seen.listed).toBeLessThanOrEqual(1000);
    expect(seen.more).toBe(`+${(5000 - seen.listed).toLocaleString('en-US')} more`);
    if (seen.abbas !== null) expect(seen.abbas.length).toBeLessThanOrEqual(200);
    expect(seen.longest).toBeLessThanOrEqual(200);
    // The site still comes from the clamped URL: the pause switch is offered.
    expect(seen.pause).toBe(true);
    await popup.close();
    await page.close();
  }, 120_000);
});
