// A group's name used as a word (core/shape-rules.ts asks): the Hebrew and Arabic hamas, glossed, at a sentence's
// start, written in Arabic script beside its meaning, or in lower case beside a gloss, Arabizi or enthusiasm's words.
import { AGENT_VERB_AFTER } from './shape-words.ts';
import type { Hit, Original, ShapeVerdict } from './hit.ts';
import { clauseOf } from './nearby.ts';
import type { PageContext } from './page-context.ts';
import { twinned } from './plain.ts';
import type { CompiledTopic, Shape } from './rules.ts';
import { startsSentence, type LineCase } from './shape.ts';
import { arabicZeal } from './spelled.ts';

export const LOWER_START = /* @__PURE__ */ twinned(/^\p{Ll}/u);
export const ARABIC = /\p{Script=Arabic}/u;
// A word of Arabizi: Latin letters with the digits that write Arabic sounds (3ande, erba7, tfa2do, ba2a).
const ARABIZI = /(?<![\p{L}\p{N}])(?=[\p{Ll}2357]{4,}(?![\p{L}\p{N}]))\p{Ll}*[2357]\p{Ll}[\p{Ll}2357]*(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{Ll}{3,}[2357](?![\p{L}\p{N}])/gu;
const ZEAL = /\b(?:enthusiasm|zeal|ardou?r|fervou?r)\b/u;
const ZEAL_LATIN = /\b(?:enthusiasm|enthusiastic|zeal|ardou?r|fervou?r|passion|hype|energy|eifer|begeisterung|enthousiasme|entusiasmo)\b/u;
// A gloss opening right after a word: a dash, a colon, a bracket or quotation marks.
const GLOSS_AFTER = /^[ \t]*(?:[—–:(=]|-[ \t]|["“'‘])/u;

/** Whether an organisation's name here is the word its name also is ("Hamas" in Genesis, Arabic's zeal). */
export function wordSense(hit: Hit, topic: CompiledTopic, shape: Shape, orig: Original, norm: string, page: PageContext, lc: () => LineCase): ShapeVerdict {
  const { text, start, end } = orig;
  const surface = text.slice(start, end);
  // At the start of a sentence the capital is the sentence's, not a name's: "Hamas, in Genesis 6:11, is…", or on
  // a page that has already glossed the word.
  if (startsSentence(text, start) && shape.wordSense) {
    const near = norm.slice(Math.max(0, hit.start - 80), hit.end + 80);
    // …unless the page has shown the group itself too ("the movement Hamas … • Hamas tunnels").
    const groupHere = page.supported.has(topic.id) && page.referents.get(topic.id)?.isTopic === true;
    // A glossed word stays the word, unless its own sentence names the group's own ("Hezbollah (Lebanon) — …") or
    // makes it an agent ("Hamas did not borrow its name from Genesis": a word borrows nothing).
    const glossed = page.words.has(topic.id) && !groupHere;
    if (!AGENT_VERB_AFTER.test(norm.slice(hit.end, hit.end + 24)) && ((glossed && !topic.supportNearby?.test(clauseOf(norm, hit))) || (shape.wordSense.test(near) && !topic.supportNearby?.test(near)))) return 'word-sense';
  }
  // "حماس — ḥamās — enthusiasm, zeal": a word of a script without capitals, glossed right after it or beside a gloss.
  if (shape.wordSense && ARABIC.test(surface)) {
    const gloss = GLOSS_AFTER.test(text.slice(end, end + 12)) ? norm.slice(hit.end, hit.end + 50) : '';
    if (shape.wordSense.test(gloss) || ZEAL.test(gloss) || arabicZeal(norm, hit.start, hit.end) || (ZEAL.test(norm.slice(Math.max(0, hit.start - 100), hit.end + 100)) && !topic.supportNearby?.test(clauseOf(norm, hit)))) return 'word-sense';
  }
  if (shape.wordSense && LOWER_START.test(surface) && lc() === 'sentence') {
    // "the Hebrew word hamas", "ḥāmās": a lower-case form glossed as a word, or written with a scholar's accents;
    // once a page has glossed it, its later lower-case forms are the word too.
    // (So is a lower-case form beside the words for enthusiasm, which is what the Arabic word means: "full hamas = hype".)
    const near = norm.slice(Math.max(0, hit.start - 80), hit.end + 80);
    if (/[^\x00-\x7F]/.test(surface) || page.words.has(topic.id) || [shape.wordSense, shape.lowerWordSense].some((words) => words?.test(near)) || (ZEAL_LATIN.test(near) && !topic.supportNearby?.test(clauseOf(norm, hit)))) {
      page.words.add(topic.id);
      return 'word-sense';
    }
    // "3ande hamas kteer", "el hamas mawgood": Arabic in Latin letters (digits, its article), where hamas is zeal.
    if (/(?:^|[^\p{L}])[ae]l[ -]$/u.test(norm.slice(Math.max(0, hit.start - 4), hit.start)) || (norm.slice(Math.max(0, hit.start - 80), hit.end + 80).match(ARABIZI)?.length ?? 0) >= 1) return 'word-sense';
  }
  return null;
}
