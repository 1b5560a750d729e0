// The shipped briefings against the source article: every quote verbatim and attributed, every cite real, and no
// quotation about a topic left out. The validator checks most of this too; these tests say it once more, directly.
import { BRIEFINGS, TOPIC_IDS } from '../../briefings/index.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { ARTICLE } from '../../briefings/source/article.ts';
import { parseArticle } from '../../briefings/source/paragraphs.ts';
import { normalizeQuoteText } from '../../briefings/validate-article.ts';
import { findBriefingFileProblems } from '../../briefings/validate-files.ts';
import { validateBriefings } from '../../briefings/validate.ts';

const article = parseArticle(readFileSync('briefings/source/article.txt', 'utf8'));
const paragraph = (n: number) => article.paragraphs.find((p) => p.number === n)?.text;
const quotes = BRIEFINGS.flatMap((b) => b.quotes.map((quote, i) => ({ id: b.id, i, ...quote })));

test('the article has 34 numbered body paragraphs, furniture and subheadings excluded', () => {
  expect(article.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
  expect(paragraph(1)).toMatch(/^Palestinian leader Mahmoud Abbas is in Moscow/);
  expect(paragraph(34)).toMatch(/^“Russian forces \[in Ukraine\]/);
  expect(article.paragraphs.map((p) => p.text)).not.toContain('Keep reading');
  expect(normalizeQuoteText(article.headline)).toBe(normalizeQuoteText(ARTICLE.title));
  expect(article.byline).toContain(ARTICLE.author);
});

test('the briefings pass validation, in memory and from disk', async () => {
  const entries = BRIEFINGS.map((value) => ({ file: `briefings/${value.id}.ts`, value }));
  expect(validateBriefings(entries, article)).toEqual([]);
  expect(await findBriefingFileProblems()).toEqual([]);
});

test('one briefing per topic, ids unique, in TOPIC_IDS order, related topics exist', () => {
  expect(BRIEFINGS.map((b) => b.id)).toEqual([...TOPIC_IDS]);
  for (const b of BRIEFINGS) {
    for (const id of b.related) expect(TOPIC_IDS, `${b.id} related`).toContain(id);
    expect(b.related, b.id).not.toContain(b.id);
  }
});

describe.each(BRIEFINGS.map((b) => [b.id, b] as const))('%s', (_id, b) => {
  it('has at least one summary sentence, fact and quote', () => {
    expect(b.summary.length).toBeGreaterThan(0);
    expect(b.facts.length).toBeGreaterThan(0);
    expect(b.quotes.length).toBeGreaterThan(0);
  });

  it('cites only paragraphs that exist', () => {
    const cited = [...b.summary, ...b.facts].flatMap((c) => c.paragraphs).concat(b.quotes.map((q) => q.paragraph));
    for (const n of cited) expect(paragraph(n), `¶${n}`).toBeDefined();
  });
});

describe.each(quotes.map((q) => [`${q.id} quotes[${q.i}] (¶${q.paragraph})`, q] as const))('%s', (_label, q) => {
  it('is verbatim in its paragraph', () => {
    expect(normalizeQuoteText(paragraph(q.paragraph) ?? '')).toContain(normalizeQuoteText(q.text));
  });

  it('is attributed to its speaker in that paragraph or, for a continued quote, the one before', () => {
    const surname = q.speaker.name.split(' ').pop() ?? '';
    if (q.attributedIn === undefined) return void expect(paragraph(q.paragraph)).toContain(surname);
    expect(q.attributedIn).toBe(q.paragraph - 1);
    expect(paragraph(q.paragraph)).toMatch(/^“/);
    expect(paragraph(q.attributedIn)).toContain(surname);
  });

  it('describes the speaker as the article does', () => {
    const introduced = article.paragraphs.filter((p) => p.text.includes(q.speaker.name));
    expect(introduced.some((p) => p.text.includes(q.speaker.description)), q.speaker.description).toBe(true);
  });
});

// Completeness: a quotation in the article that names a topic must appear among that topic's quotes.
const TOPIC_WORDS = { abbas: 'Abbas', hamas: 'Hamas', hezbollah: 'Hezbollah', deconfliction: 'deconfliction' };

/** The quoted speech in a paragraph: text between “ and ”, or all of it when the quotation runs on. */
function quotedSpeech(text: string): string[] {
  const spans = [...text.matchAll(/“([^”]*)(”|$)/g)].map((m) => m[1] ?? '');
  // One-word spans like “terrorist” or “fear” are the writer's scare quotes, not speech.
  return spans.filter((span) => span.includes(' '));
}

test.each(Object.entries(TOPIC_WORDS))('every quotation naming %s is in its briefing', (id, word) => {
  const briefing = BRIEFINGS.find((b) => b.id === id);
  for (const p of article.paragraphs) {
    for (const span of quotedSpeech(p.text).filter((s) => s.includes(word))) {
      const covered = briefing?.quotes.some(
        (q) => q.paragraph === p.number && q.text.includes(word) && normalizeQuoteText(span).includes(normalizeQuoteText(q.text)),
      );
      expect(covered, `${id}: ¶${p.number} “${span.slice(0, 60)}…”`).toBe(true);
    }
  }
});
