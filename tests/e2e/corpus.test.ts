// The built extension on the corpus's test half: each passage is one page (a srcdoc frame, which gets its own content
// script and so its own page context), and what the browser highlights must be what `npm run scan` finds in the
// same text. The command line and the browser share one matcher; this checks that the page side (blocks, the page
// context carried across them, the case of the text around a name) does not change its verdicts.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { createMatcher, scanPage } from '../../core/scan.ts';
import { isHardNegative, loadCorpus } from '../../scripts/lib/corpus.ts';
import { launch, selectedBrowsers, type ExtensionSession } from './harness/launch.ts';
import { settledRead } from './harness/settled.ts';

// Every passage of the test half takes over twenty minutes in two browsers, so the suite reads a fixed quarter of
// them, chosen by a hash of each passage's name, to keep `npm test` well under half an hour (a third took 8 minutes
// once the test half passed 10,000 passages); BRIEFINGS_E2E_CORPUS=all reads them all. `npm run eval` scores every
// passage on the command line.
const inHalf = (id: string) => process.env.BRIEFINGS_E2E_CORPUS === 'all' || createHash('sha1').update(id).digest()[0]! % 4 === 0;
const passages = loadCorpus('test').filter((p) => inHalf(p.id));
const matcher = createMatcher(BRIEFINGS);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// One block per line, as a page sets headlines, bylines and paragraphs; the command line reads the same lines.
const asHtml = (text: string) => `<!doctype html><meta charset="utf-8"><body>${text.split('\n').map((line) => `<p>${escape(line)}</p>`).join('')}</body>`;
const BATCH = 25;

/** Per frame, every briefings highlight as "topic:text" in document order (runs in the host page). */
function framesHighlights(): string[][] {
  return [...document.querySelectorAll('iframe')].map((frame) => {
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    if (!win) return [];
    const found: { topic: string; range: Range }[] = [];
    for (const [name, highlight] of win.CSS.highlights) {
      if (!name.startsWith('briefings-')) continue;
      for (const range of highlight) found.push({ topic: name.split('-')[1]!, range: range as Range });
    }
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return found.map(({ topic, range }) => `${topic}:${range.toString()}`);
  });
}

describe.each(selectedBrowsers())('%s: the corpus test half, passage by passage', (browserName) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  test('the browser highlights exactly what the command line finds, passage by passage', async () => {
    const page = await session.newPage();
    await page.goto(`${inject('fixturesOrigin')}/pages/corpus-host.html`);
    const disagreements: string[] = [];
    let hardNegativeHits = 0;
    for (let i = 0; i < passages.length; i += BATCH) {
      const batch = passages.slice(i, i + BATCH);
      const expected = batch.map((p) => scanPage(matcher, p.text).map((m) => `${m.topic}:${m.surface}`));
      await page.evaluate((docs) => {
        document.body.replaceChildren(...docs.map((html) => Object.assign(document.createElement('iframe'), { srcdoc: html })));
      }, batch.map((p) => asHtml(p.text)));
      // Done when every frame has what the command line found, or after the frames have had time to scan.
      const seen = await settledRead(page, framesHighlights, expected, 20_000);
      batch.forEach((p, k) => {
        const got = seen[k] ?? [];
        if (JSON.stringify(got) !== JSON.stringify(expected[k])) disagreements.push(`${p.id}: browser ${JSON.stringify(got)} vs scan ${JSON.stringify(expected[k])}`);
        if (isHardNegative(p)) hardNegativeHits += got.length;
      });
    }
    expect(disagreements).toEqual([]);
    // The same false positives as `npm run eval` reports for this half, no more.
    const cliHits = passages.filter(isHardNegative).reduce((n, p) => n + scanPage(matcher, p.text).length, 0);
    expect(hardNegativeHits).toBe(cliHits);
    await page.close();
  }, 600_000);
});
