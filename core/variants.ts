// Typo spellings of names, generated once when a matcher is created (never per word of a page).
//
// Why generated aliases and not fuse.js on the page: the content script must stay one precompiled regex pass
// (issue 5: "no per-word fuse.js calls"), and fuse.js would also add ~6 KB gzipped to a bundle budgeted at 35 KB.
// Fuse's Bitap score at the thresholds that catch "Hezbolah" also accepts ordinary words that share a long
// substring, so its output would still need a whole-word filter. A closed list of single-typo spellings of the
// long names gives the same recall on the corpus (npm run eval: Hezbolah, Hezbullah, Hizbolla are found) and is
// exact: a word is a mention only if it IS one of these spellings, so "Hamasaki", "hamams" and "Abbasid" can never
// match (short names are not fuzzy at all: one edit away from "Hamas" or "Abbas" are real words such as "hamams").

/** Words shorter than this get no typo variants: one edit away from a short name is too often another word. */
export const MIN_FUZZY_LENGTH = 7;

const VOWELS = 'aeiouy';
// Letters transliterations swap (Hisbollah / Hizbollah): a "typo" that is really another spelling.
const SWAPS: Record<string, string> = { s: 'z', z: 's' };

/**
 * Spellings one typo away from `word`: a letter dropped, a letter doubled, two neighbours swapped, a vowel
 * changed, s/z swapped. Only for single words of at least {@link MIN_FUZZY_LENGTH} Latin letters; otherwise [].
 *
 * @example
 * typoVariants('hezbollah').includes('hezbolah'); // true
 * typoVariants('hamas'); // [] — too short to be fuzzy safely
 */
export function typoVariants(word: string): string[] {
  // Latin letters only: another script's spellings (Хезболла and its case forms) are listed as their presses write them.
  if (word.length < MIN_FUZZY_LENGTH || !/^\p{Script=Latin}+$/u.test(word)) return [];
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    const char = word[i] ?? '';
    const before = word.slice(0, i);
    const after = word.slice(i + 1);
    out.add(before + after);
    out.add(before + char + char + after);
    const next = word[i + 1];
    if (next !== undefined) out.add(before + next + char + word.slice(i + 2));
    if (VOWELS.includes(char)) for (const v of VOWELS) out.add(before + v + after);
    const swap = SWAPS[char];
    if (swap) out.add(before + swap + after);
  }
  out.delete(word);
  return [...out];
}

/**
 * The names whose typo spellings are generated: not a case form of another listed name ("Hezbollahu" of
 * "Hezbollah"), whose typos would be the base's typos with an ending, rarely written, and which make other words
 * ("Hezbollahu" → the Persian "Hezbollahi").
 */
export function typoBases(keys: readonly string[]): string[] {
  const forms = new Set(caseForms(keys));
  return keys.filter((key) => !forms.has(key));
}

/** The names that are another listed name with an ending of up to three letters ("hamasu" of "hamas"). */
export function caseForms(keys: readonly string[]): string[] {
  return keys.filter((key) => keys.some((base) => base !== key && key.startsWith(base) && key.length - base.length <= 3));
}
