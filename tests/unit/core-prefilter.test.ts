// The prefilter may only ever rule out text the matcher would find nothing in (a false "no" loses a mention).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { createPrefilter, wordScannerFromSpec, wordsSpec } from '../../core/prefilter.ts';
import { compileRules } from '../../core/rules.ts';
import { createMatcher, createPageContext } from '../../core/scan.ts';

const matcher = createMatcher(BRIEFINGS);
const prefilter = createPrefilter(BRIEFINGS);
const scanWords = wordScannerFromSpec(wordsSpec(BRIEFINGS));

describe('prefilter', () => {
  it('passes every spelling the matcher knows, as listed, generated and in upper case', () => {
    const listed = BRIEFINGS.flatMap((b) => [...b.match.names, ...(b.match.ambiguous ?? [])]);
    const keys = [...compileRules(BRIEFINGS).aliases.keys()];
    for (const spelling of [...listed, ...keys]) {
      expect(prefilter.mightMatch(` ${spelling} `), spelling).toBe(true);
      expect(prefilter.mightMatch(spelling.toUpperCase()), spelling).toBe(true);
      expect(scanWords(`(${spelling}),`), spelling).toBe(true);
      expect(scanWords(spelling.toUpperCase()), spelling).toBe(true);
    }
  });

  it('passes names written with accents, soft hyphens, ligatures and mathematical letters', () => {
    // Arabic's "and", "to", "so" joined to a name too (وحماس, ولـحزب الله): the matcher reads the name after them.
    for (const text of ['Ḥamās', 'Ha\u00admas', 'Hez\u200bbollah', '𝐇𝐚𝐦𝐚𝐬', 'ＨＡＭＡＳ', 'Hama\u0301s', 'ʿAbbās', 'مَحْمُود عَبَّاس', 'أبو مازن', 'حزب الله', 'وحماس', 'ولـحزب الله', 'فمحمود عباس']) {
      expect(prefilter.mightMatch(text), text).toBe(true);
      expect(scanWords(text), text).toBe(true);
    }
  });

  it("the first stage passes a spelling's word only as a whole word, and says which it found inside longer words", () => {
    const prose = 'An amazing, decorated Abbasid palace near Lisbon; Mahmoud Ahmadinejad and the Bahamas; Allah; amazing.';
    expect(prefilter.mightMatch(prose)).toBe(true);
    expect(scanWords(prose)).toEqual(new Map([['mazin', [4, 95]], ['Abbas', [22]], ['hamas', [80]]]));
    // Two blocks' text run together: the caller (dom/candidate.ts) finds out whether a text node holds it whole.
    expect(scanWords('GazaHamas. Hamasaki')).toEqual(new Map([['Hamas', [4, 11]]]));
    expect(scanWords('Gaza Hamas')).toBe(true);
    expect(scanWords('Weather and tomatoes')).toEqual(new Map());
    // A page cannot make the work grow: past a few hundred such words, or places, the text is simply passed.
    expect(scanWords(Array.from({ length: 300 }, (_, i) => `amazing${i}`).join(' '))).toBe(true);
    expect(scanWords('amazing '.repeat(300))).toBe(true);
    expect(scanWords(`x${'hamas'.repeat(20)}`)).toBe(true);
  });

  it('rules out ordinary prose, curly quotes, dashes and non-breaking spaces included', () => {
    expect(prefilter.mightMatch('The ministry said on Tuesday that talks would resume — “soon”,\u00a0officials’ aides added…')).toBe(false);
    expect(prefilter.mightMatch('Confirmed: the conference on conflict was postponed.')).toBe(false);
    // Arabic without marks or hamza letters (those can fold into an anchor's letters, so they always pass).
    expect(prefilter.mightMatch('قال الوزير ان المحادثات ستستمر')).toBe(false);
    // Russian and Hebrew prose without a name: the first stage looks for their scripts' spellings only there.
    // Hindi and Bengali prose too (their letters' vowel signs are marks: a spelling's word keeps them).
    for (const prose of ['Делегация прибыла в Москву во вторник.', 'המשלחת הגיעה למוסקבה ביום שלישי.', 'प्रधानमंत्री ने मंगलवार को बात की।', 'প্রধানমন্ত্রী মঙ্গলবার কথা বলেছেন।']) {
      expect(prefilter.mightMatch(prose), prose).toBe(false);
      expect(scanWords(prose), prose).toEqual(new Map());
    }
    for (const named of ['Делегация палестинского движения ХАМАС прибыла', 'переговоры с Хезболлой', 'משלחת חמאס הגיעה', 'Москва, Ḥamās', 'इस बीच हमास ने कहा', 'দোহায় হামাস ও ইসরায়েলের আলোচনা']) {
      expect(scanWords(named), named).toBe(true);
    }
  });

  it('the context the matcher reads before a block is at least the default window', () => {
    expect(prefilter.contextChars).toBeGreaterThanOrEqual(250);
  });

  const pieces = fc.constantFrom(
    'Hamas', 'hAMAS', 'Abbas', 'Mahmoud', 'Mahmud', 'Abu', 'Mazen', 'Mazin', 'Hezbollah', 'Hizballah', 'Hezbolah', 'Hzebollah',
    'ezbollah', "Hizb'allah", 'Hizb’allah', 'deconfliction', 'de-confliction', 'deconflcition', 'Russia', 'Israel', ' ', '\n',
    '\t', '\u00a0', '\u00ad', '\u200b', '’', '-', '\u2011', '—', 'İ', 'ﬁ', 'ʿ', '\u0301', 'é', 'x', '.', 'a', 'h', 'z', 'b',
    // Arabic script: the names, their letters with marks (harakat) and hamza, and a presentation form.
    'محمود', 'عباس', 'أبو', 'ابو', 'مازن', 'حزب', 'الله', 'كتائب', '\u064e', '\u0651', 'م', 'ح', 'ز', '\ufee3',
    // …and the one-letter words Arabic joins to the next ("and", "to", "with"), a tatweel, Hamas and its article.
    'و', 'ل', 'ب', 'ف', 'ال', '\u0640', 'حماس',
  );
  const text = fc.oneof(
    fc.array(pieces, { maxLength: 16 }).map((a) => a.join('')),
    fc.string({ unit: fc.constantFrom(...'hamasbezoluiyd- \u00ad\u0301HAMZ'), maxLength: 24 }),
  );

  it('never rules out text the matcher finds a mention in', () => {
    fc.assert(
      fc.property(text, (t) => {
        // The page side scans the text map's view: whitespace collapsed, invisible characters dropped.
        const readable = t.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ');
        if (matcher.scan(readable, createPageContext()).length > 0) {
          expect(prefilter.mightMatch(t)).toBe(true);
          expect(scanWords(t)).toBe(true);
        }
      }),
      { numRuns: 20_000 },
    );
  });
});
