// Which painted ranges are near the viewport. Chromium re-validates every range of every registered highlight
// after any style or DOM change in the document: with the bench page's 2,000 mentions that is ≈ 30 ms on every
// hover, every page animation frame, every appended comment (docs/performance.md). So once a page holds more than
// `windowFrom` ranges, only those within a screen of the viewport stay registered; an IntersectionObserver on the
// elements that hold them brings the others in a screen before they scroll into view, and takes them out after.
// Teardown: dispose().
import { blockOf } from './page-elements.ts';

export interface ViewportWindow<T> {
  /** Tracks `range` (painted as `value`; `block`: the block holding it, if known); returns whether to paint it now. */
  add(range: Range, value: T, block?: Element): boolean;
  /**
   * `count` ranges, each with its block, are about to be added: when they take the window past `windowFrom`, it
   * opens now, so none of them is painted only to be taken out again a moment later.
   */
  expect(count: number): void;
  /** Stops tracking `range` (the caller unpaints it). */
  remove(range: Range): void;
  dispose(): void;
}

export interface ViewportWindowOptions<T> {
  /** Ranges tracked before the window opens; below it every range is painted (the browser's cost is small). */
  windowFrom: number;
  /** A range came near the viewport: paint it. */
  enter(range: Range, value: T): void;
  /** A range went far from the viewport: stop painting it. */
  leave(range: Range, value: T): void;
}

/** A screen above and below (and to either side): painted before it scrolls into view, at any scroll speed short of a jump. */
const MARGIN = '100% 100%';
/** Holders in a row found below the window before the rest are assumed below too (see isNear). */
const GUESS_BELOW_AFTER = 32;

/**
 * Whether an element is within a screen of the viewport, measured. A scan adds holders in document order: once many
 * in a row lie below the window, the rest of the page very likely does too, and each rect read costs. They are then
 * left to the observer's first report, a frame later (which also corrects any guess; `reported` starts measuring
 * again), instead of each being measured now.
 */
function createNearTest(view: Window): { isNear(element: Element): boolean; reported(): void } {
  let belowInARow = 0;
  return {
    isNear(element) {
      if (belowInARow >= GUESS_BELOW_AFTER) return false;
      const rect = element.getBoundingClientRect();
      const height = view.innerHeight;
      const width = view.innerWidth;
      belowInARow = rect.top > 2 * height ? belowInARow + 1 : 0;
      return rect.bottom >= -height && rect.top <= 2 * height && rect.right >= -width && rect.left <= 2 * width;
    },
    reported() {
      belowInARow = 0;
    },
  };
}

export function createViewportWindow<T>(view: Window & typeof globalThis, options: ViewportWindowOptions<T>): ViewportWindow<T> {
  // Ranges by the element watched for them (see elementHolding), and that element by range: a live range's start
  // moves when the page edits its text, so the element is remembered rather than looked up again.
  const groups = new Map<Element, Map<Range, T>>();
  const holderOf = new Map<Range, Element>();
  const near = new Set<Element>();
  const buckets = new WeakMap<Element, Element>();
  let observer: IntersectionObserver | null = null;

  const { isNear, reported } = createNearTest(view);

  const setNear = (element: Element, isNow: boolean) => {
    if (near.has(element) === isNow) return;
    const group = groups.get(element);
    if (!group) return;
    if (isNow) near.add(element);
    else near.delete(element);
    for (const [range, value] of group) (isNow ? options.enter : options.leave)(range, value);
  };

  const open = () => {
    observer = new view.IntersectionObserver(
      (entries) => {
        reported();
        for (const entry of entries) setNear(entry.target, entry.isIntersecting);
      },
      { rootMargin: MARGIN },
    );
    // Everything was painted until now: keep what is near, take the rest out.
    for (const element of groups.keys()) {
      observer.observe(element);
      near.add(element);
      if (!isNear(element)) setNear(element, false);
    }
  };

  return {
    add(range, value, block) {
      const holder = holderOf.get(range) ?? elementHolding(range, buckets, block);
      if (!holder) return false;
      if (!observer && holderOf.size >= options.windowFrom) open();
      holderOf.set(range, holder);
      let group = groups.get(holder);
      if (!group) {
        groups.set(holder, (group = new Map()));
        // Decided at once (layout is normally clean here); the observer's first report comes a frame later.
        if (!observer || isNear(holder)) near.add(holder);
        observer?.observe(holder);
      }
      group.set(range, value);
      return near.has(holder);
    },
    expect(count) {
      if (!observer && holderOf.size + count > options.windowFrom) open();
    },
    remove(range) {
      const holder = holderOf.get(range);
      if (!holder) return;
      holderOf.delete(range);
      const group = groups.get(holder)!;
      group.delete(range);
      if (!group.size) {
        groups.delete(holder);
        near.delete(holder);
        observer?.unobserve(holder);
      }
    },
    dispose() {
      observer?.disconnect();
      observer = null;
      groups.clear();
      holderOf.clear();
      near.clear();
    },
  };
}

/** A parent with at most this many child elements watches for all of them (an article's paragraphs, a short list). */
const BUCKET_CHILDREN = 12;

/**
 * The element watched for a range: the block holding its start, or that block's parent when the parent holds only a
 * few elements. Every watched element costs the browser work after each layout change (≈ 2 µs each for 1,500 on
 * the bench page), and the hover card's frame pays it: an article watched once instead of paragraph by paragraph.
 * A bigger box only keeps a few more ranges painted; the ones in view always are.
 */
function elementHolding(range: Range, buckets: WeakMap<Element, Element>, known?: Element): Element | null {
  const block = known ?? blockOf(range.startContainer);
  if (!block) return null;
  let bucket = buckets.get(block);
  if (!bucket) {
    const parent = block.parentElement;
    const small = parent && parent.localName !== 'body' && parent.localName !== 'html' && parent.childElementCount <= BUCKET_CHILDREN;
    bucket = small ? parent : block;
    buckets.set(block, bucket);
  }
  return bucket;
}
