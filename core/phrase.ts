// Phrases (names, context words) compiled into regular expressions over NORMALIZED text (see normalize.ts).
import { normalize } from './normalize.ts';

/** Characters that make a word continue: a name must not be followed or preceded by one ("Hamasaki", "Abbasid"). */
export const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
/** Between the words of a name: spaces and hyphens, any number ("Abu-Mazen", "Mahmoud⏎Abbas"). */
const SEPARATOR = '[ \\-]+';

/**
 * The lookup key of a phrase or of a matched surface: normalized, apostrophes dropped, separators as one space.
 * "Kata’ib-Hezbollah" and "Kataib Hezbollah" share the key "kataib hezbollah".
 *
 * @example
 * phraseKey('Kata’ib-Hezbollah'); // "kataib hezbollah"
 */
export function phraseKey(phrase: string): string {
  return normalize(phrase).text.replace(/'/g, '').replace(/[ -]+/g, ' ').trim();
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
  const root: TrieNode = { end: false, children: new Map() };
  for (const phrase of phrases) {
    const text = normalize(phrase).text.replace(/[ -]+/g, ' ').trim();
    if (!text) continue;
    let node = root;
    for (const char of text) {
      let next = node.children.get(char);
      if (!next) node.children.set(char, (next = { end: false, children: new Map() }));
      node = next;
    }
    node.end = true;
  }
  // Without the leading lookbehind V8 can skip ahead by first character; the caller then checks the boundary.
  const before = options.boundaryBefore === false ? '' : `(?<!${WORD_CHAR})`;
  return `${before}(?:${toPattern(root)})(?!${WORD_CHAR})`;
}

/**
 * A regex finding any of `words` as a whole word in normalized text, or null when there are none.
 *
 * @example
 * wordsRegex(['Russia', 'Moscow'])?.test('talks in moscow.'); // true
 */
export function wordsRegex(words: readonly string[] | undefined): RegExp | null {
  return words && words.length > 0 ? new RegExp(phrasesPattern(words), 'u') : null;
}
