// The briefing card as a reader meets it in the built extension, on tests/fixtures/pages/article.html: hover a
// highlighted mention and the right briefing opens beside it with a verbatim quote; the card stays while the
// pointer is in it and closes when it leaves; the keyboard command walks the mentions, moves focus into the card,
// Tab reaches its controls and Escape gives focus back. Screenshots for the README come from here.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BRIEFINGS_BY_ID } from '../../briefings/index.ts';
import type { TopicId } from '../../briefings/types.ts';
import { ChromiumSession } from './harness/chromium.ts';
import { evaluateInChrome, type FirefoxSession } from './harness/firefox.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { ARTIFACTS_DIR, ROOT } from './harness/paths.ts';
import { cardTitleIncludes } from './harness/page-probes.ts';
import type { TestPage } from './harness/session.ts';

interface Box { left: number; top: number; right: number; bottom: number }
interface CardState {
  title: string;
  quotes: string[];
  box: Box;
  /** The card itself has focus (document.activeElement is its shadow host, the dialog is active inside). */
  focused: string | null;
  announcement: string;
}

/**
 * Every highlighted mention in document order, read from the page's CSS.highlights registry, with its client rects
 * (runs in the page). With `scrollTo`, that mention is first scrolled to the middle of the viewport.
 */
function mentionsOnPage(scrollTo?: { topic: string; nth: number; at?: number }): { topic: string; text: string; rects: Box[] }[] {
  const found: { topic: string; range: Range }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('briefings-')) continue;
    for (const range of highlight) found.push({ topic: name.split('-')[1]!, range: range as Range });
  }
  found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  if (scrollTo) {
    const target = found.filter((m) => m.topic === scrollTo.topic)[scrollTo.nth]!.range;
    const rect = target.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + rect.top - innerHeight * (scrollTo.at ?? 0.5), behavior: 'instant' });
  }
  return found.map(({ topic, range }) => ({
    topic,
    text: range.toString(),
    rects: [...range.getClientRects()].map(({ left, top, right, bottom }) => ({ left, top, right, bottom })),
  }));
}

/** The open card as the reader sees it, or null (runs in the page; the card's shadow root is open). */
function readCard(): CardState | null {
  const host = document.querySelector('[data-briefings-card]');
  const root = host?.shadowRoot;
  const dialog = root?.querySelector<HTMLElement>('[role="dialog"][data-placed]');
  if (!root || !dialog) return null;
  const { left, top, right, bottom } = dialog.getBoundingClientRect();
  const active = document.activeElement === host ? root.activeElement : null;
  return {
    title: root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent ?? '',
    quotes: [...dialog.querySelectorAll('blockquote')].map((q) => q.textContent ?? ''),
    box: { left, top, right, bottom },
    focused: active === dialog ? 'dialog' : active?.classList.contains('card-body') ? 'scroller' : (active?.textContent ?? null),
    announcement: root.querySelector('[role="status"]')?.textContent ?? '',
  };
}

const cardOpen = () => {
  const dialog = document.querySelector('[data-briefings-card]')?.shadowRoot?.querySelector('[role="dialog"][data-placed]');
  return Boolean(dialog);
};
const cardClosed = () => !document.querySelector('[data-briefings-card]')?.shadowRoot?.querySelector('[role="dialog"]');
/**
 * Resolves once the page has produced two more frames. The card hit-tests the pointer once per animation frame
 * (dom/hit-test.ts), so a move away and straight back within one frame is no leave at all: after moving away, a test
 * waits for this before coming back, instead of sleeping.
 */
const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
/** Resolves after `ms` of page time: used only to let the grace period pass before checking nothing closed. */
const pageDelay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Alt+Shift+J as TextInputProcessor steps (Firefox's own way to type into its browser window in tests). */
const SHORTCUT_KEYS: [string, KeyboardEventInit][] = [
  ['keydown', { key: 'Alt', code: 'AltLeft' }],
  ['keydown', { key: 'Shift', code: 'ShiftLeft' }],
  ['keydown', { key: 'J', code: 'KeyJ', keyCode: 74 }],
  ['keyup', { key: 'J', code: 'KeyJ', keyCode: 74 }],
  ['keyup', { key: 'Shift', code: 'ShiftLeft' }],
  ['keyup', { key: 'Alt', code: 'AltLeft' }],
];

/** Types keys into Firefox's focused browser window, where extension shortcuts are handled (chrome scope). */
async function typeIntoFirefoxWindow(session: FirefoxSession, steps: [string, KeyboardEventInit][]): Promise<void> {
  const outcome = await evaluateInChrome(
    session.puppeteerBrowser,
    (keys: [string, KeyboardEventInit][]) => {
      // Runs in the privileged browser window: Services, Cc and Ci are its globals.
      const g = globalThis as never as { Services: any; Cc: any; Ci: any };
      const win = g.Services.wm.getMostRecentWindow('navigator:browser');
      const tip = g.Cc['@mozilla.org/text-input-processor;1'].createInstance(g.Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(win)) return 'busy';
      for (const [kind, init] of keys) tip[kind](new win.KeyboardEvent('', init));
      return 'typed';
    },
    steps,
  );
  expect(outcome).toBe('typed');
}

const center = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** A point right of the article column: no text there. */
const BLANK = { x: 1262, y: 620 };

describe.each(selectedBrowsers())('%s: the briefing card', (browserName) => {
  let session: ExtensionSession;
  let page: TestPage;

  /**
   * The keyboard command, as close to the reader's key press as each browser allows. Chromium: synthetic key events
   * (CDP) reach the page, never the browser's shortcut handling, so the test sends what the background sends on
   * the command ('content/next-mention', from the service worker). Firefox: the real Alt+Shift+J, typed into the
   * browser window (as Firefox's own tests do), goes through the manifest command and the background.
   */
  async function nextMention(): Promise<void> {
    if (session instanceof ChromiumSession) {
      const tabId = await session.tabIdOf(page);
      const reply = await session.serviceWorker.evaluate(
        (id) => chrome.tabs.sendMessage(id, { type: 'content/next-mention', params: {} }),
        tabId,
      );
      expect(reply).toBe(true);
    } else {
      await typeIntoFirefoxWindow(session as FirefoxSession, SHORTCUT_KEYS);
    }
  }

  /** The command's shortcut as the browser bound it ('' when it refused the manifest's suggestion). */
  async function boundShortcut(): Promise<string | undefined> {
    if (session instanceof ChromiumSession) {
      const commands = await session.serviceWorker.evaluate(() => chrome.commands.getAll());
      return commands.find((c) => c.name === 'next-mention')?.shortcut;
    }
    const options = await session.openExtensionPage('options.html');
    const commands = await options.evaluate(() => browser.commands.getAll());
    await options.close();
    await page.bringToFront();
    return commands.find((c) => c.name === 'next-mention')?.shortcut;
  }

  beforeAll(async () => {
    session = await launch(browserName);
    page = await session.newPage();
    await page.goto(`${inject('fixturesOrigin')}/pages/article.html`);
    await page.waitFor(() => performance.getEntriesByName('briefings:highlights-painted').length > 0);
  });
  afterAll(() => session?.close());

  test('hovering a mention inside a web component (open shadow root) opens its card', async () => {
    const component = await session.newPage();
    await component.goto(`${inject('fixturesOrigin')}/pages/shadow-dom.html`);
    await component.waitFor(() => performance.getEntriesByName('briefings:highlights-painted').length > 0);
    const target = await component.evaluate(() => {
      const text = document.getElementById('open-card')!.shadowRoot!.getElementById('shadow-hezbollah')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 'Hezbollah'.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await component.mouseMove(5, 5);
    await component.mouseMove(target.x, target.y, 6);
    await component.waitFor(cardTitleIncludes, 'Hezbollah');
    await component.close();
    await page.bringToFront();
  });

  test('hovering a mention opens the right briefing beside it, with a verbatim quote; the page is untouched', async () => {
    const before = await page.evaluate(() => ({ text: document.body.textContent, height: document.documentElement.scrollHeight }));
    await page.mouseMove(BLANK.x, BLANK.y);
    const mention = (await page.evaluate(mentionsOnPage, { topic: 'hamas', nth: 1 })).filter((m) => m.topic === 'hamas')[1]!;
    const target = center(mention.rects[0]!);
    await page.mouseMove(target.x, target.y, 8);
    await page.waitFor(cardOpen);

    const card = (await page.evaluate(readCard))!;
    expect(card.title).toBe('Hamas');
    expect(card.quotes.length).toBeGreaterThanOrEqual(1);
    expect(card.quotes.length).toBeLessThanOrEqual(2);
    const verbatim = BRIEFINGS_BY_ID.hamas.quotes.map((q) => `“${q.text}”`);
    for (const quote of card.quotes) expect(verbatim).toContain(quote);
    // Beside the word, never over it, inside the viewport; hovering does not take focus.
    for (const rect of mention.rects) expect(overlaps(card.box, rect)).toBe(false);
    expect(card.box.left).toBeGreaterThanOrEqual(0);
    expect(card.box.top).toBeGreaterThanOrEqual(0);
    expect(card.box.right).toBeLessThanOrEqual(1280);
    expect(card.box.bottom).toBeLessThanOrEqual(800);
    expect(card.focused).toBeNull();
    expect(card.announcement).toMatch(/^Briefing: Hamas\. /);
    expect(await page.evaluate(() => performance.getEntriesByName('briefings:hover-intent').length)).toBeGreaterThan(0);
    await page.waitFor(() => performance.getEntriesByName('briefings:card-painted').length > 0);
    expect(await page.evaluate(() => ({ text: document.body.textContent, height: document.documentElement.scrollHeight }))).toEqual(before);
  });

  test('moving along the mention and into the card keeps the same card open; moving away closes it', async () => {
    const mention = (await page.evaluate(mentionsOnPage)).filter((m) => m.topic === 'hamas')[1]!;
    const rect = mention.rects[0]!;
    // Tag the open card's element: if it were closed and reopened (a flicker), the tag would be gone.
    await page.evaluate(() => document.querySelector('[data-briefings-card]')!.shadowRoot!.querySelector('[role="dialog"]')!.setAttribute('data-test-tag', '1'));
    await page.mouseMove(rect.left + 1, (rect.top + rect.bottom) / 2, 4);
    await page.mouseMove(rect.right - 1, (rect.top + rect.bottom) / 2, 6);
    const card = (await page.evaluate(readCard))!;
    const inside = center(card.box);
    await page.mouseMove(inside.x, inside.y, 10);
    await page.evaluate(pageDelay, 1200);
    expect(await page.evaluate(readCard)).toMatchObject({ title: 'Hamas' });
    expect(
      await page.evaluate(() => document.querySelector('[data-briefings-card]')!.shadowRoot!.querySelector('[data-test-tag]') !== null),
    ).toBe(true);

    await page.mouseMove(BLANK.x, BLANK.y, 10);
    await page.waitFor(cardClosed);
  });

  test('the next-mention command is bound to Alt+Shift+J', async () => {
    expect(await boundShortcut()).toBe('Alt+Shift+J');
  });

  test('the keyboard path walks the mentions in order, scrolls each into view and focuses its card; Tab and Escape work', async () => {
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.mouseMove(BLANK.x, BLANK.y);
    await page.evaluate(() => document.querySelector<HTMLElement>('header.masthead nav a')!.focus());
    const mentions = await page.evaluate(mentionsOnPage);
    const names = (topic: string) => BRIEFINGS_BY_ID[topic as TopicId].name;

    for (let i = 0; i < 4; i++) {
      await nextMention();
      const expected = `Mention ${i + 1} of ${mentions.length}: “${mentions[i]!.text}”. Briefing: `;
      await page.waitFor((text) => {
        const root = document.querySelector('[data-briefings-card]')?.shadowRoot;
        return root?.querySelector('[role="dialog"][data-placed]') && root.querySelector('[role="status"]')?.textContent?.startsWith(text);
      }, expected);
      await page.waitFor(() => document.activeElement?.hasAttribute('data-briefings-card'));
      const card = (await page.evaluate(readCard))!;
      expect(card.title).toBe(names(mentions[i]!.topic));
      expect(card.focused).toBe('dialog');
      const now = (await page.evaluate(mentionsOnPage))[i]!;
      expect(now.rects[0]!.top).toBeGreaterThanOrEqual(0);
      expect(now.rects[0]!.bottom).toBeLessThanOrEqual(800);
      for (const rect of now.rects) expect(overlaps(card.box, rect)).toBe(false);
    }

    // Tab reaches the article link, then the buttons (Firefox also stops on the card's text when it scrolls, so
    // keyboard users can scroll it); Escape closes and focus goes back to the page's link.
    const visited: (string | null)[] = [];
    while (visited.length < 5 && visited.at(-1) !== 'Close') {
      await page.press('Tab');
      visited.push((await page.evaluate(readCard))!.focused);
    }
    const title = BRIEFINGS_BY_ID[mentions[3]!.topic as TopicId].source.title;
    expect(visited.filter((stop) => stop !== 'scroller')).toEqual([title, 'Open in index', 'Close']);
    await page.press('Escape');
    await page.waitFor(cardClosed);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Middle East');
  });

  test('screenshots of a hovered card, light and dark', async () => {
    const dir = browserName === 'chromium' ? path.join(ROOT, 'docs/screenshots') : ARTIFACTS_DIR;
    const suffix = browserName === 'chromium' ? '' : `-${browserName}`;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateColorScheme(scheme);
      // Escape: a card opened by keyboard stays until dismissed. Closed by Escape while the pointer is still on its
      // mention, a card reopens only once the pointer has left the mention and come back.
      await page.press('Escape');
      await page.mouseMove(BLANK.x, BLANK.y);
      await page.waitFor(cardClosed);
      await page.evaluate(twoFrames);
      const mention = (await page.evaluate(mentionsOnPage, { topic: 'hezbollah', nth: 0, at: 0.3 })).filter((m) => m.topic === 'hezbollah')[0]!;
      const target = center(mention.rects[0]!);
      const painted = await page.evaluate(() => performance.getEntriesByName('briefings:card-painted').length);
      await page.mouseMove(target.x, target.y, 5);
      await page.waitFor((n) => performance.getEntriesByName('briefings:card-painted').length > n, painted);
      // The opening fade (skipped under reduced motion) has finished.
      await page.waitFor(() =>
        document.querySelector('[data-briefings-card]')!.shadowRoot!.querySelector('[role="dialog"]')!.getAnimations().every((a) => a.playState === 'finished'),
      );
      await page.screenshot(path.join(dir, `card-${scheme}${suffix}.png`));
    }
  });
});
