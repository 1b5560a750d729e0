// All the passages of a half on one page, one after another in a seeded order, as a page with no markup between
// its pieces would set them (a feed of plain paragraphs): scanned as one page, each passage scored on its own part.
// Pieces a page marks up (articles, cards, list items) are read apart (dom/page-pieces.ts, tests/e2e/one-page.test.ts);
// here only the fading of what the page established (core/memory.ts) keeps one passage from reading the next.
import { scanPage, type Matcher } from '../../core/scan.ts';
import type { Passage } from './corpus.ts';
import type { Found } from './score.ts';

/** A seeded shuffle (a linear congruential generator: the order is the same on every machine). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return items.map((item) => [next(), item] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}

/** What the matcher finds in each passage when all of them are one page, by passage id, offsets into the passage. */
export function foundOnOnePage(matcher: Matcher, passages: readonly Passage[], seed = 1): Map<string, Found[]> {
  let text = '';
  const starts = new Map<string, number>();
  const order = shuffled(passages, seed);
  for (const p of order) {
    starts.set(p.id, text.length);
    text += `${p.text}\n\n`;
  }
  const found = scanPage(matcher, text);
  const byPassage = new Map<string, Found[]>();
  for (const p of order) {
    const start = starts.get(p.id)!;
    const end = start + p.text.length;
    byPassage.set(p.id, found.filter((m) => m.start >= start && m.end <= end).map((m) => ({ ...m, start: m.start - start, end: m.end - start })));
  }
  return byPassage;
}
