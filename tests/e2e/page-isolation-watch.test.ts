// A page cannot watch the extension (issue 18), in real Chromium and Firefox: the production build leaves no
// performance entry, no highlight name without a highlight and no element before there is something to show. The
// page's own script records what it can see (tests/fixtures/pages/page-watcher.js).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { foreignElements, hoverUntilCardShows, mentionPoint, pause, watched } from './harness/watched-page.ts';

const fixture = (name: string) => `${inject('fixturesOrigin')}/pages/${name}`;

/** Highlight names in the page's registry with their sizes, e.g. "briefings-hamas-underline:2" (runs in the page). */
function highlightNames(): string[] {
  return [...CSS.highlights].map(([name, highlight]) => `${name}:${highlight.size}`).sort();
}

describe.each(selectedBrowsers())('%s: a page cannot drive, switch off or watch the extension', (browserName) => {
  let production: ExtensionSession;
  beforeAll(async () => {
    production = await launch(browserName, { production: true });
  });
  afterAll(() => production?.close());

  test('production build: no performance entry, no empty highlight name, no element until there is a card to show', async () => {
    const page = await production.newPage();
    await page.goto(fixture('quiet.html'));
    // Long enough for the content script to start, read its settings and scan this small page when idle.
    await pause(page, 2500);
    expect(await page.evaluate(highlightNames)).toEqual([]);
    expect(await page.evaluate(foreignElements)).toEqual([]);

    // A mention arrives: the extension is running here; only the topic found gets a highlight name.
    await page.evaluate(() =>
      (window as never as { pageWrites(fn: () => void): void }).pageWrites(() =>
        document.getElementById('story')!.insertAdjacentHTML('beforeend', '<p id="added">Later, Hamas replied from Gaza.</p>'),
      ),
    );
    await page.waitFor(() => [...CSS.highlights.keys()].some((name) => name.startsWith('briefings-hamas-')));
    expect((await page.evaluate(highlightNames)).map((n) => n.replace(/-[a-z]+:/, ':'))).toEqual(['briefings-hamas:1']);
    expect(await page.evaluate(foreignElements)).toEqual([]);

    // The reader hovers it: the card opens (its host is the first element the extension adds), and still no mark.
    const point = (await page.evaluate(mentionPoint, 'hamas'))!;
    await hoverUntilCardShows(page, point);
    await pause(page, 300);
    const seen = await page.evaluate(watched);
    expect(seen.entries).toEqual([]);
    expect(await page.evaluate(() => performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure').length)).toBe(0);
    expect(seen.extensionIds).toEqual([]);
    await page.close();
  });
});
