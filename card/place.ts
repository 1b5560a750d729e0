// Keeps the card next to its mention (card/position.ts decides where): placed once when it opens, then
// again on scroll and resize, at most once per frame, until the returned stop() is called. Each update writes
// nothing before it has read everything it needs (one layout), then writes the position.
import { cardPosition, type Box } from './position.ts';

/** One line of a (possibly wrapped) mention: the one the pointer is on. */
export interface LineReference {
  getBoundingClientRect(): Box;
}

/**
 * The line `lineIndex` of `range`, read afresh on every update, never cached, so scrolling and reflow keep it right.
 */
export function lineOfRange(range: Range, lineIndex: number): LineReference {
  return { getBoundingClientRect: () => range.getClientRects()[lineIndex] ?? range.getBoundingClientRect() };
}

/**
 * `origin`: an empty `position: fixed; left: 0; top: 0` element beside the card, where the card's containing block
 * starts: the viewport, or a page element with a transform or filter (fixed boxes are then placed relative to it,
 * and it may scroll), so the card's client coordinates are offset by it.
 */
export function placeCard(reference: LineReference, card: HTMLElement, origin: Element, onPlaced: () => void): () => void {
  const view = card.ownerDocument.defaultView ?? window;
  const html = card.ownerDocument.documentElement;
  let first = true;
  let frame = 0;
  let latest = 0;
  let stopped = false;

  const update = async () => {
    frame = 0;
    const run = ++latest;
    // The card's natural height (the cap from the last update removed), read together with the line.
    card.style.maxHeight = '';
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const line = reference.getBoundingClientRect();
    const zero = origin.getBoundingClientRect();
    const vv = view.visualViewport;
    const viewport = vv
      ? { left: vv.offsetLeft, top: vv.offsetTop, width: vv.width, height: vv.height }
      : { left: 0, top: 0, width: html.clientWidth, height: view.innerHeight };
    const { x, y, maxHeight, referenceHidden } = await cardPosition(line, size, viewport);
    if (stopped || run !== latest) return; // a newer update (or stop) came while this one was computed
    card.style.maxHeight = `${maxHeight}px`;
    card.style.left = `${x - zero.left}px`;
    card.style.top = `${y - zero.top}px`;
    card.toggleAttribute('data-reference-hidden', referenceHidden);
    if (first) {
      first = false;
      card.setAttribute('data-placed', '');
      onPlaced();
    }
  };
  const schedule = () => {
    if (!frame) frame = view.requestAnimationFrame(() => void update());
  };

  void update();
  // Scroll events don't bubble, but a capturing listener on the window sees every scrolling element's.
  const listen = { capture: true, passive: true } as const;
  view.addEventListener('scroll', schedule, listen);
  view.addEventListener('resize', schedule, listen);
  view.visualViewport?.addEventListener('resize', schedule, listen);
  return () => {
    stopped = true;
    if (frame) view.cancelAnimationFrame(frame);
    view.removeEventListener('scroll', schedule, listen);
    view.removeEventListener('resize', schedule, listen);
    view.visualViewport?.removeEventListener('resize', schedule, listen);
  };
}
