// normalize() has two fast paths (a same-length fold copying runs between changed characters, and a mapped path
// copying runs of ASCII, with a map of pieces instead of one entry per character). Both must agree with the plain
// definition: every step applied one character at a time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORMALIZATION_STEPS, normalize } from '../../core/normalize.ts';

// The definition the fast paths replace, written as simply as possible (the code before they existed).
const CANDIDATES = /[\x00-\x1F\x7F-\u036F\u1E00-\u1EFF\u2000-\u206F\u2100-\u24FF\uFB00-\uFB4F\uFE00-\uFE6F\uFEFF\uFF00-\uFFEF\u{1D400}-\u{1D7FF}\u{1F000}-\u{1F3FF}]/gu;
const foldChar = (char: string) => NORMALIZATION_STEPS.reduce((s, step) => step.apply(s), char);
const isCandidate = (char: string) => {
  CANDIDATES.lastIndex = 0;
  return CANDIDATES.test(char);
};
function referenceNormalize(text: string): { text: string; toOriginal: (start: number, end: number) => [number, number] } {
  const lower = text.toLowerCase();
  let sameLength = lower.length === text.length;
  const folded = lower.replace(CANDIDATES, (char) => {
    const out = foldChar(char);
    if (out.length !== char.length) sameLength = false;
    return out;
  });
  if (sameLength) return { text: folded, toOriginal: (start, end) => [start, end] };
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    const out = isCandidate(char) ? foldChar(char) : char.toLowerCase();
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    parts.push(out);
    i += width;
  }
  return { text: parts.join(''), toOriginal: (start, end) => [starts[start] ?? text.length, ends[end - 1] ?? text.length] };
}

function expectSameAsReference(text: string): void {
  const fast = normalize(text);
  const reference = referenceNormalize(text);
  expect(fast.text).toBe(reference.text);
  // Spans past the end too: they map to the end of the original.
  for (let start = 0; start <= reference.text.length; start++) {
    for (let end = start + 1; end <= reference.text.length + 1; end++) expect(fast.toOriginal(start, end)).toEqual(reference.toOriginal(start, end));
  }
}

// Characters every path treats differently: ASCII controls, NBSP and other spaces, curly quotes, dashes, Latin-1
// and Latin Extended letters, ellipsis and ligatures (they expand), soft hyphen and zero-width space (they vanish),
// combining marks, İ (lowercases to two units), Σ (final sigma), surrogate pairs and lone surrogates, fullwidth.
const pieces = fc.constantFrom(
  'Hamas', 'ABBAS', 'x', ' ', '.', "'", '\t', '\n', '\x01', '\x7F', '\x85', '\u00A0', '\u2009', '’', '‘', '“', '”', '–', '—', '\u2011',
  'é', 'É', 'ß', 'ā', 'Ḥ', '…', 'ﬁ', '½', '\u00AD', '\u200B', '\uFEFF', '\u0301', 'ʿ', 'İ', 'Σ', 'ΟΔΟΣ', 'Ω', 'K', 'Ⓗ', 'Ａ',
  '😀', '𝐇', '𝒂', '🄷', '🈐', '🄀', '\uD835', '\uD83C', '\uD800', '\uDC00', 'ب', '中',
);
const text = fc.oneof(fc.array(pieces, { maxLength: 20 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 30 }));

describe('normalize fast paths', () => {
  it('agree with the step-by-step definition on random text', () => {
    fc.assert(fc.property(text, expectSameAsReference), { numRuns: 2000 });
  });

  it('agree on every BMP code unit, alone and between letters', () => {
    const differing: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      for (const sample of [String.fromCharCode(unit), `Ab${String.fromCharCode(unit)}Σ`]) {
        const fast = normalize(sample);
        const reference = referenceNormalize(sample);
        const end = Math.max(1, reference.text.length);
        if (fast.text !== reference.text || String(fast.toOriginal(0, end)) !== String(reference.toOriginal(0, end))) differing.push(sample);
      }
    }
    expect(differing).toEqual([]);
  });
});
