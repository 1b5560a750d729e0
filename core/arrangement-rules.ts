// An arrangement's own phrase ("the U.S.–Russia deconfliction line", "deconfliction with Moscow", "their own
// deconfliction arrangement"): which parties it names, and whether it sets itself apart from the page's.
import type { Hit, Original } from './hit.ts';
import type { CompiledTopic, Shape } from './rules.ts';
import { twinned } from './plain.ts';
import { namesItsParties, sentenceAround } from './nearby.ts';
import { keyOf, NOT_NAMES } from './shape-words.ts';
import { isAllCaps, isCapitalised, startsSentence, wordBefore, type LineCase } from './shape.ts';

const BETWEEN = /* @__PURE__ */ twinned(/^(?:[ -]+[\p{L}']+){0,3}?[ -]+(?:between|among|entre|zwischen|antara|tra|fra|между)((?:[ -]+[\p{L}'.]+){1,4}[ -]+(?:and|y|et|und|dan|e|и)(?:[ -]+[\p{L}'.]+){1,3})/u);
const BETWEEN_WORD = /between|among|entre|zwischen|antara|tra|fra|между/;
const WITH_WHOM = /* @__PURE__ */ twinned(/^(?:[ -]+[\p{L}']+){0,3}?[ -]+(?:with|for|linking|connecting|linked|connected|joined|(?:that|which) (?:links|connects|joins)|avec|mit|con|com|с|со)((?:[ -]+[\p{L}'.]+){1,4})/u);
// Sides the page's two parties go by ("between the two air forces", "between both militaries").
const OWN_SIDES = /\b(?:two|both|sides?|militaries|militaires|arm(?:y|ies)|forces|air ?forces|countries|states|jets|pilots|officers|capitals|nations|governments|powers?|deux|beiden)/u;
// Every match of WITH_WHOM holds one of these.
const WITH_WORD = /with|for|link|connect|join|avec|mit|con|com|с/;

const ANOTHER_ONE = /\b(?:unlike(?: the| its| their)?|(?:separate|distinct|different) from(?: the| a| its| their)?|(?:not to be )?confused with(?: [\p{L}]+){0,4}|as opposed to(?: the| a)?|(?:their|its|his|her|our|your) own|(?:a|the) (?:separate|similar|parallel|different|second|comparable|new and separate)|an (?:equivalent|analogous)|another|(?:two|three|several|multiple|many) (?:separate |parallel |different )?|the (?:real|true|best|proper) )(?:[ -]+[\p{L}]+){0,2}[ -]*$/u;

// A domain right before the word ("airspace deconfliction", "naval deconfliction", "frequency and schedule
// deconfliction"): the general practice in that field, not an arrangement between two states.
const DOMAIN_BEFORE = /(?:^|[^\p{L}])(?:air ?space|air traffic|aviation|civil(?:ian)?(?:-military)?|humanitarian|regional|naval|maritime|frequency|spectrum|radio|schedul(?:e|ing)|calendar|fixture|timing|drone|collision|route|convoy|traffic|ground|tactical|strategic|automated|automatic|smart|procedural|event|meeting|room|booking|software|data|resource|project|workflow|fires?|atc)(?:[ -]+(?:and|or)[ -]+(?!(?:the|an?|its|their)[ -])\p{L}+)?[ -]+$/u;

// A civilian or clerical field right after it ("deconfliction of evacuation routes", "deconfliction procedures
// between civil arrivals", "a deconfliction exercise in scheduling", a glossary's "Deconfliction, humanitarian"): the
// same general practice.
const DOMAIN_AFTER = /^(?:,[ -]+(?:humanitarian|civil|civilian|aviation|maritime|naval|air traffic|airspace)(?![\p{L}])|(?:[ -]+\p{L}+){0,2}?[ -]+(?:of|for|in|between)[ -]+(?:the[ -]+|its[ -]+|their[ -]+)?(?:\p{L}+[ -]+)?(?:evacuation|aid|humanitarian|relief|convoy|civil|schedul|calendar|meeting|room|event|frequenc|spectrum|shipping|fishing|commercial|staff|shift|byline|coverage))/u;

const RUN_BY = /* @__PURE__ */ twinned(/^ (?:that |which )?(?:the )?([\p{L}.]+) (?:uses?|used|opened|set up|sets up|runs?|ran|operates?|operated|established|maintains?|maintained|created|built|kept|keeps?)(?![\p{L}])/u);
const COMPOUND_AFTER = /* @__PURE__ */ twinned(/^ (\p{L}+-[\p{L}-]+)/u);

// Where the words that modify the hit begin: after a comma or colon, or an article or possessive.
const MODIFIER_START = /[,:;]|(?:^| )(?:the|an?|its|their|this|that) /u;

// A product or notice of the practice right after it ("deconfliction software", "Eurocontrol's deconfliction notices"),
// or a zone on a map (the US one around al-Tanf).
const PRODUCT_AFTER = /^[ -]+(?:software|algorithms?|tools?|apps?|platforms?|modules?|notices|bulletins|services?|training|drills?|zones?|civile?s?|civili|humanitari[ao]s?|humanitaires?|umanitari[ao]|humanitári[ao]s?)(?![\p{L}])/u;

// A clause ends at ";", "(" or a full stop before a space, but not an initial's ("U.S. and Russian officers").
const INITIAL = /* @__PURE__ */ twinned(/(?:^|[^\p{L}])\p{L}$/u);
function lastClauseEnd(text: string): number {
  let stop = text.lastIndexOf('. ');
  while (stop > 0 && INITIAL.test(text.slice(Math.max(0, stop - 2), stop))) stop = text.lastIndexOf('. ', stop - 1);
  return Math.max(stop, text.lastIndexOf(';'), text.lastIndexOf('('));
}

/** The hit's clause before it, within 70 characters: what byParties and byPractice read for the parties named. */
function clauseBefore(norm: string, hit: Hit): string {
  const back = norm.slice(Math.max(0, hit.start - 70), hit.start);
  return back.slice(lastClauseEnd(back) + 1);
}

/** An arrangement's own phrase: other parties make it another one; its own parties establish it. */
export function byParties(hit: Hit, topic: CompiledTopic, shape: Shape, norm: string, plainWords: RegExp | null = null, origAfter = ''): 'other-parties' | 'titled' | null {
  if (!shape.otherParties) return null;
  // The noun phrase before ("the US–Russia deconfliction line") and a "between/with …" after it, in one clause.
  // A full stop ends a clause only before a space ("U.S.–Russia" is one phrase).
  // The rest of its clause: "the deconfliction line that links the coalition's air operations centre",
  // "deconfliction between the US and Russia", "deconfliction with the coalition".
  const after = norm.slice(hit.end, hit.end + 90);
  // "to discuss a deconfliction mechanism of their own": another one than the page's.
  if (/^ of (?:their|its|his|her|our|your) own\b/.test(after)) return 'other-parties';
  // "Deconfliction line (United States–Russia)": its parties in brackets right after it.
  const bracketed = after.startsWith(' (') || after.startsWith('(') ? /^ ?\(([^()]{1,40})\)/u.exec(after)?.[1] : undefined;
  if (bracketed && shape.otherParties.test(bracketed)) return 'other-parties';
  // "the deconfliction line the Pentagon opened with Moscow", "la ligne de déconfliction russo-américaine": who runs
  // it, in a clause or a compound right after it.
  const runBy = RUN_BY.exec(after)?.[1] ?? COMPOUND_AFTER.exec(after)?.[1];
  if (runBy && shape.otherParties.test(runBy)) return 'other-parties';
  // The plain-text tests first: these two regexes backtrack over every word, and most clauses have neither word.
  const between = BETWEEN_WORD.test(after) ? BETWEEN.exec(after) : null;
  const withWhom = WITH_WORD.test(after) ? WITH_WHOM.exec(after) : null;
  // Normalized text is lower case, so "lets us" reads like "US" and French "un" like "UN": the caller says which
  // of them are plain words here (not in capitals around the hit).
  const plain = (text: string) => (plainWords ? text.replace(plainWords, ' ') : text);
  const parties = plain(`${between?.[1] ?? ''} ${withWhom?.[1] ?? ''}`);
  // "the mechanism Israel set up with Russia": who runs it and with whom, right after it, outweigh others further back.
  if (runBy && namesItsParties(topic, `${runBy} ${parties}`) && !shape.otherParties.test(parties)) return 'titled';
  const phrase = plain(clauseBefore(norm, hit));
  // Other parties right around it decide first ("the U.S.–Russia deconfliction line", "… between the US and
  // Russia"), then its own named after it ("… mechanism with Russia"), then any further back in its clause ("UN
  // agencies suspend movements in northern Gaza after deconfliction breakdown").
  // "Our own deconfliction channel with the Russian military", "they have their own … with the Russians": a speaker's
  // or another side's, unless the clause names both of the topic's parties.
  if (/(?:our|their) own $/u.test(phrase) && !namesItsParties(topic, `${phrase} ${parties}`)) return 'other-parties';
  // "on Ukraine and on the Israeli–Russian de-confliction line": both its own parties right before it outweigh others further back.
  const right = phrase.slice(-25);
  if (namesItsParties(topic, right) && !shape.otherParties.test(right) && !shape.otherParties.test(parties)) return 'titled';
  // "Unlike the American channel, the Israeli deconfliction line": its own modifier, nearer than the other's name.
  const modifier = right.split(MODIFIER_START).at(-1) ?? '';
  // "Pentagon, Moscow sign deconfliction deal": a list of parties before a verb, not a modifier after a clause.
  const listed = /(\p{L}+)\.?,[ ]*$/u.exec(right.slice(0, right.length - modifier.length))?.[1];
  if (topic.requireNearby.some((group) => group.test(modifier)) && !shape.otherParties.test(modifier) && !shape.otherParties.test(parties) && !(listed && shape.otherParties.test(listed))) return 'titled';
  if (shape.otherParties.test(parties) || shape.otherParties.test(phrase.slice(-40))) return 'other-parties';
  // "deconfliction procedures between military training areas and civilian routes": two sides that are no parties,
  // written in lower case (a name, "entre Benyamin Nétanyahou et Vladimir Poutine", may be one of its own).
  if (between && !topic.requireNearby.some((group) => group.test(between[1]!)) && !OWN_SIDES.test(between[1]!) && !/\p{Lu}/u.test(origAfter.slice(between.index + between[0].length - between[1]!.length, between.index + between[0].length))) return 'other-parties';
  // "A US official said deconfliction talks with Russia…": one side named after it, another party before it.
  if (topic.requireNearby.some((group) => group.test(parties)) && !namesItsParties(topic, parties) && shape.otherParties.test(phrase)) return 'other-parties';
  if (topic.requireNearby.some((group) => group.test(parties))) return 'titled';
  if (shape.otherParties.test(phrase)) return 'other-parties';
  // "the Russian deconfliction line", "Israel's deconfliction mechanism": the phrase names its own parties.
  if (topic.requireNearby.some((group) => group.test(phrase.slice(-25)))) return 'titled';
  // "their own deconfliction arrangement", "a separate deconfliction channel": another one than the page's.
  if (ANOTHER_ONE.test(phrase)) return 'other-parties';
  if (DOMAIN_BEFORE.test(phrase.slice(-40)) || DOMAIN_AFTER.test(after) || PRODUCT_AFTER.test(after)) return 'other-parties';
  return null;
}

// Which of "us" and "un" are plain words (a pronoun, a French article) rather than the US and the UN: by whether each
// is written in capitals near the hit (index: 1 for "us", 2 for "un").
// "the deconfliction of their flights", "of each other's jets": the parties named before.
const OF_THEIR = /^ of (?:their|its|each other|both|the two)(?![\p{L}])/u;
const PLAIN_WORDS = [null, /\bus\b/g, /\bun\b/g, /\b(?:us|un)\b/g];

/** The practice itself ("deconfliction of …"), else the parties the arrangement's phrase names (byParties). */
export function byPractice(hit: Hit, topic: CompiledTopic, shape: Shape, { text, start, end }: Original, norm: string): 'word-sense' | 'other-parties' | 'titled' | null {
  // "the deconfliction of airspace during a transit", "Joint Deconfliction of Drone Flights": the practice, of anything
  // but its own parties' operations (the agreement is a line, a mechanism, "deconfliction with Russia").
  if (norm.startsWith(' of ', hit.end) && !norm.slice(hit.start, hit.end).includes(' ') && !OF_THEIR.test(norm.slice(hit.end, hit.end + 20))) {
    // Its own parties anywhere in its clause keep it theirs ("Israeli and Russian officers agreed on the deconfliction of
    // flights over Syria"); the clause is read as byParties reads it.
    const clause = clauseBefore(norm, hit) + norm.slice(hit.start, hit.end + 50);
    if (!topic.requireNearby.some((group) => group.test(clause))) return 'word-sense';
  }
  const around = text.slice(Math.max(0, start - 160), end + 160);
  return byParties(hit, topic, shape, norm, PLAIN_WORDS[(/\bUS\b/.test(around) ? 0 : 1) + (/\bUN\b/.test(around) ? 0 : 2)] ?? null, text.slice(end, end + 90));
}

// Its own side's places: "the Syria deconfliction line" is the topic's.
const OWN_PLACES = new Set(['syria', 'syrian', 'damascus', 'latakia']);

/** "the Idlib deconfliction", "the Black Sea deconfliction line": a place's arrangement, in an ordinary sentence. */
export function placeBefore(topic: CompiledTopic, shape: Shape, orig: Original, lc: () => LineCase): boolean {
  const before = wordBefore(orig.text, orig.start);
  if (!before || before.joiner !== 'space' || !isCapitalised(before.word) || isAllCaps(before.word)) return false;
  const key = keyOf(before.word.replace(/['’][sS]?$/u, ''));
  if (NOT_NAMES.has(key) || OWN_PLACES.has(key) || shape.own.has(key)) return false;
  // Its own side's places, of two words too ("the Moscow–Tel Aviv deconfliction channel").
  const pair = `${keyOf(wordBefore(orig.text, before.at)?.word ?? '')} ${key}`;
  if (topic.requireNearby.some((group) => group.test(key) || group.test(pair))) return false;
  return !startsSentence(orig.text, before.at) && lc() === 'sentence';
}

// '"deconfliction" will always mean', 'what deconfliction means elsewhere': the word's meaning spoken of.
const MEAN_AFTER = /^\W{0,3}(?:(?:will|would|does|did|can|may|might)\s+)?(?:(?:always|usually|often|just|really|actually|also)\s+)?mean(?:s|t)?\b/u;

// "what does deconfliction mean", "definitions of deconfliction", "what we would now call deconfliction".
const DEFINED_BEFORE = /(?:\bwhat (?:does|do|did) |\bdefinitions? of |\bwould (?:now )?call\W{0,3})$/u;
// A glossary's entry: the word opens its line and a dash or a colon opens the definition.
const GLOSS_AFTER = /^[ \t]*[—–:][ \t]/u;

/**
 * Whether a bare word's meaning is what its sentence speaks of, in quotation marks or after "what", or a glossary
 * defines it without its parties (text folded).
 */
export function definedWord(hit: Hit, quoted: boolean, norm: string, topic?: CompiledTopic): boolean {
  if (norm.slice(hit.start, hit.end).includes(' ')) return false;
  if ((quoted || norm.endsWith('what ', hit.start)) && MEAN_AFTER.test(norm.slice(hit.end, hit.end + 30))) return true;
  if (DEFINED_BEFORE.test(norm.slice(Math.max(0, hit.start - 24), hit.start))) return true;
  if (!topic || norm.slice(0, hit.start).trim() !== '' || !GLOSS_AFTER.test(norm.slice(hit.end, hit.end + 4))) return false;
  const definition = sentenceAround(norm, hit, 200);
  return !namesItsParties(topic, definition);
}
