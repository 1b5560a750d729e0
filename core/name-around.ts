// The words around a bare name that make it no man the page speaks of: one bearer of the name among many, an author
// cited inside brackets; and Russian's oblique cases, which a word before them does not name (core/person-rules.ts).
import { keyOf } from './shape-words.ts';

// "every other Abbas on earth", "encore un autre Abbas,", "el único Abbas de esta casa", and a question, "Which
// Abbas?": one bearer of the name among many, not a man the page speaks of (but "another Abbas speech" and "which
// Abbas, in a speech, endorsed" are his).
const WHICH_ONE = /(?:^|[.!?:;"“][ \t]*|\n[ \t]*)which[ \t]+["“«]?$/iu;
const ONE_OF_MANY_BEFORE = /(?:^|[^\p{L}])(?:another|(?:every|any|no)[ \t]+other|a[ \t]+different|the[ \t]+only|une?[ \t]+autre|el[ \t]+único|la[ \t]+única|un[ \t]+otro|un[ \t]+altro|ein[ \t]+anderer)[ \t]+["“«]?[ \t]*$/iu;
const ONE_OF_MANY_AFTER = /^["”»]?(?:[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:on|in|of|from|who|that|de|du|en|que|qui|auf|aus)(?![\p{L}]))/u;
export const oneOfMany = (text: string, start: number, end: number) =>
  (ONE_OF_MANY_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && ONE_OF_MANY_AFTER.test(text.slice(end, end + 6))) ||
  (WHICH_ONE.test(text.slice(Math.max(0, start - 12), start)) && /^["”»]?[ \t]*\?/u.test(text.slice(end, end + 4)));

// Inside brackets, "(Abbas and Levin 2021, 45)", "(see Abbas 2019; Khalil 2020)": the author and year of a work, told
// by a page, a "see", or another author who is none of his partners ("(Arafat 1996; Abbas 2005)" lists elections).
const IN_BRACKETS_BEFORE = /\(([^()]*;[ \t]*)?((?:see|cf\.|e\.g\.,?)[ \t]+)?$/iu;
const BRACKETED_AFTER = /^(?:[ \t]+(?:and|&)[ \t]+(\p{Lu}[\p{L}'’-]+)|[ \t]+et[ \t]+al\.?)?,?[ \t]+(?:1[89]|20)\d\d[a-z]?([,:][ \t]*(?:pp?\.[ \t]*)?\d+(?:[–-]\d+)?)?[ \t]*([;)])([^()]{0,60})/u;
const CITED_NAME = /(\p{Lu}[\p{L}'’-]+)(?:[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'’-]+|[ \t]+et[ \t]+al\.?)?,?[ \t]+(?:1[89]|20)\d\d/gu;
export function bracketedCitation(text: string, start: number, end: number, partners: ReadonlySet<string>): boolean {
  const before = IN_BRACKETS_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const after = before && BRACKETED_AFTER.exec(text.slice(end, end + 120));
  if (!before || !after) return false;
  if (after[2] || before[2]) return true;
  const others = [after[1], ...[...`${before[1] ?? ''} ${after[3] === ';' ? after[4] : ''}`.matchAll(CITED_NAME)].map((m) => m[1])];
  return others.some((name) => !!name && !partners.has(keyOf(name)));
}

/** Whether the hit is a Russian oblique case of the name ("сын Аббаса", Abbas's son): a word before it owns nothing of it. */
export function russianOblique(text: string, start: number, end: number): boolean {
  const last = text[end - 1] ?? '';
  return /[\u0400-\u04FF]/u.test(last) && last !== 'с' && last !== 'С';
}
