// A page cannot switch the extension off (issue 18), in real Chromium and Firefox: no message tells the page the
// extension's id, and the WXT events a content script used to listen to ("<id>:content:wxt:content-script-started",
// "…:wxt:locationchange") neither stop nor reset it. The page's own script records what it can see
// (tests/fixtures/pages/page-watcher.js).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { ChromiumSession } from './harness/chromium.ts';
import { GECKO_ID } from './harness/firefox.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import type { TestPage } from './harness/session.ts';
import { hoverUntilCardShows, mentionPoint, pause, watched } from './harness/watched-page.ts';

const fixture = (name: string) => `${inject('fixturesOrigin')}/pages/${name}`;

/** The page's #added paragraph has a highlight in it: the content script has read the page's last write. */
function addedIsHighlighted(): boolean {
  const added = document.getElementById('added');
  for (const [, highlight] of CSS.highlights) for (const range of highlight) if (added?.contains((range as Range).startContainer)) return true;
  return false;
}

/** Every highlighted mention as "topic:text" (runs in the page). */
function highlightTexts(): string[] {
  const found: string[] = [];
  for (const [name, highlight] of CSS.highlights) {
    for (const range of highlight) found.push(`${name.split('-')[1]}:${(range as Range).toString()}`);
  }
  return found.sort();
}

describe.each(selectedBrowsers())('%s: a page cannot drive, switch off or watch the extension', (browserName) => {
  let production: ExtensionSession;
  /** runtime.id as the content script sees it: the name WXT's events were built from. */
  let runtimeId: string;
  beforeAll(async () => {
    production = await launch(browserName, { production: true });
    runtimeId = browserName === 'chromium' ? (production as ChromiumSession).extensionId : GECKO_ID;
  });
  afterAll(() => production?.close());

  /** The watched page in the production build, its first highlights painted and the page settled. */
  async function openWatchedSettled(): Promise<TestPage> {
    const page = await production.newPage();
    await page.goto(fixture('watched.html'));
    await page.waitFor(() => [...CSS.highlights.keys()].some((name) => name.startsWith('briefings-hezbollah-')));
    await pause(page, 300);
    return page;
  }

  test('production build: the page learns no id, and forged WXT events neither stop nor reset the content script', async () => {
    const page = await openWatchedSettled();
    const before = await page.evaluate(highlightTexts);
    expect(before).toEqual(['hamas:Hamas', 'hezbollah:Hezbollah']);
    const seen = await page.evaluate(watched);
    expect(seen.extensionIds).toEqual([]);
    expect(seen.messages.filter((m) => m.includes(runtimeId) || m.includes('wxt'))).toEqual([]);

    // The page names the events as WXT builds them (it could read the id from WXT's message, or from the store).
    const forged = await page.evaluate((id) => {
      const started = `${id}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'the-page' };
      // A location change that never happened: the last view's Abbas Araghchi would no longer decide who "Abbas" is.
      window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
      (window as never as { pageWrites(fn: () => void): void }).pageWrites(() => {
        document.getElementById('view')!.innerHTML = '<p>Speaking later, Abbas said the visit had been useful.</p><p id="added">Hezbollah replied from Lebanon.</p>';
      });
      // "A newer copy of this content script started": the old one used to shut itself down on this.
      document.dispatchEvent(new CustomEvent(started, { detail }));
      window.dispatchEvent(new CustomEvent(started, { detail }));
      window.postMessage({ type: started, ...detail }, '*');
      return started;
    }, runtimeId);
    expect(forged).toContain(':wxt:content-script-started');
    await page.waitFor(addedIsHighlighted);
    await pause(page, 800);
    // Still running: the new view was read, as the same view (Abbas is still Araghchi), and nothing was removed.
    expect(await page.evaluate(highlightTexts)).toEqual(['hamas:Hamas', 'hezbollah:Hezbollah', 'hezbollah:Hezbollah']);
    // …and it still follows the page and opens cards for the reader.
    await page.evaluate(() =>
      (window as never as { pageWrites(fn: () => void): void }).pageWrites(() =>
        document.getElementById('added')!.insertAdjacentHTML('beforeend', ' Mahmoud Abbas too.'),
      ),
    );
    await page.waitFor(() => [...CSS.highlights.keys()].some((name) => name.startsWith('briefings-abbas-')));
    const point = (await page.evaluate(mentionPoint, 'hamas'))!;
    await hoverUntilCardShows(page, point);
    await page.close();
  });

  test('production build: a forged WXT location change does not reset what the page has established', async () => {
    const page = await openWatchedSettled();
    // The page says its view changed, though its address did not, then writes a bare "Abbas" with Palestinian words
    // around it. This view's Abbas is still Abbas Araghchi: read as a new view, it would be Mahmoud Abbas.
    await page.evaluate((id) => {
      window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
      window.dispatchEvent(new CustomEvent(`${id}:content:wxt:locationchange`, { detail: { newUrl: location.href } }));
      (window as never as { pageWrites(fn: () => void): void }).pageWrites(() => {
        document.getElementById('view')!.insertAdjacentHTML(
          'beforeend',
          '<p>In Ramallah later, Abbas told Palestinian officials the visit had been useful.</p><p id="added">Hezbollah replied from Lebanon.</p>',
        );
      });
    }, runtimeId);
    await page.waitFor(addedIsHighlighted);
    await pause(page, 800);
    expect(await page.evaluate(highlightTexts)).toEqual(['hamas:Hamas', 'hezbollah:Hezbollah', 'hezbollah:Hezbollah']);
    await page.close();
  });
});
