// What a page establishes about a topic, kept where it holds: within the piece of the page that said it (an
// article, a teaser, a post, with whatever it contains) and for a stretch of text after the topic was last found.
// A front page, a feed or a results list holds many unrelated pieces: "Hamas" in a sports teaser must not be read
// by a Gaza story three items up.
import type { TopicId } from '../briefings/types.ts';

/** Where the page is: characters scanned so far, and the pieces (outermost first) the current block sits in. */
export interface Place {
  readonly scanned: number;
  readonly scope: readonly object[];
}

/** Whether what was established in `inner`'s piece `outer` still holds in piece `inner`: the same piece or one inside it. */
export function within(outer: readonly object[], inner: readonly object[]): boolean {
  if (outer === inner || outer.length === 0) return true;
  if (outer.length > inner.length) return false;
  for (let i = 0; i < outer.length; i++) if (outer[i] !== inner[i]) return false;
  return true;
}

/** Whether a key belongs to a topic: the topic id itself, or a key that starts with it ("hamas hamas"). */
// (Read as the topic and a space without building that string: renew asks it of every key at every mention.)
const ofTopic = (key: unknown, topic: TopicId) => key === topic || (typeof key === 'string' && key.charCodeAt(topic.length) === 0x20 && key.startsWith(topic));

interface Entry<V> {
  value: V;
  at: number;
  scope: readonly object[];
}

/** A map of what the page established: an entry holds in its own piece and those inside it, `reach` characters on from when it was last set or renewed. */
export class Memory<K, V> {
  private readonly entries = new Map<K, Entry<V>[]>();
  constructor(
    private readonly place: Place,
    private readonly reach: number | ((value: V) => number),
  ) {}

  /** The latest entry set in this piece or one around it, if it has not faded. */
  private current(key: K): Entry<V> | undefined {
    const list = this.entries.get(key);
    return list && this.currentIn(list);
  }
  private currentIn(list: Entry<V>[]): Entry<V> | undefined {
    const { scanned: at, scope } = this.place;
    for (let i = list.length - 1; i >= 0; i--) {
      const entry = list[i]!;
      if (!within(entry.scope, scope)) continue;
      const reach = typeof this.reach === 'number' ? this.reach : this.reach(entry.value);
      return at - entry.at <= reach ? entry : undefined;
    }
    return undefined;
  }

  /** How many characters ago the entry that holds here was set or renewed (Infinity: none holds). */
  age(key: K): number {
    const entry = this.current(key);
    return entry ? this.place.scanned - entry.at : Infinity;
  }
  get(key: K): V | undefined {
    return this.current(key)?.value;
  }
  has(key: K): boolean {
    return this.current(key) !== undefined;
  }
  set(key: K, value: V): this {
    const { scanned: at, scope } = this.place;
    const list = this.entries.get(key);
    const last = list?.[list.length - 1];
    // The common case, set again in the same piece: in place.
    if (last?.scope === scope) {
      last.value = value;
      last.at = at;
      return this;
    }
    // Entries of pieces the page has left can never hold again (blocks come in document order): they go.
    const kept = (list ?? []).filter((entry) => within(entry.scope, scope) && entry.scope.length < scope.length);
    kept.push({ value, at, scope });
    this.entries.set(key, kept);
    return this;
  }
  clear(): void {
    this.entries.clear();
  }
  get size(): number {
    return this.held().length;
  }
  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.held()[Symbol.iterator]();
  }
  /** Every entry that holds here, as [key, value]. */
  held(): [K, V][] {
    const held: [K, V][] = [];
    for (const key of this.entries.keys()) {
      const entry = this.current(key);
      if (entry) held.push([key, entry.value]);
    }
    return held;
  }
  /** The topic was found again: what holds about it here holds on from here. */
  renew(topic: TopicId): void {
    if (this.entries.size === 0) return;
    const at = this.place.scanned;
    for (const [key, list] of this.entries) {
      if (!ofTopic(key, topic)) continue;
      const entry = this.currentIn(list);
      if (entry) entry.at = at;
    }
  }
}

/** A set of what the page established, kept as Memory keeps it. */
export class MemorySet<T> {
  private readonly memory: Memory<T, true>;
  constructor(place: Place, reach: number) {
    this.memory = new Memory(place, reach);
  }
  add(value: T): this {
    this.memory.set(value, true);
    return this;
  }
  has(value: T): boolean {
    return this.memory.has(value);
  }
  clear(): void {
    this.memory.clear();
  }
  get size(): number {
    return this.memory.size;
  }
  [Symbol.iterator](): IterableIterator<T> {
    return this.memory.held().map(([value]) => value)[Symbol.iterator]();
  }
  renew(topic: TopicId): void {
    this.memory.renew(topic);
  }
}
