// Which quotes a card shows (issue 6): the ones most relevant to the sentence around the mention, as many as fit.
// The ranking is core/rank-quotes.ts, run by the background ('background/rank-quotes', extension/quote-ranking.ts):
// fuse.js would be a third of the content script. The card asks as soon as the pointer reaches a mention, so the
// answer is in long before the hover delay ends; until it comes (or if it never does: extension reloaded,
// background asleep too long) the briefing's own order stands, i.e. the first quote leads. Of the order, the card
// takes what fits its budget: one quote or two.
import type { BriefingContent, Quote } from '../briefings/types.ts';
import { sendToBackground } from '../extension/messages.ts';

/** The validator's limit on `sentence`; a mention's context is far shorter, a selected query may not be. */
const MAX_SENTENCE = 1000;
/** Answers kept per page (a page rarely has more distinct mention sentences than this under the pointer). */
const KEEP = 200;
/** One or two quotes: the second only when both fit a small card. */
export const CARD_QUOTES: QuoteBudget = { limit: 2, maxChars: 300 };
/** Keyboard and menu paths have no hover delay to hide the ranking round trip: they wait this long at most. */
export const RANK_WAIT_MS = 150;

export interface QuoteBudget {
  /** At most this many quotes (default 2). */
  limit?: number;
  /** Quotes after the first are added only while the total stays within this many characters (a card is small). */
  maxChars?: number;
}

/** The leading quotes of `ordered` that fit the budget; the first always fits. */
export function takeQuotes<T extends { text: string }>(ordered: readonly T[], { limit = 2, maxChars = Infinity }: QuoteBudget = {}): T[] {
  const chosen: T[] = [];
  let chars = 0;
  for (const quote of ordered) {
    if (chosen.length >= limit || (chosen.length > 0 && chars + quote.text.length > maxChars)) break;
    chosen.push(quote);
    chars += quote.text.length;
  }
  return chosen;
}

export interface CardQuotes {
  /** Starts ranking `sentence` for `briefing` unless already asked; resolves when the answer (or failure) is in. */
  request(briefing: BriefingContent, sentence: string): Promise<void>;
  /** The quotes to show now: ranked when the answer is in, else the briefing's first ones. */
  now(briefing: BriefingContent, sentence: string): Quote[];
  /** The ranked quotes, waiting at most `ms` for them (paths with no hover delay to hide the round trip). */
  settle(briefing: BriefingContent, sentence: string, ms: number): Promise<Quote[]>;
}

export function createCardQuotes(budget: QuoteBudget = CARD_QUOTES): CardQuotes {
  const answers = new Map<string, { order?: readonly number[]; done: Promise<void> }>();
  const keyOf = (briefing: BriefingContent, sentence: string) => `${briefing.id}\n${sentence.slice(0, MAX_SENTENCE)}`;

  const request = (briefing: BriefingContent, sentence: string): Promise<void> => {
    const key = keyOf(briefing, sentence);
    const known = answers.get(key);
    if (known) return known.done;
    const entry: { order?: readonly number[]; done: Promise<void> } = { done: Promise.resolve() };
    entry.done = sendToBackground('background/rank-quotes', { topic: briefing.id, sentence: sentence.slice(0, MAX_SENTENCE) }).then(
      ({ order }) => void (entry.order = order),
      () => undefined, // no answer: the first quote stands
    );
    answers.set(key, entry);
    if (answers.size > KEEP) answers.delete(answers.keys().next().value!);
    return entry.done;
  };

  const now = (briefing: BriefingContent, sentence: string): Quote[] => {
    const order = answers.get(keyOf(briefing, sentence))?.order;
    const ordered = order ? order.map((i) => briefing.quotes[i]).filter((q): q is Quote => q !== undefined) : briefing.quotes;
    return takeQuotes(ordered.length ? ordered : briefing.quotes, budget);
  };

  return {
    request,
    now,
    async settle(briefing, sentence, ms) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([request(briefing, sentence), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
      clearTimeout(timer);
      return now(briefing, sentence);
    },
  };
}
