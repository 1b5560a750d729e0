// The bench's news pages, deterministic (seeded): a static page and a single-page app's feed, both made of the
// articles of news-articles.ts. Pure functions: no I/O, so unit tests can check them.
import { generateArticles, type PageSpec, type Topic } from './news-articles.ts';

const HEAD = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  '<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:0 auto;padding:16px}h2{font:600 22px/1.3 sans-serif}' +
  'aside{border-top:1px solid #ccc;font-size:14px}</style></head><body>';

export interface GeneratedPage {
  html: string;
  bytes: number;
  /** Mentions the extension should highlight. */
  mentions: number;
  counts: Record<Topic, number>;
  forms: Record<string, number>;
  lookalikes: number;
}

/** A static page: all articles in the HTML. */
export function generateStaticPage(spec: PageSpec): GeneratedPage {
  const { articles, counts, forms, lookalikes } = generateArticles(spec);
  const html = `${HEAD(spec.title)}\n${articles.join('\n')}\n</body></html>`;
  return { html, bytes: Buffer.byteLength(html), mentions: spec.mentions, counts, forms, lookalikes };
}

/**
 * A single-page app: an empty shell whose script appends the articles one by one, every `intervalMs`, as a feed
 * would. It marks 'spa:start' before the first append and 'spa:done' after the last, and keeps in
 * `window.__feed` when each article was appended and how many mentions the page holds after it, so the bench can
 * time append → highlighted.
 */
export function generateSpaPage(spec: PageSpec & { articles: number; intervalMs: number }): GeneratedPage & { articles: number } {
  const { articles, counts, forms, lookalikes, perArticle } = generateArticles(spec);
  // JSON in a non-executed script tag; "<" escaped so no article can close the tag.
  const data = JSON.stringify(articles).replace(/</g, '\\u003c');
  const script = `
const articles = JSON.parse(document.getElementById('feed-data').textContent);
const feed = document.getElementById('feed');
window.__feed = { appendedAt: [], mentionsAfter: ${JSON.stringify(perArticle.map((_, i) => perArticle.slice(0, i + 1).reduce((a, b) => a + b, 0)))} };
let i = 0;
function next() {
  if (i === 0) performance.mark('spa:start');
  const holder = document.createElement('div');
  holder.innerHTML = articles[i++];
  feed.append(...holder.childNodes);
  window.__feed.appendedAt.push(performance.now());
  if (i < articles.length) setTimeout(next, ${spec.intervalMs});
  else performance.mark('spa:done');
}
addEventListener('load', () => setTimeout(next, ${spec.intervalMs}));`;
  const html = `${HEAD(spec.title)}\n<main id="feed"></main>\n<script type="application/json" id="feed-data">${data}</script>\n<script>${script}</script>\n</body></html>`;
  return {
    html,
    bytes: Buffer.byteLength(html),
    mentions: spec.mentions,
    counts,
    forms,
    lookalikes,
    articles: articles.length,
  };
}

/** The bench's pages. Sizes and counts are the issue's; seeds are fixed so every run sees the same bytes. */
export const PAGE_SPECS = {
  news1mb: { targetBytes: 1024 * 1024, mentions: 2000, lookalikes: 150, seed: 1, title: 'News, 1 MB, 2,000 mentions' },
  clean5mb: { targetBytes: 5 * 1024 * 1024, mentions: 0, lookalikes: 60, lookalikeKinds: 'prefix-only', seed: 2, title: 'News, 5 MB, no mentions' },
  spa: { targetBytes: 0, mentions: 400, lookalikes: 20, seed: 3, title: 'Feed, 200 articles appended', articles: 200, intervalMs: 10 },
} as const satisfies Record<string, PageSpec & { intervalMs?: number }>;
