// How relevant each of a briefing's quotes is to the sentence around a mention (issue 6); card/quotes.ts chooses
// the card's quotes from this order.
// A quote scores on its own words and on the facts that cite its paragraph, so a sentence about, say, hostages
// picks the quote from the paragraph a hostage fact rests on even when the quote words it differently.
import Fuse from 'fuse.js';
import type { Briefing } from '../briefings/types.ts';

const STOPWORDS = new Set(
  'about after also although among another because been before being between both could does during each from have having into just like made more most much must only other over said says some such than that their them then there these they this those though through under until very were what when where which while will with within without would your'.split(' '),
);

/** Content words of a sentence, minus the topic's own names (they would match every item of that topic). */
function queryWords(sentence: string, briefing: Briefing): string[] {
  const names = new Set(
    [...briefing.match.names, ...(briefing.match.ambiguous ?? [])].flatMap((n) => n.toLowerCase().split(/\s+/)),
  );
  const words = sentence.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 4 && !STOPWORDS.has(w) && !names.has(w)))];
}

/**
 * Indexes into `briefing.quotes`, most relevant to `sentence` first; quotes that nothing points at keep their
 * briefing order, so with no signal the first quote leads. Runs in the background (extension/quote-ranking.ts):
 * fuse.js would be a third of the content script.
 * @example rankQuoteOrder(hamas, 'Moscow talked to Hamas to get Russian hostages out of Gaza.')[0] // the quote of ¶30
 */
export function rankQuoteOrder(briefing: Briefing, sentence: string): number[] {
  const words = queryWords(sentence, briefing);
  if (words.length === 0) return briefing.quotes.map((_, index) => index);
  const items = [
    ...briefing.quotes.map((q) => ({ text: q.text, paragraphs: [q.paragraph] })),
    ...briefing.facts.map((f) => ({ text: f.text, paragraphs: f.paragraphs })),
  ];
  const fuse = new Fuse(items, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.2 });
  // Per item: the sum over sentence words it contains (fuzzily) of how well it matched.
  const itemScores = new Array<number>(items.length).fill(0);
  for (const word of words) {
    for (const hit of fuse.search(word)) itemScores[hit.refIndex]! += 1 - (hit.score ?? 1);
  }
  const scored = briefing.quotes.map((quote, index) => {
    const own = itemScores[index] ?? 0;
    const viaFacts = items.reduce(
      (best, item, i) => (i >= briefing.quotes.length && item.paragraphs.includes(quote.paragraph) ? Math.max(best, itemScores[i]!) : best),
      0,
    );
    return { index, score: own + 0.5 * viaFacts };
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.map(({ index }) => index);
}

