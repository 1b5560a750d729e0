// A plain twin (core/plain.ts) must match exactly as its Unicode regex does on plain text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlain, plainTwin, twinned } from '../../core/plain.ts';

// Regexes of the kinds the judgement twins: letter classes in and out of brackets, negated, in lookarounds, with
// bounded repeats, with `i`, with `g` (lastIndex), anchored word lists.
const REGEXES = [
  /^(?:[ -]+[\p{L}']+){0,3}?[ -]+(?:between|among)((?:[ -]+[\p{L}'.]+){1,3}[ -]+and(?:[ -]+[\p{L}'.]+){1,3})/u,
  /(?<=\p{L})'(?=\p{L})(?!s(?![\p{L}\p{N}]))/gu,
  /^[ \t]+(?:(?:de|du|d['’])[ \t]*(\p{Lu}\p{L}+)|(\p{Ll}+))/u,
  /(?:^|[^\p{L}])(Mrs|Mr|Ms|Dr|Prof)\.[ \t\u00A0]+$/u,
  /(?:^|[^\p{L}])(?:my|our|sons?)[ \t]+$/iu,
  /(?:kata'?ib|harakat)(?![\p{L}\p{N}])[ \-]+$/gu,
  /\bus\b|\W{2}|\s\S/giu,
  /^(?:bandar|port)\s|\s(?:street|st)\.?$/iu,
  /(?:^|[.!?] )born (?:in|on) [^.;!?]{1,60}, $/u,
];
// Plain text: ASCII (letters that `i` folds, digits, spaces, punctuation) and General Punctuation.
const plainText = fc
  .array(fc.constantFrom('a', 'S', 's', 'k', 'K', 'Mr', 'Dr', 'my', 'OUR', 'sons', "kata'ib", 'us', 'de', 'between', 'among', ' and ', 'bandar ', 'port', ' st.', ' street', 'born in ', ', ', '! ', 'x', '7', ' ', ' ', '\t', '-', "'", '.', ',', '’', '–', '—', '“', '\u2009', '\u200B'), { maxLength: 14 })
  .map((a) => a.join(''));

describe('plainTwin', () => {
  it('matches as its regex on plain text: the match, its groups, lastIndex and a replace', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGEXES), plainText, (re, text) => {
        const twin = plainTwin(re);
        re.lastIndex = 0;
        twin.lastIndex = 0;
        expect(twin.exec(text)).toEqual(re.exec(text));
        expect(twin.lastIndex).toBe(re.lastIndex);
        expect(text.replace(twin, '_')).toBe(text.replace(re, '_'));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes letter classes as ASCII ranges and drops the u flag', () => {
    expect(plainTwin(/(?<=\p{L})'(?=[^\p{Lu}\p{N}])/gu)).toEqual(/(?<=[A-Za-z])'(?=[^A-Z0-9])/g);
    expect(plainTwin(/[\p{Ll}\-]\\p/iu)).toEqual(/[a-z\-]\\p/i);
  });

  it('leaves a regex with any other Unicode syntax as it is', () => {
    const marks = /\p{M}/u;
    expect(plainTwin(marks)).toBe(marks);
    const braces = /\u{1F600}\p{L}/u;
    expect(plainTwin(braces)).toBe(braces);
  });
});

describe('isPlain', () => {
  it('takes ASCII and General Punctuation only', () => {
    expect(isPlain('Abbas’s “deal” – 2 days…\u200B')).toBe(true);
    expect(isPlain('café')).toBe(false);
    expect(isPlain('a\u00A0b')).toBe(false);
    expect(isPlain('𝐚')).toBe(false);
    expect(isPlain('ſ')).toBe(false);
  });

  it('sends other text to the regex itself (twinned)', () => {
    const letters = twinned(/^\p{L}+$/u);
    expect(letters.exec('café')?.[0]).toBe('café');
    expect(letters.exec('cafe')?.[0]).toBe('cafe');
    expect(letters.test('caf–')).toBe(false);
  });
});
