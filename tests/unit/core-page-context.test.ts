// A page establishes who a bare "Abbas" is; later blocks of the same page follow it.
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { resetPageContext } from '../../core/page-context.ts';
import { createMatcher, createPageContext, scanPage as scanText } from '../../core/scan.ts';

const matcher = createMatcher(BRIEFINGS);
const scanPage = (blocks: string[]) => {
  const page = createPageContext();
  return blocks.map((b) => matcher.scan(b, page).map((m) => `${m.topic}:${m.surface}`));
};

describe('page context', () => {
  it.each([
    { name: 'Araghchi first, then bare Abbas is him', blocks: ['Iran’s Abbas Araghchi arrived.', 'Abbas said talks were useful.'], expected: [[], []] },
    { name: 'Mahmoud Abbas first, then bare Abbas is him', blocks: ['President Mahmoud Abbas arrived.', 'Abbas said talks were useful.'], expected: [['abbas:Mahmoud Abbas'], ['abbas:Abbas']] },
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

  it('a reset (a new view) forgets everything the page established, and scans as a fresh page does', () => {
    const page = createPageContext();
    for (const block of ['Defender Karim Hamas signed for Porto.', 'ABBAS URGES CALM', 'Dr Hana Abbas spoke.\nABBAS: Yes.', 'Hamas fighters crossed from Gaza.']) matcher.scan(block, page);
    resetPageContext(page);
    for (const [key, value] of Object.entries(page)) {
      if (value instanceof Map || value instanceof Set) expect(value.size, key).toBe(0);
      if (Array.isArray(value)) expect(value.length, key).toBe(0);
    }
    expect(page.spellings.topic.size + page.spellings.other.size).toBe(0);
    const after = matcher.scan('Hamas will wear the number 5 shirt, Israeli officials in Gaza said.', page);
    expect(after).toEqual(matcher.scan('Hamas will wear the number 5 shirt, Israeli officials in Gaza said.', createPageContext()));
  });

  it('without a context, one scan is one page', () => {
    expect(matcher.scan('Abbas Araghchi spoke. Abbas left.')).toEqual([]);
  });

  it('the command line reads a line as the page reads a block: whitespace runs count as one space', () => {
    // Indented by 40 spaces, "Abbas" is 290 characters after "Ramallah" in the file, 251 on the page (past the
    // 250-character window only in the file): both must give the same verdict, and the surface is the file's.
    const text = `We stayed in Ramallah for a week.${' The market was busy and loud every morning.'.repeat(4)}\n${' '.repeat(40)}Later that day Abbas spoke.`;
    const found = scanText(matcher, text);
    expect(found.map((m) => `${m.topic}:${text.slice(m.start, m.end)}`)).toEqual(['abbas:Abbas']);
  });

  it('a block the page passes over counts as read only when it has a letter, as the command line counts lines', () => {
    const page = createPageContext();
    matcher.skip('━━━━━━━━━━ 2024 — ✦ ✦ ✦', page);
    expect(page.scanned).toBe(0);
    matcher.skip('The minutes were read aloud.', page);
    expect(page.scanned).toBe('The minutes were read aloud.'.length + 1);
  });

  it('the command line reads no line without a letter, as the page reads no such block: a rule or a blank line adds no distance', () => {
    // "Abbas" is within the 250-character window after "Ramallah" on the page; counting the blank lines and the rule of
    // 40 dashes would push it past.
    const ruled = `We stayed in Ramallah for a week.${' The market was busy and loud every morning.'.repeat(4)}\n\n${'━'.repeat(40)}\n\nLater that day Abbas spoke.`;
    const found = scanText(matcher, ruled);
    expect(found.map((m) => `${m.topic}:${ruled.slice(m.start, m.end)}`)).toEqual(['abbas:Abbas']);
  });
});
