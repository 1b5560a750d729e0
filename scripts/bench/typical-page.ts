// The typical page (issue 17): what most pages a reader opens look like, and none of them names a topic. About
// 300 KB of HTML: a header with navigation, one article of ordinary prose, related links, a comment thread, a
// footer, inline styles and inline scripts (a JSON state blob as frameworks ship, and a few one-shot scripts: no
// timers, so the page is quiet once loaded and its main-thread time does not grow with the wait). Deterministic
// for a seed; a pure function, so unit tests can check it.
import { capitalize, pick, rng } from './page-random.ts';

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
