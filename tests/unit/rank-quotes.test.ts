import { expect, test } from 'vitest';
import { BRIEFINGS, BRIEFINGS_BY_ID } from '../../briefings/index.ts';
import { rankQuotes } from '../../core/rank-quotes.ts';

const hamas = BRIEFINGS_BY_ID.hamas;
const paragraphs = (sentence: string) => rankQuotes(hamas, sentence, 2).map((q) => q.paragraph);

test.each([
  { sentence: 'Moscow talked to Hamas to get Russian hostages out of Gaza.', first: 30 },
  { sentence: 'Since October 7 it is unacceptable in Israel that Russia accepts Hamas.', first: 28 },
  { sentence: 'Moscow has no serious influence over Palestinian factions such as Hamas.', first: 8 },
])('the quote most relevant to "$sentence" comes first', ({ sentence, first }) => {
  expect(paragraphs(sentence)[0]).toBe(first);
});

test('with nothing to go on, the briefing order stands (first quote first)', () => {
  expect(rankQuotes(hamas, 'Hamas.', 2)).toEqual(hamas.quotes.slice(0, 2));
  expect(rankQuotes(hamas, '', 1)).toEqual(hamas.quotes.slice(0, 1));
});

test('every briefing ranks without throwing, and never returns more than asked', () => {
  for (const briefing of BRIEFINGS) {
    const ranked = rankQuotes(briefing, 'Russia and Israel talks in Moscow about the war', 2);
    expect(ranked.length).toBe(Math.min(2, briefing.quotes.length));
  }
});
