// Highlights as a reader meets them, in the built extension: the right words are highlighted, nothing else, and the
// page's text is left alone, also on a page that restyles everything and on a file:// page. Fixture pages:
// tests/fixtures/pages/*.html (blocks carry data-expect).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectedMentions, highlightNames, openFixture, readHighlights, servedTextContent } from './harness/highlight-probes.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { highlightsPainted as painted } from './harness/page-probes.ts';
import { FIXTURES_DIR } from './harness/paths.ts';

describe.each(selectedBrowsers())('%s: highlights', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  test.each(['lookalikes.html', 'split-names.html'])(
    '%s: exactly the true mentions are highlighted, each once, through the Highlight API',
    async (fixture) => {
      const page = await openFixture(session, fixture);
      const expected = await page.evaluate(expectedMentions);
      expect(expected.length).toBeGreaterThan(0);
      expect(await page.evaluate(readHighlights)).toEqual(expected);
      expect(await page.evaluate(() => document.querySelector('briefings-mark'))).toBeNull();
      expect(await page.evaluate(() => document.documentElement.textContent)).toBe(await page.evaluate(servedTextContent));
      await page.close();
    },
  );

  test('the source article: its mentions are highlighted, one named highlight per topic, text unchanged', async () => {
    const page = await openFixture(session, 'article.html');
    const highlights = await page.evaluate(readHighlights);
    expect(highlights).toContain('abbas:Mahmoud Abbas');
    expect(highlights).toContain('hamas:Hamas');
    expect(highlights).toContain('hezbollah:Hezbollah');
    expect(highlights).toContain('deconfliction:deconfliction agreement');
    expect(await page.evaluate(highlightNames)).toEqual([
      `briefings-abbas-${session.underline}`,
      `briefings-deconfliction-${session.underline}`,
      `briefings-hamas-${session.underline}`,
      `briefings-hezbollah-${session.underline}`,
    ]);
    expect(await page.evaluate(() => document.documentElement.textContent)).toBe(await page.evaluate(servedTextContent));
    await page.close();
  });

  test('a hostile page that restyles everything still gets its highlights, and its text is unchanged', async () => {
    const page = await openFixture(session, 'hostile.html');
    expect(await page.evaluate(readHighlights)).toEqual(['hamas:Hamas', 'hezbollah:Hezbollah', 'abbas:Mahmoud Abbas']);
    expect(await page.evaluate(() => document.documentElement.textContent)).toBe(await page.evaluate(servedTextContent));
    // The page's own observer saw no change from the extension (its script ran before; nothing was added since).
    expect(await page.evaluate(() => (window as unknown as { pageMutations: number }).pageMutations)).toBe(0);
    await page.close();
  });

  if (browserName === 'chromium') {
    test('a file:// page is highlighted too', async () => {
      const page = await session.newPage();
      await page.goto(pathToFileURL(path.join(FIXTURES_DIR, 'pages/lookalikes.html')).href);
      await page.waitFor(painted);
      expect(await page.evaluate(readHighlights)).toEqual(await page.evaluate(expectedMentions));
      await page.close();
    });
  }

  test('text the page hides is not highlighted: collapsed, hidden by tag, invisible, closed details, dialog, popover', async () => {
    const page = await openFixture(session, 'hidden-text.html');
    const expected = await page.evaluate(expectedMentions);
    expect(expected).toHaveLength(4);
    expect(await page.evaluate(readHighlights)).toEqual(expected);
  });
});
