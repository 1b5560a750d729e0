// How the source article's text is divided and numbered. The rules (also in briefings/source/README.md):
// line 1 is the headline, line 2 the standfirst, line 3 the photo caption run together with the byline and date;
// after that every line is a body paragraph, numbered from 1 in order, except page furniture ("Keep reading",
// "list of N items…") and subheadings (short lines with no closing punctuation), which get no number.

export interface ArticleParagraph {
  /** 1-based body paragraph number: "¶ n" in the briefings. */
  number: number;
  text: string;
  /** The subheading this paragraph sits under, if any. */
  section?: string;
}

export interface ParsedArticle {
  headline: string;
  standfirst: string;
  caption: string;
  byline: string;
  paragraphs: ArticleParagraph[];
}

const FURNITURE = [/^Keep reading$/, /^list of \d+ items/];
const SUBHEADING = /^[^.!?…”"’:;]{1,40}$/;

export function parseArticle(text: string): ParsedArticle {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const [headline = '', standfirst = '', captionAndByline = '', ...body] = lines;
  const bylineAt = captionAndByline.indexOf('By ');
  const caption = bylineAt >= 0 ? captionAndByline.slice(0, bylineAt) : captionAndByline;
  const byline = bylineAt >= 0 ? captionAndByline.slice(bylineAt).replace(/Published On.*/, '').trim() : '';
  const paragraphs: ArticleParagraph[] = [];
  let section: string | undefined;
  for (const line of body) {
    if (FURNITURE.some((pattern) => pattern.test(line))) continue;
    if (SUBHEADING.test(line)) {
      section = line;
      continue;
    }
    paragraphs.push({ number: paragraphs.length + 1, text: line, ...(section && { section }) });
  }
  return { headline, standfirst, caption, byline, paragraphs };
}
