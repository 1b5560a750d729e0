// Where the card goes, as a function of rects (tests/unit/card-position.test.ts): below the hovered line, flipped
// above when it fits only there (or to the larger side when it fits nowhere), shifted into the viewport, its height
// capped to the free space on its side so it never covers the mention.
//
// The positioning is @floating-ui/core's (offset, flip, shift, size, hide) with a platform made of plain rects.
// Not @floating-ui/dom: its DOM platform walks the card's clipping ancestors with getComputedStyle (≈26 ms per
// hover on a page with 2,000 highlights, and 14 KB of a 35 KB content-script budget). The card is fixed to the
// viewport, so the viewport is the only thing that clips it; the caller reads the rects once per update.
import { computePosition, flip, hide, offset, shift, size, type Platform, type Rect } from '@floating-ui/core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The visible part of the layout viewport, in the same (client) coordinates as the rects. */
export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CardPlacement {
  x: number;
  y: number;
  maxHeight: number;
  side: 'below' | 'above';
  /** The mention is out of view (scrolled away): the card fades out instead of floating by itself. */
  referenceHidden: boolean;
}

export const GAP = 8;
export const EDGE = 8;
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 520;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/** `card`: the card's natural size (no max-height applied). */
export async function cardPosition(
  line: Box,
  card: { width: number; height: number },
  viewport: Viewport,
): Promise<CardPlacement> {
  const reference: Rect = { x: line.left, y: line.top, width: line.right - line.left, height: line.bottom - line.top };
  const clipping: Rect = { x: viewport.left, y: viewport.top, width: viewport.width, height: viewport.height };
  let maxHeight = MAX_HEIGHT;
  const floating = () => ({ width: card.width, height: Math.min(card.height, maxHeight) });
  // `size` below caps maxHeight; getDimensions then reports the capped height, so floating-ui re-runs the
  // middleware with it, exactly as it would after the DOM platform re-measured the element.
  const platform: Platform = {
    getElementRects: () => ({ reference, floating: { x: 0, y: 0, ...floating() } }),
    getDimensions: floating,
    getClippingRect: () => clipping,
  };
  const { x, y, placement, middlewareData } = await computePosition(line, card, {
    platform,
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(GAP),
      flip({ padding: EDGE, fallbackPlacements: ['top-start'], fallbackStrategy: 'bestFit' }),
      shift({ padding: EDGE }),
      size({
        padding: EDGE,
        apply: ({ availableHeight }) => {
          maxHeight = clamp(availableHeight, MIN_HEIGHT, MAX_HEIGHT);
        },
      }),
      hide(),
    ],
  });
  const empty = reference.width === 0 && reference.height === 0;
  return {
    x,
    y,
    maxHeight,
    side: placement.startsWith('top') ? 'above' : 'below',
    referenceHidden: empty || Boolean(middlewareData.hide?.referenceHidden),
  };
}
