// Where the card goes, as a pure function of rects (tests/unit/card-position.test.ts): below the hovered line,
// flipped above when it fits only there (or when above is the larger side when it fits nowhere), shifted into the
// viewport, its height capped to the free space on its side so it never covers the mention. Was @floating-ui/dom
// (offset, flip, shift, size, hide): 14 KB of a content script with a 35 KB gzipped budget, for this arithmetic.

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

/** `card`: the card's natural size (no max-height applied). */
export function cardPosition(line: Box, card: { width: number; height: number }, viewport: Viewport): CardPlacement {
  const top = viewport.top;
  const bottom = viewport.top + viewport.height;
  const below = bottom - line.bottom - GAP - EDGE;
  const above = line.top - top - GAP - EDGE;
  const wanted = Math.min(card.height, MAX_HEIGHT);
  const side = wanted <= below || (wanted > above && below >= above) ? 'below' : 'above';
  const maxHeight = Math.max(MIN_HEIGHT, Math.min(side === 'below' ? below : above, MAX_HEIGHT));
  const height = Math.min(wanted, maxHeight);
  const y = side === 'below' ? line.bottom + GAP : line.top - GAP - height;
  // Start-aligned with the line, then shifted into the viewport (left edge wins when the card is wider than it).
  const minX = viewport.left + EDGE;
  const maxX = viewport.left + viewport.width - EDGE - card.width;
  const x = Math.max(minX, Math.min(line.left, maxX));
  const empty = line.right - line.left === 0 && line.bottom - line.top === 0;
  const referenceHidden =
    empty || line.bottom < top || line.top > bottom || line.right < viewport.left || line.left > viewport.left + viewport.width;
  return { x, y, maxHeight, side, referenceHidden };
}
