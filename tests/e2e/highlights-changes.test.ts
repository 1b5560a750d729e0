// Highlights follow the page and the reader's settings, in the built extension: a single-page app's new, removed,
// edited and hidden stories; editors and code the reader types in, left untouched with focus kept; settings changed
// while the page is open. Fixture pages: tests/fixtures/pages/*.html.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectedMentions, highlightNames, openFixture, readHighlights } from './harness/highlight-probes.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { writeSettings } from './harness/settings.ts';

describe.each(selectedBrowsers())('%s: highlights', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  test('a single-page app: new stories are highlighted, removed and edited ones drop their highlights', async () => {
    const page = await openFixture(session, 'spa.html');
    expect(await page.evaluate(readHighlights)).toEqual(['hamas:Hamas', 'hamas:Hamas']);

    await page.click('a[data-route="analysis"]');
    await page.waitFor(() => {
      const names = [...CSS.highlights].flatMap(([, h]) => [...h].map((r) => (r as Range).toString()));
      return names.length === 2 && names.every((n) => n === 'Hezbollah');
    });
    expect(await page.evaluate(readHighlights)).toEqual(['hezbollah:Hezbollah', 'hezbollah:Hezbollah']);

    await page.evaluate(() => (window as unknown as { app: { loadMore(): void } }).app.loadMore());
    await page.waitFor(() => [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0) === 4);
    expect(await page.evaluate(readHighlights)).toEqual([
      'hezbollah:Hezbollah',
      'hezbollah:Hezbollah',
      'abbas:Mahmoud Abbas',
      'abbas:Mahmoud Abbas',
    ]);

    await page.evaluate(() => (window as unknown as { app: { remove(id: string): void } }).app.remove('more0'));
    await page.waitFor(() => [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0) === 2);
    expect(await page.evaluate(readHighlights)).toEqual(['hezbollah:Hezbollah', 'hezbollah:Hezbollah']);

    const app = 'app' as const;
    await page.evaluate((key) => {
      (window as unknown as Record<typeof key, { editText(id: string, text: string): void }>)[key].editText(
        'analysis0',
        'Analysts now expect Hamas to respond from Gaza.',
      );
    }, app);
    await page.waitFor(() => [...CSS.highlights].some(([name, h]) => name.includes('hamas') && h.size === 1));
    expect(await page.evaluate(readHighlights)).toEqual(['hezbollah:Hezbollah', 'hamas:Hamas']);

    // Hidden text is not highlighted until the page shows it, and loses its highlight when hidden again.
    const toggleArchive = (show: boolean) =>
      page.evaluate((on) => (window as unknown as { app: { toggleArchive(on: boolean): void } }).app.toggleArchive(on), show);
    await toggleArchive(true);
    await page.waitFor(() => [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0) === 3);
    expect(await page.evaluate(readHighlights)).toEqual(['hezbollah:Hezbollah', 'hamas:Hamas', 'abbas:Mahmoud Abbas']);
    await toggleArchive(false);
    await page.waitFor(() => [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0) === 2);
    await page.close();
  });

  test('editable content and code stay untouched while the reader types; focus stays put', async () => {
    const page = await openFixture(session, 'editables.html');
    expect(await page.evaluate(readHighlights)).toEqual(['hamas:Hamas']);
    const story = await page.evaluate(() => document.getElementById('story')!.textContent);
    expect(story).toContain('Hamas');

    await page.click('#comment');
    await page.press('End');
    await page.type(' talk to Hezbollah');
    await page.click('#editor');
    await page.press('End');
    await page.type(' and Hezbollah');
    // A later page change that must be highlighted: once it is, the typing before it has been processed too.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Update: Hezbollah replied from Lebanon.</p>'));
    await page.waitFor(() => [...CSS.highlights].some(([name, h]) => name.includes('hezbollah') && h.size > 0));
    expect(await page.evaluate(readHighlights)).toEqual(['hamas:Hamas', 'hezbollah:Hezbollah']);
    const state = await page.evaluate(() => ({
      comment: (document.getElementById('comment') as HTMLTextAreaElement).value,
      subject: (document.getElementById('subject') as HTMLInputElement).value,
      editorHtml: document.getElementById('editor')!.innerHTML,
      focused: document.activeElement?.id,
    }));
    expect(state.comment).toBe('I think Hamas should talk to Hezbollah');
    expect(state.subject).toBe('Hamas and Hezbollah');
    expect(state.editorHtml).toMatch(/^<p>Draft: Hamas said <b>Mahmoud<\/b> Abbas should and Hezbollah<\/p>$/);
    expect(state.focused).toBe('editor');
    await page.close();
  });

  test('settings apply live: topics off and on, style, the global switch', async () => {
    const options = await session.openExtensionPage('options.html');
    const setSettings = (values: Record<string, unknown>) => writeSettings(options, values);
    const page = await openFixture(session, 'lookalikes.html');
    const all = await page.evaluate(expectedMentions);
    const count = (n: number) => page.waitFor((want) => [...CSS.highlights].reduce((s, [, h]) => s + h.size, 0) === want, n);

    await setSettings({ enabledTopics: { abbas: true, hamas: false, hezbollah: true, deconfliction: true } });
    await count(all.filter((m) => !m.startsWith('hamas:')).length);
    expect(await page.evaluate(readHighlights)).toEqual(all.filter((m) => !m.startsWith('hamas:')));

    await setSettings({ enabledTopics: { abbas: true, hamas: true, hezbollah: true, deconfliction: true } });
    await count(all.length);
    await setSettings({ highlightStyle: 'background' });
    await page.waitFor(() => CSS.highlights.has('briefings-hamas-background'));
    expect(await page.evaluate(readHighlights)).toEqual(all);
    // A name only for the topics the page mentions (README "Privacy and permissions").
    expect(await page.evaluate(highlightNames)).toEqual(
      [...new Set(all.map((m) => m.split(':')[0]!))].sort().map((topic) => `briefings-${topic}-background`),
    );

    await setSettings({ extensionEnabled: false });
    await count(0);
    expect(await page.evaluate(highlightNames)).toEqual([]);
    await setSettings({ extensionEnabled: true, highlightStyle: 'underline' });
    await count(all.length);
    expect(await page.evaluate(readHighlights)).toEqual(all);
    await page.close();
    await options.close();
  });
});
