// The live set of mentions on this page, in document order: what is highlighted, what the card hovers, what the
// popup lists. Mentions of every topic are kept; only those of the enabled topics are visible through all()/get(),
// so switching a topic off and on again needs no rescan.
import type { TopicId } from '../briefings/types.ts';

export interface PageMention {
  /** Stable for the life of the content script. */
  id: string;
  topic: TopicId;
  surface: string;
  confidence: number;
  /** A live Range covering the mention's text (may span several text nodes). */
  range: Range;
  /** The sentence around the mention (for quote ranking and the popup snippet). */
  context: string;
}

/** A mention plus what the scanner needs to know about it. */
export interface TrackedMention extends PageMention {
  /** The block whose text the mention was found in; rescanning that block replaces it. */
  block: Element;
}

let nextId = 0;
export function newMentionId(): string {
  return `m${++nextId}`;
}

function documentOrder(a: TrackedMention, b: TrackedMention): number {
  return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
}

export class PageMentions {
  private tracked: TrackedMention[] = [];
  private byId = new Map<string, TrackedMention>();
  private topics: ReadonlySet<TopicId>;
  private visible: readonly PageMention[] | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(topics: readonly TopicId[]) {
    this.topics = new Set(topics);
  }

  all(): readonly PageMention[] {
    this.visible ??= this.tracked.filter((m) => this.topics.has(m.topic));
    return this.visible;
  }

  get(id: string): PageMention | undefined {
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

  isShown(topic: TopicId): boolean {
    return this.topics.has(topic);
  }

  setTopics(topics: readonly TopicId[]): void {
    this.topics = new Set(topics);
    this.changed();
  }

  /** Adds mentions (any order); keeps the whole set in document order. */
  add(mentions: readonly TrackedMention[]): void {
    if (!mentions.length) return;
    const batch = [...mentions].sort(documentOrder);
    const last = this.tracked.at(-1);
    // Initial scans and infinite scroll append at the end: no need to re-sort everything.
    const appends = !last || documentOrder(last, batch[0]!) <= 0;
    this.tracked = appends ? this.tracked.concat(batch) : [...this.tracked, ...batch].sort(documentOrder);
    for (const mention of batch) this.byId.set(mention.id, mention);
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
    if (removed.length) this.changed();
    return removed;
  }

  private changed(): void {
    this.visible = null;
    for (const listener of this.listeners) listener();
  }
}
