// A person's full name is his only on a page that says something of his story (its support words, other presses'
// among them): "Morocco's Mahmoud Abbas" in a marathon's results is someone else of the same name
// (core/disambiguate.ts asks; core/scan.ts settles later).
import type { Hit, Original } from './hit.ts';
import { ownLife } from './life.ts';
import { backedNearby } from './nearby.ts';
import { storyEstablished, type PageContext } from './page-context.ts';
import type { CompiledTopic } from './rules.ts';
import { wordBefore } from './shape.ts';
import { keyOf } from './shape-words.ts';
import { CONFIDENCE, type Verdict } from './verdict.ts';

// (Compatibility forms first: "𝐌𝐚𝐡𝐦𝐨𝐮𝐝" is Latin to a reader.)
const scriptOf = (name: string) => {
  const plain = name.normalize('NFKC');
  return /\p{Script=Latin}/u.test(plain) ? 'latin' : /\p{Script=Arabic}/u.test(plain) ? 'arabic' : 'other';
};
const wordsOf = (name: string) => name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

/**
 * Whether two full names are different names of a person, not spellings of one: they share no word ("Abu Mazen" and
 * "Mahmoud Abbas"; not "Mahmud Abbas" and "Mahmoud Abbas").
 */
const otherForm = (one: string, two: string) => {
  // The same name in another script ("Abu Mazen", "أبو مازن") shares no letter, let alone a word.
  if (scriptOf(one) !== scriptOf(two)) return false;
  const first = new Set(wordsOf(one));
  return !wordsOf(two).some((word) => first.has(word));
};

/** The topic's full names waiting for the story (waitForStory). */
const fullNamesWaiting = (page: PageContext, topic: CompiledTopic) => page.pending.filter((waiting) => waiting.full && waiting.topic === topic.id);

/**
 * Whether the page backs a person's full name: the story's words around it (`around`) or earlier on the page, a
 * title, another subject of the story the page has established, or another of his names.
 */
export function fullNameBacked(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext, titled: boolean, around: () => string, orig?: Original): boolean {
  // (A page that has named him with the story before means him by the name again, whoever it named in between.)
  if (titled || page.supported.has(topic.id) || page.named.has(topic.id) || !topic.supportNearby || storyEstablished(page, topic.id)) return true;
  const referent = page.referents.get(topic.id);
  if (referent?.isTopic && !referent.weak) return true;
  // Two of his names on one page ("Mahmoud Abbas, known as Abu Mazen"): no namesake carries both.
  if (fullNamesWaiting(page, topic).some((waiting) => otherForm(waiting.surface, norm.slice(hit.start, hit.end)))) return true;
  if (hisMarkBeside(topic, orig)) return true;
  return topic.supportNearby.test(around());
}

/**
 * Whether his title stands right before the name ("President Mahmoud Abbas", "le président Mahmoud Abbas") or an age
 * he has had lately follows it ("Abu Mazen turning 90 this year").
 */
function hisMarkBeside(topic: CompiledTopic, orig?: Original): boolean {
  if (!orig || !topic.shape) return false;
  const title = wordBefore(orig.text, orig.start);
  return (!!title && topic.shape.establishing.has(keyOf(title.word))) || ownLife(topic.shape, orig);
}

/**
 * A full name the page has shown to be someone else's ("Mahmoud Abbas, 34,"), named again with no title before it, no
 * age of his and none of the story's words beside it: still that man ("One Mahmoud Abbas in the family is enough"),
 * whom the page's later bare forms mean again.
 */
export function othersNameAgain(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext, titled: boolean, orig?: Original): Verdict | undefined {
  const label = norm.slice(hit.start, hit.end);
  if (topic.shape?.kind !== 'person' || hit.alias.kind !== 'name' || titled || !page.othersNamed.has(`${topic.id} ${label}`) || backedNearby(hit, topic, norm) || hisMarkBeside(topic, orig)) return undefined;
  page.referents.set(topic.id, { isTopic: false, label });
  return { accept: false, reason: 'page-means-other' };
}

/**
 * A person's full name on a page that has said nothing of the story yet: someone of the same name until the story's
 * words come (a headline above its article), so it waits, and the page's bare forms wait with it.
 */
export function waitForStory(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext): Verdict {
  if (!page.referents.get(topic.id)?.isTopic) page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end), weak: true });
  return { accept: true, confidence: CONFIDENCE.ambiguous };
}

/** Whether the page has named the topic in full, or has its full name waiting for the story (waitForStory). */
export const namedBoth = (page: PageContext, topic: CompiledTopic) => page.named.has(topic.id) || fullNamesWaiting(page, topic).length > 0;
