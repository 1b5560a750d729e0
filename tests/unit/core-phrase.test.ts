// wholeWords checks the word start outside the regex (faster); it must find exactly what a leading lookbehind finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasesPattern, wholeWords } from '../../core/phrase.ts';

// Phrases that are each other's start (russia, russian; west, west bank), and what may follow them: a letter or digit of
// any script, a surrogate pair or half, punctuation inside and outside ASCII.
const words = fc.array(fc.constantFrom('russia', 'Russian', 'IDF', 'Tel Aviv', "Kata'ib", 'al', 'PA', 'West Bank', 'West', 'ibn', 'é', 'u.s.', 'حماس'), { minLength: 1, maxLength: 4 });
const text = fc
  .array(fc.constantFrom('russia', 'prussia', 'russians', 'idf', 'tel-aviv', "kata'ib", 'kataib', 'al', 'pa', 'west  bank', 'west', 'ibn', 'é', ' ', '-', 'x', '1', '\uFFFC', 'ß', '😀', '𝐚', '\uD800', '.', 'u.s.', '—', '²', '٣', 'حماس', 'ـ', '’'), { maxLength: 16 })
  .map((a) => a.join(''));
const wraps = [(p: string) => p, (p: string) => `${p}[ \\-]+$`, (p: string) => `^[ \\-]+${p}`];

describe('wholeWords', () => {
  it('finds the same first match as a regex with a leading lookbehind', () => {
    fc.assert(
      fc.property(words, text, fc.constantFrom(0, 1, 2), (list, t, w) => {
        const wrap = wraps[w]!;
        const withLookbehind = new RegExp(wrap(phrasesPattern(list)), 'u').exec(t);
        const found = wholeWords(list, wrap)?.exec(t) ?? null;
        expect(found?.index).toBe(withLookbehind?.index);
        expect(found?.[0]).toBe(withLookbehind?.[0]);
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects a word inside another, after a non-ASCII letter too', () => {
    expect(wholeWords(['russia'])?.test('prussia')).toBe(false);
    expect(wholeWords(['russia'])?.test('érussia russia')).toBe(true);
    expect(wholeWords(['russia'])?.test('𝐚russia')).toBe(false);
    expect(wholeWords([])).toBeNull();
  });

  it('after the longest phrase at a place, a letter of any script sends it to a shorter one', () => {
    expect(wholeWords(['west', 'west bank'])?.exec('west bankers')?.[0]).toBe('west');
    expect(wholeWords(['russia', 'russian'])?.exec('russiané')).toBeNull();
    expect(wholeWords(['russia', 'russian'])?.exec('russianـ russia')?.index).toBe(9);
    expect(wholeWords(['russia', 'russian'])?.exec('russian— russia')?.[0]).toBe('russian');
    expect(wholeWords(['russia'])?.exec('russia² russia')?.index).toBe(8);
  });
});
