// The options page as a reader uses it, in the built extension: the highlight style and a topic switch apply live
// to an open article tab, the keyboard shortcut is shown, and "Reset to defaults" asks first, then resets.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import type { TestPage } from './harness/session.ts';

/** The page's highlight names, sorted and comma-joined (self-contained: runs in the page). */
const highlightNames = () =>
  [...CSS.highlights]
    .filter(([name, highlight]) => name.startsWith('briefings-') && highlight.size > 0)
    .map(([name]) => name)
    .sort()
    .join(',');

describe.each(selectedBrowsers())('%s: the options page', (browserName) => {
  let session: ExtensionSession;
  let article: TestPage;
  let options: TestPage;

  beforeAll(async () => {
    session = await launch(browserName);
    article = await session.newPage();
    await article.goto(`${inject('fixturesOrigin')}/pages/article.html`);
    await article.waitFor(() => performance.getEntriesByName('briefings:highlights-painted').length > 0);
    options = await session.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('input[name="highlight-style"]'));
  });
  afterAll(() => session?.close());

  test('the highlight style and a topic switch apply live to an open tab', async () => {
    await article.waitFor((name) => CSS.highlights.has(name), `briefings-hamas-${session.underline}`);
    await options.click('input[name="highlight-style"][value="background"]');
    await article.waitFor(
      () =>
        [...CSS.highlights]
          .filter(([name, h]) => name.startsWith('briefings-') && h.size > 0)
          .every(([name]) => name.endsWith('-background')) && CSS.highlights.has('briefings-hamas-background'),
    );
    await options.click('input[name="topic-hamas"]');
    await article.waitFor(() => !CSS.highlights.has('briefings-hamas-background') || CSS.highlights.get('briefings-hamas-background')!.size === 0);
    expect(await article.evaluate(highlightNames)).toBe(
      ['briefings-abbas-background', 'briefings-deconfliction-background', 'briefings-hezbollah-background'].join(','),
    );
  });

  test('the keyboard shortcut is shown as the browser has it', async () => {
    const expected = await options.evaluate(async () => (await browser.commands.getAll()).find((c) => c.name === 'next-mention')?.shortcut);
    expect(expected).toBeTruthy();
    expect(await options.evaluate(() => document.querySelector('.shortcut')?.textContent)).toBe(expected);
  });

  test('"Reset to defaults" asks first; Cancel keeps the settings, Reset restores every default', async () => {
    await options.click('section[aria-labelledby="reset-heading"] button');
    await options.waitFor(() => document.activeElement?.classList.contains('confirm'));
    await options.press('Escape');
    await options.waitFor(() => !document.querySelector('.confirm'));
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="topic-hamas"]')!.checked)).toBe(false);

    await options.click('section[aria-labelledby="reset-heading"] button');
    await options.waitFor(() => document.querySelector('.confirm .danger'));
    await options.click('.confirm .danger');
    await options.waitFor(() => document.querySelector<HTMLInputElement>('input[name="topic-hamas"]')!.checked);
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[value="underline"]')!.checked)).toBe(true);
    expect(await options.evaluate(() => document.querySelector('[role="status"].notice')?.textContent)).toMatch(/default/);
    await article.waitFor((name) => CSS.highlights.has(name) && CSS.highlights.get(name)!.size > 0, `briefings-hamas-${session.underline}`);
  });
});
