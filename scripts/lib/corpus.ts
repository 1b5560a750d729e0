// Loads the annotated corpus: tests/corpus/tune/*.txt (rules may be changed by looking at these) and
// tests/corpus/test/*.txt (only ever scored). Every passage was written by the team to model what real pages do.
// Each file is:
//   genre: <news, sport, history, film-music, encyclopedia, live-blog, byline-caption, headline-caps, list-table, …>
//   note: <what the passage tests>
//   ---
//   text with [[topic|surface]] for each expected mention and [[-|surface]] for a hard negative
// The markup is stripped; offsets refer to the stripped text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_IDS } from '../../briefings/index.ts';
import type { TopicId } from '../../briefings/types.ts';

export interface Span {
  start: number;
  end: number;
  surface: string;
}

/** A mention annotated by hand, what the matcher should find: the eval's, not a stage of a FoundMention's life. */
export interface GoldMention extends Span {
  topic: TopicId;
}

export type Half = 'tune' | 'test';

export interface Passage {
  id: string;
  genre: string;
  note: string;
  text: string;
  mentions: GoldMention[];
  /** Lookalikes the annotator marked: they must not be found. */
  negatives: Span[];
}

export const HALVES: readonly Half[] = ['tune', 'test'];
export const CORPUS_DIR = new URL('../../tests/corpus/', import.meta.url);

const MARK = /\[\[([a-z-]+)\|([^\]]+)\]\]/g;

/** Parses one passage file; throws naming the file when the header or a topic is wrong. */
export function parsePassage(id: string, raw: string): Passage {
  const [header, ...body] = raw.split('\n---\n');
  const field = (name: string) => header?.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1]?.trim() ?? '';
  if (!field('genre') || body.length === 0) throw new Error(`${id}: needs a "genre:" line and a "---" line`);
  const marked = body.join('\n---\n').replace(/\n$/, '');
  const mentions: GoldMention[] = [];
  const negatives: Span[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    const [all, label = '', surface = ''] = m;
    text += marked.slice(last, m.index);
    const span = { start: text.length, end: text.length + surface.length, surface };
    if (label === '-') negatives.push(span);
    else if ((TOPIC_IDS as readonly string[]).includes(label)) mentions.push({ topic: label as TopicId, ...span });
    else throw new Error(`${id}: unknown topic "${label}"`);
    text += surface;
    last = m.index + all.length;
  }
  text += marked.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error(`${id}: unclosed or malformed [[…]] mark`);
  return { id, genre: field('genre'), note: field('note'), text, mentions, negatives };
}

/** A passage with lookalikes and no mention at all: every hit there is a false positive. */
export const isHardNegative = (p: Passage) => p.mentions.length === 0 && p.negatives.length > 0;

/** The passages of one half (or both), sorted by id. */
export function loadCorpus(half?: Half, dir: URL = CORPUS_DIR, rewrite?: (id: string, raw: string) => string): Passage[] {
  return (half ? [half] : HALVES).flatMap((h) => {
    const folder = join(dir.pathname, h);
    return readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const id = `${h}/${f.replace(/\.txt$/, '')}`;
        const raw = readFileSync(join(folder, f), 'utf8');
        return parsePassage(id, rewrite ? rewrite(id, raw) : raw);
      });
  });
}
