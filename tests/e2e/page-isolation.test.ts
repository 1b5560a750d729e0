// A page cannot drive, switch off or watch the extension (issue 18), in real Chromium and Firefox. Every attack here
// is made by the page's own script (tests/fixtures/pages/page-watcher.js records what a page can see):
//  - driving it: synthetic pointer and key events open, close or operate no card, the card's shadow root is closed
//    (also when the page defined the custom element names first), and a page that reaches the card's buttons (the
//    test build leaves the root open for the suite) still cannot open the index with them;
//  - switching it off: no message tells the page the extension's id, and the WXT events a content script used to
//    listen to ("<id>:content:wxt:content-script-started", "…:wxt:locationchange") neither stop nor reset it;
//  - watching it: the production build leaves no performance entry, no highlight name without a highlight and no
//    element before there is something to show.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ChromiumSession } from './harness/chromium.ts';
import { GECKO_ID } from './harness/firefox.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import type { TestPage } from './harness/session.ts';

const fixture = (name: string) => `${inject('fixturesOrigin')}/pages/${name}`;

interface Watched {
  entries: string[];
  messages: string[];
  mutations: string[];
  extensionIds: string[];
}
const watched = () => (window as never as { watched: Watched }).watched;

/** Highlight names in the page's registry with their sizes, e.g. "briefings-hamas-underline:2" (runs in the page). */
function highlightNames(): string[] {
  return [...CSS.highlights].map(([name, highlight]) => `${name}:${highlight.size}`).sort();
}

/** Every highlighted mention as "topic:text" (runs in the page). */
/** The page's #added paragraph has a highlight in it: the content script has read the page's last write. */
function addedIsHighlighted(): boolean {
  const added = document.getElementById('added');
  for (const [, highlight] of CSS.highlights) for (const range of highlight) if (added?.contains((range as Range).startContainer)) return true;
  return false;
}

function highlightTexts(): string[] {
  const found: string[] = [];
  for (const [name, highlight] of CSS.highlights) {
    for (const range of highlight) found.push(`${name.split('-')[1]}:${(range as Range).toString()}`);
  }
  return found.sort();
}

/** Elements in the document that the page's markup did not make (runs in the page). */
function foreignElements(): string[] {
  const original = (window as never as { originalElements: Set<Element> }).originalElements;
  return [...document.querySelectorAll('*')].filter((e) => !original.has(e) && !e.closest('#added')).map((e) => e.outerHTML.slice(0, 80));
}

/** The centre of the first highlighted mention of `topic`, or null (runs in the page). */
function mentionPoint(topic: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(`briefings-${topic}-`)) continue;
    for (const range of highlight) {
      const rect = (range as Range).getClientRects()[0];
      if (rect) return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
    }
  }
  return null;
}

/**
 * What covers the page around a point (where a card would open), other than the page's own elements: each element
 * found by hit-testing a grid, with whether the page can see into its shadow root (runs in the page).
 */
function cardNear(point: { x: number; y: number }): { tag: string; openRoot: boolean }[] {
  const original = (window as never as { originalElements: Set<Element> }).originalElements;
  const found = new Map<Element, { tag: string; openRoot: boolean }>();
  for (let dy = -260; dy <= 260; dy += 20) {
    for (let dx = -160; dx <= 160; dx += 40) {
      const hit = document.elementFromPoint(point.x + dx, point.y + dy);
      if (hit && !original.has(hit) && !hit.closest('#added')) found.set(hit, { tag: hit.localName, openRoot: hit.shadowRoot !== null });
    }
  }
  return [...found.values()];
}

/** The page moves a pointer of its own over a point for about 1.5 s, as a mouse would (runs in the page). */
function syntheticHover(point: { x: number; y: number }): Promise<void> {
  return new Promise((resolve) => {
    let n = 0;
    const timer = setInterval(() => {
      const target = document.elementFromPoint(point.x, point.y) ?? document.body;
      for (const type of ['pointerover', 'pointerenter', 'pointermove', 'mouseover', 'mousemove']) {
        const init = { clientX: point.x + (n % 2), clientY: point.y, bubbles: true, composed: true, pointerType: 'mouse', view: window };
        target.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
      }
      if (++n >= 30) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
  });
}

const pause = (page: TestPage, ms: number) => page.evaluate((t) => new Promise((resolve) => setTimeout(resolve, t)), ms);

/** An element the page did not make, just above or below `p` (the card's host), in the page. */
function somethingNewBy(p: { x: number; y: number }): boolean {
  const original = (window as never as { originalElements: Set<Element> }).originalElements;
  const hit = document.elementFromPoint(p.x, p.y + 60) ?? document.elementFromPoint(p.x, p.y - 60);
  return Boolean(hit && !original.has(hit));
}

/** The reader moves onto a mention; done when an element the page did not make shows by it (the card's host). */
async function hoverUntilCardShows(page: TestPage, point: { x: number; y: number }): Promise<void> {
  await page.mouseMove(Math.max(5, point.x - 40), point.y + 60);
  await page.mouseMove(point.x, point.y, 4);
  await page.waitFor((p) => {
    const original = (window as never as { originalElements: Set<Element> }).originalElements;
    for (let dy = -260; dy <= 260; dy += 20) {
      const hit = document.elementFromPoint(p.x, p.y + dy);
      if (hit && !original.has(hit) && !hit.closest('#added')) return true;
    }
    return false;
  }, point);
}

/** Pages showing the extension's index (popup.html in a tab or as the popup). */
async function indexPages(session: ExtensionSession): Promise<number> {
  let n = 0;
  for (const page of await session.pages()) if ((await page.url().catch(() => '')).includes('/popup.html')) n++;
  return n;
}

describe.each(selectedBrowsers())('%s: a page cannot drive, switch off or watch the extension', (browserName) => {
  let production: ExtensionSession;
  let testBuild: ExtensionSession;
  /** runtime.id as the content script sees it: the name WXT's events were built from. */
  let runtimeId: string;
  beforeAll(async () => {
    production = await launch(browserName, { production: true });
    testBuild = await launch(browserName);
    runtimeId = browserName === 'chromium' ? (production as ChromiumSession).extensionId : GECKO_ID;
  });
  afterAll(async () => {
    await production?.close();
    await testBuild?.close();
  });

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

  test('production build: synthetic pointer and key events do not open or operate the card, and its root is closed', async () => {
    const page = await production.newPage();
    await page.goto(fixture('watched.html'));
    await page.waitFor(() => [...CSS.highlights.keys()].some((name) => name.startsWith('briefings-hamas-')));
    const point = (await page.evaluate(mentionPoint, 'hamas'))!;
    await page.mouseMove(5, 5);
    await page.evaluate(syntheticHover, point);
    await pause(page, 600);
    expect(await page.evaluate(cardNear, point)).toEqual([]);
    expect(await page.evaluate(foreignElements)).toEqual([]);

    // The reader hovers: the card opens, and its shadow root is closed to the page.
    await page.mouseMove(point.x, point.y, 4);
    await page.waitFor(somethingNewBy, point);
    const covering = await page.evaluate(cardNear, point);
    expect(covering.length).toBe(1);
    expect(covering[0]!.openRoot).toBe(false);
    // Neither a synthetic Escape nor a synthetic click elsewhere closes it; the pointer is on the mention still.
    await page.evaluate(() => {
      for (const target of [document, document.body, document.activeElement ?? document.body]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, composed: true }));
      }
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, clientX: 5, clientY: 5 }));
    });
    await pause(page, 800);
    expect((await page.evaluate(cardNear, point)).length).toBe(1);
    await page.close();
  });

  test('production build: element names the page defined first get no card of the extension in them', async () => {
    const page = await production.newPage();
    await page.goto(fixture('squatted.html'));
    await page.waitFor(() => [...CSS.highlights.keys()].some((name) => name.startsWith('briefings-hamas-')));
    const point = (await page.evaluate(mentionPoint, 'hamas'))!;
    await page.mouseMove(Math.max(5, point.x - 40), point.y + 80);
    await page.mouseMove(point.x, point.y, 4);
    await page.waitFor(somethingNewBy, point);
    const covering = await page.evaluate(cardNear, point);
    expect(covering).toHaveLength(1);
    expect(covering[0]!.openRoot).toBe(false);
    expect(await page.evaluate(() => (window as never as { captured: Element[] }).captured.length)).toBe(0);
    await page.close();
  });

  test('test build (card root open): the page clicking the card’s buttons opens no index; the reader’s clicks open one, reused', async () => {
    const page = await testBuild.newPage();
    await page.goto(fixture('watched.html'));
    await page.waitFor(() => [...CSS.highlights.keys()].some((name) => name.startsWith('briefings-hamas-')));
    const point = (await page.evaluate(mentionPoint, 'hamas'))!;
    await page.mouseMove(point.x, point.y, 4);
    const cardShown = () => Boolean(document.querySelector('[data-briefings-card]')?.shadowRoot?.querySelector('[role="dialog"][data-placed]'));
    await page.waitFor(cardShown);
    const before = await indexPages(testBuild);
    const clicked = await page.evaluate(async () => {
      const root = document.querySelector('[data-briefings-card]')!.shadowRoot!;
      let n = 0;
      for (let i = 0; i < 12; i++) {
        root.querySelector<HTMLButtonElement>('.card-open-index')?.click();
        n++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      root.querySelector<HTMLButtonElement>('.card-close')?.click();
      // Rewriting the card's text and link is the page's own business now that it reached in; it opens nothing.
      return n;
    });
    expect(clicked).toBe(12);
    await pause(page, 1500);
    expect(await indexPages(testBuild)).toBe(before);
    expect(await page.evaluate(cardShown)).toBe(true);

    // The reader clicks "Open in index" twice: one index, the second click reuses it.
    for (let i = 0; i < 2; i++) {
      await page.bringToFront();
      await page.mouseMove(5, 5);
      await pause(page, 600);
      await page.mouseMove(point.x, point.y, 4);
      await page.waitFor(cardShown);
      const button = await page.evaluate(() => {
        const rect = document.querySelector('[data-briefings-card]')!.shadowRoot!.querySelector('.card-open-index')!.getBoundingClientRect();
        return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
      });
      await page.mouseMove(button.x, button.y, 6);
      await page.mouseClick(button.x, button.y);
      const deadline = Date.now() + 5000;
      while ((await indexPages(testBuild)) === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, 1200));
    }
    // Firefox opens the index in a tab (its popup needs a user gesture the message to the background loses); headless
    // Chromium opens the toolbar popup, which is not among the pages: never a second index either way.
    if (browserName === 'firefox') expect(await indexPages(testBuild)).toBe(before + 1);
    else expect(await indexPages(testBuild)).toBeLessThanOrEqual(before + 1);
    await page.close();
  });
});
