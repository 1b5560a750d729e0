// The live set of mentions on this page, in document order: what is highlighted, what the card hovers, what the
// popup lists. Mentions of every topic are kept; only those of the enabled topics are visible through all()/get(),
// so switching a topic off and on again needs no rescan.
import type { TopicId } from '../briefings/types.ts';
import type { FoundMention } from '../core/scan.ts';

/**
 * A mention tracked on the page: a FoundMention whose offsets in the scanned text became a live Range (stages of a
 * mention's life: core/scan.ts FoundMention).
 */
export interface TrackedMention extends Omit<FoundMention, 'start' | 'end'> {
  /** Stable for the life of the content script. */
  id: string;
  /** A live Range covering the mention's text (may span several text nodes). */
  range: Range;
  /** The sentence around the mention (for quote ranking and the popup snippet). */
  context: string;
  /** The block whose text the mention was found in; rescanning that block replaces it. */
  block: Element;
}

/** Mentions tracked per page at most: each keeps a live Range, which every DOM change of the page must update. */
export const MAX_MENTIONS = 5000;

let nextId = 0;
export function newMentionId(): string {
  return `m${++nextId}`;
}

/** The chain of trees a node sits in, outermost first: each entry is the node standing for it in that tree. */
function treePath(node: Node): Array<{ root: Node; node: Node }> {
  const path: Array<{ root: Node; node: Node }> = [];
  for (let at: Node | null = node; at; ) {
    const root = at.getRootNode();
    path.push({ root, node: at });
    at = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? null) : null;
  }
  return path.reverse();
}

/**
 * Composed-tree order of two ranges' starts, for ranges in different trees (a web component's shadow root and the
 * document, where compareBoundaryPoints throws): compared in the deepest tree both reach, through their hosts. A
 * host's shadow text counts as coming before the rest of its content (it usually renders it, slotting the rest).
 */
function composedOrder(a: Range, b: Range): number {
  const pa = treePath(a.startContainer);
  const pb = treePath(b.startContainer);
  let i = 0;
  while (i + 1 < pa.length && i + 1 < pb.length && pa[i + 1]!.root === pb[i + 1]!.root) i++;
  if (pa[i]!.root !== pb[i]!.root) return 0; // one of them is detached: no order
  const na = pa[i]!.node;
  const nb = pb[i]!.node;
  // In tree i, each start is its own boundary point, or (when it lies deeper) the host it sits under.
  const point = (path: typeof pa, range: Range): [Node, number] =>
    path.length === i + 1 ? [range.startContainer, range.startOffset] : [path[i]!.node, 0];
  if (na === nb && pa.length !== pb.length) {
    // One start is inside the shadow tree of the host the other is at: shadow first.
    return pa.length > pb.length ? -1 : 1;
  }
  const doc = na.ownerDocument ?? (na as Document);
  const ra = doc.createRange();
  const rb = doc.createRange();
  try {
    ra.setStart(...point(pa, a));
    rb.setStart(...point(pb, b));
    return ra.compareBoundaryPoints(Range.START_TO_START, rb);
  } catch {
    return 0;
  }
}

function documentOrder(a: TrackedMention, b: TrackedMention): number {
  // Ranges in different trees (a shadow root and the document): compareBoundaryPoints would throw.
  if (a.range.startContainer.getRootNode() !== b.range.startContainer.getRootNode()) return composedOrder(a.range, b.range);
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return composedOrder(a.range, b.range);
  }
}

export class PageMentions {
  private tracked: TrackedMention[] = [];
  private byId = new Map<string, TrackedMention>();
  /** Mentions by the block they were found in: a rescan looks up the blocks it covers, not every mention. */
  private byBlock = new Map<Element, TrackedMention[]>();
  private topics: ReadonlySet<TopicId>;
  private visible: readonly TrackedMention[] | null = null;
  private readonly listeners = new Set<() => void>();
  /** Whether mentions were left out for MAX_MENTIONS (the page has more than it lists), until all are dropped. */
  capped = false;

  constructor(topics: readonly TopicId[]) {
    this.topics = new Set(topics);
  }

  all(): readonly TrackedMention[] {
    this.visible ??= this.tracked.filter((m) => this.topics.has(m.topic));
    return this.visible;
  }

  get(id: string): TrackedMention | undefined {
    const mention = this.byId.get(id);
    return mention && this.topics.has(mention.topic) ? mention : undefined;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // --- for the scanner and the content script ---

  /** Every mention, of enabled topics or not. */
  tracking(): readonly TrackedMention[] {
    return this.tracked;
  }

  /** The mentions found in `block`, of enabled topics or not. */
  inBlock(block: Element): readonly TrackedMention[] {
    return this.byBlock.get(block) ?? [];
  }

  isShown(topic: TopicId): boolean {
    return this.topics.has(topic);
  }

  setTopics(topics: readonly TopicId[]): void {
    this.topics = new Set(topics);
    this.changed();
  }

  /**
   * Adds mentions; keeps the whole set in document order. `ordered`: the caller found them in document order (a
   * walk of the light DOM), so they need no sorting, which costs several DOM reads per mention.
   */
  add(mentions: readonly TrackedMention[], options: { ordered?: boolean } = {}): void {
    if (!mentions.length) return;
    const batch = options.ordered ? mentions : [...mentions].sort(documentOrder);
    const last = this.tracked.at(-1);
    // Initial scans and infinite scroll append at the end: no need to re-sort everything.
    const appends = !last || documentOrder(last, batch[0]!) <= 0;
    this.tracked = appends ? this.tracked.concat(batch) : [...this.tracked, ...batch].sort(documentOrder);
    for (const mention of batch) {
      this.byId.set(mention.id, mention);
      const inBlock = this.byBlock.get(mention.block);
      if (inBlock) inBlock.push(mention);
      else this.byBlock.set(mention.block, [mention]);
    }
    this.changed();
  }

  /** Removes the mentions `drop` selects and returns them (so their highlights can be removed too). */
  removeWhere(drop: (mention: TrackedMention) => boolean): TrackedMention[] {
    const removed: TrackedMention[] = [];
    this.tracked = this.tracked.filter((mention) => {
      if (!drop(mention)) return true;
      removed.push(mention);
      this.byId.delete(mention.id);
      return false;
    });
    if (!this.tracked.length) {
      this.byBlock.clear();
      this.capped = false;
    }
    else if (removed.length) {
      const gone = new Set(removed);
      for (const block of new Set(removed.map((m) => m.block))) {
        const left = this.byBlock.get(block)?.filter((m) => !gone.has(m)) ?? [];
        if (left.length) this.byBlock.set(block, left);
        else this.byBlock.delete(block);
      }
    }
    if (removed.length) this.changed();
    return removed;
  }

  private changed(): void {
    this.visible = null;
    for (const listener of this.listeners) listener();
  }
}
