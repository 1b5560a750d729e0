// Offsets are UTF-16 indices into the ORIGINAL text, whatever normalization removed, folded or expanded.
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { MIN_CONFIDENCE } from '../../core/disambiguate.ts';
import { createMatcher, createPageContext } from '../../core/scan.ts';

const matcher = createMatcher(BRIEFINGS);

// A page that has said something of the subjects' own already: a group's name or a person's full name alone is theirs (see core-shape).
const supportedPage = () => {
  const page = createPageContext();
  page.supported.add('hamas').add('hezbollah').add('abbas');
  return page;
};

describe('mention offsets', () => {
  it.each([
    { text: '😀 Hamas', start: 3, end: 8 },
    { text: '😀😀 Hez\u00ADbollah', start: 5, end: 15 },
    { text: '𝐀 Ḥamās wins', start: 3, end: 8 },
    { text: '😀 Hama\u0301s', start: 3, end: 9 },
    { text: 'ﬁ Hamas', start: 2, end: 7 },
    { text: 'İİ Mahmoud\u00A0Abbas', start: 3, end: 16 },
    { text: 'x \u200B\u200BHamas', start: 4, end: 9 },
  ])('$text → [$start, $end)', ({ text, start, end }) => {
    const [m] = matcher.scan(text, supportedPage());
    expect(m).toMatchObject({ start, end, surface: text.slice(start, end) });
  });

  it('reports the possessive-free surface', () => {
    const [m] = matcher.scan('Hamas’s', supportedPage());
    expect(m?.surface).toBe('Hamas');
  });

  it('gives confidence by evidence: name > typo > bare form; a bare form with nothing behind it is not reported', () => {
    const [name, typo, bare] = matcher.scan('Mahmoud Abbas; Hezbolah; and Abbas', supportedPage());
    expect(name?.confidence).toBeGreaterThan(typo?.confidence ?? 1);
    expect(bare?.confidence).toBeGreaterThan(0.5);
    expect(matcher.scan('Abbas')).toEqual([]);
    const unsupported = createMatcher(BRIEFINGS, { minConfidence: 0 }).scan('Abbas')[0];
    expect(unsupported?.confidence).toBeLessThan(MIN_CONFIDENCE);
  });

  it('limits topics when asked', () => {
    const onlyHamas = createMatcher(BRIEFINGS, { topics: ['hamas'] });
    expect(onlyHamas.scan('Hamas and Hezbollah').map((m) => m.topic)).toEqual(['hamas']);
    expect(createMatcher(BRIEFINGS, { topics: [] }).scan('Hamas')).toEqual([]);
  });
});
