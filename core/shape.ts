// The shape of the text around a hit, read from the ORIGINAL text (normalized text has lost its capitals): the
// word right before and after it, whether it is possessive, and whether its line is a headline, in capitals, a
// byline or a photo credit. Disambiguation rules (disambiguate.ts) decide from these shapes, not from lists of
// other people, so they hold for names nobody listed.
import { twinned } from './plain.ts';
import type { Original } from './hit.ts';

/** A word touching a hit, separated from it by spaces or one hyphen only (no punctuation, no line break). */
export interface Neighbour {
  word: string;
  /** How it joins the hit: "Ghulam Abbas" (space) or "Abbas-Zadeh" (hyphen). */
  joiner: 'space' | 'hyphen';
  /** Where the word starts (before) or ends (after) in the original text. */
  at: number;
}

/** How a line is written: capitals carry meaning only in ordinary sentence case. */
export type LineCase = 'sentence' | 'title' | 'caps';

const LETTER_RE = /\p{L}/u;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}'’.]/u;
// Horizontal spaces only: a line break ends a name (a headline, byline or caption line is its own line).
const SPACE_RE = /[ \t\u00A0\u2000-\u200B\u202F\u205F\u3000]/;
const MAX_WORD = 30;
const SENTENCE_END = /* @__PURE__ */ twinned(/(?:\p{Ll}{2,}\.+|\p{L}['’]\p{Ll}\.+|\.\.)$/u);

// These run a few times per hit, and a page has thousands of hits: ASCII is decided by code, the rest by regex.
export const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
// General Punctuation (U+2000–U+206F: dashes, curly quotes, invisible spaces) holds no letter, mark or digit.
const isGeneralPunctuation = (c: number) => c >= 0x2000 && c <= 0x206f;
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c);
  return c === c && !isGeneralPunctuation(c) && LETTER_RE.test(text[i] ?? '');
}
function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x2e;
  if (isGeneralPunctuation(c)) return c === 0x2019;
  return c === c && WORD_CHAR_RE.test(text[i] ?? '');
}
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || c === 0x09;
  return c === c && SPACE_RE.test(text[i] ?? '');
}
function isHyphenAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2d || (c >= 0x2010 && c <= 0x2013);
}
const hasLetter = (word: string) => {
  for (let i = 0; i < word.length; i++) if (isLetterAt(word, i)) return true;
  return false;
};

function trimWord(word: string): string {
  // "Mr." and "U.S." keep their letters; leading quotes and full stops go, and trailing quotes.
  let from = 0;
  let to = word.length;
  while (from < to && "'’.".includes(word[from]!)) from++;
  while (to > from && "'’".includes(word[to - 1]!)) to--;
  return from === 0 && to === word.length ? word : word.slice(from, to);
}

/**
 * The word right before `start` in `text`, or null when punctuation, a line break or nothing comes first.
 *
 * @example
 * wordBefore('met Ghulam Abbas', 11); // { word: 'Ghulam', joiner: 'space', at: 4 }
 * wordBefore('Abbas, Putin', 0); // null
 */
export function wordBefore(text: string, start: number): Neighbour | null {
  let i = start;
  let joiner: Neighbour['joiner'] | null = null;
  if (i > 0 && isHyphenAt(text, i - 1)) {
    joiner = 'hyphen';
    i--;
  } else {
    while (i > 0 && start - i < 4 && isSpaceAt(text, i - 1)) i--;
    if (i < start) joiner = 'space';
  }
  if (!joiner) return null;
  let from = i;
  while (from > 0 && i - from < MAX_WORD && (isWordCharAt(text, from - 1) || (isHyphenAt(text, from - 1) && isLetterAt(text, from - 2)))) from--;
  const word = trimWord(text.slice(from, i));
  if (!hasLetter(word)) return null;
  // "said. Abbas": a full stop after a word of two letters or more ends a sentence, so nothing touches the hit.
  if (text.charCodeAt(i - 1) === 0x2e && SENTENCE_END.test(text.slice(from, i))) return null;
  return { word, joiner, at: from };
}

/**
 * The word right after `end` in `text`, or null when punctuation, a possessive, a line break or nothing follows.
 *
 * @example
 * wordAfter('Abbas Kiarostami’s films', 5); // { word: 'Kiarostami’s', joiner: 'space', at: 18 }
 * wordAfter('Abbas’s aide', 5); // null (a possessive ends the name)
 */
export function wordAfter(text: string, end: number): Neighbour | null {
  if (isPossessive(text, end)) return null;
  let i = end;
  let joiner: Neighbour['joiner'] | null = null;
  if (isHyphenAt(text, i) && isLetterAt(text, i + 1)) {
    joiner = 'hyphen';
    i++;
  } else {
    while (i < text.length && i - end < 4 && isSpaceAt(text, i)) i++;
    if (i > end) joiner = 'space';
  }
  if (!joiner) return null;
  let to = i;
  while (to < text.length && to - i < MAX_WORD && (isWordCharAt(text, to) || (isHyphenAt(text, to) && isLetterAt(text, to + 1)))) to++;
  const raw = text.slice(i, to);
  // A sentence's full stop is not part of the word ("met Abbas Tuesday." → "Tuesday").
  const word = trimWord(raw.endsWith('.') && isLetterAt(raw, raw.length - 2) && isLetterAt(raw, raw.length - 3) ? raw.slice(0, -1) : raw);
  if (!hasLetter(word)) return null;
  return { word, joiner, at: to };
}

/** "Abbas's", "Abbas’", "HAMAS'S": the name owns what follows, so it ends there. */
export function isPossessive(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 0x27 || c === 0x2019) && /^['’](?:[sS])?(?![\p{L}\p{N}])/u.test(text.slice(end, end + 3));
}

/** First letter a capital and not the whole word in capitals ("Ghulam"), or a word in capitals ("UN"). */
export function isCapitalised(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) return true;
      if (c >= 0x61 && c <= 0x7a) return false;
    } else if (isLetterAt(word, i)) {
      const first = word.slice(i, i + ((word.codePointAt(i) ?? 0) > 0xffff ? 2 : 1));
      return first !== first.toLowerCase();
    }
  }
  return false;
}

/** The letters of `word`, in order ("U.S." → "US"). */
export function lettersOf(word: string): string {
  let letters = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // ASCII and General Punctuation are read by code; a word with any other character goes to the regex whole.
    if (c >= 0x80 && !isGeneralPunctuation(c)) return word.replace(/[^\p{L}]/gu, '');
    if (isAsciiLetter(c)) letters += word[i];
  }
  return letters;
}

export function isAllCaps(word: string): boolean {
  // Asked of most hits' neighbours: ASCII and General Punctuation are read by code, as lettersOf reads them.
  let upper = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x80 && !isGeneralPunctuation(c)) {
      const letters = word.replace(/[^\p{L}]/gu, '');
      return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    }
  }
  return upper >= 2;
}

// Short words a title-case headline leaves in lower case ("Abbas Meets Putin in Moscow").
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'with', 'as', 'vs', 'via', 'from', 'into', 'onto', 'over', 'after', 'through', 'about', 'against', 'amid', 'among', 'between', 'during', 'under', 'without', 'upon', 'off', 'out', 'up', 'per', 'near', 'since', 'until', 'across', 'toward', 'towards', 'than']);

/**
 * How the line is written: in capitals, in title case (every word but minor ones capitalised, at least three
 * words), or ordinary sentences. Only in sentences does a capital say "this is a name".
 *
 * @example
 * lineCase('ABBAS URGES CALM AFTER RAID'); // 'caps'
 * lineCase('Abbas Meets Putin in Moscow'); // 'title'
 * lineCase('Ghulam Abbas said on Monday that the bridge would open.'); // 'sentence'
 */
export function lineCase(line: string): LineCase {
  const words = line.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  let caps = 0;
  let lower = 0;
  let letters = 0;
  for (const word of words) {
    const plain = lettersOf(word);
    if (plain === plain.toLowerCase()) {
      if (!MINOR.has(plain)) lower++;
    } else if (plain.length >= 2 && plain === plain.toUpperCase()) caps += plain.length;
    letters += plain.length;
  }
  if (letters >= 8 && caps / letters > 0.7) return 'caps';
  if (words.length >= 3 && lower === 0) return 'title';
  return 'sentence';
}

// What ends a stretch of words that can share a case: sentence punctuation, and the separators of headline lists.
const CLAUSE_END = /[.!?;:|•—–\n]/u;
const LOCAL_WORDS = 5;

/**
 * How the words around [start, end) are written: up to five words either side within the line and clause. A page
 * of headlines ("Top Stories Hamas Rejects Plan · 12 min ago") is title case where the hit is, whatever the rest.
 *
 * @example
 * localCase('Top Stories: Hamas Rejects Egyptian Proposal, officials said', 13, 18); // 'title'
 */
export function localCase(text: string, start: number, end: number): LineCase {
  let from = start;
  for (let words = 0; from > 0 && !CLAUSE_END.test(text[from - 1] ?? '') && start - from < 80; from--) {
    if (/\s/u.test(text[from - 1] ?? '') && !/\s/u.test(text[from] ?? '') && ++words > LOCAL_WORDS) break;
  }
  let to = end;
  for (let words = 0; to < text.length && !CLAUSE_END.test(text[to] ?? '') && to - end < 80; to++) {
    if (/\s/u.test(text[to] ?? '') && !/\s/u.test(text[to - 1] ?? '') && ++words > LOCAL_WORDS) break;
  }
  return lineCase(text.slice(from, to));
}

/** Opening quotation marks, as pages write them. */
export const QUOTES_OPEN = '"“‘\'„«';

/** The rest of the line after `end`. */
export function restOfLine(text: string, end: number): string {
  const lineEnd = text.indexOf('\n', end);
  return text.slice(end, lineEnd < 0 ? text.length : lineEnd);
}

/** Whether only spaces or tabs stand between the line's start and `start`: the hit opens its line. */
export function opensLine(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** True when `start` begins a sentence: the start of a line, or after . ! ? : or an opening quote. */
export function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  return start === 0 || /(?:^|[.!?:;—–|•►▸▪◦*]["'”’)]?\s+|\n\s*|["“‘(]\s*|^\s+)$/u.test(before) || before.trim() === '' ;
}

// A credit or byline right before a name: "Photo: Abbas Rahimi/AFP", "By Abbas Naqvi", "Reporting by Abbas Farouk".
const CREDIT_LEAD = /(?:\b(?:photo(?:graph)?s?|pictures?|images?|credits?|illustrations?|camera|reuters|afp|ap|epa|anadolu|xinhua|wafa|dpa|ansa|efe|upi)\s*(?:by|:|-|–|—|\/)|\b(?:photo(?:graph)?ed|shot|reporting|reported|writing|written|editing|edited|additional reporting|compiled|translated)\s+by|©|\(c\)|\bcourtesy(?:\s+of)?)\s*$/iu;
// The name run of a credit: capitalised words, initials, particles ("al-", "bin"), joined by spaces.
const NAME_RUN_BEFORE = /(?:(?:\p{Lu}[\p{L}'’.-]*|al|el|bin|ibn|de|van|von)[ \t\u00A0]+)*$/u;
const SUBJECT_TITLE = /\b(?:President|Prime|Minister|King|Queen|Crown|Prince|Sheikh|General|Chairman|Pope|Mr|Mrs|Ms)\b/u;
const NAME_RUN_AFTER = /^(?:[ \t\u00A0]+(?:\p{Lu}[\p{L}'’.-]*|al-\p{L}+|el-\p{L}+))*/u;

/**
 * Whether [start, end) sits in a byline or photo credit: "Photo: Abbas Rahimi/AFP", "ABBAS MOMENI/AFP via Getty
 * Images", "By Abbas Naqvi", "(Abbas Dulleh/AP)". A credit names who made the page, not whom it is about.
 *
 * @example
 * inCredit('Photo: Abbas Rahimi/AFP', 7, 12); // true
 * inCredit('a deal signed by Abbas', 17, 22); // false
 */
export function inCredit(text: string, start: number, end: number): boolean {
  // Only the 80 characters before are read (a search back to the line's start would cost a whole unbroken text).
  const from = Math.max(0, start - 80);
  const window = text.slice(from, start);
  const newline = window.lastIndexOf('\n');
  const lineStart = newline >= 0 ? from + newline + 1 : from === 0 ? 0 : -1;
  const before = newline >= 0 ? window.slice(newline + 1) : window;
  const after = text.slice(end, end + 60);
  const slash = after.includes('/');
  // Most hits are in prose with no credit-like word before them: decided without a regex.
  if (!slash && !/[:©/]|[Bb][Yy]|ourtesy|\(c\)/.test(before) && !BYLINE.test(before)) return false;
  const runAfter = after.match(NAME_RUN_AFTER)?.[0] ?? '';
  // Name/AGENCY: a slash straight after the name run, then a capital ("Abbas Momani/AFP", "Abbas/Magnum").
  if (slash && /^\s*\/\s*\p{Lu}/u.test(after.slice(runAfter.length))) return true;
  const run = before.match(NAME_RUN_BEFORE)?.[0] ?? '';
  // Only the end of the lead matters; a short slice keeps the end-anchored regex cheap.
  const lead = before.slice(Math.max(0, before.length - run.length - 40), before.length - run.length);
  // "Photo: Abbas Rahimi/AFP" credits; "Photo: Mahmoud Abbas chairs the council" is a caption about him.
  // A title in the run ("Photo: President Abbas and Vladimir Putin") names whom the photo shows, not who took it.
  if (CREDIT_LEAD.test(lead)) return !SUBJECT_TITLE.test(run) && /^(?:[ \t]*$|[ \t]*[/,;()|•—–-]|[ \t]+(?:via|for|and)\b)/u.test(after.slice(runAfter.length));
  // A byline opens its line in the presses' words: "By Abbas Naqvi and Sara Lee", "Por Abbas Hamdan", "Von", "Par".
  return start - before.length === lineStart && BYLINE.test(before) && BYLINE_RUN.test(before);
}

const BY = '(?:By|BY|Por|POR|Par|PAR|Von|VON|Door|DOOR|Di|DI|Av|AV)';
const BYLINE = new RegExp(`^[ \\t]*(?:[-–—•|]\\s*)?${BY}[ \\t]`, 'u');
const BYLINE_RUN = new RegExp(`^[ \\t]*(?:[-–—•|]\\s*)?${BY}[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+)*$`, 'u');

// A picture's credit right before a name, not a byline: the man a page is about may sign its op-ed, never its photos.
const PHOTO_LEAD = /(?:\b(?:photo(?:graph)?s?|pictures?|images?|camera)[ \t]*[:/]|\b(?:photo(?:graph)?ed|shot)[ \t]+by|©|\(c\))[ \t]*$/iu;
// What ends a credit: the line, its bracket, or the agency after a slash ("Photo: Mahmoud Abbas/Reuters").
const CREDIT_END = /^[ \t]*(?:$|\n|\)|\/[ \t]*\p{Lu}|via\b)/u;

/** A full name alone as a picture's credit: "Photo: Mahmoud Abbas/AFP", not "Photo: Mahmoud Abbas (centre) receives". */
export function inPhotoCredit(text: string, start: number, end: number): boolean {
  return PHOTO_LEAD.test(text.slice(Math.max(0, start - 24), start)) && CREDIT_END.test(text.slice(end, end + 12));
}

/** Whether the hit opens an item of a list of headlines ("1. Abbas meets Egyptian envoy", "· Abbas tells summit…"). */
export function listHeadline(orig?: Original): boolean {
  if (!orig) return false;
  const lineStart = orig.text.lastIndexOf('\n', orig.start - 1) + 1;
  return /^[ \t]*(?:\d{1,2}[.)]|[•·▸*–-])[ \t]+$/u.test(orig.text.slice(lineStart, orig.start)) && !restOfLine(orig.text, orig.end).trimEnd().endsWith('.');
}
