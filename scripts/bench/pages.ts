// Deterministic (seeded) news-like pages for the bench. Pure functions: no I/O, so unit tests can check them.
//
// Every mention is a whole subject phrase the matcher should accept ("Hamas", "Mahmoud Abbas", "Hizbollah",
// "the Russia–Israel deconfliction agreement"); every lookalike is a phrase it should reject ("Abbasid",
// "Zaheer Abbas", "Kata'ib Hezbollah", "humanitarian deconfliction"). Lookalikes live in their own articles, far
// from mentions, so context rules (requireNearby / rejectNearby) cannot flip a mention either way.

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Topic = 'hamas' | 'hezbollah' | 'abbas' | 'deconfliction';
export const TOPICS: readonly Topic[] = ['hamas', 'hezbollah', 'abbas', 'deconfliction'];

/** Subject phrases per topic with weights: mostly the common name, some variants the matcher must also find. */
const MENTIONS: Record<Topic, readonly (readonly [phrase: string, weight: number])[]> = {
  hamas: [['Hamas', 1]],
  hezbollah: [['Hezbollah', 0.8], ['Hizbollah', 0.1], ['Hizballah', 0.1]],
  abbas: [['Mahmoud Abbas', 0.4], ['Abbas', 0.5], ['Abu Mazen', 0.1]],
  deconfliction: [['the Russia–Israel deconfliction agreement', 0.7], ['the deconfliction mechanism between Russia and Israel', 0.3]],
};
/** Share of mentions per topic (Hamas is the most written about). */
const TOPIC_WEIGHTS: Record<Topic, number> = { hamas: 0.4, hezbollah: 0.25, abbas: 0.2, deconfliction: 0.15 };

/** Rejected by the matcher, and (the first two) not even matched by a word-bounded regex. */
export const LOOKALIKES = [
  'a lecture on the Abbasid caliphate',
  'a noodle bar on Hamasaki Street',
  'the cricketer Zaheer Abbas',
  'Iranian Foreign Minister Abbas Araghchi',
  "the Iraqi militia Kata'ib Hezbollah",
  'a humanitarian deconfliction cell for aid convoys',
] as const;
/** Lookalikes a word-bounded regex cannot tell apart (they are on the 5 MB page too only when `lookalikes` allows). */
const PREFIX_LOOKALIKES = LOOKALIKES.slice(0, 2);

const NEUTRAL = ['the ministry', 'officials', 'the coalition', 'the delegation', 'regional mediators', 'the security cabinet',
  'the envoy', 'local authorities', 'the committee', 'negotiators'];
const VERBS = ['said on Tuesday that', 'told reporters that', 'insisted that', 'warned that', 'confirmed late on Monday that',
  'denied reports that', 'signalled that', 'acknowledged that'];
// No clause names a country or says "humanitarian": those words are context for the deconfliction rules.
const CLAUSES = ['talks would resume after the holiday', 'the ceasefire remained fragile', 'aid convoys had been delayed at the crossing',
  'a new round of proposals was being drafted', 'the border had been quiet for several days', 'prisoner exchanges were under discussion',
  'the relief corridor would stay open', 'further strikes could not be ruled out', 'the proposal lacked guarantees',
  'international monitors were expected next week', 'the cabinet vote had been postponed', 'fuel shipments were running low'];
const TAILS = ['according to two people familiar with the matter', 'in a statement released overnight', 'citing security concerns',
  'amid mounting pressure from allies', 'without offering further detail', 'as diplomats scrambled to contain the fallout',
  'in remarks broadcast on state television', 'after a closed-door meeting'];

export interface PageSpec {
  /** Approximate size of the HTML in bytes (ignored when `articles` is set). */
  targetBytes: number;
  /** Exact number of <article>/<aside> blocks instead of a size. */
  articles?: number;
  /** Exact number of mentions the matcher should find. */
  mentions: number;
  /** Number of lookalike phrases; `prefix-only` keeps to lookalikes a word-bounded regex also ignores. */
  lookalikes: number;
  lookalikeKinds?: 'all' | 'prefix-only';
  seed: number;
  title: string;
}

export interface GeneratedArticles {
  /** One HTML string per <article>. */
  articles: string[];
  /** Mentions per topic, as placed. */
  counts: Record<Topic, number>;
  /** Mentions per written form ("Hizbollah": 31, …). */
  forms: Record<string, number>;
  lookalikes: number;
  /** Mentions in each article, in order. */
  perArticle: number[];
}

const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;

function weighted<T extends string>(r: () => number, table: readonly (readonly [T, number])[]): T {
  let x = r();
  for (const [value, weight] of table) if ((x -= weight) < 0) return value;
  return table[table.length - 1]![0];
}

function capitalize(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** One sentence; sometimes a word is wrapped in <em> or <a> so text nodes are fragmented as on real pages. */
function sentence(r: () => number, subject: string, wrapSubject: boolean): string {
  const verb = pick(r, VERBS);
  let tail = pick(r, TAILS);
  if (r() < 0.08) tail = tail.replace(/ (\w+)$/, ' <em>$1</em>');
  const lead = wrapSubject ? `<a href="#">${capitalize(subject)}</a>` : capitalize(subject);
  return `${lead} ${verb} ${pick(r, CLAUSES)}, ${tail}.`;
}

/**
 * Articles of 3–6 paragraphs of 3–6 sentences until `targetBytes`; every 8th article is a "related links" box that
 * carries the lookalikes and no mentions; mentions are spread evenly over the other sentences.
 */
export function generateArticles(spec: PageSpec): GeneratedArticles {
  const r = rng(spec.seed);
  // Layout first: sentence slots per paragraph per article, until the byte budget (≈ 115 bytes per sentence).
  const layout: { lookalikeBox: boolean; paragraphs: number[] }[] = [];
  let slots = 0;
  const more = (bytes: number) => (spec.articles ? layout.length < spec.articles : bytes < spec.targetBytes);
  for (let bytes = 0; more(bytes); ) {
    const paragraphs = Array.from({ length: 3 + Math.floor(r() * 4) }, () => 3 + Math.floor(r() * 4));
    const lookalikeBox = layout.length % 8 === 7;
    layout.push({ lookalikeBox, paragraphs });
    const n = paragraphs.reduce((a, b) => a + b, 0);
    slots += n;
    bytes += n * 115 + 60; // measured average sentence size
  }
  // Which sentence slots carry a mention: evenly spaced over the non-lookalike slots.
  const mentionSlots: number[] = [];
  const lookalikeSlots: number[] = [];
  let slot = 0;
  for (const article of layout)
    for (const n of article.paragraphs)
      for (let k = 0; k < n; k++, slot++) (article.lookalikeBox ? lookalikeSlots : mentionSlots).push(slot);
  const chosen = new Map<number, 'mention' | 'lookalike'>();
  const step = mentionSlots.length / Math.max(spec.mentions, 1);
  if (spec.mentions > mentionSlots.length) throw new Error(`page too small for ${spec.mentions} mentions`);
  for (let k = 0; k < spec.mentions; k++) chosen.set(mentionSlots[Math.floor(k * step)]!, 'mention');
  const lstep = lookalikeSlots.length / Math.max(spec.lookalikes, 1);
  if (spec.lookalikes > lookalikeSlots.length) throw new Error(`page too small for ${spec.lookalikes} lookalikes`);
  for (let k = 0; k < spec.lookalikes; k++) chosen.set(lookalikeSlots[Math.floor(k * lstep)]!, 'lookalike');

  const topicTable = TOPICS.map((t) => [t, TOPIC_WEIGHTS[t]] as const);
  const lookalikePool = spec.lookalikeKinds === 'prefix-only' ? PREFIX_LOOKALIKES : LOOKALIKES;
  const counts: Record<Topic, number> = { hamas: 0, hezbollah: 0, abbas: 0, deconfliction: 0 };
  const forms: Record<string, number> = {};
  let lookalikes = 0;
  // The matcher reads a bare "Abbas" as the page's last-named Abbas: after "Zaheer Abbas" it is the cricketer until a
  // full name comes again, and before any full name it is nobody yet. Mentions follow that rule, so every placed
  // mention is one a correct matcher accepts.
  let abbasIsTopic = false;
  const groupsBacked = new Set<Topic>();
  const articles: string[] = [];
  const perArticle: number[] = [];
  slot = 0;
  for (const [index, article] of layout.entries()) {
    let inArticle = 0;
    const parts = [article.lookalikeBox ? `<aside><h3>Related coverage</h3>` : `<article><h2>Dispatch ${index + 1}: regional briefing on Gaza and Lebanon</h2>`];
    for (const n of article.paragraphs) {
      const sentences: string[] = [];
      for (let k = 0; k < n; k++, slot++) {
        const kind = chosen.get(slot);
        if (kind === 'mention') {
          const topic = weighted(r, topicTable);
          let form = weighted(r, MENTIONS[topic]);
          if (topic === 'abbas') {
            if (form === 'Abbas' && !abbasIsTopic) form = 'Mahmoud Abbas';
            abbasIsTopic = true;
          }
          // A group's name alone is its own only on a page that has said something of it (Gaza, Lebanon): the first
          // mention of each says so, as a real page's would.
          if ((topic === 'hamas' || topic === 'hezbollah') && !groupsBacked.has(topic)) {
            form = topic === 'hamas' ? `Gaza's ${form}` : `Lebanon's ${form}`;
            groupsBacked.add(topic);
          }
          counts[topic]++;
          inArticle++;
          forms[form] = (forms[form] ?? 0) + 1;
          // Wrap only one-word subjects in a link: a multi-word name split over two text nodes is a different test.
          sentences.push(sentence(r, form, !form.includes(' ') && r() < 0.05));
        } else if (kind === 'lookalike') {
          lookalikes++;
          const phrase = pick(r, lookalikePool);
          if (/\bAbbas\b/.test(phrase)) abbasIsTopic = false;
          sentences.push(sentence(r, pick(r, NEUTRAL), false).replace(/\.$/, `, near ${phrase}.`));
        } else {
          sentences.push(sentence(r, pick(r, NEUTRAL), r() < 0.05));
        }
      }
      parts.push(`<p>${sentences.join(' ')}</p>`);
    }
    parts.push(article.lookalikeBox ? '</aside>' : '</article>');
    articles.push(parts.join('\n'));
    perArticle.push(inArticle);
  }
  return { articles, counts, forms, lookalikes, perArticle };
}

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

// ---------------------------------------------------------------------------------------------------------------
// The typical page (issue 17): what most pages a reader opens look like, and none of them names a topic. About
// 300 KB of HTML: a header with navigation, one article of ordinary prose, related links, a comment thread, a
// footer, inline styles and inline scripts (a JSON state blob as frameworks ship, and a few one-shot scripts: no
// timers, so the page is quiet once loaded and its main-thread time does not grow with the wait).

const PROSE_SUBJECTS = ['The city council', 'Local residents', 'The new bakery on the corner', 'Most commuters', 'The school board',
  'Volunteers from the library', 'The weather service', 'A group of cyclists', 'The museum', 'Shop owners along the high street',
  'The regional rail operator', 'Parents at the primary school', 'The planning committee', 'Farmers at the weekly market'];
const PROSE_VERBS = ['agreed that', 'pointed out that', 'said on Thursday that', 'hoped that', 'complained that', 'noticed that',
  'wrote in a letter that', 'expected that', 'argued that', 'were surprised that'];
const PROSE_CLAUSES = ['the new bike lanes had made the morning commute calmer', 'the bus timetable would change in the spring',
  'the park needed more benches and a drinking fountain', 'the summer festival drew record crowds this year',
  'rents in the old town kept rising', 'the bridge repairs were running a month late', 'the library would open on Sundays',
  'the recycling scheme was finally working', 'a late frost had damaged the apple blossom', 'the swimming pool needed a new roof',
  'parking near the station was harder than ever', 'the community garden had a waiting list', 'the football club would build a new stand',
  'the market would move to the square by the river'];
const PROSE_TAILS = ['after a long public meeting', 'according to the latest survey', 'despite the rain', 'for the second year running',
  'as the evenings grew longer', 'in a post on the town website', 'to nobody’s great surprise', 'while the budget is still tight'];
const NAV_WORDS = ['News', 'Local', 'Sport', 'Weather', 'Culture', 'Food', 'Travel', 'Money', 'Health', 'Science', 'Opinion', 'Video',
  'Podcasts', 'Puzzles', 'Homes', 'Jobs', 'Motoring', 'Education', 'Environment', 'Technology', 'Books', 'Music', 'Film', 'Gardening'];
const NAMES = ['amelia_r', 'tomtom', 'GreenFingers', 'Ravi K.', 'old_timer_52', 'Maria from Eastside', 'jb', 'cyclist_sam', 'Noor',
  'Pete the Baker', 'lucy.w', 'Henrik', 'commuter99', 'Dee', 'The Allotment Guy', 'Yuki', 'Fran', 'Olu', 'marco_p', 'Agnieszka'];
const REPLIES = ['Totally agree with this.', 'Not sure that is the whole story, to be honest.', 'This has been a problem for years.',
  'Great article, thanks for writing it.', 'Does anyone know when the consultation closes?', 'My kids love the new park.',
  'The buses were late again this morning.', 'Finally some good news!', 'I wrote to the council about this last year.',
  'Who is paying for all of this?', 'Went there on Saturday, it was lovely.', 'Same here, no answer yet.'];

export interface TypicalPageSpec {
  seed: number;
  title: string;
  /** Comments in the thread: the knob for the page's size (each ≈ 0.5 KB of HTML). */
  comments: number;
  paragraphs: number;
  relatedLinks: number;
}

export interface TypicalPage {
  html: string;
  bytes: number;
  /** Elements in the page, counted from its start tags. */
  elements: number;
}

/** A typical page: deterministic for a seed, ≈ 300 KB of HTML, a few thousand elements, no mention of any topic. */
export function generateTypicalPage(spec: TypicalPageSpec): TypicalPage {
  const r = rng(spec.seed);
  const proseSentence = () => {
    let s = `${pick(r, PROSE_SUBJECTS)} ${pick(r, PROSE_VERBS)} ${pick(r, PROSE_CLAUSES)}, ${pick(r, PROSE_TAILS)}.`;
    if (r() < 0.15) s = s.replace(/ (\w+),/, ' <a href="/story/$1">$1</a>,');
    else if (r() < 0.1) s = s.replace(/ (\w+)\.$/, ' <em>$1</em>.');
    return s;
  };
  const words = (n: number) => Array.from({ length: n }, () => pick(r, NAV_WORDS)).join(' ');
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const out: string[] = [];
  // Inline styles: a site stylesheet of the usual kind (≈ 25 KB).
  const rules: string[] = [];
  for (let i = 0; i < 400; i++) {
    const name = `${slug(pick(r, NAV_WORDS))}-${i}`;
    rules.push(`.c-${name}{display:${pick(r, ['block', 'flex', 'grid', 'inline-block'])};margin:${Math.floor(r() * 24)}px ${Math.floor(r() * 16)}px;` +
      `padding:${Math.floor(r() * 12)}px;color:#${Math.floor(r() * 0xffffff).toString(16).padStart(6, '0')};font-size:${12 + Math.floor(r() * 10)}px}` +
      `.c-${name}:hover{text-decoration:underline}`);
  }
  out.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${spec.title}</title>\n<style>body{font:17px/1.6 system-ui,sans-serif;margin:0;color:#222}header,footer{background:#f4f4f4}` +
    `nav ul{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0}main{display:grid;grid-template-columns:minmax(0,680px) 300px;gap:32px;max-width:1040px;margin:0 auto}` +
    `.comment{border-top:1px solid #ddd;padding:8px 0}.comment .meta{font-size:13px;color:#666}footer ul{columns:4}\n${rules.join('\n')}</style>`);
  // A one-shot analytics-style snippet in the head.
  out.push(`<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',Date.now());gtag('config','SITE-${spec.seed}',{page_path:location.pathname});</script>`);
  out.push('</head><body>');
  // Header: logo, main navigation with sub-menus, search.
  out.push('<header class="site-header"><a class="logo" href="/">The Riverside Gazette</a><nav aria-label="Main"><ul>');
  for (const section of NAV_WORDS) {
    out.push(`<li class="c-${slug(section)}"><a href="/${slug(section)}">${section}</a><ul class="submenu">`);
    for (let k = 0; k < 5; k++) {
      const sub = `${pick(r, NAV_WORDS)} ${pick(r, ['today', 'this week', 'explained', 'guides', 'archive', 'in pictures'])}`;
      out.push(`<li><a href="/${slug(section)}/${slug(sub)}">${sub}</a></li>`);
    }
    out.push('</ul></li>');
  }
  out.push('</ul></nav><form role="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form></header>');
  // The article.
  out.push('<main><article class="story"><h1>Bike lanes, bakeries and a late frost: a week in the old town</h1>' +
    '<p class="byline">By <a href="/staff/jo-marsh">Jo Marsh</a> · <time datetime="2026-04-02">2 April 2026</time></p>' +
    '<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="680" height="380" alt="The high street in the rain"><figcaption>The high street on Tuesday morning.</figcaption></figure>');
  for (let p = 0; p < spec.paragraphs; p++) {
    if (p > 0 && p % 6 === 0) out.push(`<h2>${capitalize(pick(r, PROSE_CLAUSES))}</h2>`);
    if (p === Math.floor(spec.paragraphs / 2)) out.push(`<blockquote><p>${proseSentence()}</p></blockquote>`);
    out.push(`<p>${Array.from({ length: 3 + Math.floor(r() * 4) }, proseSentence).join(' ')}</p>`);
  }
  out.push('<ul class="tags">' + Array.from({ length: 8 }, () => `<li><a href="/tag/${slug(pick(r, NAV_WORDS))}">${pick(r, NAV_WORDS)}</a></li>`).join('') + '</ul></article>');
  // Related links in a sidebar.
  out.push('<aside class="related"><h2>Related</h2><ol>');
  for (let k = 0; k < spec.relatedLinks; k++) {
    const headline = capitalize(pick(r, PROSE_CLAUSES));
    out.push(`<li class="c-${slug(pick(r, NAV_WORDS))}"><a href="/story/${k}-${slug(headline).slice(0, 40)}"><span class="kicker">${pick(r, NAV_WORDS)}</span> ${headline}</a> <span class="meta">${1 + Math.floor(r() * 23)}h ago</span></li>`);
  }
  out.push('</ol></aside></main>');
  // Comments.
  out.push(`<section class="comments" id="comments"><h2>${spec.comments} comments</h2>`);
  for (let k = 0; k < spec.comments; k++) {
    const reply = k > 0 && r() < 0.3;
    const body = Array.from({ length: 1 + Math.floor(r() * 3) }, () => (r() < 0.5 ? pick(r, REPLIES) : proseSentence())).join(' ');
    out.push(`<div class="comment${reply ? ' reply' : ''}" id="c${k}"><div class="meta"><a class="author" href="/u/${slug(pick(r, NAMES))}">${pick(r, NAMES)}</a> ` +
      `<time datetime="2026-04-02T${String(8 + (k % 12)).padStart(2, '0')}:${String(k % 60).padStart(2, '0')}">${1 + (k % 23)} hours ago</time></div>` +
      `<p>${body}</p><div class="actions"><button class="like">Like <span>${Math.floor(r() * 40)}</span></button> <button class="reply-btn">Reply</button> <a href="#c${k}">Share</a></div></div>`);
  }
  out.push('</section>');
  // Footer.
  out.push('<footer><ul>');
  for (let k = 0; k < 120; k++) out.push(`<li><a href="/about/${k}">${words(1 + Math.floor(r() * 2))}</a></li>`);
  out.push('</ul><p>© 2026 The Riverside Gazette. All rights reserved.</p></footer>');
  // A framework's state blob (not executed) and the page's own one-shot scripts.
  const state = { page: { id: spec.seed, section: 'local', related: Array.from({ length: 400 }, (_, k) => ({ id: k, title: capitalize(pick(r, PROSE_CLAUSES)), words: Math.floor(r() * 2000) })) } };
  out.push(`<script type="application/json" id="__STATE__">${JSON.stringify(state).replace(/</g, '\\u003c')}</script>`);
  out.push(`<script>(function(){var s=JSON.parse(document.getElementById('__STATE__').textContent);var n=0;for(var i=0;i<s.page.related.length;i++)n+=s.page.related[i].words;` +
    `document.querySelectorAll('.like').forEach(function(b){b.addEventListener('click',function(){var c=b.querySelector('span');c.textContent=String(+c.textContent+1)})});` +
    `document.documentElement.dataset.words=String(n);})();</script>`);
  out.push(`<script>window.addEventListener('load',function(){var t=performance.getEntriesByType('navigation')[0];window.__loadMs=t?t.loadEventStart:0;});</script>`);
  out.push('</body></html>');
  const html = out.join('\n');
  return { html, bytes: Buffer.byteLength(html), elements: (html.match(/<[a-z][a-z0-9]*[\s>]/g) ?? []).length };
}

export const TYPICAL_SPEC: TypicalPageSpec = { seed: 5, title: 'A week in the old town — The Riverside Gazette', comments: 360, paragraphs: 30, relatedLinks: 50 };
