// Text normalization for matching. Every step maps one code point to a replacement string, so the pipeline keeps
// an exact map from each normalized character back to the original code point it came from: mention offsets can
// always be reported in the ORIGINAL text, whatever the steps removed or expanded.

/** One normalization step, applied to a single code point (or to the output of earlier steps). */
export interface NormalizationStep {
  /** A key of NORMALIZATION_STEP_DESCRIPTIONS. */
  name: string;
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
  { name: 'drop-invisible', apply: (s) => s.replace(INVISIBLE, '') },
  { name: 'fold-spaces', apply: (s) => s.replace(SPACES, ' ') },
  { name: 'fold-apostrophes', apply: (s) => s.replace(APOSTROPHES, "'") },
  { name: 'fold-hyphens', apply: (s) => s.replace(HYPHENS, '-') },
  { name: 'lowercase', apply: (s) => s.toLowerCase() },
  // Lower case again: compatibility forms decompose to capitals (mathematical 𝐇 and fullwidth Ｈ to H).
  // Turkish dotless ı has no decomposition: it folds to i by hand ("Diyarbakır" as the rules spell it).
  { name: 'strip-diacritics', apply: (s) => s.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/\u0131/g, 'i') },
];

/**
 * What each step does, with an example. Apart from the steps so the content script, which never shows them, does not
 * ship them (its size has a budget: docs/performance.md).
 */
export const NORMALIZATION_STEP_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'drop-invisible': 'soft hyphen, zero-width characters, ʿ ʾ → "" (Hez\u00ADbollah → Hezbollah, ʿAbbās → Abbās)',
  'fold-spaces': 'NBSP, thin spaces, tabs, line breaks → " " (Mahmoud⏎Abbas → Mahmoud Abbas)',
  'fold-apostrophes': "’ ‘ ʼ ʻ ´ → ' (Hamas’s → Hamas's)",
  'fold-hyphens': '‐ ‑ ‒ – − → - (Abu‑Mazen → Abu-Mazen)',
  'lowercase': 'HAMAS → hamas (before diacritics: İ lowercases to i + a combining dot)',
  'strip-diacritics': 'compatibility-decompose, drop combining marks, dotless ı → i (Ḥamās → hamas, ﬂ → fl, Diyarbakır → diyarbakir)',
};

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
// The code units any step can change (after lowercasing): controls and line breaks, Latin-1 and Latin Extended,
// spacing modifiers and combining marks, Latin Extended Additional (ḥ), punctuation and spaces, letterlike and
// enclosed forms, ligatures, variation selectors and fullwidth forms, and the high surrogates of mathematical letters
// (𝐇𝐚𝐦𝐚𝐬, U+1D400–1D7FF) and enclosed letters (🄷, U+1F000–1F3FF). Other scripts (Arabic, CJK, emoji…) are copied
// untouched: no name is spelled in them, so folding them would only cost time. No u flag: matching code units is
// faster, and a surrogate pair is recognised by its high half.
const FOLD_CANDIDATES = /[\x00-\x1F\x7F-\u036F\u1E00-\u1EFF\u2000-\u206F\u2100-\u24FF\uD835\uD83C\uFB00-\uFB4F\uFE00-\uFE6F\uFEFF\uFF00-\uFFEF]/g;
// A high surrogate: its pair folds to a different length (𝐇 → h), so only the slow path can map it.
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const needsFolding = (char: string) => {
  FOLD_CANDIDATES.lastIndex = 0;
  return FOLD_CANDIDATES.test(char);
};

// normalizeChar of each candidate code unit, as a code unit + 1, filled in as characters are first seen
// (0: not seen yet; CHANGES_LENGTH: the character vanishes or expands). A typed array, not a Map of strings:
// news prose has a curly quote or dash every few dozen characters.
const NOT_SEEN = 0;
const CHANGES_LENGTH = -1;
let foldedUnits: Int32Array | undefined;
function foldUnit(unit: number): number {
  const table = (foldedUnits ??= new Int32Array(0x10000));
  let entry = table[unit] ?? NOT_SEEN;
  if (entry === NOT_SEEN) {
    const out = normalizeChar(String.fromCharCode(unit));
    entry = table[unit] = out.length === 1 ? out.charCodeAt(0) + 1 : CHANGES_LENGTH;
  }
  return entry;
}

/**
 * Most web text only needs changes that keep every character's length (case, curly quotes, NBSP, é → e), so the
 * offsets stay the same and no map is needed. Returns null when some character would vanish or expand (soft
 * hyphen, zero-width space, combining mark, ligature, İ): then the slow path builds a map.
 */
function sameLengthFold(text: string): string | null {
  // The whole text at once, not per character: "ΟΔΟΣ" ends in a final sigma (οδος).
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  // Copy the runs between changed characters; plain ASCII prose has no candidate at all and is returned as is.
  let folded = '';
  let copied = 0;
  FOLD_CANDIDATES.lastIndex = 0;
  for (let m = FOLD_CANDIDATES.exec(lower); m; m = FOLD_CANDIDATES.exec(lower)) {
    const unit = lower.charCodeAt(m.index);
    if (isHighSurrogate(unit) && isLowSurrogate(lower.charCodeAt(m.index + 1))) {
      const pair = lower.slice(m.index, m.index + 2);
      const out = normalizeChar(pair);
      if (out === pair) continue;
      if (out.length !== 2) return null;
      folded += lower.slice(copied, m.index) + out;
      copied = m.index + 2;
      continue;
    }
    const entry = foldUnit(unit);
    if (entry === CHANGES_LENGTH) return null;
    if (entry - 1 === unit) continue;
    folded += lower.slice(copied, m.index) + String.fromCharCode(entry - 1);
    copied = m.index + 1;
  }
  return copied === 0 ? lower : folded + lower.slice(copied);
}

// Characters other than printable ASCII: between them the text only lowercases, one unit to one unit.
const NOT_PRINTABLE_ASCII = /[^\x20-\x7E]/g;

/**
 * The offset map of the slow path, kept small: the normalized text is a sequence of pieces, each either a run that
 * maps one unit to one unit (`width` 0: the shift from `from` stays constant) or the expansion of one original
 * character (`width` 1 or 2: every unit of the piece maps to that whole character). A character that vanishes
 * just starts a new run with another shift.
 */
interface Pieces {
  /** Normalized offset where each piece starts (ascending; an empty piece shares it with the next one). */
  at: number[];
  /** Original offset where each piece starts. */
  from: number[];
  width: number[];
}

/** The last piece starting at or before normalized offset `k`. */
function pieceAt(pieces: Pieces, k: number): number {
  let low = 0;
  let high = pieces.at.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((pieces.at[mid] ?? 0) <= k) low = mid;
    else high = mid - 1;
  }
  return low;
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
  const pieces: Pieces = { at: [0], from: [0], width: [0] };
  let length = 0;
  let copied = 0;
  NOT_PRINTABLE_ASCII.lastIndex = 0;
  for (let m = NOT_PRINTABLE_ASCII.exec(text); m; m = NOT_PRINTABLE_ASCII.exec(text)) {
    const i = m.index;
    // Printable ASCII only lowercases: copied a whole run at a time.
    parts.push(text.slice(copied, i).toLowerCase());
    length += i - copied;
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    // One character at a time, as the steps define it (so a final Σ is σ here, unlike in the fast path).
    const out = needsFolding(char) ? normalizeChar(char) : char.toLowerCase();
    parts.push(out);
    if (width === 1 && out.length === 1) {
      length += 1;
    } else {
      if (out.length > 0) {
        pieces.at.push(length);
        pieces.from.push(i);
        pieces.width.push(width);
      }
      length += out.length;
      pieces.at.push(length);
      pieces.from.push(i + width);
      pieces.width.push(0);
    }
    copied = NOT_PRINTABLE_ASCII.lastIndex = i + width;
  }
  parts.push(text.slice(copied).toLowerCase());
  length += text.length - copied;
  // Where normalized unit k starts and ends in the original (past the end: the end of the original).
  const unitStart = (k: number) => {
    if (!(k >= 0 && k < length)) return text.length;
    const p = pieceAt(pieces, k);
    const from = pieces.from[p] ?? 0;
    return pieces.width[p] ? from : from + k - (pieces.at[p] ?? 0);
  };
  const unitEnd = (k: number) => {
    if (!(k >= 0 && k < length)) return text.length;
    const p = pieceAt(pieces, k);
    const from = pieces.from[p] ?? 0;
    const width = pieces.width[p] ?? 0;
    return width ? from + width : from + k - (pieces.at[p] ?? 0) + 1;
  };
  return { text: parts.join(''), toOriginal: (start, end) => [unitStart(start), unitEnd(end - 1)] };
}
