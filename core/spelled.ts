// A group's name in quotation marks, on a page that has established the group: its name spelled, or set against
// another group's (core/shape-rules.ts asks).
import type { Hit } from './hit.ts';
import { twinned } from './plain.ts';
import type { PageContext } from './page-context.ts';
import type { CompiledTopic, Shape } from './rules.ts';

export const MEANT = /* @__PURE__ */ twinned(/^\W{0,3}(?:meant|means|refers to|referred to|stands for|stood for|was used for|is used for|as (?:a )?(?:shorthand|label|byword|catch-all|synonym))\b/u);

// 'never just "Hezbollah"', 'shortened to "Hezbollah"', '"hezbollah" as in KH': the bare name set against another's.
const SET_AGAINST = /\b(?:just|shorten(?:s|ed|ing)?(?: \p{L}+){0,3} to|never|not)\W{0,3}$/u;

/**
 * Whether a quoted name on a page that has established the group is its name spelled ('the US spells it
 * "Hizballah"'), with no other group so named nearby: the group itself, as the page's reader takes it.
 */
export function spelledHere(hit: Hit, shape: Shape, norm: string, page: PageContext, topic: CompiledTopic): boolean {
  const referent = page.referents.get(topic.id);
  if (!referent?.isTopic || referent.weak || MEANT.test(norm.slice(hit.end, hit.end + 24)) || /^\W{0,3}as in\b/u.test(norm.slice(hit.end, hit.end + 12))) return false;
  if (SET_AGAINST.test(norm.slice(Math.max(0, hit.start - 30), hit.start))) return false;
  return !shape.otherContext?.test(norm.slice(Math.max(0, hit.start - 120), hit.end + 120));
}

// "the kale hezbollah", "a secular hezbollah", '"cycling hezbollah"', "the hezbollah of cardamom": a group's name in
// lower case, made a common noun by a lower-case word before it (after an article or an opening quote) or by "the … of" around it.
const LOWER_MODIFIER_BEFORE = /(?:(?:^|[^\p{L}])(?:the|an?)[ \t\u00A0]+["“'‘]?|(?<!\p{L})["“'‘])(\p{Ll}[\p{Ll}-]{2,})[ \t\u00A0]+$/u;
const THE_BEFORE = /* @__PURE__ */ twinned(/(?:^|[^\p{L}])the[ \t\u00A0]+["“'‘]?$/u);
const OF_AFTER = /^["”'’]?[ \t\u00A0]+of[ \t\u00A0]/u;

// "the Hezbollah of the herb beds", "the Hezbollah of this comment section": in any case, "the … of the/this" and a
// common noun (not a time or a place's side).
const OF_THE_NOUN = /* @__PURE__ */ twinned(/^["”'’]?[ \t\u00A0]+of[ \t\u00A0]+(?:the|this|that|our|my|your|every)[ \t\u00A0]+(?!(?:past|present|future|early|late|old|new|time|times|day|days|moment|era|age|generation|century|decade|war|north|south|east|west|region|world|eighties|nineties)(?![\p{L}]))\p{Ll}/u);

const OWN_BEFORE = /(?:^|[^\p{L}])(?:its|our|my|your|their|his|her) own[ \t\u00A0]+["“'‘]?$/u;
const CLAUSE_END = /^["”'’]?(?:[.,;:!?)—–]|$)/u;
const OWN_LITTLE_BEFORE = /* @__PURE__ */ twinned(/(?:^|[^\p{L}])(?:our|my|your|their|his|her) (?:own )?little[ \t\u00A0]+["“'‘]?$/iu);

/** Whether a group's name is a metaphor (`text` as on the page; `own` says whether a word is the topic's own). */
export function lowerCaseMetaphor(text: string, start: number, end: number, own: (word: string) => boolean): boolean {
  const surface = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 30), start);
  // "the spoiler Hezbollah of the internet": a common noun's, between "the" and "of the" (the anchored test first).
  if (OF_THE_NOUN.test(text.slice(end, end + 40)) && (THE_BEFORE.test(before) || lowerModified(before, own))) return true;
  // "They're our own little Hezbollah": someone's own, small one is no group of the news.
  if (OWN_LITTLE_BEFORE.test(before)) return true;
  // "Our street has its own Hezbollah.": someone's own one that ends the clause ("its own Hezbollah problem" is the group's).
  if (OWN_BEFORE.test(before) && CLAUSE_END.test(text.slice(end, end + 8))) return true;
  if (surface.toLowerCase() !== surface) return false;
  if (THE_BEFORE.test(before) && OF_AFTER.test(text.slice(end, end + 6))) return true;
  // "Every office has its own hezbollah": someone's own one, in lower case.
  if (OWN_BEFORE.test(before)) return true;
  return lowerModified(before, own);
}

/** Whether a lower-case word that is not the topic's own modifies the name, after "the" or a quote ("the kale …"). */
function lowerModified(before: string, own: (word: string) => boolean): boolean {
  const modifier = LOWER_MODIFIER_BEFORE.exec(before)?.[1];
  return !!modifier && !own(modifier);
}

// "بكل حماس" (with all enthusiasm), "بدون حماس" (without it), "عندي حماس" (I have it), "وسط حماس كبير" (amid great enthusiasm), "حماس لافت" (striking enthusiasm), "حماس الجماهير" (the fans' enthusiasm),
// "الجمهور كله حماس" (the crowd is all enthusiasm), "حماس المستثمرين" (the investors' enthusiasm: a plural people):
// Arabic's idioms of the word zeal.
const ZEAL_BEFORE = /(?:^|[^\p{L}])(?:بكل|وسط|كله|كلها|كلهم|بدون|بلا|عندي|عنده|عندها|عندو|عندهم|ينقصه|ينقصها|ينقصهم)[ \t]+$/u;
const ZEAL_AFTER = /^[ \t]+(?:كبير|شديد|رهيب|بالغ|لافت|جماهيري|الجماهير|الجمهور|الشباب|(?!الاثنين|الاتنين)ال\p{L}{3,}(?:ين|ون))(?!\p{L})/u;

/** Whether Arabic حماس stands in one of Arabic's idioms of enthusiasm (text folded). */
export const arabicZeal = (norm: string, start: number, end: number) =>
  ZEAL_BEFORE.test(norm.slice(Math.max(0, start - 8), start)) || ZEAL_AFTER.test(norm.slice(end, end + 20));
