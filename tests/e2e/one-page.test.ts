// Many passages on one page, as a front page, a feed or a results list sets unrelated pieces side by side: each
// passage in a piece of its own (an article, a section, a list item, a card among cards, a heading's section, a
// role="article"), and the built extension must read each as it reads alone (`npm run scan` of that passage). Without
// pieces (dom/page-pieces.ts, core/memory.ts) a story's Gaza makes the next card's footballer Hamas, and its Abbas
// Araghchi the next card's president someone else.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { createMatcher, scanPage } from '../../core/scan.ts';
import { loadCorpus, type Passage } from '../../scripts/lib/corpus.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { settledRead } from './harness/settled.ts';

const matcher = createMatcher(BRIEFINGS);
const alone = (p: Passage) => scanPage(matcher, p.text).map((m) => `${m.topic}:${m.surface}`);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = (p: Passage) => p.text.split('\n').map((line) => `<p>${escape(line)}</p>`).join('');

/** How a page sets its pieces side by side; each piece carries its passage's id. */
const LAYOUTS: Record<string, (ps: Passage[]) => string> = {
  articles: (ps) => ps.map((p) => `<article data-passage="${p.id}">${lines(p)}</article>`).join(''),
  sections: (ps) => `<main>${ps.map((p) => `<section data-passage="${p.id}">${lines(p)}</section>`).join('')}</main>`,
  'list items': (ps) => `<ol>${ps.map((p) => `<li data-passage="${p.id}">${lines(p)}</li>`).join('')}</ol>`,
  cards: (ps) => `<div class="grid">${ps.map((p) => `<div data-passage="${p.id}"><h3>More</h3>${lines(p)}</div>`).join('')}</div>`,
  headings: (ps) => `<h1>Digest</h1>${ps.map((p, i) => `<h2>Item ${i + 1}</h2><div data-passage="${p.id}">${lines(p)}</div>`).join('')}`,
  'role=article': (ps) => `<div role="feed">${ps.map((p) => `<div role="article" data-passage="${p.id}">${lines(p)}</div>`).join('')}</div>`,
  // A page that writes each piece's lines with line breaks and nothing else around it.
  'line breaks': (ps) => ps.map((p) => `<div data-passage="${p.id}">${escape(p.text).replace(/\n/g, '<br>')}</div>`).join(''),
  'plain text': (ps) => ps.map((p) => `<div data-passage="${p.id}" style="white-space: pre-wrap">${escape(p.text)}</div>`).join(''),
};

// Every fourth passage of the test half, in pages of up to 150 mentions (under the 200 from which only the
// viewport's are registered, dom/highlighter-api.ts WINDOW_FROM), the layouts taking turns.
const sample = loadCorpus('test').filter((_, i) => i % 4 === 0);
const pages: { layout: string; passages: Passage[] }[] = [];
for (let i = 0, mentions = 0; i < sample.length; i++) {
  const found = alone(sample[i]!).length;
  if (!pages.length || mentions + found > 150 || pages.at(-1)!.passages.length >= 40) {
    pages.push({ layout: Object.keys(LAYOUTS)[pages.length % Object.keys(LAYOUTS).length]!, passages: [] });
    mentions = 0;
  }
  pages.at(-1)!.passages.push(sample[i]!);
  mentions += found;
}

/** Per frame, per passage id, every briefings highlight in it as "topic:text" in document order (runs in the host). */
function highlightsByPassage(): Record<string, string[]>[] {
  return [...document.querySelectorAll('iframe')].map((frame) => {
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    const byPassage: Record<string, string[]> = {};
    if (!win) return byPassage;
    const found: { topic: string; range: Range }[] = [];
    for (const [name, highlight] of win.CSS.highlights) {
      if (!name.startsWith('briefings-')) continue;
      for (const range of highlight) found.push({ topic: name.split('-')[1]!, range: range as Range });
    }
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    for (const { topic, range } of found) {
      const id = (range.startContainer.parentElement?.closest('[data-passage]') as HTMLElement | null)?.dataset.passage ?? '(none)';
      (byPassage[id] ??= []).push(`${topic}:${range.toString()}`);
    }
    return byPassage;
  });
}

describe.each(selectedBrowsers())('%s: many passages on one page', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  test('each passage in a piece of its own is read as it reads alone', async () => {
    const page = await session.newPage();
    await page.goto(`${inject('fixturesOrigin')}/pages/corpus-host.html`);
    const disagreements: string[] = [];
    const BATCH = 6;
    for (let i = 0; i < pages.length; i += BATCH) {
      const batch = pages.slice(i, i + BATCH);
      const expected = batch.map(({ passages }) => Object.fromEntries(passages.map((p) => [p.id, alone(p)]).filter(([, m]) => m!.length > 0)));
      await page.evaluate(
        (docs) => document.body.replaceChildren(...docs.map((html) => Object.assign(document.createElement('iframe'), { srcdoc: html }))),
        batch.map(({ layout, passages }) => `<!doctype html><meta charset="utf-8"><body>${LAYOUTS[layout]!(passages)}</body>`),
      );
      // Done when every frame has what the command line found passage by passage, or after the frames have settled.
      const seen = await settledRead(page, highlightsByPassage, expected, 30_000);
      batch.forEach(({ layout, passages }, k) => {
        for (const p of passages) {
          const got = seen[k]?.[p.id] ?? [];
          const want = expected[k]![p.id] ?? [];
          if (JSON.stringify(got) !== JSON.stringify(want)) disagreements.push(`${layout} ${p.id}: browser ${JSON.stringify(got)} vs alone ${JSON.stringify(want)}`);
        }
        if (seen[k]?.['(none)']) disagreements.push(`${layout}: outside any passage ${JSON.stringify(seen[k]!['(none)'])}`);
      });
    }
    expect(pages.length).toBeGreaterThan(12);
    expect(disagreements).toEqual([]);
    await page.close();
  }, 600_000);
});
