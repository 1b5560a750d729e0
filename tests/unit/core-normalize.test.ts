// Each normalization step describes itself and is testable alone; the pipeline maps back to original offsets.
import { describe, expect, it } from 'vitest';
import { NORMALIZATION_STEP_DESCRIPTIONS, NORMALIZATION_STEPS, normalize } from '../../core/normalize.ts';
import { typoVariants } from '../../core/variants.ts';

const step = (name: string) => NORMALIZATION_STEPS.find((s) => s.name === name);

describe('normalization steps', () => {
  it.each([
    { name: 'drop-invisible', input: 'Hez\u00ADbol\u200Blah ʿAbbās', output: 'Hezbollah Abbās' },
    { name: 'fold-spaces', input: 'Mahmoud\u00A0\nAbbas', output: 'Mahmoud  Abbas' },
    { name: 'fold-apostrophes', input: 'Hamas’s Kata‘ib', output: "Hamas's Kata'ib" },
    { name: 'fold-hyphens', input: 'Abu\u2011Mazen US–Russia', output: 'Abu-Mazen US-Russia' },
    { name: 'lowercase', input: 'HAMAS', output: 'hamas' },
    { name: 'strip-diacritics', input: 'ḥamās ﬂ', output: 'hamas fl' },
  ])('$name: $input', ({ name, input, output }) => {
    const s = step(name);
    expect(NORMALIZATION_STEP_DESCRIPTIONS[name]).toMatch(/→/);
    expect(s?.apply(input)).toBe(output);
  });

  it('maps normalized spans back to the original', () => {
    const n = normalize('😀 HEZ\u00ADBOLLAH’s');
    expect(n.text).toBe("😀 hezbollah's");
    expect(n.toOriginal(3, 12)).toEqual([3, 13]);
  });

  it('takes an identity fast path on ASCII', () => {
    const n = normalize('Hamas\tHQ');
    expect(n.text).toBe('hamas hq');
    expect(n.toOriginal(0, 5)).toEqual([0, 5]);
  });
});

describe('typo variants', () => {
  it('covers one-letter typos of long names only', () => {
    const v = typoVariants('hezbollah');
    expect(v).toEqual(expect.arrayContaining(['hezbolah', 'hezbolllah', 'hezbollha', 'hesbollah', 'hezbullah']));
    expect(v).not.toContain('hezbollah');
    expect(typoVariants('hamas')).toEqual([]);
    expect(typoVariants('abbas')).toEqual([]);
  });
});
