// What a page establishes holds in its own piece and the pieces inside it, and fades with distance (core/memory.ts):
// a page of many unrelated pieces (a front page, a feed, a results list) is not read one piece by another.
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { Memory } from '../../core/memory.ts';
import { enterScope, OTHER_REACH, PAGE_REACH } from '../../core/page-context.ts';
import { createMatcher, createPageContext, type PageContext } from '../../core/scan.ts';

const matcher = createMatcher(BRIEFINGS);
const found = (page: PageContext, text: string) => matcher.scan(text, page).map((m) => `${m.topic}:${m.surface}`);
const filler = (chars: number) => 'The council met and the budget passed after a long debate. '.repeat(Math.ceil(chars / 60));

describe('Memory', () => {
  const place = { scanned: 0, scope: [] as readonly object[] };
  const article = {};
  const other = {};

  it('holds an entry in its piece and the pieces inside it, not beside it, and not past its reach', () => {
    const memory = new Memory<string, string>(place, 100);
    Object.assign(place, { scanned: 0, scope: [article] });
    memory.set('abbas', 'araghchi');
    Object.assign(place, { scanned: 10, scope: [article, {}] });
    expect(memory.get('abbas')).toBe('araghchi');
    Object.assign(place, { scanned: 20, scope: [other] });
    expect(memory.get('abbas')).toBeUndefined();
    Object.assign(place, { scanned: 30, scope: [] });
    expect(memory.has('abbas')).toBe(false);
  });

  it('an entry set inside a piece hides the outer one there only; renewing keeps it past its reach', () => {
    const memory = new Memory<string, string>(place, 100);
    const inner = {};
    Object.assign(place, { scanned: 0, scope: [] });
    memory.set('abbas', 'president');
    Object.assign(place, { scanned: 50, scope: [inner] });
    memory.set('abbas', 'cricketer');
    expect(memory.get('abbas')).toBe('cricketer');
    Object.assign(place, { scanned: 60, scope: [] });
    expect(memory.get('abbas')).toBe('president');
    Object.assign(place, { scanned: 90 });
    memory.renew('abbas');
    Object.assign(place, { scanned: 180 });
    expect(memory.get('abbas')).toBe('president');
    Object.assign(place, { scanned: 191 });
    expect(memory.get('abbas')).toBeUndefined();
    expect([...memory]).toEqual([]);
  });
});

describe('the page context across pieces', () => {
  it('a group established in one piece does not make a namesake in the piece beside it the group', () => {
    const story = 'Hamas fighters crossed from Gaza overnight, the Israeli army said.';
    const teaser = 'Hamas was booked in the second half.';
    const page = createPageContext();
    expect(found(page, story)).toEqual(['hamas:Hamas']);
    // As one piece the teaser is read by the story…
    expect(found(page, teaser)).toEqual(['hamas:Hamas']);
    // …as pieces of a front page it is not.
    const front = createPageContext();
    enterScope(front, [{}]);
    found(front, story);
    enterScope(front, [{}]);
    expect(found(front, teaser)).toEqual(found(createPageContext(), teaser));
  });

  it('another Abbas named in one piece does not decide a bare Abbas in the next', () => {
    const page = createPageContext();
    enterScope(page, [{}]);
    found(page, 'Iran’s foreign minister Abbas Araghchi arrived in Muscat.');
    enterScope(page, [{}]);
    expect(found(page, 'Abbas said the Palestinian Authority would not attend.')).toEqual(['abbas:Abbas']);
  });

  it('a heading’s section inherits what the page said above it', () => {
    const page = createPageContext();
    const lead = {};
    enterScope(page, [lead]);
    found(page, 'Palestinian President Mahmoud Abbas spoke in Ramallah.');
    enterScope(page, [lead, {}]);
    expect(found(page, 'Abbas then left for Amman.')).toEqual(['abbas:Abbas']);
  });

  it('leaving a piece drops the bare forms it left waiting, and its words as nearby context', () => {
    const page = createPageContext();
    enterScope(page, [{}]);
    expect(found(page, 'ABBAS URGES CALM')).toEqual([]);
    expect(page.pending).toHaveLength(1);
    enterScope(page, [{}]);
    expect(page.pending).toHaveLength(0);
    expect(page.tail).toBe('');
  });

  it('a long article that stays on the story keeps what it established: its own words renew it', () => {
    const gaza = 'Fighting continued in northern Gaza, and Israel said its jets hit launch sites overnight. ';
    const read = (stretch: string) => {
      const page = createPageContext();
      found(page, 'Hamas fighters crossed from Gaza overnight, the Israeli army said.');
      for (let i = 0; i < 6; i++) found(page, stretch);
      // A stretch of other words, past the reach of nearby context: the name alone has only the page to go by.
      found(page, filler(600));
      return found(page, 'Hamas said the strikes would be answered.');
    };
    // Six blocks of the story's words (more than PAGE_REACH) without the name: the bare name is still the group.
    expect(read(gaza.repeat(4))).toEqual(['hamas:Hamas']);
    // The same length of something else: it has faded, and alone the sentence says nothing of which Hamas.
    expect(read(filler(gaza.length * 4))).toEqual([]);
  });

  it('without markup between pieces, what a page established fades: a group past PAGE_REACH, another Abbas past OTHER_REACH', () => {
    const teaser = 'Hamas was booked in the second half.';
    const page = createPageContext();
    found(page, 'Hamas fighters crossed from Gaza overnight, the Israeli army said.');
    found(page, filler(PAGE_REACH + 100));
    expect(found(page, teaser)).toEqual([]);
    const after = (chars: number) => {
      const other = createPageContext();
      found(other, 'Iran’s foreign minister Abbas Araghchi arrived in Muscat.');
      found(other, filler(chars));
      return found(other, 'Abbas said the Palestinian Authority would not attend.');
    };
    expect(after(OTHER_REACH - 500)).toEqual([]);
    expect(after(OTHER_REACH + 100)).toEqual(['abbas:Abbas']);
  });
});
