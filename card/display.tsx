// What the card shows: nothing, a card prepared invisibly for the mention under the pointer, or a shown card placed
// next to its line (card/place.ts). Opening and closing, focus moved in and given back, the live region's
// announcement. Renders ui/card/card-layer.tsx into the host (card/host.ts); hover intent hears of every opening
// and closing through `events` (card/hover.ts).
import { createRef } from 'preact';
import type { BriefingContent } from '../briefings/types.ts';
import { surviving } from '../core/debug.ts';
import { sendToBackground } from '../extension/messages.ts';
import { CardLayer, type OpenCard } from '../ui/card/card-layer.tsx';
import type { CardHost } from './host.ts';
import { lineOfRange, placeCard } from './place.ts';

export interface Opening {
  briefing: BriefingContent;
  quotes: OpenCard['quotes'];
  range: Range;
  /** Which line of a wrapped `range` the card sits next to. */
  line: number;
  /** Opened by keyboard/popup/menu: focus moves in, and only Escape, a click elsewhere or another card closes it. */
  focus: boolean;
  announcement: string;
}

export interface CardDisplayEvents {
  /** A card was shown: its mention's id (or the card's own key), and whether it took focus. */
  opened(id: string, focus: boolean): void;
  closed(): void;
  /** The pointer entered (true) or left (false) the card. */
  pointerInside(inside: boolean): void;
  /** An opening is running in an animation frame callback (see show()). */
  inFrame(): boolean;
}

export interface CardDisplay {
  /** Shows a card (a card prepared for the same mention becomes it); resolves once it is rendered. */
  show(opening: Opening, mentionId?: string): Promise<void>;
  /** Renders the card of a mention ahead of the hover delay, invisibly. Only while no card is shown. */
  prepare(mentionId: string, briefing: BriefingContent, quotes: OpenCard['quotes']): void;
  /** New quotes for the card prepared for `mentionId`, if it still is (never a shown card's quotes). */
  requote(mentionId: string, quotes: OpenCard['quotes']): void;
  /** `restoreFocus`: if focus is in the card, send it back to where it was before the card took it. */
  close(restoreFocus: boolean): void;
  isShown(): boolean;
  /** The mention of the card shown or prepared. */
  mentionId(): string | undefined;
}

const openInIndex = (briefing: BriefingContent) =>
  void sendToBackground('background/open-index', { topic: briefing.id }).catch(surviving('open in index'));

/** Where focus goes back to when a card that took it closes: the element that had it, unless it is the card's host. */
function focusedOutside(host: CardHost): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== host.element() ? active : null;
}

/** Bench and test builds: marks the card's first frame. rAF runs just before a frame is produced, its task just after. */
function markCardPainted(inThisFrame: boolean): void {
  const painted = () => setTimeout(() => performance.mark('briefings:card-painted'), 0);
  if (inThisFrame) painted();
  else requestAnimationFrame(painted);
}

export function createCardDisplay(host: CardHost, events: CardDisplayEvents, signal: AbortSignal): CardDisplay {
  /** The card in the shadow root: shown, or prepared (rendered invisibly) for the mention under the pointer. */
  let open: (OpenCard & { mentionId?: string }) | null = null;
  let announcement = '';
  let openings = 0;
  let stopPlacing: (() => void) | null = null;
  let returnFocus: HTMLElement | null = null;
  const cardRef = createRef<HTMLDivElement>();
  const originRef = createRef<HTMLSpanElement>();

  const unplace = () => {
    stopPlacing?.();
    stopPlacing = null;
  };
  signal.addEventListener('abort', unplace, { once: true }); // placing listens to the page's scroll and resize

  const paint = async () => {
    host.render(
      <CardLayer
        open={open}
        announcement={announcement}
        cardRef={cardRef}
        originRef={originRef}
        onOpenIndex={openInIndex}
        onClose={() => close(true)}
        onPointerInside={(inside) => events.pointerInside(inside)}
      />,
    );
  };

  function close(restoreFocus: boolean) {
    if (!open?.shown) return;
    const hadFocus = host.hasFocus();
    unplace();
    open = null;
    events.closed();
    void paint();
    if (restoreFocus && hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  async function show(opening: Opening, mentionId?: string) {
    // Opened from a frame callback with the card's root in place, everything below runs before that frame is
    // drawn (rendering and placement only wait on settled promises): the card is in this very frame.
    const inThisFrame = events.inFrame() && host.element() !== null;
    if (opening.focus && !host.hasFocus()) returnFocus = focusedOutside(host);
    unplace();
    // The card prepared for this very mention becomes the shown one: same key, so Preact keeps its DOM.
    const prepared = open && !open.shown && mentionId !== undefined && open.mentionId === mentionId && open.briefing === opening.briefing;
    const key = prepared ? open!.key : `card-${++openings}`;
    events.opened(mentionId ?? key, opening.focus);
    open = { key, briefing: opening.briefing, quotes: opening.quotes, mentionId, shown: true };
    announcement = opening.announcement;
    await paint();
    const card = cardRef.current;
    const origin = originRef.current;
    if (!card || !origin || signal.aborted || open?.key !== key) return;
    stopPlacing = placeCard(lineOfRange(opening.range, opening.line), card, origin, () => {
      if (opening.focus) card.focus({ preventScroll: true });
      if (import.meta.env.BRIEFINGS_MARKS) markCardPainted(inThisFrame);
    });
  }

  return {
    show,
    prepare(mentionId, briefing, quotes) {
      if (open?.shown) return;
      const same = open?.mentionId === mentionId && open.briefing === briefing;
      // Consecutive prepared cards share one key: Preact morphs the text instead of rebuilding the card.
      open = { key: open ? open.key : `card-${++openings}`, briefing, quotes, mentionId, shown: false };
      if (!same) void paint();
    },
    requote(mentionId, quotes) {
      if (open && !open.shown && open.mentionId === mentionId) {
        open = { ...open, quotes };
        void paint();
      }
    },
    close,
    isShown: () => open?.shown === true,
    mentionId: () => open?.mentionId,
  };
}
