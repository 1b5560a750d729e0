// Properties over random text: mentions are exact slices, sorted, non-overlapping, and scanning never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { createMatcher, createPageContext } from '../../core/scan.ts';

const matcher = createMatcher(BRIEFINGS);

// Pieces likely to form (or almost form) names, plus awkward characters, so random text hits the interesting paths.
const pieces = fc.constantFrom(
  'Hamas', 'hamas', 'HAMAS', 'Abbas', 'Mahmoud', 'Abu', 'Mazen', 'Hezbollah', 'Hizballah', 'Hezbolah', "Kata'ib",
  'Zaheer', 'Araghchi', 'deconfliction', 'Russia', 'Israel', 'humanitarian', "'s", '’', ' ', '\n', '\u00A0', '\u00AD',
  '\u200B', '\uFFFC', '-', '\u2011', '😀', 'İ', 'ﬁ', 'ʿ', '\u0301', '\uD800', 'x', '.',
);
const text = fc.oneof(fc.array(pieces, { maxLength: 24 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 40 }));

describe('scan properties', () => {
  it('returns exact, sorted, non-overlapping slices and never throws', () => {
    const page = createPageContext();
    fc.assert(
      fc.property(text, (t) => {
        const mentions = matcher.scan(t, page);
        let last = 0;
        for (const m of mentions) {
          expect(t.slice(m.start, m.end)).toBe(m.surface);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.confidence).toBeGreaterThan(0);
          expect(m.confidence).toBeLessThanOrEqual(1);
          last = m.end;
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
