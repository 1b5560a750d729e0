// Phrases (names, context words) compiled into regular expressions over NORMALIZED text (see normalize.ts).
import { normalize } from './normalize.ts';
import { isPlain, plainTwin } from './plain.ts';

/** Characters that make a word continue: a name must not be followed or preceded by one ("Hamasaki", "Abbasid"). */
export const WORD_CHAR = '[\\p{L}\\p{N}]';
/** Between the words of a name: one to eight spaces and hyphens ("Abu-Mazen", "Mahmoud⏎Abbas"); bounded so a match stays short. */
const SEPARATOR = '[ _\\-]{1,8}';

// Keys already worked out, by phrase as written (marked pure: a bundle that never asks a key leaves it out).
const phraseKeys = /* @__PURE__ */ new Map<string, string>();

/**
 * The lookup key of a phrase or of a matched surface: normalized, apostrophes dropped, separators as one space.
 * "Kata’ib-Hezbollah" and "Kataib Hezbollah" share the key "kataib hezbollah".
 *
 * @example
 * phraseKey('Kata’ib-Hezbollah'); // "kataib hezbollah"
 */
export function phraseKey(phrase: string): string {
  let key = phraseKeys.get(phrase);
  if (key === undefined) {
    // A page repeats its words: the shape rules ask the key of the same few words at hit after hit.
    if (phraseKeys.size >= 4096) phraseKeys.clear();
    key = normalize(phrase).text.replace(/'/g, '').replace(/[ _-]+/g, ' ').trim();
    phraseKeys.set(phrase, key);
  }
  return key;
}

interface TrieNode {
  end: boolean;
  children: Map<string, TrieNode>;
}

function escapeChar(char: string): string {
  if (char === ' ') return SEPARATOR;
  if (char === "'") return "'?";
  return char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function trieOf(texts: Iterable<string>): TrieNode {
  const root: TrieNode = { end: false, children: new Map() };
  for (const text of texts) {
    if (!text) continue;
    let node = root;
    for (const char of text) {
      let next = node.children.get(char);
      if (!next) node.children.set(char, (next = { end: false, children: new Map() }));
      node = next;
    }
    node.end = true;
  }
  return root;
}

function toPattern(node: TrieNode): string {
  const branches = [...node.children].map(([char, child]) => escapeChar(char) + toPattern(child));
  if (branches.length === 0) return '';
  const alternation = branches.length === 1 ? branches[0] ?? '' : `(?:${branches.join('|')})`;
  // A phrase that ends here may go on ("deconfliction" / "deconfliction agreement"): greedy, so the longest wins.
  return node.end ? `(?:${alternation})?` : alternation;
}

/**
 * One regex source matching any of `phrases` as whole words, as a character trie: a shared prefix is tested once,
 * which keeps a few hundred spellings as cheap as a handful. Phrases are normalized first; spaces and hyphens
 * inside a phrase match any run of spaces or hyphens; an apostrophe inside a phrase is optional.
 *
 * @example
 * new RegExp(phrasesPattern(['Abu Mazen', 'Abbas']), 'u').test('abu-mazen'); // true
 */
export function phrasesPattern(phrases: Iterable<string>, options: { boundaryBefore?: boolean } = {}): string {
  const root = trieOf([...phrases].map((phrase) => normalize(phrase).text.replace(/[ -]+/g, ' ').trim()));
  // Without the leading lookbehind V8 can skip ahead by first character; the caller then checks the boundary.
  const before = options.boundaryBefore === false ? '' : `(?<!${WORD_CHAR})`;
  return `${before}(?:${toPattern(root)})(?!${WORD_CHAR})`;
}

// A word character right before `index`: the check a leading (?<![\p{L}\p{N}]) would make, done outside the regex.
// Marked pure so a bundle that never calls isInsideWord (the content script's first stage) leaves it out.
const WORD_END = /* @__PURE__ */ new RegExp(`${WORD_CHAR}$`, 'u');
export function isInsideWord(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return WORD_END.test(text.slice(Math.max(0, index - 2), index));
}

/** Whole-word matches of a set of phrases (see {@link wholeWords}). */
export interface WholeWords {
  /** The leftmost whole-word match in `text`, or null. */
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/**
 * The regex source {@link wholeWords} runs for `words`, or undefined when there are none. `around` wraps the pattern
 * (anchors, separators). No leading lookbehind: {@link wholeWordsFromSource} checks the word start. A build ships
 * these sources (core/compiled-rules.ts).
 *
 * @example
 * wholeWordsPattern(['Moscow']); // the source (?:moscow)(?![\p{L}\p{N}])
 */
export function wholeWordsPattern(words: readonly string[] | undefined, around = (pattern: string) => pattern): string | undefined {
  if (!words || words.length === 0) return undefined;
  return around(phrasesPattern(words, { boundaryBefore: false }));
}

/**
 * Words as written (letters and digits only), as one character trie that matches each of them whole, a word that is
 * another's start included; no normalization and no word boundaries (the caller checks those).
 *
 * @example
 * new RegExp(`^(?:${wordsPattern(['hamas', 'hama'])})$`).test('hama'); // true
 */
export function wordsPattern(words: Iterable<string>): string {
  return toPattern(trieOf(words));
}

/** What a {@link phrasesPattern} source ends with: its word end. */
const WORD_END_AHEAD = `(?!${WORD_CHAR})`;
/** A character that continues a word, read at the start of a slice (a surrogate pair as one character). */
const WORD_START = /* @__PURE__ */ new RegExp(`^${WORD_CHAR}`, 'u');
/** In a trie without `around`: an unescaped anchor, a lookaround, a Unicode escape. */
const NOT_PLAIN = /(?<!\\)[\^$]|\(\?[=!<]|\\[pPu]/;
const NON_ASCII = /[^\x00-\x7F]/g;

/**
 * The trie of a {@link wholeWordsPattern} source made without `around` (the source minus its word end), or null. Such
 * a trie tries a place's phrases longest first, and every character inside a match is the phrase's own: a letter
 * (of any script), a space or hyphen, an apostrophe or a dot.
 */
function plainTrie(source: string): string | null {
  if (!source.startsWith('(?:') || !source.endsWith(WORD_END_AHEAD)) return null;
  const trie = source.slice(0, -WORD_END_AHEAD.length);
  if (NOT_PLAIN.test(trie)) return null;
  for (const char of trie.match(NON_ASCII) ?? []) if (!WORD_START.test(char)) return null;
  return trie;
}

/** Whether a letter or digit starts at `index` (not the end of `text`). */
function wordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return index < text.length && WORD_START.test(text.slice(index, index + 2));
}

/**
 * Runs a {@link wholeWordsPattern} source over normalized text. The same matches as a regex with a leading
 * lookbehind, several times faster on long text: without it V8 skips ahead by first character; a match that starts
 * inside a word is retried one character on. A source without `around` is run without its word end too, whose
 * Unicode classes cost V8 several times the rest of the pattern to compile, on the page's first hits: the word end
 * is read after the longest phrase at a place, and only when a letter follows it are the shorter ones tried there,
 * with an ASCII-only word end (inside a match every character reads alike either way).
 *
 * @example
 * wholeWordsFromSource(wholeWordsPattern(['Russia'])!).test('prussia'); // false
 */
export function wholeWordsFromSource(source: string): WholeWords {
  // Built on first use: parsing a pattern costs, and most pages never reach most rules.
  let regex: RegExp | undefined;
  let plainRegex: RegExp | undefined;
  let shorter: RegExp | undefined;
  let trie: string | null = null;
  const exec = (text: string): RegExpExecArray | null => {
    if (!regex) {
      trie = plainTrie(source);
      regex = trie === null ? new RegExp(source, 'gu') : new RegExp(trie, 'g');
    }
    // A source left whole (its anchors, its separators) runs as its plain twin on plain text (core/plain.ts).
    const re = trie === null && isPlain(text) ? (plainRegex ??= plainTwin(regex)) : regex;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      // Matches start with a letter of a phrase, never inside a surrogate pair, so one unit on is a character on.
      re.lastIndex = at + 1;
      if (isInsideWord(text, at)) continue;
      if (trie === null || !wordCharAt(text, at + m[0].length)) return m;
      shorter ??= new RegExp(`${trie}(?![0-9A-Za-z\u0080-\uFFFF])`, 'y');
      shorter.lastIndex = at;
      const found = shorter.exec(text);
      if (found) return found;
    }
    return null;
  };
  return { exec, test: (text) => exec(text) !== null };
}

/**
 * Finds any of `words` as a whole word in normalized text, or null when there are none. `around` wraps the pattern
 * (anchors, separators).
 *
 * @example
 * wholeWords(['Russia', 'Moscow'])?.test('talks in moscow.'); // true
 * wholeWords(['Russia'])?.test('prussia'); // false
 */
export function wholeWords(words: readonly string[] | undefined, around?: (pattern: string) => string): WholeWords | null {
  const source = wholeWordsPattern(words, around);
  return source === undefined ? null : wholeWordsFromSource(source);
}
