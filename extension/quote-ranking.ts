// Background side of 'background/rank-quotes': ranks a briefing's quotes against the sentence around a mention
// (core/rank-quotes.ts, fuse.js). It lives here, not in the content script, to keep fuse.js out of every page.
import { BRIEFINGS_BY_ID } from './briefings.ts';
import { rankQuoteOrder } from '../core/rank-quotes.ts';
import type { Params, Return } from './messages.ts';

export function rankQuotesFor({ topic, sentence }: Params<'background/rank-quotes'>): Return<'background/rank-quotes'> {
  return { order: rankQuoteOrder(BRIEFINGS_BY_ID[topic], sentence) };
}
