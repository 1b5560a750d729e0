// Everything the card's shadow root renders: a polite live region (always present, so screen readers pick up
// its changes) and, while open, the card itself.
import type { Ref } from 'preact';
import type { BriefingContent, Quote } from '../../briefings/types.ts';
import { Card } from './card.tsx';

export interface OpenCard {
  /**
   * Changes on every opening, so Preact remounts the card instead of morphing the previous one; kept when a card
   * prepared ahead of the hover delay is shown, so showing it reuses its DOM.
   */
  key: string;
  briefing: BriefingContent;
  quotes: readonly Quote[];
  /** false while prepared (invisible, not yet a dialog); see Card's `shown`. */
  shown: boolean;
}

export interface CardLayerProps {
  open: OpenCard | null;
  announcement: string;
  cardRef: Ref<HTMLDivElement>;
  /** Where the card's containing block starts (card/place.ts). */
  originRef: Ref<HTMLSpanElement>;
  onOpenIndex: (briefing: BriefingContent) => void;
  onClose: () => void;
  onPointerInside: (inside: boolean) => void;
}

export function CardLayer({ open, announcement, cardRef, originRef, onOpenIndex, onClose, onPointerInside }: CardLayerProps) {
  return (
    <>
      <span class="card-origin" ref={originRef} aria-hidden="true" />
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {open && (
        <Card
          key={open.key}
          briefing={open.briefing}
          quotes={open.quotes}
          shown={open.shown}
          headingId="briefings-card-title"
          cardRef={cardRef}
          onOpenIndex={() => onOpenIndex(open.briefing)}
          onClose={onClose}
          onPointerInside={onPointerInside}
        />
      )}
    </>
  );
}
