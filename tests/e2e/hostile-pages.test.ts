// Hostile pages (issue 10), in the built extension in real Chromium and Firefox. A page cannot steer the extension
// (forged messages, events, attributes), cannot get its text run as HTML in the extension's UI, cannot hide or
// misplace the card with CSS, cannot make the extension throw by breaking DOM APIs, and cannot freeze the tab with
// thousands of frames or a 10 MB text node. A property run fills a real page with random DOM and checks the
// Highlight API path: the page's DOM is untouched, ranges read as mentions, and removed text leaves no highlight.
//
// Errors are collected from everywhere the extension runs. Chromium: the page's errors and console, plus, over CDP,
// exceptions and console calls in every execution context of the tab (the content scripts' isolated worlds
// included). Firefox: the page's errors and console, plus every script error whose source is the add-on, from the
// browser's console service (chrome scope, as the harness allows).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ChromiumSession } from './harness/chromium.ts';
import { FirefoxSession } from './harness/firefox.ts';
import { watchErrors } from './harness/errors.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import type { TestPage } from './harness/session.ts';
import { highlightsPainted as painted } from './harness/page-probes.ts';

const fixture = (name: string) => `${inject('fixturesOrigin')}/pages/${name}`;
const cardOpen = () =>
  Boolean(document.querySelector('[data-briefings-card]:not(#page-made-card)')?.shadowRoot?.querySelector('[role="dialog"][data-placed]'));
/** Every briefings highlight range as "topic:text" (runs in the page). */
function highlightTexts(): string[] {
  const found: string[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('briefings-')) for (const range of highlight) found.push(`${name.split('-')[1]}:${(range as Range).toString()}`);
  }
  return found.sort();
}

/** The centre of the first line of the first highlighted mention of `topic` inside `#scope` (runs in the page). */
function mentionPoint({ topic, scope }: { topic: string; scope: string }) {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(`briefings-${topic}-`)) continue;
    for (const range of highlight) {
      if (!document.querySelector(scope)?.contains(range.startContainer)) continue;
      const rect = (range as Range).getClientRects()[0]!;
      return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2, rect: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } };
    }
  }
  return null;
}

/** Everything the extension stores, read from an extension page. */
async function storedSettings(session: ExtensionSession): Promise<unknown> {
  const page = await session.openExtensionPage('options.html');
  const stored = await page.evaluate(async () => {
    const read = async (area: 'sync' | 'local') => {
      try {
        return await browser.storage[area].get(null);
      } catch {
        return null;
      }
    };
    return { sync: await read('sync'), local: await read('local') };
  });
  await page.close();
  return stored;
}

describe.each(selectedBrowsers())('%s: hostile pages', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  /** Opens a fixture with errors watched from the start; `quick`: don't wait for every subresource (frames). */
  async function open(name: string, quick = false): Promise<{ page: TestPage; errors: () => Promise<string[]> }> {
    const page = await session.newPage();
    const errors = await watchErrors(session, page);
    if (!quick) await page.goto(fixture(name));
    else if (session instanceof ChromiumSession) await session.playwrightPage(page).goto(fixture(name), { waitUntil: 'domcontentloaded', timeout: 90_000 });
    else await (session as FirefoxSession).puppeteerPage(page).goto(fixture(name), { waitUntil: 'domcontentloaded', timeout: 90_000 });
    return { page, errors };
  }

  /** waitFor by plain evaluate calls: for pages that break what the drivers' own polling helpers use. */
  async function poll<A>(page: TestPage, fn: (arg: A) => boolean, arg: A, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await page.evaluate(fn, arg))) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn.name || 'condition'}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  test('forged messages, events and attributes change no setting, open no card and reach no extension API', async () => {
    const before = await storedSettings(session);
    const { page, errors } = await open('hostile-messages.html');
    await page.waitFor(painted);
    const highlightsBefore = await page.evaluate(highlightTexts);
    expect(highlightsBefore.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as never as { forge(): number }).forge())).toBeGreaterThan(5);
    // Forge again after the extension had time to react to the first round, then check nothing happened.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 800)));
    await page.evaluate(() => (window as never as { forge(): number }).forge());
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 800)));

    expect(await page.evaluate(cardOpen)).toBe(false);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await page.evaluate(highlightTexts)).toEqual(highlightsBefore);
    expect(await storedSettings(session)).toEqual(before);

    // The page has no way to the extension: no messaging API for it, and the extension's files are not reachable.
    const reach = await page.evaluate(async (origin) => {
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown; id?: unknown } } }).chrome;
      const messaging = typeof c?.runtime?.sendMessage === 'function' || c?.runtime?.id !== undefined;
      const fetched = await fetch(`${origin}/popup.html`).then(() => true, () => false);
      return { messaging, fetched };
    }, browserName === 'chromium' ? `chrome-extension://${(session as ChromiumSession).extensionId}` : (session as FirefoxSession).extensionOrigin);
    expect(reach).toEqual({ messaging: false, fetched: false });
    // Chromium logs the page's own refused fetch (only the extension's one web-accessible file, the content script's
    // second stage, could be loaded, and only at its per-session URL); the page cannot read its console.
    const refused = /^console\.error: Denying load of chrome-extension:\/\/[a-p]{32}\/popup\.html\. Resources must be listed in the web_accessible_resources/;
    expect((await errors()).filter((e) => !refused.test(e))).toEqual([]);
    await page.close();
  });

  test('markup in and around mentions is text: nothing runs, the card and the popup show it as text', async () => {
    const { page, errors } = await open('hostile-markup.html');
    await page.waitFor(painted);
    expect(await page.evaluate(highlightTexts)).toEqual(
      expect.arrayContaining(['abbas:Mahmoud Abbas', 'hamas:Hamas', 'hezbollah:Hezbollah']),
    );
    for (const scope of ['#c1', '#c2', '#c3']) {
      const topic = { '#c1': 'hamas', '#c2': 'hezbollah', '#c3': 'abbas' }[scope]!;
      await page.mouseMove(5, 5);
      const point = (await page.evaluate(mentionPoint, { topic, scope }))!;
      await page.mouseMove(point.x, point.y, 5);
      await page.waitFor(cardOpen);
      const card = await page.evaluate(() => {
        const root = document.querySelector('[data-briefings-card]')!.shadowRoot!;
        return {
          active: root.querySelectorAll('img, script, svg, iframe, object, embed, a[href^="javascript:"], [onerror], [onload]').length,
          text: root.textContent ?? '',
        };
      });
      expect(card.active).toBe(0);
      expect(card.text.length).toBeGreaterThan(20);
    }
    // The popup lists each mention with a snippet of the page's sentence: as text.
    const popup = await session.openExtensionPage(`popup.html?tab=${await session.tabIdOf(page)}`);
    await popup.waitFor(() => document.querySelectorAll('.mention-snippet').length >= 3);
    const listed = await popup.evaluate(() => ({
      snippets: [...document.querySelectorAll('.mention-snippet')].map((s) => s.textContent ?? ''),
      active: document.querySelectorAll('main img, main script, main svg:not([aria-hidden]), main iframe, [onerror], [onload], a[href^="javascript:"]').length,
    }));
    expect(listed.active).toBe(0);
    expect(listed.snippets.some((s) => s.includes('<img src=x onerror="window.__xss++">'))).toBe(true);
    expect(listed.snippets.some((s) => s.includes('<script>window.__xss++</script>'))).toBe(true);
    await popup.close();
    expect(await page.evaluate(() => (window as never as { __xss: number }).__xss)).toBe(0);
    expect(await errors()).toEqual([]);
    await page.close();
  });

  test('page CSS aimed at everything does not hide, restyle or misplace the card', async () => {
    const { page, errors } = await open('hostile-css.html');
    await page.waitFor(painted);
    const point = (await page.evaluate(mentionPoint, { topic: 'hamas', scope: '#target' }))!;
    expect(point).not.toBeNull();
    await page.mouseMove(point.x, point.y, 5);
    await page.waitFor(cardOpen);
    await page.waitFor(() =>
      document.querySelector('[data-briefings-card]')!.shadowRoot!.querySelector('[role="dialog"]')!.getAnimations().every((a) => a.playState === 'finished'),
    );
    const seen = await page.evaluate((mention) => {
      const host = document.querySelector('[data-briefings-card]')!;
      const root = host.shadowRoot!;
      const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
      const box = dialog.getBoundingClientRect();
      // Points just inside the card's corners and its centre: the card is what the reader sees there.
      const points = [
        [box.left + 12, box.top + 12], [box.right - 12, box.top + 12], [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
        [box.left + 12, box.bottom - 12], [box.right - 12, box.bottom - 12],
      ];
      const onTop = points.map(([x, y]) => {
        const outer = document.elementFromPoint(x!, y!);
        const inner = root.elementFromPoint(x!, y!);
        return outer === host && dialog.contains(inner) ? 'card' : `${outer?.localName}#${outer?.id} / ${inner?.localName}.${inner?.className} at ${Math.round(x!)},${Math.round(y!)} in ${[box.left, box.top, box.right, box.bottom].map(Math.round)}`;
      });
      const style = getComputedStyle(dialog);
      const gap = Math.min(Math.abs(box.top - mention.rect.bottom), Math.abs(mention.rect.top - box.bottom));
      return {
        onTop,
        size: { width: box.width, height: box.height },
        inViewport: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
        gap,
        overlapsMention: box.left < mention.rect.right && mention.rect.left < box.right && box.top < mention.rect.bottom && mention.rect.top < box.bottom,
        font: style.fontFamily,
        opacity: style.opacity,
        visibility: style.visibility,
        title: root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent,
      };
    }, point);
    expect(seen.onTop).toEqual(['card', 'card', 'card', 'card', 'card']);
    expect(seen.size.width).toBeGreaterThan(200);
    expect(seen.size.height).toBeGreaterThan(80);
    expect(seen.inViewport).toBe(true);
    expect(seen.overlapsMention).toBe(false);
    // Beside the hovered line (the card's offset is 8 px), not somewhere else on the page.
    expect(seen.gap).toBeLessThan(40);
    expect(seen.font).not.toMatch(/Comic Sans/);
    expect([seen.opacity, seen.visibility]).toEqual(['1', 'visible']);
    expect(seen.title).toBe('Hamas');
    expect(await errors()).toEqual([]);
    await page.close();
  });

  test('a page that breaks DOM and CSS APIs and squats the extension’s element names: no error, highlights still work', async () => {
    const { page, errors } = await open('hostile-prototypes.html');
    // The page's own API overrides live in its world; the content script runs in its own, so highlights still come.
    await poll(page, painted, undefined);
    const sizes = await page.evaluate(() => {
      const found: Record<string, number> = {};
      for (const [name, highlight] of CSS.highlights) if (name.startsWith('briefings-')) found[name.split('-')[1]!] = highlight.size;
      return found;
    });
    expect(sizes).toMatchObject({ abbas: 1, hamas: 1, hezbollah: 1 });
    // Sweep the pointer over the paragraph (the page broke getClientRects, so the test cannot ask where the words
    // are): whatever the card manages to do on this page, nothing may throw.
    for (let y = 70; y <= 170; y += 20) await page.mouseMove(620, y, 12).then(() => page.mouseMove(20, y + 10, 12));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 700)));
    expect(await errors()).toEqual([]);
    await page.close();
  });

  test('300 same-origin iframes, each with its own content script: the extension finishes, the page keeps answering', async () => {
    const { page, errors } = await open('hostile-iframes.html', true);
    await page.waitFor(painted, undefined, 60_000);
    const state = await page.evaluate(async () => {
      const beats = (window as never as { heartbeats: number }).heartbeats;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const frames = [...document.querySelectorAll('iframe')];
      return { frames: frames.length, beatsAdvanced: (window as never as { heartbeats: number }).heartbeats > beats };
    });
    expect(state).toEqual({ frames: 300, beatsAdvanced: true });
    // The last frame was scanned too.
    await page.waitFor(() => {
      const doc = [...document.querySelectorAll('iframe')].at(-1)!.contentDocument!;
      const registry = (doc.defaultView as Window & typeof globalThis).CSS.highlights;
      return [...registry.keys()].some((name) => name.startsWith('briefings-hezbollah'));
    }, undefined, 90_000);
    expect(await errors()).toEqual([]);
    await page.close();
  }, 240_000);

  test('a 10 MB text node: the extension finishes, the page keeps answering', async () => {
    const { page, errors } = await open('hostile-huge-text.html');
    expect(await page.evaluate(() => document.getElementById('wall')!.firstChild!.textContent!.length)).toBeGreaterThanOrEqual(10_000_000);
    await page.waitFor(painted, undefined, 50_000);
    const state = await page.evaluate(async () => {
      const beats = (window as never as { heartbeats: number }).heartbeats;
      await new Promise((resolve) => setTimeout(resolve, 300));
      let mentions = 0;
      for (const [name, highlight] of CSS.highlights) if (name.startsWith('briefings-hamas')) mentions += highlight.size;
      return { beatsAdvanced: (window as never as { heartbeats: number }).heartbeats > beats, mentions, nodes: document.getElementById('wall')!.childNodes.length };
    });
    expect(state.beatsAdvanced).toBe(true);
    expect(state.mentions).toBeGreaterThan(900);
    expect(state.nodes).toBe(1);
    expect(await errors()).toEqual([]);
    await page.close();
  }, 120_000);

  test('property run on random DOM in the real page: DOM untouched, ranges read as mentions, no stale highlight', async () => {
    const { page, errors } = await open('hostile-blank.html');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(randomPage, fc.array(fc.nat(), { maxLength: 4 }), async (html, removals) => {
        run++;
        const sentinel = (n: string) => `<p id="sentinel-${n}">Sentinel ${n}: Mahmoud Abbas spoke.</p>`;
        const written = await page.evaluate((body) => {
          document.body.innerHTML = body;
          return document.body.innerHTML;
        }, html + sentinel(`${run}a`));
        await page.waitFor(sentinelHighlighted, `sentinel-${run}a`, 20_000);
        const first = await page.evaluate(readRanges);
        expect(first.html).toBe(written);
        checkRanges(first.ranges);

        // The page removes some elements and adds a paragraph; once that paragraph is highlighted, the batch is done.
        const afterRemoval = await page.evaluate(
          ({ picks, add }) => {
            const elements = [...document.body.querySelectorAll('[data-k]')];
            for (const n of picks) elements[n % Math.max(elements.length, 1)]?.remove();
            document.body.insertAdjacentHTML('beforeend', add);
            return document.body.innerHTML;
          },
          { picks: removals, add: sentinel(`${run}b`) },
        );
        await page.waitFor(sentinelHighlighted, `sentinel-${run}b`, 20_000);
        const second = await page.evaluate(readRanges);
        expect(second.html).toBe(afterRemoval);
        checkRanges(second.ranges);
      }),
      { numRuns: 20 },
    );
    expect(await errors()).toEqual([]);
    await page.close();
  }, 240_000);
});

// --- the property run's page generator and checks ---

const MENTIONS = ['Mahmoud Abbas', 'Abbas', 'Hamas', 'Hezbollah', 'Hizballah', 'Abu Mazen', 'Abbas Araghchi', 'Hamasaki', "Kata'ib Hezbollah"];
const ODD = ['حماس', 'שלום Hamas', '\u202eHamas\u202c', '👨‍👩‍👧 Hamas', '𝐇𝐚𝐦𝐚𝐬', 'Ha\u00admas', 'Hez\u200bbollah', 'Mahmoud\n   Abbas', '&amp;', '&nbsp;', '&lt;b&gt;Hamas&lt;/b&gt;', '&#128512;'];
const INLINE = ['b', 'i', 'a', 'span', 'em', 'code', 'mark'];
const BLOCK = ['div', 'p', 'li', 'section', 'blockquote', 'h2'];
const escapeText = (s: string) => s.replace(/&(?![#\w]+;)/g, '&amp;').replace(/</g, '&lt;');
let key = 0;
const piece = fc.oneof(
  fc.constantFrom(...MENTIONS),
  fc.tuple(fc.constantFrom(...MENTIONS), fc.nat(), fc.constantFrom(...INLINE)).map(([m, at, tag]) => {
    const i = at % (m.length + 1);
    return `${m.slice(0, i)}<${tag} data-k="${key++}">${m.slice(i)}</${tag}>`;
  }),
  fc.constantFrom(...ODD),
  fc.string({ maxLength: 10 }).map(escapeText),
);
const { randomPage } = fc.letrec<{ randomPage: string; node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    piece,
    fc
      .tuple(fc.constantFrom(...INLINE, ...BLOCK), fc.constantFrom('', '', ' dir="rtl"', ' hidden', ' contenteditable'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attrs, children]) => `<${tag} data-k="${key++}"${attrs}>${children.join(' ')}</${tag}>`),
    fc.tuple(fc.constantFrom('script type="text/plain"', 'textarea', 'style'), fc.constantFrom(...MENTIONS)).map(([tag, text]) => `<${tag} data-k="${key++}">${text}</${tag.split(' ')[0]}>`),
  ),
  randomPage: fc.array(tie('node'), { minLength: 1, maxLength: 6 }).map((nodes) => nodes.join(' ')),
}));

/** Whether a highlight range lies in the element with this id (runs in the page). */
function sentinelHighlighted(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('briefings-')) for (const range of highlight) if (element.contains(range.startContainer)) return true;
  }
  return false;
}

interface SeenRange {
  text: string;
  connected: boolean;
  collapsed: boolean;
  inSkipped: boolean;
}

/** The page's DOM and every highlight range (runs in the page). */
function readRanges(): { html: string; ranges: SeenRange[] } {
  const ranges: SeenRange[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('briefings-')) continue;
    for (const abstract of highlight) {
      const range = abstract as Range;
      const parent = range.startContainer.parentElement;
      ranges.push({
        text: range.toString(),
        connected: range.startContainer.isConnected && range.endContainer.isConnected,
        collapsed: range.collapsed,
        inSkipped: Boolean(parent?.closest('script, style, textarea, [contenteditable], [hidden]')),
      });
    }
  }
  return { html: document.body.innerHTML, ranges };
}

const readable = (raw: string) => raw.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ');

function checkRanges(ranges: SeenRange[]) {
  for (const range of ranges) {
    expect(range, JSON.stringify(range)).toMatchObject({ connected: true, collapsed: false, inSkipped: false });
    const text = readable(range.text);
    expect(text.trim()).toBe(text);
    // A mention of one of the four topics (any spelling the matcher accepts, mathematical and fullwidth letters
    // folded as the matcher folds them), never a lookalike's other half.
    expect(text.normalize('NFKC')).toMatch(/abba|mazen|ham[aā]s|h[ie]z?[bz]|deconfli/i);
  }
}
