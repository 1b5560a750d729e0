// Arabic writes its one-letter words "and", "so", "to" and "as" joined to the word after them: وحماس is "and
// Hamas", لحزب الله "to Hezbollah", ولـحزب الله "and to Hezbollah" (a tatweel may stretch the join). A name right
// after them starts a word of its own. Not ب ("with"): بحماس is the idiom "with zeal", and the article ال is no
// proclitic (الحماس, "the zeal"). Hebrew does the same with up to three of its "and", "the", "in", "to", "from",
// "that" and "as" (החמאס "the Hamas", ולחיזבאללה "and to Hezbollah").

// One or two Arabic proclitics, a tatweel perhaps: right before a name, and opening a word the first stage reads.
const ARABIC_PROCLITICS = '(?:[وف]?[لك]|[وف])\\u0640?';
const PROCLITIC_BEFORE = /* @__PURE__ */ new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}])${ARABIC_PROCLITICS}$`, 'u');
const PROCLITICS_OPENING = /* @__PURE__ */ new RegExp(`^${ARABIC_PROCLITICS}(?=[\\u0620-\\u064A])`);
const ARABIC_LETTER = /[\u0620-\u064A]/;
const HEBREW_PROCLITIC_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}])[והבלמשכ]{1,3}$/u;
const HEBREW_LETTER = /[\u05D0-\u05EA]/;

/** Whether the Arabic or Hebrew word at `index` is joined only to proclitics before it (so a name may start there). */
export function afterProclitic(text: string, index: number): boolean {
  const letter = text[index] ?? '';
  if (ARABIC_LETTER.test(letter)) return PROCLITIC_BEFORE.test(text.slice(Math.max(0, index - 4), index));
  return HEBREW_LETTER.test(letter) && HEBREW_PROCLITIC_BEFORE.test(text.slice(Math.max(0, index - 4), index));
}

/** `word` without the proclitics that open it, or `word` itself. */
export function withoutProclitics(word: string): string {
  const m = PROCLITICS_OPENING.exec(word);
  return m ? word.slice(m[0].length) : word;
}
