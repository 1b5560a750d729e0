// Validation of briefings as data of unknown shape, against the parsed source article. Returns messages that name
// the file and the field ("briefings/hamas.ts: quotes[2].text: not found verbatim in ¶7; …"). Pure: no DOM and no
// node APIs, so core-adjacent code can use it; reading files is the caller's job (validate-files.ts does it in node).
import { ARTICLE } from './source/article.ts';
import type { ParsedArticle } from './source/paragraphs.ts';
import type { Briefing } from './types.ts';
import { ArticleIndex, checkAgainstArticle, normalizeQuoteText } from './validate-article.ts';
import { briefingShapeProblems, type Problem } from './validate-schema.ts';

export interface BriefingEntry {
  /** Where the value came from, as shown in messages, e.g. "briefings/hamas.ts". */
  file: string;
  value: unknown;
}

// Briefings are rendered as text; anything that looks like markup or an entity is a mistake in the data.
const HTML_LIKE = /<[A-Za-z/!]|&(?:[A-Za-z]+|#\d+|#x[\dA-Fa-f]+);/;
// An id names the topic's file, its CSS highlights (`briefings-<id>-<style>`) and its --topic-<id> colour.
const ID_FORM = /^[a-z]+$/;

const format = (file: string, { path, message }: Problem): string => `${file}: ${path ? `${path}: ` : ''}${message}`;

const baseName = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.ts$/, '');

/**
 * Every problem with one briefing on its own: shape, article citations, topic ids, plain text. `topics`: the ids
 * of the topics listed in briefings/index.ts; when given, the briefing's id and related topics must be among them.
 */
export function validateBriefing(value: unknown, file: string, article: ParsedArticle, topics?: readonly string[]): string[] {
  return briefingProblems(value, file, new ArticleIndex(article), topics).map((problem) => format(file, problem));
}

/**
 * Every problem with a set of briefings: each one on its own, plus ids unique across files, related topics that
 * exist, colours told apart, and (given `topics`, the ids listed in briefings/index.ts) a briefing for every listed
 * topic (expected at `<dir>/<id>.ts`).
 */
export function validateBriefings(entries: BriefingEntry[], article: ParsedArticle, dir = 'briefings', topics?: readonly string[]): string[] {
  const index = new ArticleIndex(article);
  const messages: string[] = [];
  const fileById = new Map<string, string>();
  const fileByColor = new Map<string, string>();
  for (const { file, value } of entries) {
    messages.push(...briefingProblems(value, file, index, topics).map((problem) => format(file, problem)));
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') continue;
    const first = fileById.get(id);
    if (first) messages.push(`${file}: id: "${id}" is already the id of ${first}`);
    else fileById.set(id, file);
    // One colour per topic: a reader learns "amber is Hezbollah" once.
    const light = (value as { color?: { light?: unknown } }).color?.light;
    if (typeof light !== 'string') continue;
    const same = fileByColor.get(light);
    if (same) messages.push(`${file}: color.light: "${light}" is already the colour of ${same}`);
    else fileByColor.set(light, file);
  }
  for (const { file, value } of entries) {
    const related = (value as { related?: unknown } | null)?.related;
    if (!Array.isArray(related)) continue;
    related.forEach((id, i) => {
      if (typeof id === 'string' && (!topics || topics.includes(id)) && !fileById.has(id)) {
        messages.push(`${file}: related[${i}]: topic "${id}" has no briefing`);
      }
    });
  }
  for (const id of topics ?? []) {
    if (!fileById.has(id)) messages.push(`${dir}/${id}.ts: missing: no briefing has id "${id}" (listed in BRIEFINGS in briefings/index.ts)`);
  }
  return messages;
}

function briefingProblems(value: unknown, file: string, article: ArticleIndex, topics: readonly string[] | undefined): Problem[] {
  const problems: Problem[] = briefingShapeProblems(value);
  findHtml(value, '', problems);
  // Content checks assume the shape; on a malformed briefing they would only repeat the shape problems.
  if (problems.length) return problems;
  const briefing = value as Briefing<string>;
  const known = (id: string) => !topics || topics.includes(id);
  const topicList = topics?.join(', ');
  if (!ID_FORM.test(briefing.id)) {
    problems.push({ path: 'id', message: `"${briefing.id}" is not a topic id: lower-case letters only (it names the file, the CSS highlights and the colour)` });
  } else if (!known(briefing.id)) {
    problems.push({ path: 'id', message: `unknown topic "${briefing.id}" (topics: ${topicList}; list new ones in BRIEFINGS in briefings/index.ts)` });
  }
  if (baseName(file) !== briefing.id) {
    problems.push({ path: 'id', message: `"${briefing.id}" does not match the file name (expected ${baseName(file)}.ts to hold "${baseName(file)}")` });
  }
  briefing.related.forEach((id, i) => {
    if (!known(id)) problems.push({ path: `related[${i}]`, message: `unknown topic "${id}" (topics: ${topicList})` });
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
