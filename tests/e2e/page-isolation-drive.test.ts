// A page cannot drive the extension (issue 18), in real Chromium and Firefox: synthetic pointer and key events open,
// close or operate no card, the card's shadow root is closed (also when the page defined the custom element names
// first), and a page that reaches the card's buttons (the test build leaves the root open for the suite) still
// cannot open the index with them. Every attack is made by the page's own script.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import type { TestPage } from './harness/session.ts';
import { foreignElements, mentionPoint, pause } from './harness/watched-page.ts';

const fixture = (name: string) => `${inject('fixturesOrigin')}/pages/${name}`;

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

/** An element the page did not make, just above or below `p` (the card's host), in the page. */
function somethingNewBy(p: { x: number; y: number }): boolean {
  const original = (window as never as { originalElements: Set<Element> }).originalElements;
  const hit = document.elementFromPoint(p.x, p.y + 60) ?? document.elementFromPoint(p.x, p.y - 60);
  return Boolean(hit && !original.has(hit));
}

/** Pages showing the extension's index (popup.html in a tab or as the popup). */
async function indexPages(session: ExtensionSession): Promise<number> {
  let n = 0;
  for (const page of await session.pages()) if ((await page.url().catch(() => '')).includes('/popup.html')) n++;
  return n;
}

/** Opens a fixture page once its Hamas mention is highlighted; returns the page and that mention's centre. */
async function openAtHamas(session: ExtensionSession, name: string): Promise<{ page: TestPage; point: { x: number; y: number } }> {
  const page = await session.newPage();
  await page.goto(fixture(name));
  await page.waitFor(() => [...CSS.highlights.keys()].some((name) => name.startsWith('briefings-hamas-')));
  return { page, point: (await page.evaluate(mentionPoint, 'hamas'))! };
}

describe.each(selectedBrowsers())('%s: a page cannot drive, switch off or watch the extension', (browserName) => {
  let production: ExtensionSession;
  let testBuild: ExtensionSession;
  beforeAll(async () => {
    production = await launch(browserName, { production: true });
    testBuild = await launch(browserName);
  });
  afterAll(async () => {
    await production?.close();
    await testBuild?.close();
  });

  test('production build: synthetic pointer and key events do not open or operate the card, and its root is closed', async () => {
    const { page, point } = await openAtHamas(production, 'watched.html');
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
    const { page, point } = await openAtHamas(production, 'squatted.html');
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
    const { page, point } = await openAtHamas(testBuild, 'watched.html');
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
