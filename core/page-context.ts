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
}

/** Carries what a page has established (e.g. who a bare "Abbas" is) across the blocks of one page, scanned in document order. */
export interface PageContext {
  /** Latest referent per topic; a later full name overrides an earlier one (the nearest full name wins). */
  readonly referents: Map<TopicId, Referent>;
  /** The end of the previous blocks' normalized text, so context words there still count as "nearby". */
  tail: string;
  /** Topics the page has named by a full name at some point, whatever it names now. */
  readonly named: Set<TopicId>;
  /** Answers about the block being scanned and the one before it, asked once per block, not per hit. */
  block?: { text: string; answers: Map<string, boolean>; before: Map<string, boolean> };
  /** Topics whose name the page has used as a common word ("hamas", Hebrew for violence): lower-case forms stay so. */
  readonly words: Set<TopicId>;
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
  return { referents: new Map(), tail: '', words: new Set(), named: new Set() };
}
