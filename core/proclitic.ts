// Arabic writes its one-letter words "and", "so", "to" and "as" joined to the word after them: وحماس is "and
// Hamas", لحزب الله "to Hezbollah", ولـحزب الله "and to Hezbollah" (a tatweel may stretch the join). A name right
// after them starts a word of its own. Not ب ("with"): بحماس is the idiom "with zeal", and the article ال is no
// proclitic (الحماس, "the zeal").

// One or two proclitics, a tatweel perhaps, opening a word.
const PROCLITIC_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}])(?:[وف]?[لك]|[وف])\u0640?$/u;
const ARABIC_LETTER = /[\u0620-\u064A]/;

/** Whether the Arabic word at `index` is joined only to proclitics before it (so a name may start there). */
export function afterProclitic(text: string, index: number): boolean {
  return ARABIC_LETTER.test(text[index] ?? '') && PROCLITIC_BEFORE.test(text.slice(Math.max(0, index - 4), index));
}

/** `word` without the proclitics that open it, or `word` itself. */
export function withoutProclitics(word: string): string {
  const m = /^(?:[وف]?[لك]|[وف])\u0640?(?=[\u0620-\u064A])/.exec(word);
  return m ? word.slice(m[0].length) : word;
}
