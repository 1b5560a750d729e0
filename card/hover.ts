// The card's pointer side: hit-testing (dom/hit-test.ts) says which mention is under the pointer, hover intent
// (dom/hover-intent.ts) when to open, switch and close. Hover intent → card painted must fit in a frame, so the work
// is done during the hover delay: the pointer reaching a mention asks the background to rank its quotes and, once
// it rests there, the card is rendered invisibly (card/display.tsx prepare); when the delay ends, showing it is an
// attribute change and one position, run in an animation frame so it is drawn in that very frame.
// Fixture: tests/fixtures/pages/article.html (tests/e2e/card.test.ts).
import { watchHoveredMention, type PointerPlace } from '../dom/hit-test.ts';
import { createHoverIntent } from '../dom/hover-intent.ts';
import type { PageSettings } from '../extension/page-settings.ts';
import type { CardDisplay } from './display.tsx';
import type { CardHost } from './host.ts';
import { mentionWithBriefing, type CardMentions } from './mentions.ts';
import type { OpenMention } from './open-mention.ts';
import type { CardQuotes } from './quotes.ts';

const GRACE_MS = 350;
/** The pointer rests this long on a mention before its card is rendered ahead (sweeping across text renders nothing). */
const PREPARE_AFTER_MS = 50;

export interface CardHoverOptions {
  mentions: CardMentions;
  quotes: CardQuotes;
  host: CardHost;
  display: CardDisplay;
  openMention: OpenMention;
  getSettings: () => PageSettings;
  signal: AbortSignal;
  /** Where the pointer was when the card loaded, if known. */
  pointer?: PointerPlace | null;
}

/** What the display tells hover intent (card/display.tsx CardDisplayEvents), and a recheck after mentions change. */
export interface CardHover {
  opened(id: string, focus: boolean): void;
  closed(): void;
  pointerInCard(inside: boolean): void;
  /** An opening is running in an animation frame callback. */
  inFrame(): boolean;
  /** Hit-tests the pointer's last position again (the page's mentions changed). */
  recheck(): void;
}

export function watchCardHover({ mentions, quotes, host, display, openMention, getSettings, signal, pointer }: CardHoverOptions): CardHover {
  let prepareTimer: ReturnType<typeof setTimeout> | undefined;
  let hoveredLine = 0;
  let inFrameCallback = false;
  signal.addEventListener('abort', () => clearTimeout(prepareTimer), { once: true });

  /** Renders the card of the mention under the pointer ahead of the hover delay, invisibly (no card is shown). */
  const prepare = (id: string) => {
    const found = mentionWithBriefing(mentions, id);
    if (!found || display.isShown() || signal.aborted) return;
    display.prepare(id, found.briefing, quotes.now(found.briefing, found.mention.context));
  };
  const pointerReached = (id: string) => {
    const found = mentionWithBriefing(mentions, id);
    if (!found) return;
    const { mention, briefing } = found;
    // Re-render the prepared card if the ranking arrives after it was prepared.
    void quotes.request(briefing, mention.context).then(() => display.requote(id, quotes.now(briefing, mention.context)));
    clearTimeout(prepareTimer);
    prepareTimer = setTimeout(() => prepare(id), PREPARE_AFTER_MS);
  };

  const intent = createHoverIntent(
    {
      delayMs: () => getSettings().hoverDelayMs,
      graceMs: GRACE_MS,
      onOpen: (id) => void openMention(id, { line: hoveredLine, focus: false, announce: (_, b) => `Briefing: ${b.name}. ${b.whoWhat}` }),
      onClose: () => display.close(true),
      inFrame: (run) =>
        requestAnimationFrame(() => {
          inFrameCallback = true;
          try {
            run();
          } finally {
            inFrameCallback = false;
          }
        }),
    },
    signal,
  );

  const recheck = watchHoveredMention(document, {
    getMentions: () => (getSettings().active ? mentions.all() : []),
    ignoreTarget: () => host.element(),
    startAt: pointer,
    onChange: (hit) => {
      if (hit) {
        hoveredLine = hit.rectIndex;
        pointerReached(hit.id);
      } else clearTimeout(prepareTimer);
      intent.pointerOn(hit?.id ?? null);
    },
    signal,
  });

  return {
    opened(id, focus) {
      clearTimeout(prepareTimer); // the card is shown: nothing left to prepare
      intent.opened(id, focus);
    },
    closed: () => intent.closed(),
    pointerInCard: (inside) => intent.pointerInCard(inside),
    inFrame: () => inFrameCallback,
    recheck,
  };
}
