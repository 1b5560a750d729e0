// What the page has settled about an organisation's or an arrangement's name (core/disambiguate.ts asks): another
// group's spelling, a namesake the page named, an own modifier, or the story's words that let its bare name stand.
import { storyEstablished, type PageContext } from './page-context.ts';
import { phraseKey } from './phrase.ts';
import type { CompiledTopic } from './rules.ts';
import { backedNearby, groupWordsBeside, relatedTo, sentenceAround, setApartFrom } from './nearby.ts';
import type { Hit, Original, ShapeVerdict } from './shape-rules.ts';
import { wordBefore } from './shape.ts';
import { CONFIDENCE, type Verdict } from './verdict.ts';

/** The text a topic's context rules read around a hit: its window, reaching into the blocks before near a block's start. */
export function contextAround(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext): string {
  const from = Math.max(0, hit.start - topic.window);
  let before = norm.slice(from, hit.start);
  // Near the start of a block, the end of the previous blocks still counts (a heading, the paragraph before).
  if (before.length < topic.window && page.tail) before = `${page.tail.slice(before.length - topic.window)}\uFFFC${before}`;
  return `${before}\uFFFC${norm.slice(hit.end, hit.end + topic.window)}`;
}

/** Whether the page has named the topic itself in a way nothing else on it can override. */
export const firmlyTopic = (page: PageContext, topic: CompiledTopic) => {
  const referent = page.referents.get(topic.id);
  return !!referent?.isTopic && !referent.weak;
};

/**
 * Whether the page writes the group itself one way and another group of the same name this way ("Lebanon's
 * Hezbollah … Turkish Hizbullah … Hizbullah"): then this spelling is the other group's.
 */
function usedForAnother(page: PageContext, topic: CompiledTopic, spelling: string): boolean {
  const { topic: own, other } = page.spellings;
  if (!other.has(spelling) || own.has(spelling)) return false;
  for (const key of own) if (key.startsWith(`${topic.id} `)) return true;
  return false;
}

/**
 * A page that established the arrangement, then named another: one of its own parties in the hit's sentence and no
 * other party there ("two new papers on the deconfliction line over Syria and how Israel…") is the page's own again.
 */
function ownPartyAgain(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext): boolean {
  if (topic.shape?.kind !== 'arrangement' || !page.named.has(topic.id)) return false;
  const sentence = sentenceAround(norm, hit, 160);
  return topic.requireNearby.some((group) => group.test(sentence)) && !topic.shape.otherParties?.test(sentence);
}

/**
 * Whether an armed movement's words beside the name ("Hizbullah commander") back it: not for a spelling that does not
 * stand alone when the group's usual name (its id) does, as other militias go by those spellings and have commanders too.
 */
const armedWordsBack = (topic: CompiledTopic, alone: boolean) => alone || !topic.shape?.standsAlone.has(topic.id);

export /**
 * What the page has settled about an organisation's or an arrangement's name (judge): a verdict when that decides
 * the hit, else undefined, recording in `page` what this hit establishes. `spelling`: how the page writes an
 * organisation here.
 */
function groupSense(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext, shaped: ShapeVerdict, spelling: string, orig?: Original): Verdict | undefined {
  const kindOfName = topic.shape?.kind;
  const referent = page.referents.get(topic.id);
  // An own modifier ("Lebanese Hezbollah", "the Russian deconfliction line") overrides what the page said before.
  if (kindOfName === 'organisation' && shaped !== 'titled' && usedForAnother(page, topic, spelling) && !backedNearby(hit, topic, norm) && !setApartFrom(hit, norm, referent?.label ?? '')) {
    return { accept: false, reason: 'page-means-other' };
  }
  if (shaped === 'titled' && kindOfName === 'organisation') {
    page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end) });
    if (!page.spellings.other.has(spelling)) page.spellings.topic.add(spelling);
  }
  // What only an armed movement has ("the Hamas-run ministry", "Hamas fighters") is no person the page named so.
  else if (shaped !== 'titled' && referent && !referent.isTopic && !backedNearby(hit, topic, norm) && !ownPartyAgain(hit, topic, norm, page) && !(page.namesakes.has(topic.id) && groupWordsBeside(hit, norm)) && !setApartFrom(hit, norm, referent.label) && !relatedTo(hit, norm)) return { accept: false, reason: 'page-means-other' };
  else if (kindOfName === 'organisation' && !referent) page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end), weak: true });
  // Until the page says something of the group's own (Gaza, Israel, Lebanon…), its name may be anyone's: it waits.
  if (kindOfName === 'organisation' && topic.supportNearby && !page.supported.has(topic.id)) {
    const alone = !!topic.shape?.standsAlone.has(phraseKey(norm.slice(hit.start, hit.end)));
    if (!topic.supportNearby.test(contextAround(hit, topic, norm, page)) && !(groupWordsBeside(hit, norm) && armedWordsBack(topic, alone)) && !storyEstablished(page, topic.id)) {
      // "the kale Hezbollah", "our parish Hezbollah": a common noun set before the name makes it a figure of speech.
      if (orig && (nounBefore(orig) || OF_A_THING.test(orig.text.slice(orig.end, orig.end + 40)))) return { accept: false, reason: 'word-sense' };
      return { accept: true, confidence: alone ? CONFIDENCE.alone : CONFIDENCE.ambiguous };
    }
    page.supported.add(topic.id);
    page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end) });
    if (!page.spellings.other.has(spelling)) page.spellings.topic.add(spelling);
  }
  return undefined;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'my', 'your', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'its', 'every']);
// What the news says of the group itself between a determiner and its name ("the militant Hezbollah").
const GROUP_WORDS = new Set(['militant', 'armed', 'powerful', 'mighty', 'shiite', 'shia', 'sunni', 'islamist', 'islamic', 'pro-iranian', 'iran-backed', 'iranian-backed', 'terrorist', 'outlawed', 'banned', 'proscribed', 'radical', 'weakened', 'embattled', 'battered', 'resurgent', 'entire', 'whole', 'same', 'so-called', 'rival', 'late', 'former', 'new', 'old', 'then', 'current', 'ruling', 'governing', 'real', 'militia', 'group', 'movement']);

// A time before a clause the name opens ("the year Hezbollah lost its leader", "every time Hezbollah came up").
const TIME_WORDS = new Set(['time', 'times', 'year', 'day', 'week', 'month', 'night', 'moment', 'summer', 'winter', 'spring', 'autumn', 'morning', 'evening']);

// "the Hezbollah of prog", "el Hezbolá del patinete", "le Hezbollah du guidon": the name given to a field or a thing.
const OF_A_THING = /^[ \t]+(?:of|del|du|della|dello|dei|des)[ \t]+(?!(?:the|a|an|its|his|their|this|that|today|yesterday|old|yore|el|la|los|las|le|les|lo|il|gli|un|una|une)(?![\p{L}]))\p{Ll}[\p{Ll}-]{2,}(?![\p{L}])/u;

/** Whether a lower-case word other than the group's own descriptions stands between a determiner and the name. */
function nounBefore(orig: Original): boolean {
  const before = wordBefore(orig.text, orig.start);
  if (!before || before.joiner !== 'space' || !/^\p{Ll}[\p{Ll}-]{2,}$/u.test(before.word) || GROUP_WORDS.has(before.word) || DETERMINERS.has(before.word) || TIME_WORDS.has(before.word)) return false;
  const determiner = wordBefore(orig.text, before.at);
  return !!determiner && determiner.joiner === 'space' && DETERMINERS.has(determiner.word.toLowerCase());
}
