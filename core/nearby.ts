// What backs a hit from close by: the topic's own words within a sentence or so, the words a contrast governs left
// out. Read where a page has just named another group or arrangement like the topic; and a listed other name touching the hit.
import type { Hit } from './hit.ts';
import { isPlain, plainTwin, twinned } from './plain.ts';
import type { WholeWords } from './phrase.ts';
import type { CompiledTopic, Shape } from './rules.ts';
import { wordBefore } from './shape.ts';
import { keyOf, namesCountry, namesPlace } from './shape-words.ts';

// "Hamas leaders", "Hamas-run", "Hezbollah's fighters": what only an armed movement has, right after its name.
const GROUP_ROLE_AFTER = /* @__PURE__ */ twinned(/^(?:['’]s)?(?: (?:leaders?|leadership|officials?|fighters?|militants?|militia|spokes(?:man|woman|person)|delegation|commanders?|negotiators?|(?:founding )?charter|political bureau|politburo|operatives?|gunmen|gunman|flags|banners|strongholds?|rockets?|tunnels?|rule|takeover|government|authorities|(?:military|armed) wing|captivity|hostage-takers)(?![\p{L}])|-(?:led|run|controlled|ruled)(?![\p{L}]))/u);
// "the designated terrorist organisation (Hizballah)": what the law calls an armed group, right before its name.
const GROUP_KIND_BEFORE = /(?:terrorist|militant|armed|paramilitary) (?:organi[sz]ation|group|movement)\W{0,3}$/u;

// "label Hamas a terrorist organisation", "describe Hamas as 'freedom fighters'": what it is called, right after it.
const GROUP_KIND_AFTER = /^ (?:as |a |an ){1,2}\W{0,2}(?:terrorist|militant|armed|paramilitary|freedom fighters|resistance)\b/u;

/** One of an armed movement's roles right after its name ("Hamas negotiator", "Hezbollah-run"). */
export const groupRoleAfter = (hit: Hit, norm: string) => GROUP_ROLE_AFTER.test(norm.slice(hit.end, hit.end + 24));

/** What only an armed movement has, right after its name or right before it ("Hamas-run", "the militant group Hamas"). */
export const groupWordsBeside = (hit: Hit, norm: string) =>
  groupRoleAfter(hit, norm) || GROUP_KIND_BEFORE.test(norm.slice(Math.max(0, hit.start - 40), hit.start)) || GROUP_KIND_AFTER.test(norm.slice(hit.end, hit.end + 30));

// Within a sentence or so: what backs a name on a page that has just named another group or arrangement like it.
const NEAR = 60;

// A contrast names what the hit is not: "unrelated to the Lebanese movement", "not to be confused with".
// The words it governs (up to the next punctuation) do not back the hit.
const CONTRAST =
  /\b(?:unrelated to|not (?:to be )?confused with|distinct from|different from|separate from|(?:no|not) (?:[\p{L}-]+ )?(?:relation|relationship|link|links|connection|connections|ties|tie) (?:to|with)|(?:not|never) (?:linked|connected|related|tied|affiliated) (?:to|with)|nothing to do with)\b[^.,;:!?()\n\uFFFC]{0,40}/gu;

const CONTRAST_WORD = /unrelated|confused|distinct|differ|separate|relation|link|connect|ties|tied|affiliat|nothing/;

/** The text without the words a contrast governs (a cheap test first: most windows have none). */
export const withoutContrast = (text: string) => (CONTRAST_WORD.test(text) ? text.replace(CONTRAST, ' ') : text);

/** Whether `text` names every one of an arrangement's own parties (Israel and Russia); true for a topic without any. */
export const namesItsParties = (topic: CompiledTopic, text: string) => topic.requireNearby.every((group) => group.test(text));

/** Whether the topic's own words (for an arrangement, its parties) are right by the hit, contrasts left out. */
export function backedNearby(hit: Hit, topic: CompiledTopic, norm: string): boolean {
  const before = norm.slice(Math.max(0, hit.start - NEAR), hit.start);
  const after = norm.slice(hit.end, hit.end + NEAR);
  // What a person said before the name says what they speak of, not who they are: '"…losing to Hamas," Abbas said'.
  // (Each side on its own: in "no link to Hamas in Gaza" the name is the disclaimer's object, and Gaza its own.)
  const near = `${withoutContrast(topic.shape?.kind === 'person' ? unquoted(before) : before)}${norm.slice(hit.start, hit.end)}${withoutContrast(after)}`;
  if (topic.requireNearby.length > 0) {
    if (namesItsParties(topic, near)) return true;
    // An arrangement's own sentence that names its parties and no others ("That deconfliction mechanism, created in
    // 2015 when Russian jets arrived at Latakia, allowed Israel to strike…").
    const sentence = sentenceAround(norm, hit, 160);
    return namesItsParties(topic, sentence) && !topic.shape?.otherParties?.test(sentence);
  }
  return topic.supportNearby?.test(near) ?? false;
}

const QUOTE_MARKS = '"“”«»';
const QUOTED = /["“«][^"“”«»]*["”»]/gu;

/**
 * Text before a hit without the quotations in it. A mark alone either closes a quotation the window's start cut or
 * opens one the hit is in: only the text after it stays with the name.
 */
function unquoted(before: string): string {
  let marks = 0;
  let last = -1;
  for (let i = 0; i < before.length; i++) {
    if (QUOTE_MARKS.includes(before[i]!)) {
      marks++;
      last = i;
    }
  }
  if (marks === 0) return before;
  return (marks % 2 === 1 ? before.slice(last + 1) : before).replace(QUOTED, ' ');
}

/** The sentence a hit is in, at most `reach` characters either side. */
export function sentenceAround(norm: string, hit: Hit, reach: number): string {
  const before = norm.slice(Math.max(0, hit.start - reach), hit.start);
  const after = norm.slice(hit.end, hit.end + reach);
  const stop = before.lastIndexOf('. ');
  const next = after.indexOf('. ');
  return `${stop >= 0 ? before.slice(stop + 1) : before}${norm.slice(hit.start, hit.end)}${next >= 0 ? after.slice(0, next) : after}`;
}

/** Whether a clause says nothing of the topic's own and sets nothing apart with a contrast ("no connection to Hamas"). */
export const nothingOwnIn = (clause: string, topic: CompiledTopic) => withoutContrast(clause) === clause && !topic.supportNearby?.test(clause);

// What ends a clause: a sentence's end, a list's or a table's separator, a block's start, a contrast.
const CLAUSE_STOP = /[.?!]["”’)]? |[|·•▸►;\uFFFC]| (?:while|whereas|unlike|but|although) /gu;

/** The clause (or headline, or list item) a hit stands in, hit included, at most 150 characters either side. */
export function clauseOf(norm: string, hit: Hit): string {
  const before = norm.slice(Math.max(0, hit.start - 150), hit.start);
  const after = norm.slice(hit.end, hit.end + 150);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_STOP)) from = m.index + m[0].length;
  CLAUSE_STOP.lastIndex = 0;
  const to = after.search(CLAUSE_STOP);
  return `${before.slice(from)}${norm.slice(hit.start, hit.end)}${to >= 0 ? after.slice(0, to) : after}`;
}

// How far "right before"/"right after" looks: enough for the longest listed word and its separators ("Kata'ib").
const ADJACENT = 24;

// An apostrophe inside a word, but not a possessive "'s": "Kata'ib" and "Kataib" are one word, "Kiarostami's" stays.
const INNER_APOSTROPHE = /(?<=\p{L})'(?=\p{L})(?!s(?![\p{L}\p{N}]))/gu;

const INNER_APOSTROPHE_PLAIN = /* @__PURE__ */ plainTwin(INNER_APOSTROPHE);

const joinInnerApostrophes = (s: string) => (s.includes("'") ? s.replace(isPlain(s) ? INNER_APOSTROPHE_PLAIN : INNER_APOSTROPHE, '') : s);

/** "the other Abbas", "another Hamas from the same family": one of the name set apart from the one a reader knows. */
const OTHER_ONE_BEFORE = /* @__PURE__ */ twinned(/(?:^|[^\p{L}])(?:the[ \t]+other|another|different|wrong)[ \t]*["“'‘]?$/u);
/** …used as a noun: a verb, a preposition or punctuation follows, not a noun it qualifies ("another Hamas attack"). */
const OTHER_ONE_AFTER = /* @__PURE__ */ twinned(/^["”'’]?(?:[ \t]*(?:$|[,.;:!?)—–])|[ \t]+(?:is|was|who|from|in|of|at|on|did|does|has|had|came|and|or|but|with|that|which|as|to)(?![\p{L}]))/u);

/** "growing up as an Abbas in Nablus", "every Abbas in the Middle East": a person's name counted as a noun is anyone so named. */
const ONE_OF_NAME_BEFORE = /(?:^|[^\p{L}])(?:an?|every|any|each|one)[ \t]*$/u;
const ONE_OF_NAME_AFTER = /^(?:[ \t]*(?:$|[,.;:!?)—–])|[ \t]+(?:is|was|in|from|of|and|too)(?![\p{L}]))/u;

const OURS_BEFORE = /* @__PURE__ */ twinned(/(?:^|[^\p{L}])(?:our|notre|unsere?|nuestr[oa])[ \t]*["“'‘]?$/u);

/** A listed other name right before or after the hit ("Kata'ib Hezbollah", "Abbas Araghchi"), as the page writes it. */
export function rejectedBy(hit: Hit, topic: CompiledTopic, norm: string, previous: string): string | null {
  if (OTHER_ONE_BEFORE.test(norm.slice(Math.max(0, hit.start - 14), hit.start)) && OTHER_ONE_AFTER.test(norm.slice(hit.end, hit.end + 8))) {
    return `other ${norm.slice(hit.start, hit.end)}`;
  }
  // "our Hizbullah are in parliament", "notre Hamas à nous": the speaker's own group, not the one the news means.
  if (topic.shape?.kind === 'organisation' && OURS_BEFORE.test(norm.slice(Math.max(0, hit.start - 8), hit.start))) {
    return `our ${norm.slice(hit.start, hit.end)}`;
  }
  if (topic.shape?.kind === 'person' && ONE_OF_NAME_BEFORE.test(norm.slice(Math.max(0, hit.start - 8), hit.start)) && ONE_OF_NAME_AFTER.test(norm.slice(hit.end, hit.end + 8))) {
    return `one ${norm.slice(hit.start, hit.end)}`;
  }
  // Most topics have no such words: then nothing is sliced.
  if (topic.rejectBefore) {
    // A name broken over two lines ("Kata'ib" ending one, "Hezbollah" opening the next) is still one name.
    const lead = norm.slice(Math.max(0, hit.start - ADJACENT), hit.start);
    const before = hit.start < ADJACENT && lead.trim() === '' ? `${previous.slice(-ADJACENT)} ` : lead;
    const b = topic.rejectBefore.exec(joinInnerApostrophes(before));
    if (b) return `${b[0].trim()} ${norm.slice(hit.start, hit.end)}`;
  }
  if (topic.rejectAfter) {
    const a = topic.rejectAfter.exec(joinInnerApostrophes(norm.slice(hit.end, hit.end + ADJACENT)));
    if (a) return `${norm.slice(hit.start, hit.end)} ${a[0].trim()}`;
  }
  return null;
}

// What sets a named group apart from the bare name after it in one clause: "Kataib Hezbollah is not Hezbollah",
// "… part of Hezbollah", "the Iraqi version of Hezbollah", "Kataib Hezbollah and Hezbollah".
const SET_APART = /\b(?:not|part of|branch of|wing of|arm of|copy of|clone of|version of|proxy of|modell?ed on|inspired by|named after|unlike|than|and|or|vs|versus)\b/u;

/** Whether another group's name (`label`) stands in the hit's clause before it, set apart from it. */
export function setApartFrom(hit: Hit, norm: string, label: string): boolean {
  if (!label.includes(' ')) return false;
  // The label is kept with inner apostrophes joined ("kataib hezbollah"), as rejectedBy reads it.
  const before = joinInnerApostrophes(norm.slice(Math.max(0, hit.start - 80), hit.start));
  const at = before.lastIndexOf(label);
  if (at < 0) return false;
  const between = before.slice(at + label.length);
  return between.length <= 40 && !/[.;!?]/.test(between) && SET_APART.test(between);
}

// "asked whether he was related to President Abbas", "no relation to Hamas": what a namesake is said to be kin to
// is the famous one.
const RELATED_TO = /\b(?:related|relation|kin) to (?:the )?(?:(?:palestinian )?president )?$/u;

/** Whether the text right before the hit asks or says who a namesake is related to (text folded). */
export const relatedTo = (hit: Hit, norm: string) => RELATED_TO.test(norm.slice(Math.max(0, hit.start - 40), hit.start));

// "a portfolio spread across Turkey, Algeria and Sudan": a list of three or more places, where none modifies the name
// (not "in Diyarbakir, Batman and Mardin", where every one is the other group's).
const PLACE_LIST = /(?<![\p{L}])[\p{L}'’-]+(?:, [\p{L}'’-]+)+,? (?:and|or) [\p{L}'’-]+(?![\p{L}])/gu;
const LIST_SEPARATORS = /,? (?:and|or) |, /u;

/** `text` without its lists of places that are not all another group's (`otherContext` says whose). */
export const withoutPlaceLists = (text: string, otherContext: WholeWords) =>
  text.replace(PLACE_LIST, (list) => (list.split(LIST_SEPARATORS).every((item) => otherContext.test(item)) ? list : ' '));

// A faith's adjective looks like a people's (namesPlace) but places no group: "the Islamic party Hamas" of Algeria.
const FAITH = /^(?:islamic|islamist|shia|shiite|sunni|muslim|arab|arabic)$/u;
// The words a group's own noun phrase may hold between its country and its name ("the Lebanese Shia party Hezbollah").
const GROUP_NOUN = /^(?:party|group|movement|militia|organi[sz]ation|and|armed|political|militant|paramilitary)$/u;

/**
 * "Lebanon's Hezbollah", "the Lebanese Shia party and militia Hezbollah": the group's own country opens the noun
 * phrase right before its name (after no other place).
 */
export function ownPlaceBefore(text: string, start: number, shape: Shape): boolean {
  let at = start;
  for (let words = 0; words < 5; words++) {
    const before = wordBefore(text, at);
    if (!before || before.joiner !== 'space') return false;
    const key = keyOf(before.word.replace(/['’][sS]?$/u, ''));
    if (shape.own.has(key) && (namesCountry(key) || (namesPlace(key) && !FAITH.test(key)))) {
      const prior = wordBefore(text, before.at);
      return !prior || prior.joiner !== 'space' || !namesPlace(keyOf(prior.word)) || shape.own.has(keyOf(prior.word));
    }
    if (!shape.own.has(key) && !GROUP_NOUN.test(before.word)) return false;
    at = before.at;
  }
  return false;
}
