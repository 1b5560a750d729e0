// The briefing card, a feature module: hover a mention or walk mentions with the keyboard command, and a Preact card
// (ui/card/) opens next to it in a closed shadow root, so page CSS cannot restyle it and page scripts cannot reach
// it. content/stage2.ts creates it and routes the card's messages to the commands returned.
//
//   host.ts          the shadow host: created on first use, removed on abort
//   display.tsx      what is shown (nothing, a card prepared ahead, a shown card), focus, placement (place.ts)
//   hover.ts         pointer → mention (dom/hit-test.ts) → hover intent (dom/hover-intent.ts) → open, prepare
//   dismiss.ts       Escape and a click elsewhere close it (trusted events only)
//   commands.ts      next mention, reveal a mention, show a topic's card
//   open-mention.ts  a mention's card with its quotes; quotes.ts chooses them
//
// Every part ends with `signal`. Tested by tests/e2e/card.test.ts on tests/fixtures/pages/article.html.
import type { PointerPlace } from '../dom/hit-test.ts';
import type { PageSettings } from '../extension/page-settings.ts';
import { cardCommands, type CardCommands } from './commands.ts';
import { watchCardDismissal } from './dismiss.ts';
import { createCardDisplay } from './display.tsx';
import { createCardHost } from './host.ts';
import { watchCardHover } from './hover.ts';
import type { CardMentions } from './mentions.ts';
import { mentionOpener } from './open-mention.ts';
import { createCardQuotes } from './quotes.ts';

export type { CardCommands } from './commands.ts';
export type { CardMention, CardMentions } from './mentions.ts';

export interface CardOptions {
  /** The card and everything it listens to go when this aborts (the content script's context). */
  signal: AbortSignal;
  mentions: CardMentions;
  /** Read on every use, so a settings change applies at once (hover delay, extension switched off). */
  getSettings: () => PageSettings;
  /** Where the reader's pointer was when the card loaded (content/stage2.ts keeps it), so a mention under it opens. */
  pointer?: PointerPlace | null;
}

export function createCard({ signal, mentions, getSettings, pointer }: CardOptions): CardCommands {
  const host = createCardHost(signal);
  const quotes = createCardQuotes();
  // Display and hover intent tell each other of openings and closings; neither calls the other while being made.
  const display = createCardDisplay(host, {
    opened: (id, focus) => hover.opened(id, focus),
    closed: () => hover.closed(),
    pointerInside: (inside) => hover.pointerInCard(inside),
    inFrame: () => hover.inFrame(),
  }, signal);
  const openMention = mentionOpener(mentions, quotes, display, signal);
  const hover = watchCardHover({ mentions, quotes, host, display, openMention, getSettings, signal, pointer });
  // A mention that goes (its text edited away, its topic switched off) takes its card with it.
  const unsubscribe = mentions.subscribe(() => {
    const shownFor = display.mentionId();
    if (shownFor && !mentions.get(shownFor)) display.close(true);
    hover.recheck();
  });
  signal.addEventListener('abort', unsubscribe, { once: true });
  watchCardDismissal(host, display, signal);
  return cardCommands({ mentions, quotes, display, openMention, getSettings, signal });
}
