// The corpus format and the scoring `npm run eval` relies on.
import { describe, expect, it } from 'vitest';
import { isHardNegative, loadCorpus, parsePassage, type Passage } from '../../scripts/lib/corpus.ts';
import { naiveScan } from '../../scripts/lib/naive.ts';
import { foundOnOnePage } from '../../scripts/lib/one-page.ts';
import { BRIEFINGS } from '../../briefings/index.ts';
import { createMatcher, scanPage } from '../../core/scan.ts';
import { score } from '../../scripts/lib/score.ts';

const raw = 'genre: news\nnote: test\n---\n[[hamas|Hamas]] met [[-|Abbas Araghchi]] and [[abbas|Abbas]].\n';

describe('corpus passages', () => {
  it('strips the markup and keeps offsets into the plain text', () => {
    const p = parsePassage('t', raw);
    expect(p.text).toBe('Hamas met Abbas Araghchi and Abbas.');
    expect(p.mentions).toEqual([
      { topic: 'hamas', start: 0, end: 5, surface: 'Hamas' },
      { topic: 'abbas', start: 29, end: 34, surface: 'Abbas' },
    ]);
    expect(p.negatives).toEqual([{ start: 10, end: 24, surface: 'Abbas Araghchi' }]);
  });

  it('rejects unknown topics and missing headers', () => {
    expect(() => parsePassage('t', raw.replace('[[hamas|', '[[hams|'))).toThrow('t: unknown topic "hams"');
    expect(() => parsePassage('t', 'no header')).toThrow('genre');
    expect(() => parsePassage('t', raw.replace(']] met', '] met'))).toThrow('malformed');
  });

  it('every passage is our own: a genre, no web address, marks that match the text', () => {
    const passages = loadCorpus();
    for (const p of passages) {
      expect(p.genre, p.id).toMatch(/^[a-z-]+$/);
      expect(p.text, p.id).not.toMatch(/https?:\/\/|www\.|source:/i);
      for (const m of [...p.mentions, ...p.negatives]) expect(p.text.slice(m.start, m.end)).toBe(m.surface);
    }
  });

  it('has at least 250 passages, 40 % hard negatives, split into halves that share no passage', () => {
    const tune = loadCorpus('tune');
    const test = loadCorpus('test');
    const all = [...tune, ...test];
    expect(all.length).toBeGreaterThanOrEqual(250);
    expect(all.filter(isHardNegative).length / all.length).toBeGreaterThanOrEqual(0.4);
    const names = (ps: Passage[]) => new Set(ps.map((p) => p.id.split('/')[1]));
    const tuneNames = names(tune);
    expect([...names(test)].filter((n) => tuneNames.has(n))).toEqual([]);
    for (const half of [tune, test]) expect(half.length / all.length).toBeGreaterThan(0.4);
  });
});

describe('scoring', () => {
  it('counts overlaps of the same topic as hits, the rest as errors', () => {
    const p = parsePassage('t', raw);
    const s = score([p], (x) => naiveScan(x.text));
    expect(s.topics.hamas).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(s.topics.abbas).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5 });
    expect(s.errors).toEqual([expect.objectContaining({ passage: 't', kind: 'false positive', surface: 'Abbas' })]);
  });
});

describe('passages on one page', () => {
  it('each passage gets what was found in its own part, with offsets into it; the page is read as one', () => {
    const story = parsePassage('story', 'genre: news\nnote: t\n---\nIran’s foreign minister [[-|Abbas Araghchi]] arrived in Muscat.\n');
    const next = parsePassage('next', 'genre: news\nnote: t\n---\nLater that day [[abbas|Abbas]] said the Palestinian Authority would not attend.\n');
    const matcher = createMatcher(BRIEFINGS);
    expect(scanPage(matcher, next.text).map((m) => [m.start, m.surface])).toEqual([[15, 'Abbas']]);
    // Read after the story, the page's Abbas is Araghchi; read first, he is the president: the seeds give both orders.
    const outcomes = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const found = foundOnOnePage(matcher, [story, next], seed);
      expect(found.get('story')).toEqual([]);
      outcomes.add(JSON.stringify(found.get('next')!.map((m) => [m.start, m.surface])));
    }
    expect([...outcomes].sort()).toEqual(['[[15,"Abbas"]]', '[]']);
  });
});
