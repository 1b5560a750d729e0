// Keeps the card next to its mention with @floating-ui/dom: below the hovered line, flipped above when there is
// no room, shifted into the viewport, and never over the mention (size limits the card's height to the space on
// its side instead of letting it overlap). Follows scrolling and resizing until the returned stop() is called.
import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

const GAP = 8;
const EDGE = 8;

/**
 * A reference for floating-ui from one line of a (possibly wrapped) range: the line the pointer is on.
 * Read afresh on every update, never cached, so scrolling and reflow keep it right.
 */
export function lineOfRange(range: Range, lineIndex: number): VirtualElement {
  const start = range.startContainer;
  return {
    getBoundingClientRect: () => range.getClientRects()[lineIndex] ?? range.getBoundingClientRect(),
    contextElement: start instanceof Element ? start : (start.parentElement ?? undefined),
  };
}

export function placeCard(reference: VirtualElement, card: HTMLElement, onPlaced: () => void): () => void {
  let first = true;
  const update = async () => {
    const { x, y, middlewareData } = await computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP),
        flip({ padding: EDGE, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply({ availableHeight }) {
            card.style.maxHeight = `${Math.max(120, Math.min(availableHeight, 520))}px`;
          },
        }),
        hide(),
      ],
    });
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
    card.toggleAttribute('data-reference-hidden', Boolean(middlewareData.hide?.referenceHidden));
    if (first) {
      first = false;
      card.setAttribute('data-placed', '');
      onPlaced();
    }
  };
  return autoUpdate(reference, card, () => void update());
}
