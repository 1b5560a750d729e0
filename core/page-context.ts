// What one page has established so far, carried across the blocks of the page (scanned in document order).
import type { TopicId } from '../briefings/types.ts';
import { Memory, MemorySet, within } from './memory.ts';

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
  /** The pieces of the page it is in (PageContext.scope). */
  scope: readonly object[];
  /** A full name waiting for the story's words (a person's: core/disambiguate.ts waitForStory), not a bare form. */
  full?: boolean;
}

/** Carries what a page has established (e.g. who a bare "Abbas" is) across the blocks of one page, scanned in document order. */
export interface PageContext {
  /** Latest referent per topic; a later full name overrides an earlier one (the nearest full name wins). */
  readonly referents: Memory<TopicId, Referent>;
  /** The end of the previous blocks' normalized text, so context words there still count as "nearby". */
  tail: string;
  /** The whole normalized text of the block scanned before this one. */
  previous: string;
  /** Organisations whose own words (Gaza, Lebanon…) the page has used near their name. */
  readonly supported: MemorySet<TopicId>;
  /** Topics the page has named by a full name at some point, whatever it names now. */
  readonly named: MemorySet<TopicId>;
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
   * The pieces of the page (outermost first: an article, a teaser, a post) the block being scanned sits in, as the
   * caller tells them with `enterScope`; what a piece establishes holds in it and in the pieces inside it only.
   */
  scope: readonly object[];
  /**
   * Spellings (`<topic> <normalized surface>`) the page has used for the topic itself, and for another group of the
   * same name ("Lebanon's Hezbollah" beside "Turkish Hizbullah"): a writer keeps one spelling per group.
   */
  readonly spellings: { topic: MemorySet<string>; other: MemorySet<string> };
  /** Topics whose name the page has used as a common word ("hamas", Hebrew for violence): lower-case forms stay so. */
  readonly words: MemorySet<TopicId>;
  /** The verdict on a transcript's first speaker label (`<topic> <surface>`), which its later labels share. */
  readonly speakers: Memory<string, unknown>;
  /** Where the page last named a person whose surname is an organisation's name ("Yacine Hamas"), per topic. */
  readonly namesakes: Memory<TopicId, number>;
  /** Person topics whose bare form the page has also used as someone else's surname ("Karim Abbas"). */
  readonly surnamed: MemorySet<TopicId>;
  /** Full names (lower-cased) of the topic person's family the page has introduced: "their son Yasser Abbas". */
  readonly kin: MemorySet<string>;
  /** The topic person's own full names (`<topic> <surface>`) the page has shown to be someone else's: "Mahmoud Abbas, 34,". */
  readonly othersNamed: MemorySet<string>;
}

/** Whether the page has established another of the story's subjects by its own (Mahmoud Abbas, Lebanon's Hezbollah). */
export const storyEstablished = (page: PageContext, topic: TopicId) => page.referents.held().some(([id, r]) => id !== topic && r.isTopic && !r.weak);

/** Forgets everything a page established (a single-page app's new view is a new page), in place. */
export function resetPageContext(page: PageContext): void {
  for (const map of [page.referents, page.speakers, page.namesakes]) map.clear();
  for (const set of [page.supported, page.named, page.words, page.surnamed, page.kin, page.othersNamed, page.spellings.topic, page.spellings.other]) set.clear();
  page.pending.length = 0;
  page.promoted.length = 0;
  page.tail = '';
  page.previous = '';
  page.block = undefined;
  page.scope = [];
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
  // The memories read where the page is from this, not from the page (no cycle: a context compares and copies plainly).
  const place: { scanned: number; scope: readonly object[] } = { scanned: 0, scope: [] };
  const memory = <K, V>(reach: number | ((value: V) => number) = PAGE_REACH) => new Memory<K, V>(place, reach);
  const set = <T>() => new MemorySet<T>(place, PAGE_REACH);
  return {
    get scanned() {
      return place.scanned;
    },
    set scanned(chars: number) {
      place.scanned = chars;
    },
    get scope() {
      return place.scope;
    },
    set scope(pieces: readonly object[]) {
      place.scope = pieces;
    },
    referents: memory<TopicId, Referent>(referentReach),
    speakers: memory<string, unknown>(),
    // Already kept by position (core/namesake.ts NAMESAKE_REACH): only its piece limits it here.
    namesakes: memory<TopicId, number>(Infinity),
    words: set<TopicId>(),
    surnamed: set<TopicId>(),
    kin: set<string>(),
    othersNamed: new MemorySet<string>(place, OTHER_REACH),
    named: set<TopicId>(),
    supported: set<TopicId>(),
    spellings: { topic: set<string>(), other: set<string>() },
    tail: '',
    previous: '',
    pending: [],
    promoted: [],
  };
}

/**
 * How far (characters) what the page established about a topic carries without the topic being found again. Past
 * it, a page without markup between its pieces (a feed of plain paragraphs) no longer reads one piece by another.
 */
export const PAGE_REACH = 1500;

/**
 * How far another of the name (another Abbas, another Hezbollah) carries: longer, since forgetting him costs a wrong
 * card and forgetting the topic only a missed one.
 */
export const OTHER_REACH = 4000;

const referentReach = (referent: Referent) => (referent.isTopic ? PAGE_REACH : OTHER_REACH);

/** The page has found the topic again: what it established about it carries on from here. */
export function renewTopic(page: PageContext, topic: TopicId): void {
  for (const memory of [page.referents, page.speakers, page.words, page.surnamed, page.named, page.supported, page.spellings.topic, page.spellings.other]) memory.renew(topic);
}

/**
 * The next block sits in these pieces of the page (outermost first). Leaving a piece (to a sibling or back out)
 * leaves behind what it established, its last words as "nearby" context and the bare forms it left waiting.
 */
export function enterScope(page: PageContext, scope: readonly object[]): void {
  if (within(page.scope, scope)) {
    page.scope = scope;
    return;
  }
  page.scope = scope;
  page.tail = '';
  page.previous = '';
  page.block = undefined;
  for (let i = page.pending.length - 1; i >= 0; i--) if (!within(page.pending[i]!.scope, scope)) page.pending.splice(i, 1);
}
