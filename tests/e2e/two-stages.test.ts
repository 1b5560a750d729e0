// Issue 17, "Invisible where there is nothing to find": the content script's first stage reads the page's text and
// tests it with the prefilter; the second (stage2.js: settings, matcher, highlights) loads only on a candidate, and
// the third (card.js: the briefing card) only on the first mention or a card command. A page without a candidate
// never loads stage 2, has no message listener (the popup says nothing was found), and cannot reach either file at a
// fixed URL; a page that gets its first mention later (in the light DOM or inside an open shadow root) loads it and is
// highlighted.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ChromiumSession } from './harness/chromium.ts';
import { FIREFOX_EXTENSION_ORIGIN } from './harness/firefox.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { cardTitleIncludes } from './harness/page-probes.ts';
import type { TestPage } from './harness/session.ts';
import { MAY_HOST } from '../../dom/candidate.ts';

const fixture = (name: string) => `${inject('fixturesOrigin')}/pages/${name}`;
const stage1Done = () => performance.getEntriesByName('briefings:stage1-done').length > 0;
const stage2Started = () => performance.getEntriesByName('briefings:stage2-start').length;
const cardStarted = () => performance.getEntriesByName('briefings:card-start').length;
const highlightNames = () => [...CSS.highlights.keys()].filter((name) => name.startsWith('briefings-'));
const pause = (page: TestPage, ms: number) => page.evaluate((t) => new Promise((resolve) => setTimeout(resolve, t)), ms);

describe.each(selectedBrowsers())('%s: the content script in two stages', (browserName) => {
  let session: ExtensionSession;
  let production: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
    production = await launch(browserName, { production: true });
  });
  afterAll(async () => {
    await session?.close();
    await production?.close();
  });

  test('a page with no candidate never loads the second stage nor listens for messages; the popup says nothing was found', async () => {
    const page = await session.newPage();
    await page.goto(fixture('quiet.html'));
    await page.waitFor(stage1Done);
    expect(await page.evaluate(() => (performance.getEntriesByName('briefings:stage1-done')[0] as PerformanceMark).detail)).toEqual({ candidate: false });
    // The first stage touches no extension API there (Firefox's first use of one costs about as much as IDEAL's
    // whole script): no message listener, so a message to the page has no receiver.
    const tabId = await session.tabIdOf(page);
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    const sent = await popup.evaluate(
      (id) => browser.tabs.sendMessage(id, { type: 'content/list-mentions', params: {} }, { frameId: 0 }).then(() => 'answered', () => 'no receiver'),
      tabId,
    );
    expect(sent).toBe('no receiver');
    await popup.waitFor(() => document.querySelector('.page-problem'));
    expect(await popup.evaluate(() => document.querySelector('.page-problem')!.textContent)).toMatch(/No mentions found/);
    await popup.close();
    await pause(page, 1500);
    expect(await page.evaluate(stage2Started)).toBe(0);
    expect(await page.evaluate(highlightNames)).toEqual([]);
    // Nothing of the extension's was fetched into the page: no resource entry names it.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /^(chrome|moz)-extension:/.test(e.name)).length)).toBe(0);
    await page.close();
  });

  test('words that only hold a name (Abbasid, Bahamas, amazing) load nothing; a name in a block run into another does', async () => {
    const quiet = await session.newPage();
    await quiet.goto(fixture('lookalike-words.html'));
    await quiet.waitFor(stage1Done);
    expect(await quiet.evaluate(() => (performance.getEntriesByName('briefings:stage1-done')[0] as PerformanceMark).detail)).toEqual({ candidate: false });
    await pause(quiet, 300);
    expect(await quiet.evaluate(stage2Started)).toBe(0);
    await quiet.close();
    for (const [name, topic] of [['run-together.html', 'hamas'], ['split-name.html', 'hezbollah']]) {
      const page = await session.newPage();
      await page.goto(fixture(name!));
      await page.waitFor((t) => CSS.highlights.has(`briefings-${t}-underline`) || CSS.highlights.has(`briefings-${t}-background`), topic);
      expect(await page.evaluate(() => (performance.getEntriesByName('briefings:stage1-done')[0] as PerformanceMark).detail)).toEqual({ candidate: true });
      await page.close();
    }
  });

  test('a page that gets its first mention later loads the second stage and highlights it', async () => {
    const page = await session.newPage();
    await page.goto(fixture('quiet.html'));
    await page.waitFor(stage1Done);
    await pause(page, 300);
    expect(await page.evaluate(stage2Started)).toBe(0);
    // Text that completes a name in two steps: the first half alone is no candidate.
    await page.evaluate(() => document.getElementById('story')!.insertAdjacentHTML('beforeend', '<p id="later">Later, <b>Hez</b></p>'));
    await pause(page, 300);
    expect(await page.evaluate(stage2Started)).toBe(0);
    await page.evaluate(() => document.getElementById('later')!.append('bollah replied from Lebanon.'));
    await page.waitFor(() => CSS.highlights.has('briefings-hezbollah-underline') || CSS.highlights.has('briefings-hezbollah-background'));
    expect(await page.evaluate(stage2Started)).toBe(1);
    // The import is the content script's: the page's resource timeline does not show the extension's URL.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /^(chrome|moz)-extension:/.test(n)))).toEqual([]);
    await page.close();
  });

  test('a mention that arrives inside an open shadow root loads the second stage', async () => {
    const page = await session.newPage();
    await page.goto(fixture('quiet.html'));
    await page.waitFor(stage1Done);
    await page.evaluate(() => {
      const host = document.createElement('div');
      document.body.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>Weather again.</p>';
    });
    await pause(page, 300);
    expect(await page.evaluate(stage2Started)).toBe(0);
    await page.evaluate(() => {
      const root = document.body.lastElementChild!.shadowRoot!;
      root.querySelector('p')!.insertAdjacentHTML('afterend', '<p>Negotiators for Hamas arrived in Cairo late on Sunday.</p>');
    });
    await page.waitFor(() => performance.getEntriesByName('briefings:stage2-start').length > 0);
    await page.close();
  });

  test('a mention in an open shadow root at load loads the second stage, whatever kind of element hosts it', async () => {
    for (const [host, define] of [['article', ''], ['span', ''], ['h3', ''], ['news-card', ''], ['news-card', '1']]) {
      const page = await session.newPage();
      await page.goto(fixture(`shadow-hosts.html?host=${host}&define=${define}`));
      await page.waitFor(stage1Done);
      expect(await page.evaluate(() => (performance.getEntriesByName('briefings:stage1-done')[0] as PerformanceMark).detail), host).toEqual({ candidate: true });
      await page.close();
    }
  });

  test('the first stage asks for a shadow root every element that can host one, as this browser decides', async () => {
    const page = await session.newPage();
    await page.goto(fixture('quiet.html'));
    // Every HTML element name, a few custom and unknown ones, and SVG and MathML elements: an element the selector
    // leaves out must be one attachShadow refuses.
    const wrong = await page.evaluate((selector) => {
      const names = ['a', 'abbr', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'bdi', 'bdo', 'big', 'blockquote', 'body',
        'br', 'button', 'canvas', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'data', 'datalist', 'dd', 'del', 'details',
        'dfn', 'dialog', 'div', 'dl', 'dt', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2',
        'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label',
        'legend', 'li', 'link', 'main', 'map', 'mark', 'marquee', 'menu', 'meta', 'meter', 'nav', 'noscript', 'object', 'ol',
        'optgroup', 'option', 'output', 'p', 'picture', 'pre', 'progress', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'script',
        'search', 'section', 'select', 'slot', 'small', 'source', 'span', 'strong', 'style', 'sub', 'summary', 'sup', 'table',
        'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr', 'track', 'u', 'ul', 'var', 'video',
        'wbr', 'news-card', 'x-y', 'foo', 'tt', 'acronym', 'strike', 'nobr', 'xmp'];
      const box = document.createElement('div');
      const elements = names.map((name) => document.createElement(name));
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.append(document.createElementNS('http://www.w3.org/2000/svg', 'g'), document.createElementNS('http://www.w3.org/2000/svg', 'font-face'));
      const math = document.createElementNS('http://www.w3.org/1998/Math/MathML', 'math');
      math.append(document.createElementNS('http://www.w3.org/1998/Math/MathML', 'mi'));
      box.append(...elements, svg, math);
      const asked = new Set(box.querySelectorAll(selector));
      return [...box.querySelectorAll('*')].filter((element) => {
        let hosts = true;
        try {
          element.attachShadow({ mode: 'open' });
        } catch {
          hosts = false;
        }
        return hosts && !asked.has(element);
      }).map((element) => element.localName);
    }, MAY_HOST);
    expect(wrong).toEqual([]);
    await page.close();
  });

  test('a candidate with no mention loads stage 2 but not the card; the context menu loads it there', async () => {
    const page = await session.newPage();
    await page.goto(fixture('candidate-only.html'));
    await page.waitFor(() => performance.getEntriesByName('briefings:highlights-painted').length > 0);
    expect(await page.evaluate(() => (performance.getEntriesByName('briefings:stage1-done')[0] as PerformanceMark).detail)).toEqual({ candidate: true });
    expect(await page.evaluate(stage2Started)).toBe(1);
    await pause(page, 500);
    expect(await page.evaluate(highlightNames)).toEqual([]);
    expect(await page.evaluate(cardStarted)).toBe(0);
    // "Brief me on “Abbas Kiarostami”" needs the card whatever the page holds: it loads it, then shows a card there.
    await page.evaluate(() => document.getSelection()!.selectAllChildren(document.querySelector('#story p')!));
    const popup = await session.openExtensionPage('popup.html');
    const tabId = await session.tabIdOf(page);
    const shown = await popup.evaluate(
      (id) => browser.tabs.sendMessage(id, { type: 'content/show-briefing', params: { topic: 'abbas', query: 'Abbas Kiarostami' } }, { frameId: 0 }),
      tabId,
    );
    await popup.close();
    expect(shown).toBe(true);
    await page.waitFor(cardTitleIncludes, 'Abbas');
    expect(await page.evaluate(cardStarted)).toBe(1);
    await page.close();
  });

  test('a page with a mention loads the card before any hover', async () => {
    const page = await session.newPage();
    await page.goto(fixture('article.html'));
    await page.waitFor(() => performance.getEntriesByName('briefings:card-start').length > 0);
    expect(await page.evaluate(() => performance.getEntriesByName('briefings:hover-intent').length)).toBe(0);
    expect(await page.evaluate(cardStarted)).toBe(1);
    await page.close();
  });

  test('a page whose CSP forbids every script still gets the second stage and its highlights', async () => {
    const page = await session.newPage();
    await page.goto(fixture('strict-csp.html'));
    await page.waitFor(() => CSS.highlights.has('briefings-hamas-underline') || CSS.highlights.has('briefings-hamas-background'));
    expect(await page.evaluate(stage2Started)).toBe(1);
    await page.close();
  });

  test('production build: the second stage and the card are not reachable at a fixed URL', async () => {
    const page = await production.newPage();
    await page.goto(fixture('quiet.html'));
    await pause(page, 500);
    for (const file of ['stage2.js', 'card.js']) {
      const fixed =
        production instanceof ChromiumSession ? `chrome-extension://${production.extensionId}/${file}` : `${FIREFOX_EXTENSION_ORIGIN}/${file}`;
      const reachable = await page.evaluate(
        (url) => fetch(url).then((r) => r.ok, () => false),
        fixed,
      );
      // Chromium: use_dynamic_url serves it only under a per-session id. Firefox: the UUID in the URL is random per
      // install (the harness pins one, so from a page that knows it the file is reachable, as any web-accessible file).
      if (browserName === 'chromium') expect(reachable, file).toBe(false);
    }
    expect(await page.evaluate(() => performance.getEntries().length > 0 && performance.getEntries().some((e) => e.name.startsWith('briefings')))).toBe(false);
    await page.close();
  });
});
