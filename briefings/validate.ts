// Validation of briefings as data of unknown shape, against the parsed source article. Returns messages that name
// the file and the field ("briefings/hamas.ts: quotes[2].text: not found verbatim in ¶7; …"). Pure: no DOM and no
// node APIs, so core-adjacent code can use it; reading files is the caller's job (validate-files.ts does it in node).
import { ARTICLE } from './source/article.ts';
import type { ParsedArticle } from './source/paragraphs.ts';
import { TOPIC_IDS, type Briefing, type TopicId } from './types.ts';
import { ArticleIndex, checkAgainstArticle, normalizeQuoteText } from './validate-article.ts';
import { briefingShape } from './validate-schema.ts';
import type { Problem } from './validate-shape.ts';

export interface BriefingEntry {
  /** Where the value came from, as shown in messages, e.g. "briefings/hamas.ts". */
  file: string;
  value: unknown;
}

const isTopicId = (id: string): id is TopicId => (TOPIC_IDS as readonly string[]).includes(id);
const TOPIC_LIST = TOPIC_IDS.join(', ');
// Briefings are rendered as text; anything that looks like markup or an entity is a mistake in the data.
const HTML_LIKE = /<[A-Za-z/!]|&(?:[A-Za-z]+|#\d+|#x[\dA-Fa-f]+);/;

const format = (file: string, { path, message }: Problem): string => `${file}: ${path ? `${path}: ` : ''}${message}`;

const baseName = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.ts$/, '');

/** Every problem with one briefing on its own: shape, article citations, topic ids, plain text. */
export function validateBriefing(value: unknown, file: string, article: ParsedArticle): string[] {
  return briefingProblems(value, file, new ArticleIndex(article)).map((problem) => format(file, problem));
}

/**
 * Every problem with a set of briefings: each one on its own, plus ids unique across files, related topics that
 * exist, and a briefing for every topic in TOPIC_IDS (expected at `<dir>/<id>.ts`).
 */
export function validateBriefings(entries: BriefingEntry[], article: ParsedArticle, dir = 'briefings'): string[] {
  const index = new ArticleIndex(article);
  const messages: string[] = [];
  const fileById = new Map<string, string>();
  for (const { file, value } of entries) {
    messages.push(...briefingProblems(value, file, index).map((problem) => format(file, problem)));
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') continue;
    const first = fileById.get(id);
    if (first) messages.push(`${file}: id: "${id}" is already the id of ${first}`);
    else fileById.set(id, file);
  }
  for (const { file, value } of entries) {
    const related = (value as { related?: unknown } | null)?.related;
    if (!Array.isArray(related)) continue;
    related.forEach((id, i) => {
      if (typeof id === 'string' && isTopicId(id) && !fileById.has(id)) {
        messages.push(`${file}: related[${i}]: topic "${id}" has no briefing`);
      }
    });
  }
  for (const id of TOPIC_IDS) {
    if (!fileById.has(id)) messages.push(`${dir}/${id}.ts: missing: no briefing has id "${id}" (listed in TOPIC_IDS)`);
  }
  return messages;
}

function briefingProblems(value: unknown, file: string, article: ArticleIndex): Problem[] {
  const problems: Problem[] = [];
  briefingShape(value, '', problems);
  findHtml(value, '', problems);
  // Content checks assume the shape; on a malformed briefing they would only repeat the shape problems.
  if (problems.length) return problems;
  const briefing = value as Briefing;
  if (!isTopicId(briefing.id)) {
    problems.push({ path: 'id', message: `unknown topic "${briefing.id}" (topics: ${TOPIC_LIST}; add new ones to TOPIC_IDS in briefings/types.ts)` });
  }
  if (baseName(file) !== briefing.id) {
    problems.push({ path: 'id', message: `"${briefing.id}" does not match the file name (expected ${baseName(file)}.ts to hold "${baseName(file)}")` });
  }
  briefing.related.forEach((id, i) => {
    if (!isTopicId(id)) problems.push({ path: `related[${i}]`, message: `unknown topic "${id}" (topics: ${TOPIC_LIST})` });
    else if (id === briefing.id) problems.push({ path: `related[${i}]`, message: 'a topic is not related to itself' });
  });
  const seen = new Map<string, number>();
  briefing.quotes.forEach((quote, i) => {
    const key = normalizeQuoteText(quote.text);
    const first = seen.get(key);
    if (first !== undefined) problems.push({ path: `quotes[${i}].text`, message: `repeats quotes[${first}]` });
    else seen.set(key, i);
  });
  for (const key of Object.keys(ARTICLE) as (keyof typeof ARTICLE)[]) {
    if (briefing.source[key] !== ARTICLE[key]) {
      problems.push({ path: `source.${key}`, message: `"${briefing.source[key]}" is not the source article's (use ARTICLE from briefings/source/article.ts)` });
    }
  }
  problems.push(...checkAgainstArticle(briefing, article));
  return problems;
}

function findHtml(value: unknown, path: string, problems: Problem[]): void {
  if (typeof value === 'string') {
    const found = HTML_LIKE.exec(value);
    if (found) problems.push({ path, message: `looks like HTML ("${value.slice(found.index, found.index + 12)}"); briefings are plain text` });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findHtml(item, `${path}[${i}]`, problems));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) findHtml(item, path ? `${path}.${key}` : key, problems);
  }
}
