// What one page has established so far, carried across the blocks of the page (scanned in document order).
import type { TopicId } from '../briefings/types.ts';

/** Who the page means by a topic's ambiguous form (e.g. bare "Abbas"), as last established by a full name. */
export interface Referent {
  /** true: the topic itself ("Mahmoud Abbas"); false: someone/something else ("Abbas Araghchi"). */
  isTopic: boolean;
  /** The full form that established it, as written on the page. */
  label: string;
  /** Taken from a name with nothing around it to back it: another group's modifier or home may still override it. */
  weak?: boolean;
  /** Another group by its own full name ("Kata'ib Hezbollah"): the topic's forms waiting for support keep waiting. */
  otherGroup?: boolean;
}

/** A bare form waiting for the page to say who it is. */
export interface Pending {
  topic: TopicId;
  start: number;
  end: number;
  surface: string;
  /** Where it was, counted as PageContext.scanned counts. */
  at: number;
  /** The caller's tag for the block it is in (scan's third argument). */
  block: unknown;
  /** A full name waiting for the story's words (a person's: core/disambiguate.ts waitForStory), not a bare form. */
  full?: boolean;
}

/** Carries what a page has established (e.g. who a bare "Abbas" is) across the blocks of one page, scanned in document order. */
export interface PageContext {
  /** Latest referent per topic; a later full name overrides an earlier one (the nearest full name wins). */
  readonly referents: Map<TopicId, Referent>;
  /** The end of the previous blocks' normalized text, so context words there still count as "nearby". */
  tail: string;
  /** The whole normalized text of the block scanned before this one. */
  previous: string;
  /** Organisations whose own words (Gaza, Lebanon…) the page has used near their name. */
  readonly supported: Set<TopicId>;
  /** Topics the page has named by a full name at some point, whatever it names now. */
  readonly named: Set<TopicId>;
  /** Answers about the block being scanned and the one before it, asked once per block, not per hit. */
  block?: { text: string; answers: Map<string, boolean>; before: Map<string, boolean> };
  /**
   * Bare forms the page has not yet said anything about ("ABBAS URGES CALM" above the story), with the caller's tag
   * for the block each came from: they become mentions if the page names the topic before long.
   */
  readonly pending: Pending[];
  /** Pending forms the page has since shown to be the topic: the caller takes them (and empties this list). */
  readonly promoted: Pending[];
  /** How many characters of the page have been scanned, to tell how far back a pending form is. */
  scanned: number;
  /**
   * Spellings (`<topic> <normalized surface>`) the page has used for the topic itself, and for another group of the
   * same name ("Lebanon's Hezbollah" beside "Turkish Hizbullah"): a writer keeps one spelling per group.
   */
  readonly spellings: { topic: Set<string>; other: Set<string> };
  /** Topics whose name the page has used as a common word ("hamas", Hebrew for violence): lower-case forms stay so. */
  readonly words: Set<TopicId>;
  /** The verdict on a transcript's first speaker label (`<topic> <surface>`), which its later labels share. */
  readonly speakers: Map<string, unknown>;
  /** Where the page last named a person whose surname is an organisation's name ("Yacine Hamas"), per topic. */
  readonly namesakes: Map<TopicId, number>;
  /** Person topics whose bare form the page has also used as someone else's surname ("Karim Abbas"). */
  readonly surnamed: Set<TopicId>;
}

/** Whether the page has established another of the story's subjects by its own (Mahmoud Abbas, Lebanon's Hezbollah). */
export const storyEstablished = (page: PageContext, topic: TopicId) => [...page.referents].some(([id, r]) => id !== topic && r.isTopic && !r.weak);

/** Forgets everything a page established (a single-page app's new view is a new page), in place. */
export function resetPageContext(page: PageContext): void {
  for (const map of [page.referents, page.speakers, page.namesakes]) map.clear();
  for (const set of [page.supported, page.named, page.words, page.surnamed, page.spellings.topic, page.spellings.other]) set.clear();
  page.pending.length = 0;
  page.promoted.length = 0;
  page.tail = '';
  page.previous = '';
  page.block = undefined;
}

/**
 * A fresh context for one page (or one file). Pass the same object to every `scan` call of that page.
 *
 * @example
 * const page = createPageContext();
 * matcher.scan('Foreign Minister Abbas Araghchi arrived.', page);
 * matcher.scan('Abbas said talks were useful.', page); // [] — this page's Abbas is Araghchi
 */
export function createPageContext(): PageContext {
  return { referents: new Map(), tail: '', previous: '', words: new Set(), speakers: new Map(), namesakes: new Map(), surnamed: new Set(), named: new Set(), supported: new Set(), spellings: { topic: new Set(), other: new Set() }, pending: [], promoted: [], scanned: 0 };
}
