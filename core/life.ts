// A person's age or birth year by a name (`born` in a person's briefing): one that does not fit him is someone else's
// (`otherLife`); one he has had lately, or his birth year, names him (`ownLife`).
import type { Hit, Original } from './hit.ts';
import type { Shape } from './rules.ts';
import { isCapitalised, type Neighbour } from './shape.ts';
import { keyOf } from './shape-words.ts';

// "Mahmoud Abbas, 27,", "Abbas, aged 23,", "Mahmoud Abbas (born 1983)", "(footballer, b. 1990)", "(* 1991)".
// (An age in brackets is one when more of the person follows it, "ABBAS (50s, moustache)", or it is a decade: a
// bare "(12)" is as often a count, a tag list's.)
const LIFE_AFTER = /^[ \t]*(?:(?:,[ \t]*|\((?=\d{1,2}s?[ \t]*[,;]|\d0s\)))(?:aged[ \t]+)?(\d{1,2})s?(?=[ \t]*(?:[,;)]|\.(?:[ \t\n"”]|$)))|\((?:[^()\n]{0,30}?[ \t,])?(?:born|b\.|\*)[ \t]*(?:\d{1,2}[ \t]+\p{L}+[ \t]+)?(\d{4})(?!\d))/u;

/**
 * Whether an age or a birth year right after the name does not fit a person born in `shape.born`: someone else.
 * Pages are taken to be from 2000 on, so an age below what he was then is another person's.
 */
export function otherLife(shape: Shape, { text, start, end }: Original): boolean {
  if (!shape.born) return false;
  const year = BORN_IN_AFTER.exec(text.slice(end, end + 60))?.[1] ?? glossBorn(text, start, end);
  if (year) return Number(year) !== shape.born;
  // "the 22-year-old Mahmoud Abbas", "At 19, Mahmoud Abbas has heard every joke": an age he had before 2000.
  const before = (AGE_BEFORE.exec(text.slice(Math.max(0, start - 20), start)) ?? AT_AGE_BEFORE.exec(text.slice(Math.max(0, start - 12), start)))?.[1];
  if (before) return Number(before) < 2000 - shape.born;
  if (text[end] !== ',' && !text.slice(end, end + 3).includes('(')) return false;
  // "Abbas (1944–2018)", "Ferhat Abbas (1899–1985)": a lifespan whose first year is not his birth year (a span from
  // 1990 on is as often a term of office, a list of presidents' "Mahmoud Abbas (2005–)").
  const span = LIFESPAN_AFTER.exec(text.slice(end, end + 40))?.[1];
  if (span && Number(span) < 1990) return Number(span) !== shape.born;
  const apposed = (AGE_APPOSED_AFTER.exec(text.slice(end, end + 24)) ?? AGE_WORD_AFTER.exec(text.slice(end, end + 16)))?.[1];
  if (apposed) return Number(apposed) < 2000 - shape.born;
  const life = LIFE_AFTER.exec(text.slice(end, end + 60));
  if (!life) return false;
  return life[1] !== undefined ? Number(life[1]) < 2000 - shape.born : Number(life[2]) !== shape.born;
}

const LIFESPAN_AFTER = /^[ \t]*\((?:[^()\n]{0,24}?[ ,;])?(1[5-9]\d\d|20[0-2]\d)[ \t]*[-–—][ \t]*(?:1[5-9]\d\d|20\d\d)?[ \t]*\)/u;

// "Mahmoud Abbas (Arabic: محمود عباس; born 3 March 1993)": the birth year of the bracket a gloss of the name is in.
const BORN_GLOSS_AFTER = /^[^()\n]{0,40}?;[ \t\u00A0]*(?:born|b\.)[ \t\u00A0]+(?:\d{1,2}[ \t\u00A0]+\p{L}+[ \t\u00A0]+|\p{L}+[ \t\u00A0]+\d{1,2},?[ \t\u00A0]+)?(\d{4})(?!\d)/u;
function glossBorn(text: string, start: number, end: number): string | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  if (before.lastIndexOf('(') <= before.lastIndexOf(')')) return undefined;
  return BORN_GLOSS_AFTER.exec(text.slice(end, end + 80))?.[1];
}

// "Abbas was born in 1935 in Safed", "Abbas, born in Safed in 1935,": a birth year in the clause right after the name.
const BORN_IN_AFTER = /^,?[ \t\u00A0]+(?:was[ \t\u00A0]+)?born[ \t\u00A0]+(?:in|on)[ \t\u00A0]+[^.;:!?\n]{0,30}?(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/u;

// The years a page about him now is written in: an age he has had in them names him.
const RECENT_YEARS = [2020, 2027] as const;

// "Abbas, who turns 90", "Abbas, who is 89"; "the 89-year-old Abbas".
const AGE_CLAUSE_AFTER = /^,[ \t\u00A0]+who[ \t\u00A0]+(?:turns|turned|is|was|will[ \t\u00A0]+(?:be|turn))[ \t\u00A0]+(\d{2})(?!\d)/u;
// "Mahmoud Abbas, the 22-year-old Egyptian keeper": an age in apposition.
const AGE_APPOSED_AFTER = /^,[ \t\u00A0]+(?:the|an?)[ \t\u00A0]+(\d{2})-year-old(?![\p{L}-])/u;
const AGE_BEFORE = /(?<!\d)(\d{2})-(?:year-old|jährige[nr]?)[ \t\u00A0]+$/iu;
const AT_AGE_BEFORE = /(?:^|[^\p{L}])[Aa]t[ \t\u00A0]+(\d{2}),[ \t\u00A0]+$/u;
// Other presses' ages in commas: "M. Abbas, 89 ans,", "Abbas, de 27 años,", "Abbas, 89 Jahre alt".
const AGE_WORD_AFTER = /^,[ \t\u00A0]+(?:de[ \t\u00A0]+)?(\d{2})[ \t\u00A0]+(?:ans|años|anni|anos|jahre|jaar)(?!\p{L})/iu;

// "Abbas is 89.", "Abu Mazen turning 90 this year", "Abbas a 89 ans", "Abbas tiene 89 años": his age said outright,
// right after the name.
const AGE_VERB_AFTER = /^[ \t\u00A0]+(?:(?:is|turns|turning)[ \t\u00A0]+(\d{2})(?=[ \t\u00A0]*(?:[,.;:!?)]|years?[ \t\u00A0]+old|this[ \t\u00A0]+year|$))|(?:a|tiene|cumple|hat|ist|wird|ha|compie)[ \t\u00A0]+(\d{2})[ \t\u00A0]+(?:ans|años|anni|jahre|anos)(?!\p{L}))/iu;

/** Whether an age or a birth year by a bare name is the topic person's, as a page of recent years gives it ("Abbas, 89,"). */
export function ownLife(shape: Shape, { text, start, end }: Original): boolean {
  if (!shape.born) return false;
  const year = BORN_IN_AFTER.exec(text.slice(end, end + 60))?.[1];
  if (year) return Number(year) === shape.born;
  const recent = (age: string) => Number(age) >= RECENT_YEARS[0] - shape.born! && Number(age) <= RECENT_YEARS[1] - shape.born!;
  const before = AGE_BEFORE.exec(text.slice(Math.max(0, start - 20), start)) ?? AT_AGE_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  if (before) return recent(before[1]!);
  const said = text[end] === ' ' || text[end] === '\u00A0' ? AGE_VERB_AFTER.exec(text.slice(end, end + 24)) : null;
  if (said) return recent((said[1] ?? said[2])!);
  if (text[end] !== ',' && !text.slice(end, end + 3).includes('(')) return false;
  const clause = AGE_CLAUSE_AFTER.exec(text.slice(end, end + 40)) ?? AGE_APPOSED_AFTER.exec(text.slice(end, end + 24)) ?? AGE_WORD_AFTER.exec(text.slice(end, end + 16));
  if (clause) return recent(clause[1]!);
  const life = LIFE_AFTER.exec(text.slice(end, end + 60));
  if (!life) return false;
  return life[2] !== undefined ? Number(life[2]) === shape.born : recent(life[1]!);
}

// Its sentence's or its table cell's end.
const CLAUSE_END = /\. |[|\t;]/u;
const YEAR = /(?<![\p{N}\p{L}])1[5-9]\p{N}\p{N}(?!\p{N})/gu;

/** Whether the sentence around a hit dates it well before `founded` (and names no year since). */
export function beforeFounding(norm: string, hit: Hit, founded: number): boolean {
  const near = norm.slice(Math.max(0, hit.start - 60), hit.end + 60);
  if (!/1[5-9]\d\d/.test(near)) return false;
  // Its sentence, or its cell of a table: another row's or cell's year dates something else.
  const before = norm.slice(Math.max(0, hit.start - 60), hit.start).split(CLAUSE_END).at(-1) ?? '';
  const after = norm.slice(hit.end, hit.end + 60).split(CLAUSE_END)[0] ?? '';
  let early = false;
  for (const [year] of `${before} ${after}`.matchAll(YEAR)) {
    if (Number(year) >= founded) return false;
    if (Number(year) < founded - 2) early = true;
  }
  return early;
}

const LIFE_BRACKET = /^[ \t]*\((?:born |b\. )?\d{4}/u;

/** "Mahmud Abbas Hamdi (1921–1990)": a further name after a full name, with its own years after it (a list's too). */
export function yearsAfterName(text: string, after: Neighbour, shape: Shape): boolean {
  return after.joiner === 'space' && isCapitalised(after.word) && !shape.own.has(keyOf(after.word)) && LIFE_BRACKET.test(text.slice(after.at, after.at + 12));
}
