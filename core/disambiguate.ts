// Decides whether one regex hit is a mention of its topic, using the words around it and what the page has
// established. Runs only on hits (a handful per page), so it may afford a few small regex tests each.
import type { PageContext } from './page-context.ts';
import { phraseKey } from './phrase.ts';
import type { Alias, CompiledTopic, Shape } from './rules.ts';
import { inCredit, isAllCaps, isCapitalised, isPossessive, localCase, startsSentence, wordAfter, wordBefore, type LineCase, type Neighbour } from './shape.ts';

/** A spelling found in normalized text: [start, end) are normalized offsets. */
export interface Hit {
  alias: Alias;
  start: number;
  end: number;
}

/** Why a hit was rejected: codes, not sentences (the content script ships this file and has a size budget). */
export type RejectReason =
  | 'named-otherwise'
  | 'rejecting-word-nearby'
  | 'context-missing'
  | 'other-one-nearby'
  | 'page-means-other'
  | 'credit'
  | 'other-name-touching'
  | 'other-parties'
  | 'word-sense'
  | 'named-as'
  | 'unsupported';

export type Verdict = { accept: true; confidence: number } | { accept: false; reason: RejectReason };

/**
 * How sure a mention is. A listed full name is near-certain; a generated typo spelling is likely; a bare
 * ambiguous form depends on what backs it: the page's own full name, topic words nearby, or nothing.
 */
export const CONFIDENCE = {
  name: 0.98,
  typo: 0.8,
  ambiguousEstablished: 0.9,
  ambiguousSupported: 0.85,
  ambiguous: 0.7,
  /** A title right before the bare form ("President Abbas"). */
  titled: 0.92,
  /** Required context (deconfliction: Russia and Israel) found nearby. */
  inContext: 0.9,
  /** Required context missing nearby, but the page established the topic earlier (one sense per page). */
  inPage: 0.85,
  /** A bare form with nothing behind it that the page then named in full soon after (a headline above its story). */
  confirmedLater: 0.85,
} as const;

/**
 * Bare ambiguous forms below this confidence are not reported: on the corpus's test half a bare "Abbas" with
 * nothing on the page backing it was right too rarely (README "How sure a mention is").
 */
export const MIN_CONFIDENCE = 0.75;

/** Where a hit is in the original text (capitals intact), for the rules that read its shape. */
export interface Original {
  text: string;
  start: number;
  end: number;
}

// How far "right before"/"right after" looks: enough for the longest listed word and its separators ("Kata'ib").
const ADJACENT = 24;

function contextAround(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext): string {
  const from = Math.max(0, hit.start - topic.window);
  let before = norm.slice(from, hit.start);
  // Near the start of a block, the end of the previous blocks still counts (a heading, the paragraph before).
  if (before.length < topic.window && page.tail) before = `${page.tail.slice(before.length - topic.window)}\uFFFC${before}`;
  return `${before}\uFFFC${norm.slice(hit.end, hit.end + topic.window)}`;
}

// An apostrophe inside a word, but not a possessive "'s": "Kata'ib" and "Kataib" are one word, "Kiarostami's" stays.
const INNER_APOSTROPHE = /(?<=\p{L})'(?=\p{L})(?!s(?![\p{L}\p{N}]))/gu;

const joinInnerApostrophes = (s: string) => (s.includes("'") ? s.replace(INNER_APOSTROPHE, '') : s);

function rejectedBy(hit: Hit, topic: CompiledTopic, norm: string): string | null {
  // Most topics have no such words: then nothing is sliced.
  if (topic.rejectBefore) {
    const b = topic.rejectBefore.exec(joinInnerApostrophes(norm.slice(Math.max(0, hit.start - ADJACENT), hit.start)));
    if (b) return `${b[0].trim()} ${norm.slice(hit.start, hit.end)}`;
  }
  if (topic.rejectAfter) {
    const a = topic.rejectAfter.exec(joinInnerApostrophes(norm.slice(hit.end, hit.end + ADJACENT)));
    if (a) return `${norm.slice(hit.start, hit.end)} ${a[0].trim()}`;
  }
  return null;
}

// A naming phrase right before a name: the text is saying what something is called.
const NAMING = /(?:\b(?:known|called|call (?:it|them|the [\p{L}]+)|calling itself|calls itself|named|dubbed|styled|the name|the label|the acronym|acronym|abbreviated|abbreviation)(?:\s+(?:simply|locally|widely|also|often|sometimes|commonly|usually|in [\p{L}]+|by its [\p{L} ]+?|as|to|it))*\s+["'“‘]?)$/u;

const NAMING_WORD = /known|call|nam|dub|styl|label|acronym|abbrevia/;

/** Whether the page has named the topic itself in a way nothing else on it can override. */
const firmlyTopic = (page: PageContext, topic: CompiledTopic) => {
  const referent = page.referents.get(topic.id);
  return !!referent?.isTopic && !referent.weak;
};

/** `test` of the block being scanned, or of the block before it: asked once per block and topic. */
function inBlock(page: PageContext, norm: string, key: string, test: (text: string) => boolean): boolean {
  if (page.block?.text !== norm) page.block = { text: norm, answers: new Map(), before: page.block?.answers ?? new Map() };
  let answer = page.block.answers.get(key);
  if (answer === undefined) page.block.answers.set(key, (answer = test(norm)));
  return answer || page.block.before.get(key) === true;
}

// Within a sentence or so: what backs a name on a page that has just named another group or arrangement like it.
const NEAR = 60;

function backedNearby(hit: Hit, topic: CompiledTopic, norm: string): boolean {
  const near = norm.slice(Math.max(0, hit.start - NEAR), hit.end + NEAR);
  if (topic.requireNearby.length > 0) return topic.requireNearby.every((group) => group.test(near));
  return topic.supportNearby?.test(near) ?? false;
}

function readsWindow(topic: CompiledTopic, kind: Alias['kind']): boolean {
  if (topic.rejectNearby || topic.requireNearby.length > 0) return true;
  return kind === 'ambiguous' && (topic.ambiguousRejectNearby !== null || topic.supportNearby !== null);
}

// Capitalised words that are not names: sentence openers, days and months, pronouns. A name touching a hit is
// any other capitalised word (in ordinary sentences), so this list only has to hold what is not a name.
const NOT_NAMES = new Set(
  (
    'a an the and or but nor so yet if as at by for from in into of off on onto over per than then to up upon with ' +
    'without within via after before since until while when where whether why how what who whom whose which that ' +
    'this these those there here now today tonight yesterday tomorrow earlier later meanwhile still also even only ' +
    'just again once twice both either neither each every all some many most more much such no not nor never ever ' +
    'he she it we they i you his her its our their my your him them us me one two three four five several ' +
    'is are was were be been being has have had do does did will would shall should can could may might must ' +
    'said says told asked added according like unlike under amid among against between beyond despite during ' +
    'however instead indeed thus hence therefore although though because unless whereas ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr sir his hers new old former late current acting interim first last next top senior ' +
    'anti pro post pre ex non neo mid whatever whichever whenever wherever whoever perhaps maybe clearly certainly ' +
    'ultimately eventually finally initially originally officially reportedly apparently recently currently ' +
    'together unless yes no oh well why let lets although everyone nobody somebody nothing everything ' +
    'inside outside across beneath behind above below near around through throughout toward towards another other ' +
    'others die der das den dem le la les el los las il lo gli des du un une una'
  ).split(' '),
);

// Name particles in lower case: "al-Abbas", "Abbas ibn Ali", "Abbas al-Musawi".
const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'abu', 'abd', 'bani', 'ben', 'de', 'da', 'di', 'van', 'von']);

// Demonyms and the like: a proper-name modifier of an organisation that survives title case ("TURKISH HEZBOLLAH").
const DEMONYM = /(?:ish|ian|ean|i|ese|an|ic)$/u;
// Country-shaped names ("Turkey", "Algeria", "Iraq", "Bahrain", "Afghanistan") for owners and "(Indonesia)".
const PLACE = /(?:ia|stan|ey|aq|ain|an|ait|en|land)$/u;

// "Mr." is "Mr"; "Lebanon’s" keeps its possessive (the caller decides what an owner means).
/**
 * "HAMAS, Yasmine", "ABBAS, Yusuf Qasim;", "State v. Hamas, Youssef K.": a surname, a comma, then given names, as
 * results tables, sanctions lists and court dockets write people ("Abbas, Netanyahu and Putin" is a list).
 */
function surnameFirst(text: string, start: number, end: number): boolean {
  if (text[end] !== ',') return false;
  const rest = text.slice(end, end + 40);
  if (isAllCaps(text.slice(start, end)) && /^,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?:[ \t]+\p{Lu}\.)?[ \t]*(?:$|[;|(\t\n—–-])/u.test(rest)) return true;
  // "Hamas, Youssef K.", and a docket's "Abbas, Nadir v. Meridian Health".
  return /^,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:\p{Lu}\.(?:[ \t]|$)|v\.?[ \t])/u.test(rest);
}

// Titles that only a person takes: "Dr Hamas", "Coach Hamas".
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sgt', 'sergeant', 'capt', 'captain', 'judge', 'coach', 'sir', 'lady', 'madame', 'mme', 'monsieur', 'herr', 'frau', 'rabbi', 'imam', 'sheikh', 'father']);

const FAMILY = new Set(['family', 'families', 'brothers', 'sisters', 'clan', 'household', 'siblings', 'twins']);

// Acronyms that sit next to a group's name without being part of it ("US Hezbollah sanctions", "the IDF Hamas front").
const ACRONYMS = new Set(['us', 'uk', 'un', 'eu', 'idf', 'pa', 'plo', 'cia', 'isw', 'ap', 'bbc', 'cnn', 'afp', 'nyt']);

// Capitalised roles that may follow an organisation's name: "Hezbollah Secretary-General", "Hamas Political Bureau".
const ROLES = new Set(
  ('secretary deputy chief leader leaders commander commanders spokesman spokesperson spokeswoman official officials mp mps ' +
    'member members minister ministers political politburo bureau council shura executive media fighters militants ' +
    'government parliament bloc movement party tv radio operatives delegation envoy representative social services ' +
    'relations office offices forces fighters supporters loyalists militia').split(' '),
);

const keyOf = (word: string) => {
  const w = word.endsWith('.') ? word.slice(0, -1) : word;
  // Plain ASCII words (nearly all) need only lower case; the rest the full fold the word sets were built with.
  return /^[A-Za-z]+$/.test(w) ? w.toLowerCase() : phraseKey(w);
};

const isParticle = (n: Neighbour) => PARTICLES.has(keyOf(n.word)) || /^(?:al|el|ul|ibn|bin)[-'’]\p{L}/iu.test(n.word);

function isVerbLike(word: string): boolean {
  const w = keyOf(word);
  return /(?:[^s]s|ed|ing)$/.test(w);
}

/**
 * Whether a word touching a person's bare name is another part of someone else's name: capitalised, not one of the
 * topic's own words, not a common word. In capitals nothing can be told; in title case a verb-like word
 * ("Meets", "Named") is the headline's verb, anything else a name.
 */
function isOtherName(n: Neighbour, shape: Shape, text: string, caseOf: () => LineCase, side: 'before' | 'after'): boolean {
  const key = keyOf(n.word);
  // "Abbas I", "Shah Abbas II": a regnal number.
  if (side === 'after' && /^(?:I|II|III|IV)$/.test(n.word)) return true;
  if (!isCapitalised(n.word) || NOT_NAMES.has(key) || shape.own.has(key) || shape.establishing.has(key)) return false;
  if (n.joiner === 'hyphen' && shape.partners.has(key)) return false;
  if (shape.partners.has(key) && side === 'before' && n.joiner === 'space') return false;
  const lc = caseOf();
  if (lc === 'caps') return false;
  // An acronym in ordinary prose ("UN", "AFP") is an organisation, not a name.
  if (isAllCaps(n.word) && n.word.replace(/[^\p{L}]/gu, '').length > 1) return false;
  if (lc === 'title') return !isVerbLike(n.word);
  if (side === 'before' && startsSentence(text, n.at)) return !isVerbLike(n.word);
  return true;
}

/** Whether a word right before an organisation's name makes it another group ("Turkish Hezbollah", "Kataib Hezbollah"). */
function isOtherModifier(n: Neighbour, shape: Shape, caseOf: () => LineCase): boolean {
  // "Lebanon's Hezbollah" is the topic's own; "Algeria's Hamas", "Turkey's Hizbullah" are other groups.
  const owner = /['’]s?$/u.test(n.word) ? n.word.replace(/['’]s?$/u, '') : null;
  const key = keyOf(owner ?? n.word);
  if (n.joiner !== 'space' || !isCapitalised(n.word) || NOT_NAMES.has(key) || shape.own.has(key) || shape.partners.has(key)) return false;
  // "Iran-backed", "Iran-Backed", "Tehran-aligned": an adjective, not part of a name ("Ansar-e" is).
  if (/-(?:\p{Ll}{3,}|\p{L}+(?:ed|ing))$/u.test(n.word)) return false;
  // A short acronym in prose: a club's or unit's prefix ("PS Hizbullah") unless it is a state or body nearby.
  const lc = caseOf();
  if (isAllCaps(n.word) && lc !== 'caps') return n.word.length <= 3 && !ACRONYMS.has(key) && owner === null;
  if (owner !== null || lc !== 'sentence') return DEMONYM.test(key) || PLACE.test(key);
  return true;
}

function afterNames(orig: Original, after: Neighbour | null, shape: Shape, caseOf: () => LineCase): boolean {
  // "Hizbullah (Indonesia)": a parenthesised place that is not the topic's own.
  if (charAfterSpaces(orig.text, orig.end) === '(') {
    const paren = /^[ \t]*\((\p{Lu}\p{L}+)\)/u.exec(orig.text.slice(orig.end, orig.end + 40))?.[1];
    if (paren && !shape.own.has(keyOf(paren)) && (PLACE.test(keyOf(paren)) || DEMONYM.test(keyOf(paren)))) return true;
  }
  if (!after) return false;
  if (/^(?:al|el)[-'’]\p{L}/iu.test(after.word)) return true;
  // In sentence case a capitalised word after the name is more of the name ("Hisbollah Ballett", "Hezbollah
  // Bahrain"), unless it is a role the group has ("Hezbollah Secretary-General", "Hamas MP").
  const next = keyOf(after.word);
  if (after.joiner === 'space' && isCapitalised(after.word) && !isAllCaps(after.word) && caseOf() === 'sentence') {
    if (!ROLES.has(next.split(/[ -]/)[0] ?? '') && !NOT_NAMES.has(next) && !shape.own.has(next) && !shape.partners.has(next)) return true;
  }
  if (next !== 'of') return false;
  // "Hamas of Iraq", "Hezbollah of the Marshes": a name after "of" that is not the topic's own.
  let place = wordAfter(orig.text, after.at);
  if (place && keyOf(place.word) === 'the') place = wordAfter(orig.text, place.at);
  return !!place && isCapitalised(place.word) && !shape.own.has(keyOf(place.word)) && !NOT_NAMES.has(keyOf(place.word));
}

/** The first character after `end` past spaces and tabs ('' at the end). */
function charAfterSpaces(text: string, end: number): string {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] ?? '';
}

const QUOTES_BEFORE = '"“‘\'„«';
const QUOTES_AFTER = '"”’\'»';

/** An arrangement's own phrase: other parties make it another one; its own parties establish it. */
function byParties(hit: Hit, topic: CompiledTopic, shape: Shape, norm: string): RejectReason | 'titled' | null {
  if (!shape.otherParties) return null;
  // The noun phrase before ("the US–Russia deconfliction line") and a "between/with …" after it, in one clause.
  // A full stop ends a clause only before a space ("U.S.–Russia" is one phrase).
  const clauseStart = Math.max(norm.lastIndexOf('. ', hit.start - 1), norm.lastIndexOf(';', hit.start - 1), norm.lastIndexOf('(', hit.start - 1), hit.start - 50);
  // The rest of its clause: "the deconfliction line that links the coalition's air operations centre",
  // "deconfliction between the US and Russia", "deconfliction with the coalition".
  const after = norm.slice(hit.end, hit.end + 90);
  const between = /^(?:[ -]+[\p{L}']+){0,3}?[ -]+(?:between|among)((?:[ -]+[\p{L}'.]+){1,3}[ -]+and(?:[ -]+[\p{L}'.]+){1,3})/u.exec(after);
  const withWhom = /^(?:[ -]+[\p{L}']+){0,3}?[ -]+(?:with|for|linking|connecting|(?:that|which) (?:links|connects|joins))((?:[ -]+[\p{L}'.]+){1,4})/u.exec(after);
  const parties = `${between?.[1] ?? ''} ${withWhom?.[1] ?? ''}`;
  const phrase = norm.slice(clauseStart + 1, hit.start);
  if (shape.otherParties.test(phrase) || shape.otherParties.test(parties)) return 'other-parties';
  // "the Russian deconfliction line", "Israel's deconfliction with Moscow": the phrase names its own parties.
  if (topic.requireNearby.some((group) => group.test(phrase.slice(-25)) || group.test(parties))) return 'titled';
  return null;
}

/** The shape rules for one hit: a rejection, a title that establishes the topic, or nothing to say. */
function byShape(hit: Hit, topic: CompiledTopic, shape: Shape, orig: Original, norm: string, page: PageContext): RejectReason | 'titled' | null {
  const { text, start, end } = orig;
  // How the words around are written, worked out only when a rule needs it (most hits have no capitalised neighbour).
  let known: LineCase | undefined;
  const lc = () => (known ??= localCase(text, start, end));
  // A byline or photo credit names who made the page ("Photo: Yousef Hamas/Reuters"), whatever else it resembles.
  if (shape.kind !== 'arrangement' && (hit.alias.kind === 'ambiguous' || shape.kind === 'organisation') && inCredit(text, start, end)) return 'credit';
  // "see Abbas (disambiguation)", "Hamas (word)": the title of another page, not a mention.
  if (charAfterSpaces(text, end) === '(' && /^[ \t]*\(\p{Ll}+(?: \p{Ll}+)?\)/u.test(text.slice(end, end + 30))) return 'credit';
  if (shape.kind === 'arrangement') return byParties(hit, topic, shape, norm);
  const after = wordAfter(text, end);
  // "the Abbas family", "the Hamas brothers": a family name.
  if (after && FAMILY.has(after.word.toLowerCase())) return 'other-name-touching';
  if (shape.kind === 'person') {
    if (hit.alias.kind !== 'ambiguous') return null;
    if (surnameFirst(text, start, end)) return 'other-name-touching';
    // "Abbas is an Arabic given name": the text speaks of the name itself.
    if (/^[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}(?:name|surname|forename)\b/u.test(text.slice(end, end + 60))) return 'named-as';
    const before = wordBefore(text, start);
    // "Dr Abbas", "Coach Abbas": a title the topic does not take.
    if (before && PERSON_TITLES.has(keyOf(before.word)) && !shape.own.has(keyOf(before.word))) return 'other-name-touching';
    if ((before && isParticle(before)) || (after && isParticle(after))) return 'other-name-touching';
    if (before && shape.establishing.has(keyOf(before.word))) return 'titled';
    if (before && isOtherName(before, shape, text, lc, 'before')) return 'other-name-touching';
    if (after && isOtherName(after, shape, text, lc, 'after')) return 'other-name-touching';
    return null;
  }
  if (shape.kind === 'organisation') {
    const before = wordBefore(text, start);
    if (before && isOtherModifier(before, shape, lc)) return 'other-name-touching';
    // "Hamas, who has covered Gaza": a person; a group is "which" or "that". "Dr Hamas": a person too.
    if (text[end] === ',' && /^,\s*who\b/u.test(text.slice(end, end + 8))) return 'other-name-touching';
    if (before && PERSON_TITLES.has(keyOf(before.word))) return 'other-name-touching';
    if (surnameFirst(text, start, end)) return 'other-name-touching';
    // "HAMAS Inès": a surname in capitals before a given name, as results tables and rolls write people.
    const next = after;
    if (next && next.joiner === 'space' && isCapitalised(next.word) && !isAllCaps(next.word) && isAllCaps(text.slice(start, end)) && lc() !== 'caps') {
      const key = keyOf(next.word);
      if (!isVerbLike(next.word) && !ROLES.has(key) && !NOT_NAMES.has(key) && !shape.own.has(key) && !shape.partners.has(key)) return 'other-name-touching';
    }
    if (before && shape.own.has(keyOf(before.word.replace(/['’]s?$/u, '')))) return 'titled';
    if (!isPossessive(text, end) && afterNames(orig, after, shape, lc)) return 'other-name-touching';
    // "known locally simply as Hizbullah", "took the name Hizbullah": a name given to something, which is the topic
    // only when the topic's own words say so nearby.
    const lead = norm.slice(Math.max(0, hit.start - 45), hit.start);
    if (NAMING_WORD.test(lead) && NAMING.test(lead) && !backedNearby(hit, topic, norm)) return 'named-as';
    // "the "Hamas" there meant Nahnah's party": a name in quotation marks is spoken of, not used.
    if (QUOTES_BEFORE.includes(text[start - 1] ?? 'x') && QUOTES_AFTER.includes(text[end] ?? 'x') && !backedNearby(hit, topic, norm)) return 'named-as';
    const surface = text.slice(start, end);
    // At the start of a sentence the capital is the sentence's, not a name's: "Hamas, in Genesis 6:11, is…", or on
    // a page that has already glossed the word.
    if (startsSentence(text, start) && shape.wordSense) {
      const near = norm.slice(Math.max(0, hit.start - 80), hit.end + 80);
      if (page.words.has(topic.id) || (shape.wordSense.test(near) && !topic.supportNearby?.test(near))) return 'word-sense';
    }
    if (shape.wordSense && surface === surface.toLowerCase() && !/\p{Lu}/u.test(surface) && lc() === 'sentence') {
      // "the Hebrew word hamas", "ḥāmās": a lower-case form glossed as a word, or written with a scholar's accents;
      // once a page has glossed it, its later lower-case forms are the word too.
      if (/[^\x00-\x7F]/.test(surface) || page.words.has(topic.id) || shape.wordSense.test(norm.slice(Math.max(0, hit.start - 80), hit.end + 80))) {
        page.words.add(topic.id);
        return 'word-sense';
      }
    }
    return null;
  }
  return null;
}

/**
 * Judges one hit, and records in `page` what a full form establishes about later bare forms of the topic
 * (nearest full form wins: "Abbas Araghchi … Abbas" → not Mahmoud Abbas; "Mahmoud Abbas … Abbas" → him).
 * `orig` is the hit in the original text, whose capitals the shape rules read.
 *
 * @example
 * const norm = 'zaheer abbas scored';
 * judge({ alias: { topic: 'abbas', kind: 'ambiguous' }, start: 7, end: 12 }, rules.topics.get('abbas')!, norm, page);
 * // { accept: false, reason: 'named-otherwise' } (and the page's "Abbas" is now Zaheer Abbas)
 */
export function judge(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext, orig?: Original): Verdict {
  const { kind } = hit.alias;
  const other = rejectedBy(hit, topic, norm);
  if (other) {
    if (kind === 'ambiguous' || topic.shape?.kind === 'arrangement') page.referents.set(topic.id, { isTopic: false, label: other });
    return { accept: false, reason: 'named-otherwise' };
  }
  const shaped = topic.shape && orig ? byShape(hit, topic, topic.shape, orig, norm, page) : null;
  if (shaped === 'credit' || shaped === 'word-sense') return { accept: false, reason: shaped };
  // "known as Hamas", "the "Hamas" there": the page has given the name to something else.
  // "known as Hamas", "the "Hamas" there": the page speaks of the name, which says nothing of its later uses.
  if (shaped === 'named-as') return { accept: false, reason: shaped };
  const kindOfName = topic.shape?.kind;
  // "For the Iraqi group, see Hamas of Iraq": a pointer to another page names nothing on this one.
  const crossReference = /\bsee (?:also )?[^.;,:()]{0,25}$/.test(norm.slice(Math.max(0, hit.start - 35), hit.start));
  if ((shaped === 'other-name-touching' || shaped === 'other-parties') && crossReference) return { accept: false, reason: shaped };
  if (shaped === 'other-name-touching' || shaped === 'other-parties') {
    // A full name of someone (or something) else: later bare forms on this page mean them. A page that has already
    // named the group itself keeps meaning it ("Hezbollah … unlike Turkish Hizbullah … Hezbollah").
    if (kind === 'ambiguous' || kindOfName === 'arrangement' || (kindOfName === 'organisation' && !firmlyTopic(page, topic))) {
      page.referents.set(topic.id, { isTopic: false, label: norm.slice(hit.start, hit.end) });
    }
    return { accept: false, reason: shaped };
  }
  const otherContext = topic.shape?.otherContext;
  if (kindOfName === 'organisation' && otherContext && !page.referents.get(topic.id)?.isTopic && inBlock(page, norm, `${topic.id} other`, (t) => otherContext.test(t))) {
    // "a Hizbullah cell" on a page about Diyarbakir that has said nothing of Lebanon: the Turkish group.
    const around = contextAround(hit, topic, norm, page);
    if (otherContext.test(around) && !topic.supportNearby?.test(around)) {
      page.referents.set(topic.id, { isTopic: false, label: norm.slice(hit.start, hit.end) });
      return { accept: false, reason: 'other-one-nearby' };
    }
  }
  if (kindOfName === 'organisation' || kindOfName === 'arrangement') {
    const referent = page.referents.get(topic.id);
    // An own modifier ("Lebanese Hezbollah", "the Russian deconfliction line") overrides what the page said before.
    if (shaped === 'titled' && kindOfName === 'organisation') page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end) });
    else if (shaped !== 'titled' && referent && !referent.isTopic && !backedNearby(hit, topic, norm)) return { accept: false, reason: 'page-means-other' };
    else if (kindOfName === 'organisation' && !referent) page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end), weak: true });
    // Until the page says something of the group's own (Gaza, Israel, Lebanon…), its name may be anyone's: it waits.
    if (kindOfName === 'organisation' && topic.supportNearby && !page.supported.has(topic.id)) {
      if (!topic.supportNearby.test(contextAround(hit, topic, norm, page))) return { accept: true, confidence: CONFIDENCE.ambiguous };
      page.supported.add(topic.id);
      page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end) });
    }
  }
  // A page that has established its agreement keeps meaning it: its context need not be looked for again.
  if (kindOfName === 'arrangement' && page.referents.get(topic.id)?.isTopic && !topic.rejectNearby) {
    return { accept: true, confidence: CONFIDENCE.inPage };
  }
  // The window around the hit is built only when a rule reads it (most hits are full names without such rules).
  const window = readsWindow(topic, kind) ? contextAround(hit, topic, norm, page) : '';
  if (topic.rejectNearby?.test(window)) return { accept: false, reason: 'rejecting-word-nearby' };
  if (!topic.requireNearby.every((group) => group.test(window))) {
    const referent = page.referents.get(topic.id);
    if (referent?.isTopic && topic.shape?.kind === 'arrangement') return { accept: true, confidence: CONFIDENCE.inPage };
    return { accept: false, reason: 'context-missing' };
  }
  if (kind !== 'ambiguous') {
    // An organisation's sense was settled above (only a backed or own-modified name establishes it).
    if (kindOfName !== 'organisation') page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end) });
    page.named.add(topic.id);
    if (topic.requireNearby.length > 0) return { accept: true, confidence: CONFIDENCE.inContext };
    return { accept: true, confidence: kind === 'name' ? CONFIDENCE.name : CONFIDENCE.typo };
  }
  if (topic.ambiguousRejectNearby?.test(window)) return { accept: false, reason: 'other-one-nearby' };
  if (shaped === 'titled') {
    page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end) });
    return { accept: true, confidence: CONFIDENCE.titled };
  }
  const referent = page.referents.get(topic.id);
  // A page that has named both (Mahmoud Abbas, then a footballer Oday Abbas): the topic's own words right by the
  // bare form say which one it is.
  if (referent && !referent.isTopic && page.named.has(topic.id) && backedNearby(hit, topic, norm)) return { accept: true, confidence: CONFIDENCE.ambiguousSupported };
  if (referent && !referent.isTopic) return { accept: false, reason: 'page-means-other' };
  if (referent) return { accept: true, confidence: CONFIDENCE.ambiguousEstablished };
  if (topic.supportNearby?.test(window)) return { accept: true, confidence: CONFIDENCE.ambiguousSupported };
  return { accept: true, confidence: CONFIDENCE.ambiguous };
}
