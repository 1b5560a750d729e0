// A page with many mentions (tests/fixtures/pages/many-mentions.html: 600, about 30 screens): every mention is
// found, but only those near the viewport are registered in CSS.highlights (dom/viewport-window.ts), and the rest
// are painted as the reader scrolls to them; hovering one far down the page opens its card.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { cardTitleIncludes } from './harness/page-probes.ts';
import type { TestPage } from './harness/session.ts';
import { writeSettings } from './harness/settings.ts';

const MENTIONS = 600;

/** Entry ids whose mention is registered in one of this extension's highlights, in the page's world. */
function registeredEntries(): number[] {
  const ids: number[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('briefings-')) continue;
    for (const range of highlight) {
      const entry = (range.startContainer as Node).parentElement?.closest('p');
      if (entry) ids.push(Number(entry.id.replace('entry-', '')));
    }
  }
  return ids.sort((a, b) => a - b);
}

/** Mentions found, from the extension's 'briefings:mentions' mark (its detail is the count). */
function mentionsFound(): number {
  const entry = performance.getEntriesByName('briefings:mentions').at(-1) as PerformanceMark | undefined;
  return typeof entry?.detail === 'number' ? entry.detail : -1;
}

/** Which entries are within a screen of the viewport (what the window keeps registered), in the page's world. */
function entriesNearViewport(): { first: number; last: number } {
  const near = [...document.querySelectorAll('p')].filter((p) => {
    const rect = p.getBoundingClientRect();
    return rect.bottom >= -innerHeight && rect.top <= 2 * innerHeight;
  });
  return { first: Number(near[0]!.id.slice(6)), last: Number(near.at(-1)!.id.slice(6)) };
}

describe.each(selectedBrowsers())('%s: many mentions, painted near the viewport', (browserName) => {
  let session: ExtensionSession;
  let page: TestPage;
  beforeAll(async () => {
    session = await launch(browserName);
    page = await session.newPage();
    await page.setViewport(1000, 700);
    await page.goto(`${inject('fixturesOrigin')}/pages/many-mentions.html`);
    await page.waitFor(() => performance.getEntriesByName('briefings:highlights-painted').length > 0);
  });
  afterAll(() => session?.close());

  test('every mention is found; only those within a screen of the viewport are registered', async () => {
    expect(await page.evaluate(mentionsFound)).toBe(MENTIONS);
    const registered = await page.evaluate(registeredEntries);
    const near = await page.evaluate(entriesNearViewport);
    expect(registered.length).toBeGreaterThan(0);
    expect(registered.length).toBeLessThan(MENTIONS / 5);
    // The window is a screen either side, watched an article (five entries) at a time: everything on screen and just
    // below is there, nothing far away.
    expect(registered[0]).toBe(0);
    expect(registered.at(-1)).toBeGreaterThanOrEqual(near.last - 1);
    expect(registered.at(-1)).toBeLessThanOrEqual(near.last + 5);
  });

  test('scrolling paints the mentions that come near and lets go of those left behind', async () => {
    await page.evaluate(() => document.getElementById('entry-450')!.scrollIntoView({ block: 'center' }));
    await page.waitFor(() => {
      const ids = new Set<number>();
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('briefings-')) continue;
        for (const range of highlight) ids.add(Number((range.startContainer as Node).parentElement!.id.slice(6)));
      }
      return ids.has(450) && !ids.has(0);
    });
    const registered = await page.evaluate(registeredEntries);
    const near = await page.evaluate(entriesNearViewport);
    expect(registered.length).toBeLessThan(MENTIONS / 5);
    expect(registered[0]).toBeGreaterThanOrEqual(near.first - 5);
    expect(registered.at(-1)).toBeLessThanOrEqual(near.last + 5);
    expect(await page.evaluate(mentionsFound)).toBe(MENTIONS);
  });

  test('switching a topic off and on, and the extension off and on, keeps painting to what is near', async () => {
    const options = await session.openExtensionPage('options.html');
    const setSettings = (values: Record<string, unknown>) => writeSettings(options, values);
    const registeredNames = () =>
      page.evaluate(() => [...CSS.highlights].filter(([name, h]) => name.startsWith('briefings-') && h.size > 0).map(([name]) => name).sort());
    await page.bringToFront();
    const near = await page.evaluate(entriesNearViewport);

    await setSettings({ enabledTopics: { abbas: true, hamas: false, hezbollah: true, deconfliction: true } });
    await page.waitFor((name) => !CSS.highlights.has(name), `briefings-hamas-${session.underline}`);
    expect(await registeredNames()).toEqual([`briefings-abbas-${session.underline}`, `briefings-hezbollah-${session.underline}`]);
    await setSettings({ enabledTopics: { abbas: true, hamas: true, hezbollah: true, deconfliction: true } });
    await page.waitFor((name) => CSS.highlights.has(name), `briefings-hamas-${session.underline}`);

    await setSettings({ extensionEnabled: false });
    await page.waitFor(() => ![...CSS.highlights.keys()].some((name) => name.startsWith('briefings-')));
    await setSettings({ extensionEnabled: true });
    await page.waitFor(() => [...CSS.highlights].some(([name, h]) => name.startsWith('briefings-') && h.size > 0));
    // A new scan, the same window: everything found, only what is near painted.
    await page.waitFor((count) => {
      const entry = performance.getEntriesByName('briefings:mentions').at(-1) as PerformanceMark | undefined;
      return entry?.detail === count;
    }, MENTIONS);
    const registered = await page.evaluate(registeredEntries);
    expect(registered.length).toBeLessThan(MENTIONS / 5);
    expect(registered[0]).toBeGreaterThanOrEqual(near.first - 5);
    expect(registered.at(-1)).toBeLessThanOrEqual(near.last + 5);
    await options.close();
    await page.bringToFront();
  });

  test('hovering a mention far down the page opens its briefing', async () => {
    const target = await page.evaluate(() => {
      const entry = document.getElementById('entry-451')!; // "Hezbollah" (451 % 3 === 1)
      const text = entry.firstChild as Text;
      const start = text.data.indexOf('Hezbollah');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'Hezbollah'.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouseMove(5, 5);
    await page.mouseMove(target.x, target.y, 6);
    await page.waitFor(cardTitleIncludes, 'Hezbollah');
  });
});
