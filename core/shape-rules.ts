// The rules that read the shape of the text around a hit (core/shape.ts): another name touching a person's bare
// name, a proper-name modifier around an organisation's, other parties of an arrangement, credits, names spoken of
// rather than used. Each says only whether the hit is someone or something else; disambiguate.ts weighs the rest.
import { byParties } from './arrangement-rules.ts';
import type { Hit, Original } from './hit.ts';
import { backedNearby } from './nearby.ts';
import type { PageContext } from './page-context.ts';
import { phraseKey } from './phrase.ts';
import type { CompiledTopic, Shape } from './rules.ts';
import { inCredit, isAllCaps, isCapitalised, isPossessive, localCase, startsSentence, wordAfter, wordBefore, type LineCase, type Neighbour } from './shape.ts';

export type { Hit, Original } from './hit.ts';

/** What the shape of the text says of a hit: someone or something else (why), its own title, or nothing. */
export type ShapeVerdict = 'credit' | 'other-name-touching' | 'other-parties' | 'word-sense' | 'named-as' | 'titled' | null;

// A naming phrase right before a name: the text is saying what something is called.
const NAMING = /(?:\b(?:known|called|call (?:it|them|the [\p{L}]+)|calling itself|calls itself|named|dubbed|styled|the name|(?:its|their|his|her) (?:original |old |former |full |short )?name|the label|the acronym|acronym|abbreviated|abbreviation)(?:\s+(?:until \d{4}|since \d{4}|in the \d{4}s|formerly|previously|originally|simply|locally|widely|also|often|sometimes|commonly|usually|in [\p{L}]+|by its [\p{L} ]+?|as|to|it))*,?\s+["'“‘]?)$/u;

const REPORTED_LABEL = /\bwhat (?:[\p{L}'’-]+ ){1,3}(?:called|calls|described as|describes as|termed|terms)\s+["'“‘]?$/u;

const NAMING_WORD = /known|call|nam|dub|styl|label|acronym|abbrevia/;

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

/**
 * "HAMAS, Yasmine", "ABBAS, Yusuf Qasim;", "State v. Hamas, Youssef K.": a surname, a comma, then given names, as
 * results tables, sanctions lists and court dockets write people ("Abbas, Netanyahu and Putin" is a list).
 */
function surnameFirst(text: string, start: number, end: number): boolean {
  if (text[end] !== ',') return false;
  const rest = text.slice(end, end + 40);
  if (isAllCaps(text.slice(start, end)) && /^,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?:[ \t]+\p{Lu}\.)?[ \t]*(?:$|[;|(\t\n—–-])/u.test(rest)) return true;
  // A reference list's "Hamas, K., Abbas, R. & Lindqvist, E. (2023)": a surname and initials.
  if (/^,[ \t]*\p{Lu}\.(?:[ \t-]*\p{Lu}\.)*(?:,|[ \t]+(?:&|and)[ \t]|[ \t]*\()/u.test(rest)) return true;
  // "Hamas, Youssef K.", and a docket's "Abbas, Nadir v. Meridian Health".
  return /^,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:\p{Lu}\.(?:[ \t]|$)|v\.?[ \t])/u.test(rest);
}

// Titles that only a person takes: "Dr Hamas", "Coach Hamas".
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sgt', 'sergeant', 'capt', 'captain', 'judge', 'coach', 'sir', 'lady', 'madame', 'mme', 'monsieur', 'herr', 'frau', 'rabbi', 'imam', 'sheikh', 'father']);

const DOTTED_TITLE = /(?:^|[^\p{L}])(Mrs|Mr|Ms|Dr|Prof|Sgt|Capt)\.[ \t\u00A0]+$/u;

/** Whether spaces and a full stop come right before `start`: what DOTTED_TITLE needs, tested without a regex. */
function dotBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00A0')) i--;
  return i < start - 1 && text[i] === '.';
}

// "Abbas is an Arabic given name", and the plain start of it every such text has.
const NAME_ITSELF = /^[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}(?:name|surname|forename)\b/u;
const IS_WAS = /[ \t]+(?:is|was)[ \t]/y;

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

// "Mr." is "Mr"; "Lebanon’s" keeps its possessive (the caller decides what an owner means).
const keyOf = (word: string) => {
  const w = word.endsWith('.') ? word.slice(0, -1) : word;
  // Plain ASCII words (nearly all) need only lower case; the rest the full fold the word sets were built with.
  return /^[A-Za-z]+$/.test(w) ? w.toLowerCase() : phraseKey(w);
};

// A joined particle's separator comes after its two or three letters: tested first, as most words have none.
const joinedAt = (word: string, ...at: number[]) => at.some((i) => "-'’".includes(word[i] ?? 'x'));
const isParticle = (n: Neighbour) => PARTICLES.has(keyOf(n.word)) || (joinedAt(n.word, 2, 3) && /^(?:al|el|ul|ibn|bin)[-'’]\p{L}/iu.test(n.word));

function isVerbLike(word: string): boolean {
  const w = keyOf(word);
  // Short "-ed" words are more often given names ("Javed", "Ahmed", "Khaled") than a verb before a name.
  return /(?:[^s]s|ing)$/.test(w) || (/ed$/.test(w) && w.length >= 8);
}

/**
 * Whether a word touching a person's bare name is another part of someone else's name: capitalised, not one of the
 * topic's own words, not a common word. In capitals nothing can be told; in title case a verb-like word
 * ("Meets", "Named") is the headline's verb, anything else a name.
 */
// Nouns a hyphenated pair of names qualifies: "the Abbas-Beilin understanding" names two parties, not one person.
const PAIR_NOUNS = new Set(
  'talks meeting meetings summit agreement accord accords understanding plan deal channel initiative declaration letter letters framework document negotiations track rivalry feud split handshake call government governments era years'.split(' '),
);

function isOtherName(n: Neighbour, shape: Shape, text: string, caseOf: () => LineCase, side: 'before' | 'after', end: number): boolean {
  const key = keyOf(n.word);
  if (n.joiner === 'hyphen') {
    const noun = wordAfter(text, side === 'after' ? n.at : end);
    if (noun && noun.joiner === 'space' && PAIR_NOUNS.has(noun.word.toLowerCase())) return false;
  }
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

const FRENCH_WORDS = /(?<![\p{L}])(?:le|la|les|des|du|est|une|qui|que|selon|avec|pour|dans|sur|été|aux|au|d'|l')(?![\p{L}])/gu;

function frenchMister(text: string, start: number): boolean {
  if (!/(?:^|[^\p{L}])M\.[ \t\u00A0]+$/u.test(text.slice(Math.max(0, start - 5), start))) return false;
  return (text.slice(Math.max(0, start - 120), start + 120).match(FRENCH_WORDS)?.length ?? 0) >= 3;
}

/** Whether a capitalised possessive before a person's name is an owner the topic's person never has. */
function isOtherOwner(n: Neighbour, shape: Shape, topic: CompiledTopic): boolean {
  if (n.joiner !== 'space' || !/\p{L}['’][sS]$/u.test(n.word) || !isCapitalised(n.word)) return false;
  const owner = n.word.slice(0, -2);
  const key = keyOf(owner);
  return !NOT_NAMES.has(key) && !shape.own.has(key) && !shape.partners.has(key) && !shape.establishing.has(key) && !(topic.supportNearby?.test(owner) ?? false);
}

/** Whether a word right before an organisation's name makes it another group ("Turkish Hezbollah", "Kataib Hezbollah"). */
function isOtherModifier(n: Neighbour, shape: Shape, caseOf: () => LineCase, text: string): boolean {
  // "Lebanon's Hezbollah" is the topic's own; "Algeria's Hamas", "Turkey's Hizbullah" are other groups.
  const owner = /['’][sS]?$/u.test(n.word) ? n.word.replace(/['’][sS]?$/u, '') : null;
  const key = keyOf(owner ?? n.word);
  if (n.joiner !== 'space' || !isCapitalised(n.word) || NOT_NAMES.has(key) || shape.own.has(key) || shape.partners.has(key)) return false;
  // "Iran-backed", "Iran-Backed", "Tehran-aligned": an adjective, not part of a name ("Ansar-e" is).
  if (/-(?:\p{Ll}{3,}|\p{L}+(?:ed|ing))$/u.test(n.word)) return false;
  // A short acronym in prose: a club's or unit's prefix ("PS Hizbullah") unless it is a state or body nearby.
  const lc = caseOf();
  if (isAllCaps(n.word) && lc !== 'caps') return n.word.length <= 3 && !ACRONYMS.has(key) && owner === null;
  if (owner !== null || lc !== 'sentence') return DEMONYM.test(key) || PLACE.test(key);
  // At a sentence or list item's start the capital is the sentence's: "Assassinated Hamas members".
  if (startsSentence(text, n.at)) return !isVerbLike(n.word);
  return true;
}

function afterNames(orig: Original, after: Neighbour | null, shape: Shape, caseOf: () => LineCase): boolean {
  // "Hizbullah (Indonesia)": a parenthesised place that is not the topic's own.
  if (charAfterSpaces(orig.text, orig.end) === '(') {
    const paren = /^[ \t]*\((\p{Lu}\p{L}+)\)/u.exec(orig.text.slice(orig.end, orig.end + 40))?.[1];
    if (paren && !shape.own.has(keyOf(paren)) && (PLACE.test(keyOf(paren)) || DEMONYM.test(keyOf(paren)))) return true;
  }
  if (!after) return false;
  if (joinedAt(after.word, 2) && /^(?:al|el)[-'’]\p{L}/iu.test(after.word)) return true;
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

const SPOKEN_OF = /\b(?:the (?:label|name|word|term|acronym|spelling|title|banner|heading)|seeing|reads?|spelled|spelt|written|uses?|used|using)\W{0,3}$/u;
const MEANT = /^\W{0,3}(?:meant|means|refers to|referred to|stands for|stood for|was used for|is used for|as (?:a )?(?:shorthand|label|byword|catch-all|synonym))\b/u;
const PERSON_APPOSITIVE = /^\s*[—–,]\s*the (?:scholar|professor|academic|author|writer|novelist|poet|athlete|runner|sprinter|player|striker|goalkeeper|coach|doctor|surgeon|lawyer|judge|singer|artist|painter|journalist|reporter|economist|historian|linguist|chemist|physicist)\b/u;
const QUOTES_BEFORE = '"“‘\'„«';
const QUOTES_AFTER = '"”’\'»';

const CLAUSE_END = /\. |[|\t;]/u;
const YEAR = /(?<![\p{N}\p{L}])1[5-9]\p{N}\p{N}(?!\p{N})/gu;

/** Whether the sentence around a hit dates it well before `founded` (and names no year since). */
function beforeFounding(norm: string, hit: Hit, founded: number): boolean {
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

/** The shape rules for one hit: a rejection, a title that establishes the topic, or nothing to say. */
export function byShape(hit: Hit, topic: CompiledTopic, shape: Shape, orig: Original, norm: string, page: PageContext): ShapeVerdict {
  const { text, start, end } = orig;
  // How the words around are written, worked out only when a rule needs it (most hits have no capitalised neighbour).
  let known: LineCase | undefined;
  const lc = () => (known ??= localCase(text, start, end));
  // A byline or photo credit names who made the page ("Photo: Yousef Hamas/Reuters"), whatever else it resembles.
  if (shape.kind !== 'arrangement' && (hit.alias.kind === 'ambiguous' || shape.kind === 'organisation') && inCredit(text, start, end)) return 'credit';
  // "see Abbas (disambiguation)", "Hamas (word)": the title of another page, not a mention.
  if (charAfterSpaces(text, end) === '(' && /^[ \t]*\(\p{Ll}+(?: \p{Ll}+)?\)/u.test(text.slice(end, end + 30))) return 'credit';
  // 'the press uses "deconfliction" like a spy word': the word spoken of, not an arrangement.
  if (shape.kind === 'arrangement' && QUOTES_BEFORE.includes(text[start - 1] ?? 'x') && QUOTES_AFTER.includes(text[end] ?? 'x') && SPOKEN_OF.test(norm.slice(Math.max(0, hit.start - 24), hit.start))) return 'named-as';
  if (shape.kind === 'arrangement') return byParties(hit, topic, shape, norm);
  // "@abbas_k92", "hamas_fan", "abbas@example.org": an account's handle or an address, not a name in the text.
  if ('@_'.includes(text[start - 1] || ' ') || '@_'.includes(text[end] || ' ')) return 'credit';
  // "Prof. Hamas", "Dr. Abbas": a person's title with its full stop, which hides it from wordBefore.
  const dotted = dotBefore(text, start) ? DOTTED_TITLE.exec(text.slice(Math.max(0, start - 8), start))?.[1]?.toLowerCase() : undefined;
  if (dotted && PERSON_TITLES.has(dotted) && !shape.own.has(dotted)) return 'other-name-touching';
  const after = wordAfter(text, end);
  // "the Abbas family", "the Hamas brothers": a family name.
  if (after && FAMILY.has(after.word.toLowerCase())) return 'other-name-touching';
  if (shape.kind === 'person') {
    if (hit.alias.kind !== 'ambiguous') return null;
    if (surnameFirst(text, start, end)) return 'other-name-touching';
    // A case caption: "Abbas v. City of Dearborn Heights", "Meridian Health v. Abbas".
    if (/^[ \t]+v\.?[ \t]+\p{Lu}/u.test(text.slice(end, end + 6)) || /(?:^|[ \t])v\.?[ \t]+$/u.test(text.slice(Math.max(0, start - 4), start))) return 'other-name-touching';
    // "Abbas is an Arabic given name": the text speaks of the name itself.
    IS_WAS.lastIndex = end;
    if (IS_WAS.test(text) && NAME_ITSELF.test(text.slice(end, end + 60))) return 'named-as';
    // "M. Abbas" in a French sentence is "Monsieur Abbas", a title, not an initial.
    const before = frenchMister(text, start) ? null : wordBefore(text, start);
    // "Dr Abbas", "Coach Abbas": a title the topic does not take.
    if (before && PERSON_TITLES.has(keyOf(before.word)) && !shape.own.has(keyOf(before.word))) return 'other-name-touching';
    if ((before && isParticle(before)) || (after && isParticle(after))) return 'other-name-touching';
    // "Iran's Abbas Araghchi", "PAKISTAN'S ABBAS": another country's or body's Abbas ("Palestine's Abbas" is his own).
    if (before && isOtherOwner(before, shape, topic)) return 'other-name-touching';
    if (before && shape.establishing.has(keyOf(before.word))) {
      // "Egyptian President Abbas Farouk": a title followed by a surname is someone else's.
      return after && lc() === 'sentence' && isOtherName(after, shape, text, lc, 'after', end) ? 'other-name-touching' : 'titled';
    }
    if (before && isOtherName(before, shape, text, lc, 'before', end)) return 'other-name-touching';
    if (after && isOtherName(after, shape, text, lc, 'after', end)) return 'other-name-touching';
    return null;
  }
  if (shape.kind === 'organisation') {
    const before = wordBefore(text, start);
    if (before && isOtherModifier(before, shape, lc, text)) return 'other-name-touching';
    // "Hamas, who has covered Gaza": a person; a group is "which" or "that". "Dr Hamas": a person too.
    if (text[end] === ',' && /^,\s*who\b/u.test(text.slice(end, end + 8))) return 'other-name-touching';
    // "Hamas — the scholar, not the movement", "Hamas, the sprinter": an appositive that makes it a person.
    if (PERSON_APPOSITIVE.test(text.slice(end, end + 30))) return 'other-name-touching';
    // "a different Hizbullah from the Lebanese one", "another Hamas than the one in Gaza": set apart from the topic.
    if (/\b(?:different|another|separate|other)\s+$/u.test(norm.slice(Math.max(0, hit.start - 12), hit.start)) && /^\s+(?:from|than)\b/u.test(norm.slice(hit.end, hit.end + 8))) return 'other-name-touching';
    if (before && PERSON_TITLES.has(keyOf(before.word))) return 'other-name-touching';
    if (surnameFirst(text, start, end)) return 'other-name-touching';
    // "HAMAS Inès": a surname in capitals before a given name, as results tables and rolls write people.
    const next = after;
    if (next && next.joiner === 'space' && isCapitalised(next.word) && !isAllCaps(next.word) && isAllCaps(text.slice(start, end)) && lc() !== 'caps') {
      const key = keyOf(next.word);
      if (!isVerbLike(next.word) && !ROLES.has(key) && !NOT_NAMES.has(key) && !shape.own.has(key) && !shape.partners.has(key)) return 'other-name-touching';
    }
    // "Lebanese Hezbollah": its own modifier. Not "the Arabic hamas" (zeal): a lower-case word is no group's name.
    if (before && shape.own.has(keyOf(before.word.replace(/['’][sS]?$/u, ''))) && /\p{Lu}/u.test(text.slice(start, end))) return 'titled';
    if (!isPossessive(text, end) && afterNames(orig, after, shape, lc)) return 'other-name-touching';
    // "known locally simply as Hizbullah", "took the name Hizbullah": a name given to something, which is the topic
    // only when the topic's own words say so nearby.
    const lead = norm.slice(Math.max(0, hit.start - 45), hit.start);
    // Not "struck what it called Hezbollah launch sites": the speaker's label for targets, about the group itself.
    if (NAMING_WORD.test(lead) && NAMING.test(lead) && !REPORTED_LABEL.test(lead) && !backedNearby(hit, topic, norm)) return 'named-as';
    // "the Hizbullah of 1945", "joined the Hizbullah militia in 1944": a year before the group existed.
    if (shape.founded && beforeFounding(norm, hit, shape.founded) && !backedNearby(hit, topic, norm)) return 'other-name-touching';
    // "the "Hamas" there meant Nahnah's party": a name in quotation marks is spoken of, not used.
    if (QUOTES_BEFORE.includes(text[start - 1] ?? 'x') && QUOTES_AFTER.includes(text[end] ?? 'x')) {
      // …even beside the group's own words when the sentence speaks of the word: 'the label "Hezbollah"', '"Hamas" meant'.
      if (SPOKEN_OF.test(norm.slice(Math.max(0, hit.start - 24), hit.start)) || MEANT.test(norm.slice(hit.end, hit.end + 24)) || !backedNearby(hit, topic, norm)) return 'named-as';
    }
    const surface = text.slice(start, end);
    // At the start of a sentence the capital is the sentence's, not a name's: "Hamas, in Genesis 6:11, is…", or on
    // a page that has already glossed the word.
    if (startsSentence(text, start) && shape.wordSense) {
      const near = norm.slice(Math.max(0, hit.start - 80), hit.end + 80);
      // …unless the page has shown the group itself too ("the movement Hamas … • Hamas tunnels").
      const groupHere = page.supported.has(topic.id) && page.referents.get(topic.id)?.isTopic === true;
      if ((page.words.has(topic.id) && !groupHere) || (shape.wordSense.test(near) && !topic.supportNearby?.test(near))) return 'word-sense';
    }
    if (shape.wordSense && /^\p{Ll}/u.test(surface) && lc() === 'sentence') {
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
