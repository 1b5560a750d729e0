// Choosing a card's quotes: the ranking (core/rank-quotes.ts, in the background) and what the card takes of it
// (takeQuotes in card/quotes.ts).
import { expect, test } from 'vitest';
import { BRIEFINGS, BRIEFINGS_BY_ID } from '../../briefings/index.ts';
import type { Briefing } from '../../briefings/types.ts';
import { CARD_QUOTES, takeQuotes } from '../../card/quotes.ts';
import { rankQuoteOrder } from '../../core/rank-quotes.ts';

const hamas = BRIEFINGS_BY_ID.hamas;
/** The briefing's quotes, most relevant first, as many as `budget` lets a card show. */
const rankQuotes = (briefing: Briefing, sentence: string, budget = {}) =>
  takeQuotes(rankQuoteOrder(briefing, sentence).map((i) => briefing.quotes[i]!), budget);
const paragraphs = (sentence: string) => rankQuotes(hamas, sentence).map((q) => q.paragraph);

test.each([
  { sentence: 'Moscow talked to Hamas to get Russian hostages out of Gaza.', first: 30 },
  { sentence: 'Since October 7 it is unacceptable in Israel that Russia accepts Hamas.', first: 28 },
  { sentence: 'Moscow has no serious influence over Palestinian factions such as Hamas.', first: 8 },
])('the quote most relevant to "$sentence" comes first', ({ sentence, first }) => {
  expect(paragraphs(sentence)[0]).toBe(first);
});

test('with nothing to go on, the briefing order stands (first quote first)', () => {
  expect(rankQuotes(hamas, 'Hamas.')).toEqual(hamas.quotes.slice(0, 2));
  expect(rankQuotes(hamas, '', { limit: 1 })).toEqual(hamas.quotes.slice(0, 1));
});

test('every briefing ranks without throwing, and never returns more than asked', () => {
  for (const briefing of BRIEFINGS) {
    const ranked = rankQuotes(briefing, 'Russia and Israel talks in Moscow about the war');
    expect(ranked.length).toBe(Math.min(2, briefing.quotes.length));
    expect(rankQuotes(briefing, 'Russia and Israel talks in Moscow about the war', CARD_QUOTES).length).toBeLessThanOrEqual(2);
  }
});

test('a length budget keeps the card short but always leaves the most relevant quote', () => {
  const long = hamas.quotes.find((q) => q.text.length > 200)!;
  const ranked = rankQuotes(hamas, long.text, { limit: 2, maxChars: 100 });
  expect(ranked).toEqual([long]);
});

test('the background ranks by index (what the content script receives): every quote once, in the ranked order', async () => {
  const { rankQuotesFor } = await import('../../extension/quote-ranking.ts');
  const sentence = 'Moscow talked to Hamas to get Russian hostages out of Gaza.';
  const { order } = rankQuotesFor({ topic: 'hamas', sentence });
  expect([...order].sort((a, b) => a - b)).toEqual(hamas.quotes.map((_, i) => i));
  expect(order.slice(0, 2).map((i) => hamas.quotes[i])).toEqual(rankQuotes(hamas, sentence));
});
