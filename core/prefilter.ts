// A cheap test that rules out text which cannot hold a mention, run on the page's RAW text before any text map or
// normalization is built. On a page that is mostly text about other things this is the whole cost of a block.
//
// Sound by construction: every spelling the matcher's regex accepts (listed names, ambiguous forms, generated typos)
// contains one of a few "anchors" — 4-letter pieces of its letter runs. Normalization only lowercases ASCII
// letters, collapses whitespace and folds punctuation, EXCEPT for the characters in HATCH (accented and compatibility
// letters, combining marks, invisible characters): so raw text without them that holds a mention holds an anchor,
// in some case. Text with them is always passed to the matcher.
import type { Briefing } from '../briefings/types.ts';
import { normalize } from './normalize.ts';
import { phraseKey, wordsPattern } from './phrase.ts';
import { withoutProclitics } from './proclitic.ts';
import { DEFAULT_WINDOW } from './rules.ts';
import { typoBases, typoVariants } from './variants.ts';

export interface Prefilter {
  /** False only when `raw` (a block's text as on the page) cannot contain a mention, whatever normalization does. */
  mightMatch(raw: string): boolean;
  /** How many characters before a block the matcher's context rules read (the page context's tail). */
  contextChars: number;
}

// Characters normalization may turn into a letter or drop from inside a word (so an anchor could hide behind them):
// ª º, soft hyphen, Latin-1 and Latin Extended letters, spacing modifiers (ʾ ʿ), combining marks, Latin Extended
// Additional (ḥ), zero-width characters, letterlike/number/enclosed forms (K, ⓗ), ligatures, variation selectors and
// small forms, BOM, fullwidth forms, mathematical letters (a high surrogate \uD835); Arabic vowel marks, letters
// carrying a hamza or madda (أ decomposes to ا and a mark) and presentation forms. Common prose punctuation (’ “ —
// … NBSP £) is not among them: it never becomes a letter.
const HATCH = /[\u00AA\u00AD\u00BA\u00C0-\u036F\u0610-\u061A\u0622-\u0626\u064B-\u065F\u0670\u06C0\u06C2\u06D3\u06D6-\u06ED\uFB50-\uFDFF\uFE70-\uFEFE\u1E00-\u1EFF\u200B-\u200D\u2060\u2100-\u24FF\uFB00-\uFB4F\uFE00-\uFE6F\uFEFF\uFF00-\uFFEF\uD835]/;
const ANCHOR_LENGTH = 4;
// Letters of scripts without case (Arabic, محمود): an anchor of them needs no case folding.
const UNCASED = /^[\u0600-\u06FF]+$/;
// Words in scripts a regex's `i` flag folds letter for letter (Cyrillic, ХАМАС) or that have no case (Hebrew, חמאס;
// Devanagari, हमास; Bengali, হামাস): the first stage looks for them only in text that has such letters
// (SCRIPT_LETTER), so Latin pages pay nothing.
const CYRILLIC = '\u0400-\u04FF';
const HEBREW = '\u0590-\u05FF';
const INDIC = '\u0900-\u09FF';
const OTHER_SCRIPT = new RegExp(`^(?:[${CYRILLIC}]+|[${HEBREW}]+|[${INDIC}]+)$`);
const SCRIPT_LETTER = new RegExp(`[${CYRILLIC}${HEBREW}${INDIC}]`);
const HATCH_FROM = new RegExp(HATCH.source, 'g');
// HATCH or SCRIPT_LETTER, in one pass over a page's text.
const HATCH_OR_SCRIPT = new RegExp(`[${HATCH.source.slice(1, -1)}${CYRILLIC}${HEBREW}${INDIC}]`);

/** The spellings the matcher's regex is built from (see compileRules), normalized as it normalizes them. */
function spellings(briefings: readonly Briefing[]): string[] {
  const out: string[] = [];
  for (const b of briefings) {
    for (const phrase of [...b.match.names, ...(b.match.ambiguous ?? [])]) out.push(normalize(phrase).text);
    if (b.match.fuzzy) for (const name of typoBases(b.match.names.map(phraseKey))) out.push(...typoVariants(name));
  }
  return out;
}

/**
 * One anchor per spelling, reused when one already fits: the first 4 letters of its first word, or when that word
 * is shorter ("de-confliction", "Abu Mazen") its longest word whole (a 4-letter piece of it, "conf", is too common).
 */
function anchors(all: readonly string[]): string[] {
  const chosen: string[] = [];
  for (const spelling of all) {
    const runs = spelling.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
    if (chosen.some((anchor) => runs.some((run) => run.includes(anchor)))) continue;
    const first = runs[0] ?? '';
    const anchor = first.length >= ANCHOR_LENGTH ? first.slice(0, ANCHOR_LENGTH) : runs.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (anchor) chosen.push(anchor);
  }
  return chosen;
}

/** What a prefilter needs at run time, as plain data (JSON-safe). */
export interface PrefilterSpec {
  /**
   * The anchors' trie as a regex source (flags `i`). Empty when some anchor is not ASCII (it would need Unicode case
   * folding): then it matches anything, and every block goes to the matcher. Null when there is no spelling at all.
   */
  anchor: string | null;
  contextChars: number;
}

/**
 * The costly half of {@link createPrefilter}: every spelling normalized, the anchors chosen and built into a trie.
 *
 * @example
 * prefilterSpec(BRIEFINGS).contextChars; // 250
 */
export function prefilterSpec(briefings: readonly Briefing[]): PrefilterSpec {
  const list = anchors(spellings(briefings));
  const contextChars = Math.max(0, ...briefings.map((b) => b.match.contextWindow ?? DEFAULT_WINDOW));
  if (!list.length) return { anchor: null, contextChars };
  return { anchor: list.some((a) => !/^[a-z0-9]+$/.test(a) && !UNCASED.test(a) && !OTHER_SCRIPT.test(a)) ? '' : wordsPattern(list), contextChars };
}

/** The cheap half of {@link createPrefilter}: one `new RegExp`. */
export function prefilterFromSpec(spec: PrefilterSpec): Prefilter {
  const { contextChars } = spec;
  if (spec.anchor === null) return { mightMatch: () => false, contextChars };
  const anchor = new RegExp(spec.anchor, 'i');
  return { mightMatch: (raw) => anchor.test(raw) || HATCH.test(raw), contextChars };
}

/**
 * The content script's first stage asks a stricter question of a whole page's text: is some spelling's word there
 * as a whole word? An anchor alone is too common ("amazing" holds "mazin", "decorated" "deco", "Bahamas" "hama").
 * One word per spelling suffices, since every word of a mention's spelling is a whole word in the text the matcher
 * reads: its first word when that has four letters, else its longest, and none when one of its words is chosen already.
 */
function spellingWords(all: readonly string[]): string[] {
  const runsOf = (spelling: string) => spelling.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  const chosen = new Set<string>();
  // Single words first, so "mahmoud abbas" finds "abbas" chosen rather than adding the common "mahmoud".
  for (const runs of all.map(runsOf).sort((a, b) => a.length - b.length)) {
    if (!runs.length || runs.some((run) => chosen.has(run))) continue;
    chosen.add(runs[0]!.length >= ANCHOR_LENGTH ? runs[0]! : runs.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return [...chosen];
}

/** The first stage's data (`virtual:briefings-prefilter`): the spellings' words as one trie, flags `i`. */
export interface WordsSpec {
  /** Null when there is no spelling; empty when some word has case the `i` flag cannot fold (then every text passes). */
  words: string | null;
  /** The Cyrillic, Hebrew, Devanagari and Bengali words (flags `i`), looked for anywhere in a text with such letters; null if none. */
  script?: string | null;
}

/** @example wordsSpec(BRIEFINGS).words; // "(?:abbas|hamas|h(?:e…" */
export function wordsSpec(briefings: readonly Briefing[]): WordsSpec {
  const all = spellingWords(spellings(briefings));
  const list = all.filter((w) => !OTHER_SCRIPT.test(w));
  const script = all.filter((w) => OTHER_SCRIPT.test(w));
  if (!all.length) return { words: null };
  if (list.some((w) => !/^[a-z0-9]+$/.test(w) && !UNCASED.test(w))) return { words: '' };
  return { words: list.length ? wordsPattern(list) : null, script: script.length ? wordsPattern(script) : null };
}

/**
 * What a text says to the first stage: `true` when a spelling's word is there on its own (or the text has characters
 * normalization may fold into one); else the spelling's words found only inside longer words, each as written with
 * where the text holds it. Those are no mention in one text, but a page's text is its text nodes joined with nothing
 * between, so "Gaza" and "Hamas" in two blocks read "GazaHamas": the caller asks the text nodes (dom/candidate.ts).
 */
export type WordScan = true | Map<string, number[]>;

const ASCII_WORD = /[A-Za-z0-9]/;
const WORD = /[\p{L}\p{N}]/u;
/** Whether the character at `i` continues a word, as the first stage reads it (one code unit). */
export const isWordChar = (text: string, i: number) => (text.charCodeAt(i) < 0x80 ? ASCII_WORD : WORD).test(text[i]!);
/** Longer words than this, more of them, more spellings' words inside them or more places, and the text is simply
 * passed: a page cannot make the first stage's work grow past these. */
const MAX_LONGER_WORD = 64;
const MAX_LONGER_WORDS = 256;
const MAX_INSIDE = 32;
const MAX_PLACES = 256;

/** Reads a text for {@link WordScan}. Sound for one block's text: never "no" where the matcher finds a mention. */
export function wordScannerFromSpec(spec: WordsSpec): (raw: string) => WordScan {
  if (spec.words === '') return () => true;
  if (spec.words === null && !spec.script) return () => new Map();
  // No word's pattern matches nothing (a script's words only): the loop below then finds nothing.
  const find = new RegExp(spec.words ?? '(?!)', 'gi');
  const whole = new RegExp(`^(?:${spec.words ?? '(?!)'})$`, 'i');
  // A script's words count anywhere, inside longer words too (Russian declines them): a superset, so still sound.
  const script = spec.script ? new RegExp(spec.script, 'i') : null;
  const hatched = script
    ? (raw: string) => {
        const first = HATCH_OR_SCRIPT.exec(raw);
        if (!first) return false;
        if (!SCRIPT_LETTER.test(first[0])) return true;
        if (script.test(raw)) return true;
        // A HATCH character can only come after the first script letter: read on from there, without copying.
        HATCH_FROM.lastIndex = first.index;
        return HATCH_FROM.test(raw);
      }
    : (raw: string) => HATCH.test(raw);
  return (raw) => {
    const longer = new Set<string>();
    const inside = new Map<string, number[]>();
    find.lastIndex = 0;
    for (let m = find.exec(raw); m; m = find.exec(raw)) {
      let start = m.index;
      let end = start + m[0].length;
      while (start > 0 && isWordChar(raw, start - 1)) start--;
      while (end < raw.length && isWordChar(raw, end)) end++;
      find.lastIndex = end;
      const word = raw.slice(start, end);
      // An Arabic name joined to "and" or "to" (وحماس) is whole once they are off (core/proclitic.ts).
      if (whole.test(word) || whole.test(withoutProclitics(word)) || word.length > MAX_LONGER_WORD) return true;
      if (longer.has(word)) continue;
      if (longer.add(word).size > MAX_LONGER_WORDS) return true;
      // Every piece of it that is a spelling's word, as written: any could be whole in a text node of its own.
      for (let i = 0; i < word.length; i++)
        for (let j = i + 1; j <= word.length; j++) if (whole.test(word.slice(i, j))) inside.set(word.slice(i, j), []);
      if (inside.size > MAX_INSIDE) return true;
    }
    // After the words, not before: a page that names a spelling's word (most that get this far) is not read twice.
    if (hatched(raw)) return true;
    let places = 0;
    for (const [piece, at] of inside) {
      for (let i = raw.indexOf(piece); i >= 0; i = raw.indexOf(piece, i + 1)) at.push(i);
      if ((places += at.length) > MAX_PLACES) return true;
    }
    return inside;
  };
}

/**
 * @example
 * const prefilter = createPrefilter(BRIEFINGS);
 * prefilter.mightMatch('The cabinet vote had been postponed.'); // false
 * prefilter.mightMatch('HAMAS said'); // true
 */
export function createPrefilter(briefings: readonly Briefing[]): Prefilter {
  return prefilterFromSpec(prefilterSpec(briefings));
}
