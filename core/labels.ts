// A transcript's label that says who speaks before the name in brackets: "CALLER (MAHMOUD ABBAS):", "PAKISTAN (MR.
// ABBAS):" (a delegation's seat at the UN). A caller, or the seat of a country other than the topic's own, is
// someone else; "STATE OF PALESTINE (MR. ABBAS):" is his.
import type { Original } from './hit.ts';
import type { Shape } from './rules.ts';
import { isCapitalised } from './shape.ts';
import { keyOf, namesPlace, NOT_NAMES } from './shape-words.ts';

const LABEL_BEFORE = /^[ \t]*(\p{Lu}[\p{Lu} .'’-]{1,40}?)[ \t]*\([ \t]*(?:(?:MR|MS|MRS|DR)\.?[ \t]+)?$/u;
const LABEL_AFTER = /^[ \t]*\)[ \t]*:/u;
const NOT_HIS_SEAT = /^(?:CALLER|LISTENER|VIEWER|WITNESS|STUDENT|AUDIENCE MEMBER|PARTICIPANT|RESIDENT|CUSTOMER|DRIVER)$/u;

/** Whether the hit is the name in a speaker's label whose head says it is someone else. */
export function labelledOther(orig: Original, shape: Shape): boolean {
  if (!LABEL_AFTER.test(orig.text.slice(orig.end, orig.end + 6))) return false;
  const lineStart = orig.text.lastIndexOf('\n', orig.start - 1) + 1;
  const label = orig.start - lineStart <= 50 ? LABEL_BEFORE.exec(orig.text.slice(lineStart, orig.start))?.[1]?.trim() : undefined;
  if (!label) return false;
  const last = keyOf(label.split(/[ \t]+/u).at(-1) ?? '');
  return NOT_HIS_SEAT.test(label) || (namesPlace(last) && !shape.own.has(last));
}

// A record's field for a person's whole name ("Full name:", "Nom complet :", "Nombre completo:").
const NAME_FIELD = /(?:^|\n)[ \t]*(?:(?:full|birth|real|legal|complete)[ \t]+name|nom complet|nombre completo|nome completo|vollständiger name)[ \t]*:[ \t]*$/iu;

/** Whether his full name opens a longer one in a record's name field ("Full name: Mahmoud Abbas Abdel-Rahman"). */
export function fullNameField(orig: Original): boolean {
  return /^[ \t]+\p{Lu}\p{Ll}/u.test(orig.text.slice(orig.end, orig.end + 3)) && NAME_FIELD.test(orig.text.slice(Math.max(0, orig.start - 30), orig.start));
}

// A reference list's entry before a title: "Baconi, Tareq (2018). ", "Gunning, Jeroen. ", "Reading: Baconi, ".
const AFTER_YEAR = /\(\d{4}[a-z]?\)[.,]?[ \t]*["“]?$/u;
const AUTHOR_NAMED = /(?:^|\n)[ \t]*(?:[•*–-][ \t]*)?\p{Lu}[\p{L}'’-]+,[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*\.[ \t]*["“]?$/u;
const AUTHOR_ONLY = /(?:^|[:;•\n])[ \t]*\p{Lu}[\p{L}'’-]+,[ \t]*$/u;
// A title's words and then its year: "Hamas Contained (2018)", "Hamas in Politics (2007)".
const TITLE_THEN_YEAR = /^(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|of|and|in|the|a|an|on|for|to|from|with|between|after)[:,]?){0,8}[ \t]*\(\d{4}\)/u;

/** Whether an organisation's name opens a cited work's title ("Gunning, Jeroen (2007). Hamas in Politics"). */
export function citedTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return AFTER_YEAR.test(before) || AUTHOR_NAMED.test(before) || (AUTHOR_ONLY.test(before) && TITLE_THEN_YEAR.test(text.slice(end, end + 80)));
}

// "Khalil Darwish, a/k/a "Abu Mazen"", "known to everyone in the neighbourhood as Abu Mazen": a nickname given.
const ALIAS_END = /(?:as|aka|a\/k\/a|nicknamed)[ \t]*[,:]?[ \t]*["“'‘]?$/iu;
const ALIAS_BEFORE = /(?:a\/k\/a|(?<![\p{L}])aka|also known as|known(?:[ \t]+[\p{L}]+){0,6}[ \t]+as|nicknamed)[ \t]*[,:]?[ \t]*["“'‘]?$/iu;

/** Whether a full form is a nickname the sentence gives someone it names with none of the topic's own words. */
export function aliasOfOther(orig: Original, shape: Shape): boolean {
  // Every full name passes here: most have no "as"/"aka" right before them, told from a few characters.
  if (!ALIAS_END.test(orig.text.slice(Math.max(0, orig.start - 16), orig.start))) return false;
  const before = orig.text.slice(Math.max(0, orig.start - 120), orig.start);
  const marker = ALIAS_BEFORE.exec(before);
  if (!marker) return false;
  const sentence = before.slice(0, marker.index).split(/[.!?;]\s|\n/u).at(-1) ?? '';
  const words = sentence.split(/[^\p{L}'’-]+/u).filter(Boolean);
  // Someone the sentence names (not its first word, "He has been known as…"), with none of the topic's own words
  // ("Mahmoud Abbas, also known as", "the president, known as") nor the nickname's own ("his son Mazen, and he…").
  const own = keyOf(orig.text.slice(orig.start, orig.end).split(/[ \t]+/u).at(-1) ?? '');
  const keys = words.map(keyOf);
  return words.some((w, i) => i > 0 && isCapitalised(w) && !NOT_NAMES.has(keys[i]!)) && !keys.some((w) => w === own || shape.own.has(w) || shape.establishing.has(w) || shape.bare.has(w));
}
