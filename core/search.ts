// Typo-tolerant search over the briefings for the popup's search box and the "Brief me on …" context menu.
// One fuse.js document per topic; each searchable field is a weighted key, so a hit on a name outranks the same
// words inside a quote. Results say which field matched and where, so the UI can mark the text (as text, never HTML).
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Briefing, TopicId } from '../briefings/types.ts';

export type SearchField = 'name' | 'alias' | 'speaker' | 'whoWhat' | 'summary' | 'fact' | 'quote';

/** A field value that matched, with [start, end) spans of the matched characters in `text`. */
export interface FieldMatch {
  field: SearchField;
  text: string;
  spans: Array<[number, number]>;
}

export interface SearchResult {
  topic: TopicId;
  /** 0 is a perfect match, 1 no match (fuse.js score). */
  score: number;
  /** Best field first (names before aliases before speakers, … quotes last). */
  matches: FieldMatch[];
}

interface SearchDoc {
  topic: TopicId;
  name: string;
  alias: string[];
  speaker: string[];
  whoWhat: string;
  summary: string[];
  fact: string[];
  quote: string[];
}

/** Display order and weight of each field: what a reader most likely means when a query hits it. */
const FIELD_WEIGHTS: ReadonlyArray<[SearchField, number]> = [
  ['name', 4],
  ['alias', 3],
  ['speaker', 2],
  ['whoWhat', 1.5],
  ['summary', 1],
  ['fact', 1],
  ['quote', 1],
];
const FIELD_ORDER = FIELD_WEIGHTS.map(([field]) => field);

const OPTIONS: IFuseOptions<SearchDoc> = {
  keys: FIELD_WEIGHTS.map(([name, weight]) => ({ name, weight })),
  includeScore: true,
  includeMatches: true,
  // A word can sit anywhere in a summary or a quote.
  ignoreLocation: true,
  ignoreDiacritics: true,
  // 0.34 lets an 8-letter word carry 2 typos ("hizbolah" → Hizbollah, "suleymanof") but keeps 3-letter noise out.
  threshold: 0.34,
  minMatchCharLength: 2,
};

function toDoc(b: Briefing): SearchDoc {
  return {
    topic: b.id,
    name: b.name,
    alias: [...b.match.names, ...(b.match.ambiguous ?? [])].filter((alias) => alias !== b.name),
    speaker: [...new Set(b.quotes.map((q) => q.speaker.name))],
    whoWhat: b.whoWhat,
    summary: b.summary.map((s) => s.text),
    fact: b.facts.map((f) => f.text),
    quote: b.quotes.map((q) => q.text),
  };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;

/**
 * Fuse gives inclusive [start, end] pairs of the characters that matched ("zbollah" of "Hezbollah" for
 * "hizbolah"). A reader expects the word they meant marked, so each pair grows to whole words, then overlapping
 * or touching spans merge.
 */
function toSpans(text: string, indices: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const grown = indices.map(([start, end]): [number, number] => {
    let s = start;
    let e = end + 1;
    while (s > 0 && WORD_CHAR.test(text[s - 1]!)) s--;
    while (e < text.length && WORD_CHAR.test(text[e]!)) e++;
    return [s, e];
  });
  grown.sort((a, b) => a[0] - b[0]);
  const spans: Array<[number, number]> = [];
  for (const [start, end] of grown) {
    const last = spans.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  return spans;
}

function toFieldMatch(match: FuseResultMatch): FieldMatch | undefined {
  const field = match.key as SearchField | undefined;
  if (!field || match.value === undefined || !FIELD_ORDER.includes(field)) return undefined;
  return { field, text: match.value, spans: toSpans(match.value, match.indices) };
}

const longestSpan = (m: FieldMatch) => Math.max(0, ...m.spans.map(([s, e]) => e - s));

/**
 * Builds a search over `briefings`; the returned function ranks topics for a query, best first.
 *
 * @example
 * const search = createBriefingSearch(BRIEFINGS);
 * search('hizbolah')[0]; // { topic: 'hezbollah', matches: [{ field: 'name', text: 'Hezbollah', spans: [[0, 9]] }, …] }
 */
export function createBriefingSearch(briefings: readonly Briefing[]): (query: string) => SearchResult[] {
  const fuse = new Fuse(briefings.map(toDoc), OPTIONS);
  return (query) => {
    const q = query.trim().replace(/\s+/g, ' ');
    if (q.length < 2) return [];
    const exact = (m: FieldMatch) => (m.text.toLowerCase() === q.toLowerCase() ? 1 : 0);
    return fuse.search(q).map((result) => ({
      topic: result.item.topic,
      score: result.score ?? 1,
      matches: (result.matches ?? [])
        .map(toFieldMatch)
        .filter((m): m is FieldMatch => m !== undefined)
        // Within a field, the value the reader typed, else the one with the longest marked run.
        .sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) || exact(b) - exact(a) || longestSpan(b) - longestSpan(a)),
    }));
  };
}

const namesTopic = (result: SearchResult) => result.matches.some((m) => m.field === 'name' || m.field === 'alias');
/** Below this, a hit in the text of a briefing (not its names) is still what the selection is about. */
const CONFIDENT_SCORE = 0.45;

/**
 * The one topic a free-form selection most likely means, or null: the whole selection first, then (for a phrase
 * such as "Hezbollah fighters", where the extra words match nothing) each word of 4+ letters on its own, taken
 * only when it names the topic (a name or alias), so "Vladimir Putin met" does not bring up a briefing that merely
 * mentions Putin. A whole-selection hit in a briefing's text counts only when it is a close one.
 *
 * @example
 * bestTopic(createBriefingSearch(BRIEFINGS), 'Hezbollah fighters'); // 'hezbollah'
 */
export function bestTopic(search: (query: string) => SearchResult[], selection: string): TopicId | null {
  const whole = search(selection.slice(0, 200))[0];
  if (whole && (namesTopic(whole) || whole.score <= CONFIDENT_SCORE)) return whole.topic;
  const words = selection.match(/[\p{L}\p{M}'’-]{4,}/gu) ?? [];
  const best = words
    .slice(0, 12)
    .flatMap((word) => search(word).slice(0, 1))
    .filter(namesTopic)
    .sort((a, b) => a.score - b.score)[0];
  return best?.topic ?? null;
}
