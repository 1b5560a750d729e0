// The briefing card that opens next to a mention: a non-modal dialog around the shared BriefingView, with
// "Open in index" and a close button. Positioned by card/place.ts; styles in ui/card/card.css.
import { Component, type Ref } from 'preact';
import type { BriefingContent, Quote } from '../../briefings/types.ts';
import { BriefingView } from '../briefing-view.tsx';

export interface CardProps {
  briefing: BriefingContent;
  /** The quotes most relevant to the mention's sentence (core/rank-quotes.ts). */
  quotes: readonly Quote[];
  headingId: string;
  cardRef?: Ref<HTMLDivElement>;
  onOpenIndex: () => void;
  onClose: () => void;
  onPointerInside: (inside: boolean) => void;
  /**
   * false: rendered ahead of the hover delay, laid out but invisible (card.css keeps it hidden until placed) and
   * not yet a dialog, so opening it is only an attribute change and a position (default true).
   */
  shown?: boolean;
}

export function Card({ briefing, quotes, headingId, cardRef, onOpenIndex, onClose, onPointerInside, shown = true }: CardProps) {
  return (
    <div
      ref={cardRef}
      class="card"
      role={shown ? 'dialog' : undefined}
      aria-modal={shown ? 'false' : undefined}
      aria-labelledby={shown ? headingId : undefined}
      aria-hidden={shown ? undefined : 'true'}
      // Focusable only by script (the keyboard command moves focus here); hovering never focuses it.
      tabIndex={-1}
      // Only the reader's own pointer and clicks operate the card, never events a page dispatches (issue 18).
      onPointerEnter={(e) => e.isTrusted && onPointerInside(true)}
      onPointerLeave={(e) => e.isTrusted && onPointerInside(false)}
    >
      <CardBody briefing={briefing} quotes={quotes} headingId={headingId} />
      <div class="card-actions">
        <button type="button" class="card-open-index" onClick={(e) => e.isTrusted && onOpenIndex()}>
          Open in index
        </button>
        <button type="button" class="card-close" onClick={(e) => e.isTrusted && onClose()} aria-label="Close briefing">
          Close
        </button>
      </div>
    </div>
  );
}

interface CardBodyProps {
  briefing: BriefingContent;
  quotes: readonly Quote[];
  headingId: string;
}

/**
 * The briefing itself, re-rendered only when what it shows changes: showing a card prepared ahead of the hover delay
 * changes the dialog's attributes, and diffing the whole briefing again would cost the hover a few milliseconds.
 */
class CardBody extends Component<CardBodyProps> {
  override shouldComponentUpdate(next: CardBodyProps): boolean {
    const { briefing, quotes, headingId } = this.props;
    return next.briefing !== briefing || next.headingId !== headingId || next.quotes.length !== quotes.length || next.quotes.some((q, i) => q !== quotes[i]);
  }

  override render({ briefing, quotes, headingId }: CardBodyProps) {
    return (
      <div class="card-body">
        <BriefingView briefing={briefing} variant="card" quotes={quotes} headingId={headingId} />
      </div>
    );
  }
}
