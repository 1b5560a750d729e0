// Opens a mention's card, from hover intent (card/hover.ts) or a command (card/commands.ts): its briefing, the
// quotes ranked so far, the line of the mention to sit next to.
import type { BriefingContent } from '../briefings/types.ts';
import type { CardDisplay } from './display.tsx';
import { mentionWithBriefing, type CardMention, type CardMentions } from './mentions.ts';
import { RANK_WAIT_MS, type CardQuotes } from './quotes.ts';

export interface MentionOpening {
  /** Which line of a wrapped mention the card sits next to. */
  line: number;
  /** Focus moves into the card (keyboard, popup, menu). */
  focus: boolean;
  /** What the live region says. */
  announce: (mention: CardMention, briefing: BriefingContent) => string;
  /** Wait for the ranking first, briefly (paths with no hover delay to hide the round trip). */
  ranked?: boolean;
}

/** Resolves false if the mention is gone; true once the card is on its way. */
export type OpenMention = (id: string, how: MentionOpening) => Promise<boolean>;

export function mentionOpener(mentions: CardMentions, quotes: CardQuotes, display: CardDisplay, signal: AbortSignal): OpenMention {
  return async (id, { line, focus, announce, ranked = false }) => {
    const found = mentionWithBriefing(mentions, id);
    if (!found) return false;
    const { mention, briefing } = found;
    const shownQuotes = ranked ? await quotes.settle(briefing, mention.context, RANK_WAIT_MS) : quotes.now(briefing, mention.context);
    if (signal.aborted) return false;
    void display.show({ briefing, quotes: shownQuotes, range: mention.range, line, focus, announcement: announce(mention, briefing) }, id);
    return true;
  };
}
