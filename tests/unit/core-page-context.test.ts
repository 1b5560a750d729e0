// A page establishes who a bare "Abbas" is; later blocks of the same page follow it.
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { createMatcher, createPageContext } from '../../core/scan.ts';

const matcher = createMatcher(BRIEFINGS);
const scanPage = (blocks: string[]) => {
  const page = createPageContext();
  return blocks.map((b) => matcher.scan(b, page).map((m) => `${m.topic}:${m.surface}`));
};

describe('page context', () => {
  it.each([
    { name: 'Araghchi first, then bare Abbas is him', blocks: ['Iran’s Abbas Araghchi arrived.', 'Abbas said talks were useful.'], expected: [[], []] },
    { name: 'Mahmoud Abbas first, then bare Abbas is him', blocks: ['Mahmoud Abbas arrived.', 'Abbas said talks were useful.'], expected: [['abbas:Mahmoud Abbas'], ['abbas:Abbas']] },
    { name: 'the nearest full name wins', blocks: ['Abbas Kamel met Israeli officials.', 'Later he met Mahmoud Abbas.', 'Abbas refused.'], expected: [[], ['abbas:Mahmoud Abbas'], ['abbas:Abbas']] },
    { name: 'Zaheer Abbas establishes a cricketer', blocks: ['Zaheer Abbas, the Asian Bradman.', 'Abbas scored 274.'], expected: [[], []] },
    { name: 'a new page forgets', blocks: ['Abbas said the Palestinian Authority would talk.'], expected: [['abbas:Abbas']] },
  ])('$name', ({ blocks, expected }) => {
    expect(scanPage(blocks)).toEqual(expected);
  });

  it('keeps context words of previous blocks nearby (deconfliction)', () => {
    expect(scanPage(['Russia and Israel agreed on Syria in 2015.', 'The deconfliction mechanism still works.'])).toEqual([
      [],
      ['deconfliction:deconfliction mechanism'],
    ]);
  });

  it('without a context, one scan is one page', () => {
    expect(matcher.scan('Abbas Araghchi spoke. Abbas left.')).toEqual([]);
  });
});
