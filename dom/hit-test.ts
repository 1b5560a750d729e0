// Pointer → mention. Highlights (CSS Custom Highlight API) get no events, so the pointer is hit-tested: the caret
// APIs find the text under the pointer, and the mention's own client rects confirm it, because both caret APIs
// return the *nearest* caret even over blank space. Positions are read fresh on every test, never cached across
// scroll or resize; every client rect counts, so a mention wrapped over two lines is hit on both.
// Fixture: tests/fixtures/pages/article.html (tests/e2e/card.test.ts, tests/dom/hover-hit-test.test.ts).
import type { TrackedMention } from './page-mentions.ts';

/** What hit-testing needs of a tracked mention. */
type HitTestable = Pick<TrackedMention, 'id' | 'range'>;

/** Which mention the pointer is on (not a kind of mention: a hit-test's answer). */
export interface MentionUnderPointer {
  id: string;
  /** Which of range.getClientRects() the pointer is in: the line the card should sit next to. */
  rectIndex: number;
}

type CaretFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

/**
 * The text position under a point: caretPositionFromPoint (Firefox, Chrome ≥ 128) or caretRangeFromPoint. Inside the
 * listed shadow roots (web components whose text holds mentions) it is the position in the shadow tree; without
 * them the browser answers with the component's host, outside any mention.
 */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const fromPoint = doc.caretPositionFromPoint as CaretFromPoint;
    const position = shadowRoots.length ? fromPoint.call(doc, x, y, { shadowRoots }) : fromPoint.call(doc, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function contains(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false; // a doctype, or an offset the DOM no longer has
  }
}

/** Index of the client rect of `range` that contains the point, or -1. */
export function rectIndexAt(range: Range, x: number, y: number): number {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (r.width > 0 && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return i;
  }
  return -1;
}

/** Where a point lies relative to a range: -1 before it, 0 in it, 1 after it; null if the DOM can't say. */
function compare(range: Range, node: Node, offset: number): -1 | 0 | 1 | null {
  try {
    return range.comparePoint(node, offset) as -1 | 0 | 1;
  } catch {
    return null; // a doctype, an offset the DOM no longer has, another root
  }
}

/** How many mentions before the binary search's landing point are also checked (overlapping or re-ordered ranges). */
const LOOK_BACK = 3;

/**
 * Indexes of the mentions that may contain the point, found by binary search: `mentions` is in document order
 * (dom/page-mentions.ts keeps it so), and with ~2,000 mentions on a page a linear scan cost ~8 ms a frame.
 * Null when a range can't be compared (then every mention is checked).
 */
function candidates(mentions: readonly HitTestable[], node: Node, offset: number): number[] | null {
  // The first mention that starts after the point.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const side = compare(mentions[mid]!.range, node, offset);
    if (side === null) return null;
    if (side < 0) hi = mid;
    else lo = mid + 1;
  }
  const found: number[] = [];
  for (let i = lo - 1; i >= 0 && i >= lo - 1 - LOOK_BACK; i--) found.push(i);
  return found;
}

// The shadow roots holding mentions, per list of mentions (dom/page-mentions.ts hands out one array until they change).
const rootsOf = new WeakMap<readonly HitTestable[], ShadowRoot[]>();
function shadowRootsOf(mentions: readonly HitTestable[]): ShadowRoot[] {
  let roots = rootsOf.get(mentions);
  if (!roots) {
    const found = new Set<ShadowRoot>();
    for (const { range } of mentions) {
      const root = range.startContainer.getRootNode();
      if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root) found.add(root as ShadowRoot);
    }
    rootsOf.set(mentions, (roots = [...found]));
  }
  return roots;
}

/** The mention whose characters are under the point (viewport coordinates), if any. `mentions`: in document order. */
export function mentionAtPoint(doc: Document, x: number, y: number, mentions: readonly HitTestable[]): MentionUnderPointer | null {
  const caret = caretAt(doc, x, y, shadowRootsOf(mentions));
  if (!caret) return null;
  const indexes = candidates(mentions, caret.node, caret.offset) ?? mentions.map((_, i) => i);
  for (const i of indexes) {
    const mention = mentions[i]!;
    if (!contains(mention.range, caret.node, caret.offset)) continue;
    const rectIndex = rectIndexAt(mention.range, x, y);
    if (rectIndex >= 0) return { id: mention.id, rectIndex };
  }
  return null;
}

export interface HoverWatchOptions {
  /** In document order. */
  getMentions: () => readonly HitTestable[];
  /** Events whose target is this element (the card's shadow host) are not over the page. */
  ignoreTarget: () => EventTarget | null;
  onChange: (hit: MentionUnderPointer | null) => void;
  signal: AbortSignal;
  /** Where the pointer was before this watch began (trackPointer): tested at once, as if it had just moved there. */
  startAt?: PointerPlace | null;
}

export type PointerPlace = { x: number; y: number };

/**
 * Keeps the reader's pointer's last place in the viewport (null once it leaves the window) until `signal` aborts,
 * for a hover watch that starts later (the card loads after the page's first mention).
 */
export function trackPointer(doc: Document, signal: AbortSignal): () => PointerPlace | null {
  let point: PointerPlace | null = null;
  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('pointermove', (event) => {
    if (event.isTrusted && event.pointerType !== 'touch') point = { x: event.clientX, y: event.clientY };
  }, listen);
  doc.documentElement.addEventListener('pointerleave', (event) => event.isTrusted && (point = null), listen);
  return () => point;
}

/**
 * Reports the mention under the mouse whenever it changes. Pointer moves, scrolls and resizes are coalesced to
 * one hit test per animation frame. Returns `recheck`, for when the mentions themselves change.
 */
export function watchHoveredMention(doc: Document, options: HoverWatchOptions): () => void {
  const { signal } = options;
  const view = doc.defaultView!;
  let point: PointerPlace | null = options.startAt ?? null;
  let frame = 0;
  let current: string | null = null;

  const report = (hit: MentionUnderPointer | null) => {
    if ((hit?.id ?? null) === current) return;
    current = hit?.id ?? null;
    options.onChange(hit);
  };
  const test = () => {
    frame = 0;
    if (signal.aborted) return;
    report(point ? mentionAtPoint(doc, point.x, point.y, options.getMentions()) : null);
  };
  const schedule = () => {
    if (!frame && !signal.aborted) frame = view.requestAnimationFrame(test);
  };

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener(
    'pointermove',
    (event) => {
      // Only the reader's pointer: a page can dispatch pointer events anywhere (issue 18); no hover on touch.
      if (!event.isTrusted || event.pointerType === 'touch') return;
      if (event.target === options.ignoreTarget()) {
        point = null; // over the card: the card's own enter/leave events take over
        if (frame) view.cancelAnimationFrame(frame);
        frame = 0;
        return report(null);
      }
      point = { x: event.clientX, y: event.clientY };
      schedule();
    },
    listen,
  );
  // The pointer left the window.
  doc.documentElement.addEventListener('pointerleave', (event) => event.isTrusted && ((point = null), schedule()), listen);
  // Content moves under a still pointer.
  doc.addEventListener('scroll', schedule, listen);
  view.addEventListener('resize', schedule, listen);
  signal.addEventListener('abort', () => frame && view.cancelAnimationFrame(frame), { once: true });
  if (point) schedule();
  return schedule;
}
