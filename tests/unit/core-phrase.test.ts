// wholeWords checks the word start outside the regex (faster); it must find exactly what a leading lookbehind finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasesPattern, wholeWords } from '../../core/phrase.ts';

const words = fc.array(fc.constantFrom('russia', 'Russian', 'IDF', 'Tel Aviv', "Kata'ib", 'al', 'PA', 'West Bank', 'ibn', 'é'), { minLength: 1, maxLength: 4 });
const text = fc
  .array(fc.constantFrom('russia', 'prussia', 'russians', 'idf', 'tel-aviv', "kata'ib", 'kataib', 'al', 'pa', 'west  bank', 'ibn', 'é', ' ', '-', 'x', '1', '\uFFFC', 'ß', '😀', '𝐚', '\uD800', '.'), { maxLength: 16 })
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
      { numRuns: 1000 },
    );
  });

  it('rejects a word inside another, after a non-ASCII letter too', () => {
    expect(wholeWords(['russia'])?.test('prussia')).toBe(false);
    expect(wholeWords(['russia'])?.test('érussia russia')).toBe(true);
    expect(wholeWords(['russia'])?.test('𝐚russia')).toBe(false);
    expect(wholeWords([])).toBeNull();
  });
});
