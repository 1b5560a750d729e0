// Text normalization for matching. Every step maps one code point to a replacement string, so the pipeline keeps
// an exact map from each normalized character back to the original code point it came from: mention offsets can
// always be reported in the ORIGINAL text, whatever the steps removed or expanded.

/** One self-describing normalization step, applied to a single code point (or to the output of earlier steps). */
export interface NormalizationStep {
  name: string;
  /** What it does, with an example, e.g. 'Ḥizballāh → Hizballah'. */
  description: string;
  apply(text: string): string;
}

// Soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM: invisible, yet they split words in regexes.
// Also the transliteration marks for ʿayn and hamza: ʿAbbās, ʾAbū Māzin, Kataʾib read as Abbas, Abu Mazin, Kataib.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u02BE\u02BF]/g;
// Every kind of space and line break becomes a plain space, so "Mahmoud⏎Abbas" and "Mahmoud\u00A0Abbas" match.
const SPACES = /[\t\n\v\f\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
// Typographic apostrophes and the transliteration marks for ʿayn/hamza (Kataʾib, Ḥizbu ʾllāh).
const APOSTROPHES = /[\u2018\u2019\u201B\u2032\u00B4\u02BC\u02BB\uFF07]/g;
// Hyphens and en dash (non-breaking hyphen U+2011 is common in typeset names). The em dash stays: it separates clauses.
const HYPHENS = /[\u2010-\u2013\u2212\uFE63\uFF0D]/g;
const MARKS = /\p{M}/gu;

export const NORMALIZATION_STEPS: readonly NormalizationStep[] = [
  { name: 'drop-invisible', description: 'soft hyphen, zero-width characters, ʿ ʾ → "" (Hez\u00ADbollah → Hezbollah, ʿAbbās → Abbās)', apply: (s) => s.replace(INVISIBLE, '') },
  { name: 'fold-spaces', description: 'NBSP, thin spaces, tabs, line breaks → " " (Mahmoud⏎Abbas → Mahmoud Abbas)', apply: (s) => s.replace(SPACES, ' ') },
  { name: 'fold-apostrophes', description: "’ ‘ ʼ ʻ ´ → ' (Hamas’s → Hamas's)", apply: (s) => s.replace(APOSTROPHES, "'") },
  { name: 'fold-hyphens', description: '‐ ‑ ‒ – − → - (Abu‑Mazen → Abu-Mazen)', apply: (s) => s.replace(HYPHENS, '-') },
  { name: 'lowercase', description: 'HAMAS → hamas (before diacritics: İ lowercases to i + a combining dot)', apply: (s) => s.toLowerCase() },
  { name: 'strip-diacritics', description: 'compatibility-decompose, drop combining marks (Ḥamās → hamas, ﬂ → fl)', apply: (s) => s.normalize('NFKD').replace(MARKS, '') },
];

/** Normalized text plus the way back to the original's UTF-16 offsets. */
export interface NormalizedText {
  readonly text: string;
  /** Maps a normalized span [start, end) (end > start) to the original span covering the same characters. */
  toOriginal(start: number, end: number): [number, number];
}

const cache = new Map<string, string>();
function normalizeChar(char: string): string {
  let out = cache.get(char);
  if (out === undefined) {
    out = NORMALIZATION_STEPS.reduce((s, step) => step.apply(s), char);
    cache.set(char, out);
  }
  return out;
}

const IDENTITY = (start: number, end: number): [number, number] => [start, end];
// The characters any step can change (after lowercasing): controls and line breaks, Latin-1 and Latin Extended,
// spacing modifiers and combining marks, Latin Extended Additional (ḥ), punctuation and spaces, letterlike and
// enclosed forms, ligatures, variation selectors and fullwidth forms, mathematical letters (𝐇). Other scripts
// (Arabic, CJK, emoji…) are copied untouched: no name is spelled in them, so folding them would only cost time.
const NEEDS_FOLDING =
  /[\x00-\x1F\x7F-\u036F\u1E00-\u1EFF\u2000-\u206F\u2100-\u24FF\uFB00-\uFB4F\uFE00-\uFE6F\uFEFF\uFF00-\uFFEF]|\uD835[\uDC00-\uDFFF]/gu;
const needsFolding = (char: string) => {
  NEEDS_FOLDING.lastIndex = 0;
  return NEEDS_FOLDING.test(char);
};

/**
 * Most web text only needs changes that keep every character's length (case, curly quotes, NBSP, é → e), so the
 * offsets stay the same and no map is needed. Returns null when some character would vanish or expand (soft
 * hyphen, zero-width space, combining mark, ligature, İ): then the slow path builds a map.
 */
function sameLengthFold(text: string): string | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  let sameLength = true;
  const folded = lower.replace(NEEDS_FOLDING, (char) => {
    const out = normalizeChar(char);
    if (out.length !== char.length) sameLength = false;
    return out;
  });
  return sameLength ? folded : null;
}

/**
 * Runs every {@link NORMALIZATION_STEPS} step over `text`, keeping a map back to the original offsets.
 * Text whose characters all keep their length (nearly all text) takes a fast path with an identity map.
 *
 * @example
 * const n = normalize('HEZ\u00ADBOLLAH’s');
 * n.text; // "hezbollah's"
 * n.toOriginal(0, 9); // [0, 10] — the soft hyphen is inside the original span
 */
export function normalize(text: string): NormalizedText {
  const fast = sameLengthFold(text);
  if (fast !== null) return { text: fast, toOriginal: IDENTITY };
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    const out = needsFolding(char) ? normalizeChar(char) : char.toLowerCase();
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    parts.push(out);
    i += width;
  }
  return {
    text: parts.join(''),
    toOriginal: (start, end) => [starts[start] ?? text.length, ends[end - 1] ?? text.length],
  };
}
