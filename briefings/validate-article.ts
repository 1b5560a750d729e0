// Checks that tie a structurally valid briefing to the source article: every cited paragraph exists, every quote is
// verbatim in the paragraph it cites, and that paragraph (or the one that attributes a continued quote) names the
// speaker, whom the article describes exactly as the briefing does. Pure: no DOM, no node APIs.
import type { ParsedArticle } from './source/paragraphs.ts';
import type { Briefing, CitedText, Quote } from './types.ts';
import type { Problem } from './validate-schema.ts';

/** The only differences tolerated between a quote and the article: typographic quotes/apostrophes and spacing. */
export function normalizeQuoteText(value: string): string {
  return value
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export class ArticleIndex {
  readonly #paragraphs = new Map<number, string>();
  readonly range: string;

  constructor(article: ParsedArticle) {
    for (const paragraph of article.paragraphs) this.#paragraphs.set(paragraph.number, normalizeQuoteText(paragraph.text));
    const numbers = [...this.#paragraphs.keys()];
    this.range = numbers.length ? `¶${Math.min(...numbers)}–¶${Math.max(...numbers)}` : 'no paragraphs';
  }

  /** Normalized text of paragraph `n`, or undefined when the article has no such paragraph. */
  text(n: number): string | undefined {
    return this.#paragraphs.get(n);
  }

  numbersContaining(...needles: string[]): number[] {
    return [...this.#paragraphs].filter(([, text]) => needles.every((n) => text.includes(n))).map(([n]) => n);
  }
}

export function checkAgainstArticle(briefing: Briefing<string>, article: ArticleIndex): Problem[] {
  const problems: Problem[] = [];
  const checkCited = (items: CitedText[], field: string) =>
    items.forEach((item, i) => {
      if (/^\s*(TODO|TBD|FIXME)\b/i.test(item.text)) problems.push({ path: `${field}[${i}].text`, message: 'placeholder text' });
      for (const n of item.paragraphs) {
        if (article.text(n) === undefined) {
          problems.push({ path: `${field}[${i}].paragraphs`, message: `¶${n} does not exist (article has ${article.range})` });
        }
      }
    });
  checkCited(briefing.summary, 'summary');
  checkCited(briefing.facts, 'facts');
  briefing.quotes.forEach((quote, i) => problems.push(...checkQuote(quote, `quotes[${i}]`, article)));
  return problems;
}

function checkQuote(quote: Quote, path: string, article: ArticleIndex): Problem[] {
  const paragraph = article.text(quote.paragraph);
  if (paragraph === undefined) {
    return [{ path: `${path}.paragraph`, message: `¶${quote.paragraph} does not exist (article has ${article.range})` }];
  }
  const problems: Problem[] = [];
  const wanted = normalizeQuoteText(quote.text);
  if (!paragraph.includes(wanted)) {
    const elsewhere = article.numbersContaining(wanted).map((n) => `¶${n}`);
    const hint = elsewhere.length ? `; it is in ${elsewhere.join(', ')}` : `; closest: ${closest(wanted, paragraph)}`;
    problems.push({ path: `${path}.text`, message: `not found verbatim in ¶${quote.paragraph}${hint}` });
  }
  problems.push(...checkAttribution(quote, path, paragraph, article));
  problems.push(...checkSpeaker(quote, path, article));
  return problems;
}

/**
 * The attribution rule: the cited paragraph names the speaker's surname, or the quote continues from the paragraph
 * before, which names them. A continuation says so explicitly with `attributedIn: paragraph - 1`, and its own
 * paragraph must open with a quotation mark (it is more of the same quotation, not narration).
 */
function checkAttribution(quote: Quote, path: string, paragraph: string, article: ArticleIndex): Problem[] {
  const surname = quote.speaker.name.trim().split(/\s+/).pop() ?? '';
  const at = quote.attributedIn;
  if (at === undefined) {
    if (paragraph.includes(surname)) return [];
    const previous = article.text(quote.paragraph - 1);
    const hint = previous?.includes(surname) && paragraph.startsWith('"')
      ? ` (if it continues a quote attributed in ¶${quote.paragraph - 1}, set attributedIn: ${quote.paragraph - 1})`
      : '';
    return [{ path: `${path}.speaker.name`, message: `"${surname}" is not named in ¶${quote.paragraph}${hint}` }];
  }
  if (at !== quote.paragraph - 1) {
    return [{ path: `${path}.attributedIn`, message: `must be ${quote.paragraph - 1}, the paragraph before ¶${quote.paragraph}, not ${at}` }];
  }
  if (!paragraph.startsWith('"')) {
    return [{ path: `${path}.attributedIn`, message: `¶${quote.paragraph} does not open with a quotation mark, so it does not continue a quote from ¶${at}` }];
  }
  if (!article.text(at)?.includes(surname)) {
    return [{ path: `${path}.speaker.name`, message: `"${surname}" is not named in ¶${at} (attributedIn)` }];
  }
  return [];
}

function checkSpeaker(quote: Quote, path: string, article: ArticleIndex): Problem[] {
  const name = normalizeQuoteText(quote.speaker.name);
  const description = normalizeQuoteText(quote.speaker.description);
  if (!article.numbersContaining(name).length) {
    return [{ path: `${path}.speaker.name`, message: `"${name}" does not appear in the article` }];
  }
  if (!article.numbersContaining(name, description).length) {
    return [{ path: `${path}.speaker.description`, message: `the article never describes ${name} as "${description}"` }];
  }
  return [];
}

/** Where a quote parts from the paragraph: the longest prefix of it the paragraph contains, and what follows. */
function closest(wanted: string, paragraph: string): string {
  let low = 0;
  let high = wanted.length;
  // A prefix found implies every shorter prefix is found, so the longest one can be binary-searched.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (paragraph.includes(wanted.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return `the paragraph reads "${clip(paragraph, 0, 60)}"`;
  const at = paragraph.indexOf(wanted.slice(0, low));
  const tail = (text: string, from: number) => (from >= text.length ? '(end)' : `"${clip(text, from, 40)}"`);
  return `matches up to "${low > 40 ? '…' : ''}${wanted.slice(Math.max(0, low - 40), low)}", then the paragraph has ${tail(paragraph, at + low)} where the quote has ${tail(wanted, low)}`;
}

const clip = (text: string, from: number, length: number): string =>
  text.slice(from, from + length) + (text.length > from + length ? '…' : '');
