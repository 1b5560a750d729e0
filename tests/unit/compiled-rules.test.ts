// The content script's matcher and prefilter are built from rules compiled at build time and shipped as JSON
// (core/compiled-rules.ts): they must find exactly what the ones compiled from the briefings find.
import { BRIEFINGS, BRIEFINGS_BY_ID, TOPIC_IDS } from '../../briefings/index.ts';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopicId } from '../../briefings/types.ts';
import { prefilterFromSerialized, rulesFromSerialized, serializeRules, type SerializedRules } from '../../core/compiled-rules.ts';
import { createPrefilter } from '../../core/prefilter.ts';
import { compileRules } from '../../core/rules.ts';
import { createMatcher, createMatcherFromRules, createPageContext, type Matcher } from '../../core/scan.ts';
import { loadCorpus } from '../../scripts/lib/corpus.ts';
import { htmlToText } from '../../scripts/lib/html-text.ts';

// Through JSON, as the build ships it.
const shipped = (data: SerializedRules): SerializedRules => JSON.parse(JSON.stringify(data)) as SerializedRules;
const data = shipped(serializeRules(BRIEFINGS));

const compiled = createMatcher(BRIEFINGS, { topics: TOPIC_IDS });
const fromData = createMatcherFromRules(rulesFromSerialized(data));
const prefilter = createPrefilter(BRIEFINGS);
const prefilterFromData = prefilterFromSerialized(data);

/** Both matchers over the same blocks, each with one page context for all of them, as a page is scanned. */
function expectSameScan(blocks: readonly string[], a: Matcher = compiled, b: Matcher = fromData): void {
  const pageA = createPageContext();
  const pageB = createPageContext();
  for (const block of blocks) expect(b.scan(block, pageB), block).toEqual(a.scan(block, pageA));
  expect(pageB).toEqual(pageA);
}

describe('rules compiled at build time', () => {
  it('are plain data that survive JSON', () => {
    expect(shipped(serializeRules(BRIEFINGS))).toEqual(serializeRules(BRIEFINGS));
  });

  it('leave out the keys of only the biggest alias group, the generated typos', () => {
    const withoutKeys = data.rules.aliases.filter((g) => !g.keys);
    expect(withoutKeys).toEqual([{ topic: 'hezbollah', kind: 'typo' }]);
  });

  it('find the same in every spelling the matcher knows, listed and generated, in any case; so does the prefilter', () => {
    const keys = [...compileRules(BRIEFINGS).aliases.keys()];
    expect(keys.length).toBeGreaterThan(150);
    for (const key of keys) {
      const blocks = [key, key.toUpperCase(), `Yesterday ${key}'s leader met x${key} and ${key}id.`];
      expectSameScan(blocks);
      for (const block of blocks) expect(prefilterFromData.mightMatch(block), block).toBe(prefilter.mightMatch(block));
    }
  });

  // Every passage of the corpus (over 20,000) scanned four ways: about 30 s on a loaded 2-core machine.
  it('find the same in the annotated corpus, passage by passage and line by line', { timeout: 120_000 }, () => {
    const passages = loadCorpus();
    expect(passages.length).toBeGreaterThanOrEqual(30);
    for (const p of passages) {
      expectSameScan([p.text]);
      expectSameScan(p.text.split('\n'));
    }
  });

  it('find the same in the text of every fixture page, and the prefilter passes the same lines', () => {
    const dir = 'tests/fixtures/pages';
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const text = htmlToText(readFileSync(`${dir}/${file}`, 'utf8'));
      const lines = text.split('\n');
      expectSameScan([text]);
      expectSameScan(lines);
      for (const line of lines) expect(prefilterFromData.mightMatch(line), line).toBe(prefilter.mightMatch(line));
    }
    expect(prefilterFromData.contextChars).toBe(prefilter.contextChars);
  });

  it('for any subset of topics, the same as createMatcher of those topics', () => {
    const subsets: TopicId[][] = [[], ['hamas'], ['abbas', 'deconfliction'], ['hezbollah', 'hamas']];
    const sample = loadCorpus().map((p) => p.text);
    for (const topics of subsets) {
      const subset = shipped(serializeRules(BRIEFINGS.filter((b) => topics.includes(b.id))));
      expectSameScan(sample, createMatcher(BRIEFINGS, { topics }), createMatcherFromRules(rulesFromSerialized(subset)));
    }
  });

  it('with no briefing find nothing; with a name the prefilter cannot fold, let every block through', () => {
    const none = shipped(serializeRules([]));
    expect(createMatcherFromRules(rulesFromSerialized(none)).scan('Hamas')).toEqual([]);
    expect(prefilterFromSerialized(none).mightMatch('Hamas, Ḥamās')).toBe(false);
    // Greek stands for a script whose case the `i` flag cannot be trusted to fold (final sigma).
    const greek = [{ ...BRIEFINGS_BY_ID.hamas, match: { names: ['Χαμάς'] } }];
    const fromGreek = shipped(serializeRules(greek));
    expect(fromGreek.prefilter.anchor).toBe('');
    expect(prefilterFromSerialized(fromGreek).mightMatch('The cabinet met.')).toBe(true);
    expectSameScan(['Χαμάς said', 'Hamas said'], createMatcher(greek), createMatcherFromRules(rulesFromSerialized(fromGreek)));
    // Cyrillic is folded letter for letter: its anchor passes its text and no other.
    const cyrillic = [{ ...BRIEFINGS_BY_ID.hamas, match: { names: ['Хамас'] } }];
    const fromCyrillic = shipped(serializeRules(cyrillic));
    expect(prefilterFromSerialized(fromCyrillic).mightMatch('The cabinet met.')).toBe(false);
    expect(prefilterFromSerialized(fromCyrillic).mightMatch('Делегация ХАМАС прибыла')).toBe(true);
    expectSameScan(['ХАМАС said', 'Hamas said'], createMatcher(cyrillic), createMatcherFromRules(rulesFromSerialized(fromCyrillic)));
  });

  // Pieces likely to form (or almost form) names, lookalikes and the context words the rules read, plus awkward
  // characters, so random text reaches every rule (see core-property.test.ts).
  const pieces = fc.constantFrom(
    'Hamas', 'hamas', 'HAMAS', 'Hamasaki', 'Abbas', 'Abbasid', 'Mahmoud', 'Mahmud', 'Abu', 'Mazen', 'Mazin', 'Hezbollah',
    'Hizballah', 'Hizb', 'allah', 'Hezbolah', 'Hzebollah', 'Hisbollah', 'ezbollah', "Kata'ib", 'Kataib', 'Brigades',
    'Zaheer', 'Bandar', 'Araghchi', 'Kiarostami', 'ibn', 'caliphate', 'Fatah', 'Ramallah', 'West Bank', 'deconfliction',
    'de-confliction', 'deconflcition', 'agreement', 'mechanism', 'Russia', 'Moscow', 'Israel', 'IDF', 'Tel Aviv',
    'humanitarian', "'s", '’', ' ', '  ', '\n', '\u00A0', '\u00AD', '\u200B', '\uFFFC', '-', '\u2011', '😀', 'İ', 'ﬁ',
    'ʿ', '\u0301', 'é', '\uD800', 'x', '.', ',',
  );
  const text = fc.oneof(
    fc.array(pieces, { maxLength: 24 }).map((a) => a.join('')),
    fc.string({ unit: fc.constantFrom(...'hamasbezoluiyd- \u00ad\u0301HAMZ'), maxLength: 24 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );

  it('find the same in random text built from names, lookalikes and punctuation', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (blocks) => {
        expectSameScan(blocks);
      }),
      { numRuns: 5_000 },
    );
  });

  it('give a prefilter that rules out the same random text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(prefilterFromData.mightMatch(t)).toBe(prefilter.mightMatch(t));
      }),
      { numRuns: 10_000 },
    );
  });
});
