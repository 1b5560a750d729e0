// Plain twins of the judgement's Unicode regexes. V8 compiles a regex on its first use, apart for one-byte and for
// two-byte strings, and a page's text is two-byte as soon as it holds one curly quote or dash: there a Unicode class
// is the costliest part to compile, and a page's first pass pays that for every rule a hit reaches. On plain text
// (ASCII and General Punctuation, which holds no letter, mark or digit) a twin with ASCII classes and no `u` flag
// matches exactly as the regex does, and compiles far faster (docs/performance.md).

// A regex of two ranges compiles cheaply, and runs faster than a loop V8 has not optimized yet.
const PLAIN = /^[\0-\x7F\u2000-\u206F]*$/;
// The rules ask this of the whole block at every hit, many times: the last long text's answer is kept (the same
// string compares by reference), short slices are cheaper to test than to compare.
let lastText = '';
let lastPlain = true;
/** Whether every character of `text` is ASCII or General Punctuation (U+2000–U+206F: spaces, dashes, quotes). */
export const isPlain = (text: string) => {
  if (text.length < 64) return PLAIN.test(text);
  if (text !== lastText) {
    lastPlain = PLAIN.test(text);
    lastText = text;
  }
  return lastPlain;
};

/** A regex's test and exec (without lastIndex: not for a global or sticky one). */
export interface Tester {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/**
 * `re` run as its twin (plainTwin) on plain text, as itself on other text.
 *
 * @example
 * const INITIAL = twinned(/(?:^|[^\p{L}])\p{L}$/u);
 * INITIAL.test(' U'); // true, by /(?:^|[^A-Za-z])[A-Za-z]$/
 */
export function twinned(re: RegExp): Tester {
  const twin = plainTwin(re);
  return { test: (text) => (isPlain(text) ? twin : re).test(text), exec: (text) => (isPlain(text) ? twin : re).exec(text) };
}

// What each Unicode class holds of plain text.
const ASCII_OF: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9' };

/**
 * The twin of `re` for plain text: `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` as their ASCII ranges, the `u` flag
 * dropped. Plain text has no surrogates and none of the characters `u` or `i` fold differently (ſ, the Kelvin
 * sign), so there `re` and its twin match alike. A regex with any other Unicode syntax is its own twin.
 *
 * @example
 * plainTwin(/(?<=\p{L})'(?=\p{L})/gu); // /(?<=[A-Za-z])'(?=[A-Za-z])/g
 */
export function plainTwin(re: RegExp): RegExp {
  let source = '';
  let inClass = false;
  for (let i = 0; i < re.source.length; i++) {
    const ch = re.source[i]!;
    if (ch === '\\') {
      const unicode = /^\\[pP]\{(\w+)\}|^\\u\{/.exec(re.source.slice(i, i + 8));
      if (unicode) {
        const ascii = unicode[0][1] === 'p' ? ASCII_OF[unicode[1] ?? ''] : undefined;
        if (ascii === undefined) return re;
        source += inClass ? ascii : `[${ascii}]`;
        i += unicode[0].length - 1;
      } else {
        source += re.source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    source += ch;
  }
  if (re.flags.includes('v')) return re;
  return new RegExp(source, re.flags.replace('u', ''));
}
