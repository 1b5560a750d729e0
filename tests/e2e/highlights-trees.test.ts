// Highlights in the page's other trees, in the built extension: mentions deep in the page's own markup, painted in
// both styles; a same-origin iframe, a web component's open shadow root (highlighted and painted; a closed root is
// left alone) and a component defined after the first scan. Fixture pages: tests/fixtures/pages/*.html.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixture, readHighlights, servedTextContent } from './harness/highlight-probes.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { paintedPixels } from './harness/painted.ts';
import { ARTIFACTS_DIR } from './harness/paths.ts';
import { writeSettings } from './harness/settings.ts';

describe.each(selectedBrowsers())('%s: highlights', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  test('mentions nested in links, emphasis, lists, tables, captions and display: contents are painted, in each style', async () => {
    // Chromium's rules match only :root and reach these through highlight inheritance (scripts/build/highlights-css.ts).
    const probes = [
      { id: 'nested-abbas', rgb: [59, 118, 222], alpha: 0.22 },
      { id: 'nested-hamas', rgb: [28, 150, 90], alpha: 0.22 },
      { id: 'nested-hezbollah', rgb: [214, 135, 16], alpha: 0.26 },
      { id: 'nested-deconfliction', rgb: [150, 80, 210], alpha: 0.22 },
    ];
    const page = await openFixture(session, 'nested-markup.html');
    expect(await page.evaluate(readHighlights)).toEqual(['abbas:Mahmoud Abbas', 'hamas:Hamas', 'hezbollah:Hezbollah', 'deconfliction:deconfliction mechanism']);
    await page.waitFor(() => performance.getEntriesByName('briefings:highlights-painted').length > 0);
    for (const pixels of await paintedPixels(page, path.join(ARTIFACTS_DIR, `nested-${browserName}-underline.png`), probes, session.underline)) {
      expect(pixels).toBeGreaterThan(20);
    }
    // Then the background style (where underlines paint as backgrounds, Firefox before 146, that was it already).
    if (session.underline === 'underline') {
      const options = await session.openExtensionPage('options.html');
      try {
        await writeSettings(options, { highlightStyle: 'background' });
        await page.waitFor(() => CSS.highlights.has('briefings-deconfliction-background'));
        for (const pixels of await paintedPixels(page, path.join(ARTIFACTS_DIR, `nested-${browserName}-background.png`), probes, 'background')) {
          expect(pixels).toBeGreaterThan(20);
        }
      } finally {
        await writeSettings(options, { highlightStyle: 'underline' });
        await options.close();
      }
    }
    await page.close();
  });

  test('a same-origin iframe gets its own highlights', async () => {
    const page = await openFixture(session, 'iframe-host.html');
    expect(await page.evaluate(readHighlights)).toEqual(['hamas:Hamas']);
    await page.waitFor(() => {
      const frame = (document.getElementById('frame') as HTMLIFrameElement).contentWindow!;
      return frame.performance.getEntriesByName('briefings:highlights-painted').length > 0;
    });
    const inFrame = await page.evaluate(() => {
      const frame = (document.getElementById('frame') as HTMLIFrameElement).contentWindow as typeof window;
      return [...frame.CSS.highlights].flatMap(([, h]) => [...h].map((r) => (r as Range).toString()));
    });
    expect(inFrame.sort()).toEqual(['Hamas', 'Hezbollah', 'Mahmoud Abbas', 'Mahmoud\n    Abbas', 'deconfliction agreement'].sort());
    await page.close();
  });

  test('a web component: mentions in its open shadow root are highlighted and painted; a closed root is left alone', async () => {
    const page = await openFixture(session, 'shadow-dom.html');
    // Every briefings highlight as "tree:topic:text", the tree being the one its start is in.
    const found = await page.evaluate(() => {
      const shadow = document.getElementById('open-card')!.shadowRoot!;
      const out: string[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('briefings-')) continue;
        for (const range of highlight) {
          const root = range.startContainer.getRootNode();
          const tree = root === shadow ? 'shadow' : root === document ? 'document' : 'other';
          out.push(`${tree}:${name.split('-')[1]}:${(range as Range).toString()}`);
        }
      }
      return out.sort();
    });
    // The lookalike (Hamasaki) in the open root and the "Hamas" in the closed root are not highlighted.
    expect(found).toEqual(['document:abbas:Mahmoud Abbas', 'shadow:hamas:Hamas', 'shadow:hezbollah:Hezbollah']);
    expect(await page.evaluate(() => document.documentElement.textContent)).toBe(await page.evaluate(servedTextContent));

    // Painted, not only registered: the topic's underline colour shows in the screenshot under each shadow mention
    // (Firefox does not carry the document's ::highlight rules into shadow trees; the extension adds them there).
    const green = [28, 150, 90]; // hamas, underline (its colour in briefings/hamas.ts)
    const amber = [214, 135, 16]; // hezbollah
    const [hamas, hezbollah, lookalikeGreen, lookalikeAmber] = await paintedPixels(page, path.join(ARTIFACTS_DIR, `shadow-dom-${browserName}.png`), [
      { host: 'open-card', id: 'shadow-hamas', rgb: green, alpha: 0.22 },
      { host: 'open-card', id: 'shadow-hezbollah', rgb: amber, alpha: 0.26 },
      { host: 'open-card', id: 'shadow-lookalike', rgb: green, alpha: 0.22 },
      { host: 'open-card', id: 'shadow-lookalike', rgb: amber, alpha: 0.26 },
    ], session.underline);
    expect(hamas).toBeGreaterThan(20);
    expect(hezbollah).toBeGreaterThan(20);
    expect(lookalikeGreen! + lookalikeAmber!).toBe(0);

    // Text the component's shadow root gains later is highlighted too (its changes are observed).
    await page.evaluate(() => {
      const article = document.getElementById('open-card')!.shadowRoot!.querySelector('article')!;
      article.insertAdjacentHTML('beforeend', '<p id="shadow-added">Later, Mahmoud Abbas called for calm.</p>');
    });
    await page.waitFor(() => [...CSS.highlights].some(([name, h]) => name.includes('abbas') && h.size === 2));
    const abbas = await page.evaluate((name) => {
      const shadow = document.getElementById('open-card')!.shadowRoot!;
      return [...CSS.highlights.get(name)!].map((r) => r.startContainer.getRootNode() === shadow);
    }, `briefings-abbas-${session.underline}`);
    expect(abbas.sort()).toEqual([false, true]);
    await page.close();
  });

  test('a web component defined after the first scan: the mention its shadow root renders later is highlighted', async () => {
    const page = await openFixture(session, 'late-component.html');
    expect(await page.evaluate(readHighlights)).toEqual(['abbas:Mahmoud Abbas']);
    await page.waitFor(() => (window as unknown as { lateDefinedAt?: number }).lateDefinedAt !== undefined);
    await page.waitFor(
      (name) => {
        const root = document.getElementById('late')!.shadowRoot;
        return [...(CSS.highlights.get(name) ?? [])].some((r) => r.startContainer.getRootNode() === root);
      },
      `briefings-hamas-${session.underline}`,
      15_000,
    );
    const texts = await page.evaluate(() => [...CSS.highlights].flatMap(([, h]) => [...h].map((r) => (r as Range).toString())).sort());
    expect(texts).toEqual(['Hamas', 'Mahmoud Abbas']);
    await page.close();
  });
});
