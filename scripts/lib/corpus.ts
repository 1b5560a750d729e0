// Loads the annotated corpus (tests/corpus/passages/*.txt). Each file is:
//   source: <URL of the real page the passage is quoted from>
//   note: <why the passage is in the corpus>
//   ---
//   text with [[topic|surface]] for each expected mention and [[-|surface]] for a hard negative
// The markup is stripped; offsets refer to the stripped text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_IDS, type TopicId } from '../../briefings/types.ts';

export interface Span {
  start: number;
  end: number;
  surface: string;
}

export interface GoldMention extends Span {
  topic: TopicId;
}

export interface Passage {
  id: string;
  source: string;
  note: string;
  text: string;
  mentions: GoldMention[];
  /** Hard negatives the annotator marked: lookalikes that must not be found. */
  negatives: Span[];
}

export const CORPUS_DIR = new URL('../../tests/corpus/passages/', import.meta.url);

const MARK = /\[\[([a-z-]+)\|([^\]]+)\]\]/g;

/** Parses one passage file; throws naming the file when the header or a topic is wrong. */
export function parsePassage(id: string, raw: string): Passage {
  const [header, ...body] = raw.split('\n---\n');
  const field = (name: string) => header?.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1] ?? '';
  if (!field('source') || body.length === 0) throw new Error(`${id}: needs "source:" and a "---" line`);
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
  return { id, source: field('source'), note: field('note'), text, mentions, negatives };
}

/** Every passage of the corpus, sorted by id. */
export function loadCorpus(dir: URL = CORPUS_DIR): Passage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parsePassage(f.replace(/\.txt$/, ''), readFileSync(join(dir.pathname, f), 'utf8')));
}
