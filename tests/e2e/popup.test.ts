// The popup index as a reader uses it, in the built extension, on tests/fixtures/pages/article.html open in three
// tabs: counts per topic for the page, a typo'd search, switching Hezbollah off (its highlights vanish in the other
// tabs and the badge drops), pausing the site, the global switch, a page that can't be scanned, and clicking a
// mention (the page scrolls and its card opens). The popup is opened as `popup.html?tab=<id>`, the same index the
// background opens in a tab for "Open in index". Screenshots for the README come from here.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BRIEFINGS_BY_ID } from '../../briefings/index.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { ARTIFACTS_DIR, ROOT } from './harness/paths.ts';
import { openCardTitle } from './harness/page-probes.ts';
import type { TestPage } from './harness/session.ts';

type Counts = Record<string, number>;

/** Mentions per topic as the page shows them: the sizes of its `briefings-<topic>-<style>` highlights (in the page). */
function highlightCounts(): Counts {
  const counts: Counts = {};
  for (const [name, highlight] of CSS.highlights) {
    const topic = /^briefings-([a-z]+)-/.exec(name)?.[1];
    if (topic && highlight.size > 0) counts[topic] = (counts[topic] ?? 0) + highlight.size;
  }
  return counts;
}

/** Mentions per topic as the popup lists them, as sorted JSON (in the popup; self-contained for evaluate). */
const popupCounts = () =>
  JSON.stringify(
    [...document.querySelectorAll<HTMLElement>('.counts li')]
      .map((li) => [li.dataset.topic!, Number(li.querySelector('.count')!.textContent)])
      .sort(),
  );
const sortedJson = (counts: Counts) => JSON.stringify(Object.entries(counts).sort());

/** Waits until the page highlights exactly `topics` (a self-contained check: evaluate can't see this module). */
function waitForTopics(page: TestPage, topics: string[]): Promise<void> {
  return page.waitFor((expected) => {
    const shown = new Set<string>();
    for (const [name, highlight] of CSS.highlights) {
      const topic = /^briefings-([a-z]+)-/.exec(name)?.[1];
      if (topic && highlight.size > 0) shown.add(topic);
    }
    return [...shown].sort().join(',') === expected;
  }, [...topics].sort().join(','));
}
/**
 * Restoring highlights means scanning again, which the page layer does when the browser is idle and paints; a
 * background tab in Firefox gets no frames until the reader looks at it. So the reader looks at it first.
 */
async function waitForTopicsWhenSeen(page: TestPage, topics: string[]): Promise<void> {
  await page.bringToFront();
  await waitForTopics(page, topics);
}
const ALL = ['abbas', 'deconfliction', 'hamas', 'hezbollah'];

describe.each(selectedBrowsers())('%s: the popup index and live settings', (browserName) => {
  let session: ExtensionSession;
  let article: TestPage;
  let others: TestPage[];
  let articleTab: number;
  let fullCounts: Counts;
  const total = () => Object.values(fullCounts).reduce((a, b) => a + b, 0);

  /** The index for the article tab, as a page (the toolbar popup can't be driven; it is the same document). */
  async function openPopup(): Promise<TestPage> {
    const popup = await session.openExtensionPage(`popup.html?tab=${articleTab}`);
    await popup.waitFor(() => document.querySelector('.topics li'));
    return popup;
  }

  /** Waits for the article tab's toolbar badge to read `text` (asked from an extension page, like the browser UI). */
  const waitForBadge = (popup: TestPage, text: string) =>
    popup.waitFor(
      async (args) => (await (browser.action ?? (browser as any).browserAction).getBadgeText({ tabId: args.tab })) === args.text,
      { tab: articleTab, text },
    );

  beforeAll(async () => {
    session = await launch(browserName);
    const url = `${inject('fixturesOrigin')}/pages/article.html`;
    [article, ...others] = [await session.newPage(), await session.newPage(), await session.newPage()];
    for (const page of [article, ...others]) {
      await page.goto(url);
      await page.waitFor(() => performance.getEntriesByName('briefings:highlights-painted').length > 0);
    }
    articleTab = await session.tabIdOf(article);
    fullCounts = await article.evaluate(highlightCounts);
  });
  afterAll(() => session?.close());

  test('the popup shows the page’s mentions per topic, each mention with its snippet, and the badge agrees', async () => {
    expect(Object.keys(fullCounts).sort()).toEqual(ALL);
    const popup = await openPopup();
    await popup.waitFor(() => document.querySelectorAll('.counts li').length === 4);
    expect(await popup.evaluate(popupCounts)).toBe(sortedJson(fullCounts));
    const mentions = await popup.evaluate(() => [...document.querySelectorAll('.mentions .mention')].map((b) => b.textContent ?? ''));
    expect(mentions).toHaveLength(total());
    expect(mentions.every((text) => text.length > 10)).toBe(true);
    await popup.waitFor(() => /On: \d+ mentions highlighted/.test(document.querySelector('.state')?.textContent ?? ''));
    await waitForBadge(popup, String(total()));
    await popup.close();
  });

  test('an open popup keeps up with the page: a mention added or removed while it is open shows up without reopening', async () => {
    const popup = await openPopup();
    await popup.waitFor((n) => document.querySelectorAll('.mentions .mention').length === n, total());
    await article.evaluate(() => {
      const added = document.createElement('p');
      added.id = 'popup-live';
      added.textContent = 'Late news: Hamas answered the envoy in Gaza.';
      document.body.append(added);
    });
    await popup.waitFor((n) => document.querySelectorAll('.mentions .mention').length === n, total() + 1);
    await article.evaluate(() => document.getElementById('popup-live')!.remove());
    await popup.waitFor((n) => document.querySelectorAll('.mentions .mention').length === n, total());
    await popup.close();
  });

  test('search: focused on open, typo-tolerant, the matched text marked; arrows and Enter expand the full briefing', async () => {
    const popup = await openPopup();
    // The box takes focus in an effect, just after the first render: on a loaded machine a moment after the list.
    await popup.waitFor(() => (document.activeElement as HTMLInputElement | null)?.type === 'search', undefined, 3000).catch(() => undefined);
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
    await popup.type('hizbolah');
    await popup.waitFor(() => document.querySelector<HTMLElement>('.topics li')?.dataset.topic === 'hezbollah');
    expect(await popup.evaluate(() => [...document.querySelectorAll('.topics li:first-child .topic-name mark')].map((m) => m.textContent))).toEqual(['Hezbollah']);

    await popup.press('Escape');
    await popup.type('suleymanov');
    await popup.waitFor(() => document.querySelectorAll('.topics li').length === 2);
    const match = await popup.evaluate(() => {
      const first = document.querySelector('.topics li .topic-match')!;
      return { field: first.querySelector('.match-field')?.textContent, marked: [...first.querySelectorAll('mark')].map((m) => m.textContent) };
    });
    expect(match).toEqual({ field: 'Quotes:', marked: ['Suleymanov'] });

    await popup.press('ArrowDown');
    await popup.press('ArrowDown');
    await popup.press('Enter');
    await popup.waitFor(() => document.querySelector('.topics li:nth-child(2) .topic-panel .bv-full'));
    const expanded = await popup.evaluate(() => {
      const panel = document.querySelector('.topics li:nth-child(2) .topic-panel')!;
      return { name: panel.querySelector('h3')?.textContent, quotes: panel.querySelectorAll('blockquote').length };
    });
    const second = await popup.evaluate(() => document.querySelector<HTMLElement>('.topics li:nth-child(2)')!.dataset.topic!);
    expect(expanded).toEqual({ name: BRIEFINGS_BY_ID[second as 'abbas'].name, quotes: BRIEFINGS_BY_ID[second as 'abbas'].quotes.length });
    await popup.close();
  });

  test('switching Hezbollah off removes its highlights in the other open tabs and lowers the badge; on restores them', async () => {
    const popup = await openPopup();
    await popup.click('input[name="topic-hezbollah"]');
    for (const page of others) await waitForTopics(page, ['abbas', 'deconfliction', 'hamas']);
    await waitForBadge(popup, String(total() - fullCounts.hezbollah!));
    await popup.waitFor(() => !document.querySelector('.counts li[data-topic="hezbollah"]'));
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[name="topic-hezbollah"]')!.checked)).toBe(false);

    await popup.click('input[name="topic-hezbollah"]');
    // Saved (the row follows the stored setting) before the popup goes away.
    await popup.waitFor(() => document.querySelector('.topic[data-topic="hezbollah"][data-enabled="true"]'));
    await popup.close();
    for (const page of [...others, article]) await waitForTopicsWhenSeen(page, ALL);
    for (const page of others) expect(sortedJson(await page.evaluate(highlightCounts))).toBe(sortedJson(fullCounts));
    const again = await openPopup();
    await waitForBadge(again, String(total()));
    await again.close();
  });

  test('pausing the site clears highlights and badge on every tab of that site and says so; resuming restores them', async () => {
    const popup = await openPopup();
    // The popup learns the page's site from the content script (it may not read tab URLs without "tabs").
    const reply = await popup.evaluate(
      (tabId) => browser.tabs.sendMessage(tabId, { type: 'content/list-mentions', params: {} }, { frameId: 0 }) as Promise<{ url?: string }>,
      articleTab,
    );
    expect(reply.url, "the content script's 'content/list-mentions' reply must carry the page's URL (without query or fragment)").toBe(await article.url());
    await popup.waitFor(() => document.querySelector('input[name="pause-site"]'));
    await popup.click('input[name="pause-site"]');
    await popup.waitFor(() => /^Paused on 127\.0\.0\.1/.test(document.querySelector('.state')?.textContent ?? ''));
    for (const page of [article, ...others]) await waitForTopics(page, []);
    await waitForBadge(popup, '');

    await popup.click('input[name="pause-site"]');
    await popup.waitFor(() => document.querySelector('.state')?.textContent?.startsWith('On:'));
    await popup.close();
    for (const page of [...others, article]) await waitForTopicsWhenSeen(page, ALL);
    const again = await openPopup();
    await waitForBadge(again, String(total()));
    await again.close();
  });

  test('the global switch turns every page off and back on', async () => {
    const popup = await openPopup();
    await popup.click('input[name="extension-enabled"]');
    await popup.waitFor(() => document.querySelector('.state')?.textContent?.startsWith('Off everywhere'));
    for (const page of others) await waitForTopics(page, []);
    await popup.click('input[name="extension-enabled"]');
    await popup.waitFor(() => document.querySelector('.state')?.textContent?.startsWith('On:'));
    await popup.close();
    for (const page of others) await waitForTopicsWhenSeen(page, ALL);
  });

  test('a browser page says plainly that it can’t be scanned', async () => {
    const blank = await session.newPage();
    // A browser page (Firefox runs content scripts in a top-level about:blank, and its driver gets no load event
    // from about:robots and the like; view-source: loads and is as unscannable).
    await blank.goto(browserName === 'firefox' ? 'view-source:about:blank' : 'about:blank');
    const popup = await session.openExtensionPage(`popup.html?tab=${await session.tabIdOf(blank)}`);
    await popup.waitFor(() => document.querySelector('.page-problem'));
    expect(await popup.evaluate(() => document.querySelector('.page-problem')!.textContent)).toMatch(/can’t be scanned/);
    expect(await popup.evaluate(() => document.querySelectorAll('.mentions li').length)).toBe(0);
    await Promise.all([popup.close(), blank.close()]);
  });

  test('screenshots of the popup, light and dark', async () => {
    const dir = browserName === 'chromium' ? path.join(ROOT, 'docs/screenshots') : ARTIFACTS_DIR;
    const suffix = browserName === 'chromium' ? '' : `-${browserName}`;
    mkdirSync(dir, { recursive: true });
    const popup = await openPopup();
    await popup.setViewport(380, 720);
    await popup.waitFor(() => document.querySelector('.counts li'));
    await popup.evaluate(() => (document.querySelector('.popup') as HTMLElement).classList.remove('in-tab'));
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateColorScheme(scheme);
      await popup.screenshot(path.join(dir, `popup-${scheme}${suffix}.png`));
    }
    await popup.close();
  });

  test('clicking a mention in "On this page" scrolls the page to it and opens its card', async () => {
    await article.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const popup = await openPopup();
    await popup.waitFor(() => document.querySelectorAll('.mentions .mention').length > 5);
    const topic = await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('.mentions .mention')].at(-1)!.dataset.topic!);
    await popup.click('.mentions li:last-child .mention');
    await article.waitFor(() => window.scrollY > 200);
    await article.waitFor((name) => {
      const root = document.querySelector('[data-briefings-card]')?.shadowRoot;
      const dialog = root?.querySelector('[role="dialog"][data-placed]');
      return dialog && root!.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent === name;
    }, BRIEFINGS_BY_ID[topic as 'abbas'].name);
    expect(await article.evaluate(openCardTitle)).toBe(BRIEFINGS_BY_ID[topic as 'abbas'].name);
    expect(await article.evaluate(() => document.visibilityState)).toBe('visible');
  });
});
