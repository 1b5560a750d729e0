// Decides whether one regex hit is a mention of its topic, using the words around it and what the page has
// established. Runs only on hits (a handful per page), so it may afford a few small regex tests each.
import type { PageContext } from './page-context.ts';
import type { Alias, CompiledTopic } from './rules.ts';

/** A spelling found in normalized text: [start, end) are normalized offsets. */
export interface Hit {
  alias: Alias;
  start: number;
  end: number;
}

/** Why a hit was rejected: codes, not sentences (the content script ships this file and has a size budget). */
export type RejectReason = 'named-otherwise' | 'rejecting-word-nearby' | 'context-missing' | 'other-one-nearby' | 'page-means-other';

export type Verdict = { accept: true; confidence: number } | { accept: false; reason: RejectReason };

/**
 * How sure a mention is. A listed full name is near-certain; a generated typo spelling is likely; a bare
 * ambiguous form depends on what backs it: the page's own full name, topic words nearby, or nothing.
 */
export const CONFIDENCE = {
  name: 0.98,
  typo: 0.8,
  ambiguousEstablished: 0.9,
  ambiguousSupported: 0.85,
  ambiguous: 0.7,
  /** Required context (deconfliction: Russia and Israel) found nearby. */
  inContext: 0.9,
} as const;

// How far "right before"/"right after" looks: enough for a two-word qualifier ("Bandar Abbas", "Kata'ib").
const ADJACENT = 40;

function contextAround(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext): string {
  const from = Math.max(0, hit.start - topic.window);
  let before = norm.slice(from, hit.start);
  // Near the start of a block, the end of the previous blocks still counts (a heading, the paragraph before).
  if (before.length < topic.window && page.tail) before = `${page.tail.slice(before.length - topic.window)}\uFFFC${before}`;
  return `${before}\uFFFC${norm.slice(hit.end, hit.end + topic.window)}`;
}

// An apostrophe inside a word, but not a possessive "'s": "Kata'ib" and "Kataib" are one word, "Kiarostami's" stays.
const INNER_APOSTROPHE = /(?<=\p{L})'(?=\p{L})(?!s(?![\p{L}\p{N}]))/gu;

const joinInnerApostrophes = (s: string) => (s.includes("'") ? s.replace(INNER_APOSTROPHE, '') : s);

function rejectedBy(hit: Hit, topic: CompiledTopic, norm: string): string | null {
  // Most topics have no such words: then nothing is sliced.
  if (topic.rejectBefore) {
    const b = topic.rejectBefore.exec(joinInnerApostrophes(norm.slice(Math.max(0, hit.start - ADJACENT), hit.start)));
    if (b) return `${b[0].trim()} ${norm.slice(hit.start, hit.end)}`;
  }
  if (topic.rejectAfter) {
    const a = topic.rejectAfter.exec(joinInnerApostrophes(norm.slice(hit.end, hit.end + ADJACENT)));
    if (a) return `${norm.slice(hit.start, hit.end)} ${a[0].trim()}`;
  }
  return null;
}

function readsWindow(topic: CompiledTopic, kind: Alias['kind']): boolean {
  if (topic.rejectNearby || topic.requireNearby.length > 0) return true;
  return kind === 'ambiguous' && (topic.ambiguousRejectNearby !== null || topic.supportNearby !== null);
}

/**
 * Judges one hit, and records in `page` what a full form establishes about later bare forms of the topic
 * (nearest full form wins: "Abbas Araghchi … Abbas" → not Mahmoud Abbas; "Mahmoud Abbas … Abbas" → him).
 *
 * @example
 * const norm = 'zaheer abbas scored';
 * judge({ alias: { topic: 'abbas', kind: 'ambiguous' }, start: 7, end: 12 }, rules.topics.get('abbas')!, norm, page);
 * // { accept: false, reason: 'named-otherwise' } (and the page's "Abbas" is now Zaheer Abbas)
 */
export function judge(hit: Hit, topic: CompiledTopic, norm: string, page: PageContext): Verdict {
  const { kind } = hit.alias;
  const other = rejectedBy(hit, topic, norm);
  if (other) {
    if (kind === 'ambiguous') page.referents.set(topic.id, { isTopic: false, label: other });
    return { accept: false, reason: 'named-otherwise' };
  }
  // The window around the hit is built only when a rule reads it (most hits are full names without such rules).
  const window = readsWindow(topic, kind) ? contextAround(hit, topic, norm, page) : '';
  if (topic.rejectNearby?.test(window)) return { accept: false, reason: 'rejecting-word-nearby' };
  if (!topic.requireNearby.every((group) => group.test(window))) return { accept: false, reason: 'context-missing' };
  if (kind !== 'ambiguous') {
    page.referents.set(topic.id, { isTopic: true, label: norm.slice(hit.start, hit.end) });
    if (topic.requireNearby.length > 0) return { accept: true, confidence: CONFIDENCE.inContext };
    return { accept: true, confidence: kind === 'name' ? CONFIDENCE.name : CONFIDENCE.typo };
  }
  if (topic.ambiguousRejectNearby?.test(window)) return { accept: false, reason: 'other-one-nearby' };
  const referent = page.referents.get(topic.id);
  if (referent && !referent.isTopic) return { accept: false, reason: 'page-means-other' };
  if (referent) return { accept: true, confidence: CONFIDENCE.ambiguousEstablished };
  if (topic.supportNearby?.test(window)) return { accept: true, confidence: CONFIDENCE.ambiguousSupported };
  return { accept: true, confidence: CONFIDENCE.ambiguous };
}
