import { describe, expect, test } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { bestTopic, createBriefingSearch, type FieldMatch } from '../../core/search.ts';

const search = createBriefingSearch(BRIEFINGS);
const marked = (m: FieldMatch) => m.spans.map(([start, end]) => m.text.slice(start, end));

describe('typo-tolerant ranking: the topic a reader means comes first', () => {
  test.each([
    // query, expected first topic, field of its first match, marked text of that match
    ['hizbolah', 'hezbollah', 'name', ['Hezbollah']],
    ['Hizballah', 'hezbollah', 'name', ['Hezbollah']],
    ['deconflict', 'deconfliction', 'name', ['deconfliction']],
    ['suleymanov', 'abbas', 'speaker', ['Suleymanov']],
    ['Mahmoud Abbas', 'abbas', 'name', ['Mahmoud', 'Abbas']],
    ['abu mazen', 'abbas', 'alias', ['Abu', 'Mazen']],
    ['HAMAS', 'hamas', 'name', ['Hamas']],
    ['hamaz', 'hamas', 'name', ['Hamas']],
  ])('%s → %s (%s)', (query, topic, field, text) => {
    const [first] = search(query);
    expect(first?.topic).toBe(topic);
    expect(first?.matches[0]?.field).toBe(field);
    expect(marked(first!.matches[0]!).join(' ')).toBe(text.join(' '));
  });

  test('a speaker quoted in two briefings finds both', () => {
    expect(search('suleymanov').map((r) => r.topic).sort()).toEqual(['abbas', 'hamas']);
  });

  test('a word only in the text finds the briefing and says which field matched', () => {
    const [first] = search('Kremlin');
    expect(first?.topic).toBe('abbas');
    expect(first?.matches.map((m) => m.field)).not.toContain('name');
    expect(first?.matches.every((m) => marked(m).every((t) => /kremlin/i.test(t)))).toBe(true);
  });

  test('scores are ascending and spans lie inside their text', () => {
    for (const query of ['hizbolah', 'deconflict', 'suleymanov', 'Putin', 'Syria']) {
      const results = search(query);
      expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => a - b));
      for (const m of results.flatMap((r) => r.matches)) {
        for (const [start, end] of m.spans) expect(0 <= start && start < end && end <= m.text.length).toBe(true);
      }
    }
  });

  test.each(['', ' ', 'x', 'qqqqzzzz', 'lorem ipsum dolor'])('nothing for %j', (query) => {
    expect(search(query)).toEqual([]);
  });
});

describe('bestTopic (the context menu "Brief me on …")', () => {
  test.each([
    ['Hezbollah', 'hezbollah'],
    ['Hezbollah fighters', 'hezbollah'],
    ['the deconfliction deal', 'deconfliction'],
    ['Abu Mazen said', 'abbas'],
    ['  Hamas’s  ', 'hamas'],
    ['Vladimir Putin met', null],
    ['lorem ipsum dolor', null],
    ['', null],
  ])('%j → %s', (selection, topic) => {
    expect(bestTopic(search, selection)).toBe(topic);
  });
});
