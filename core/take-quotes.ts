// How many of a briefing's ordered quotes a card shows: no fuse.js here, so the content script can pick quotes
// (from the background's ranking, or the briefing's own order as the fallback) without bundling the ranker.

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
