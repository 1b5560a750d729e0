// Seeded news-like articles for the bench's pages (pages.ts). Pure functions: no I/O, so unit tests can check them.
//
// Every mention is a whole subject phrase the matcher should accept ("Hamas", "Mahmoud Abbas", "Hizbollah",
// "the Russia–Israel deconfliction agreement"); every lookalike is a phrase it should reject ("Abbasid",
// "Zaheer Abbas", "Kata'ib Hezbollah", "humanitarian deconfliction"). Lookalikes live in their own articles, far
// from mentions, so context rules (requireNearby / rejectNearby) cannot flip a mention either way.
import { PAGE_REACH } from '../../core/page-context.ts';
import { capitalize, pick, rng, weighted } from './page-random.ts';

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

/** One sentence; sometimes a word is wrapped in <em> or <a> so text nodes are fragmented as on real pages. */
function sentence(r: () => number, subject: string, wrapSubject: boolean): string {
  const verb = pick(r, VERBS);
  let tail = pick(r, TAILS);
  if (r() < 0.08) tail = tail.replace(/ (\w+)$/, ' <em>$1</em>');
  const lead = wrapSubject ? `<a href="#">${capitalize(subject)}</a>` : capitalize(subject);
  return `${lead} ${verb} ${pick(r, CLAUSES)}, ${tail}.`;
}

interface ArticleLayout {
  lookalikeBox: boolean;
  /** Sentence slots per paragraph. */
  paragraphs: number[];
}

/** Sentence slots per paragraph per article, until the byte budget (≈ 115 bytes per sentence) or article count. */
function layOut(spec: PageSpec, r: () => number): ArticleLayout[] {
  const layout: ArticleLayout[] = [];
  const more = (bytes: number) => (spec.articles ? layout.length < spec.articles : bytes < spec.targetBytes);
  for (let bytes = 0; more(bytes); ) {
    const paragraphs = Array.from({ length: 3 + Math.floor(r() * 4) }, () => 3 + Math.floor(r() * 4));
    const lookalikeBox = layout.length % 8 === 7;
    layout.push({ lookalikeBox, paragraphs });
    const n = paragraphs.reduce((a, b) => a + b, 0);
    bytes += n * 115 + 60; // measured average sentence size
  }
  return layout;
}

/** Which sentence slots carry a mention or a lookalike: evenly spaced over the slots of their kind of article. */
function chooseSlots(spec: PageSpec, layout: readonly ArticleLayout[]): Map<number, 'mention' | 'lookalike'> {
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
  return chosen;
}

/** Writes the sentence of each slot, keeping a tally of what was placed. */
function sentenceWriter(r: () => number, lookalikePool: readonly string[]) {
  const topicTable = TOPICS.map((t) => [t, TOPIC_WEIGHTS[t]] as const);
  const tally = { counts: { hamas: 0, hezbollah: 0, abbas: 0, deconfliction: 0 } as Record<Topic, number>, forms: {} as Record<string, number>, lookalikes: 0 };
  // The matcher reads a bare "Abbas" as the last-named Abbas of its article (a piece of the page: core/memory.ts),
  // within PAGE_REACH characters of the last mention of him: after "Zaheer Abbas" it is the cricketer until a full
  // name comes again, and before any full name it is nobody yet. Mentions follow that rule, with a margin for the
  // markup, so every placed mention is one a correct matcher accepts.
  let abbasIsTopic = false;
  const groupsBacked = new Set<Topic>();
  let at = 0;
  const lastAt = new Map<Topic, number>();
  const near = (topic: Topic) => at - (lastAt.get(topic) ?? -Infinity) < PAGE_REACH / 2;
  const mention = (): string => {
    const topic = weighted(r, topicTable);
    let form = weighted(r, MENTIONS[topic]);
    // A full name with nothing of the story near it waits for the story (core/full-name.ts): his title says it.
    let title = '';
    if (topic === 'abbas') {
      if (!(abbasIsTopic && near(topic))) {
        if (form === 'Abbas') form = 'Mahmoud Abbas';
        title = 'Palestinian President ';
      }
      abbasIsTopic = true;
    }
    // A group's name alone is its own only where its article has said something of it (Gaza, Lebanon): the first
    // mention of each says so, as a real page's would, and so does the next one after a long stretch without it.
    if ((topic === 'hamas' || topic === 'hezbollah') && !(groupsBacked.has(topic) && near(topic))) {
      form = topic === 'hamas' ? `Gaza's ${form}` : `Lebanon's ${form}`;
      groupsBacked.add(topic);
    }
    lastAt.set(topic, at);
    tally.counts[topic]++;
    tally.forms[form] = (tally.forms[form] ?? 0) + 1;
    // Wrap only one-word subjects in a link: a multi-word name split over two text nodes is a different test.
    return sentence(r, form, !form.includes(' ') && r() < 0.05).replace(form, `${title}${form}`);
  };
  const lookalike = (): string => {
    tally.lookalikes++;
    const phrase = pick(r, lookalikePool);
    if (/\bAbbas\b/.test(phrase)) abbasIsTopic = false;
    return sentence(r, pick(r, NEUTRAL), false).replace(/\.$/, `, near ${phrase}.`);
  };
  const write = (kind: 'mention' | 'lookalike' | undefined): string => {
    const text = kind === 'mention' ? mention() : kind === 'lookalike' ? lookalike() : sentence(r, pick(r, NEUTRAL), r() < 0.05);
    at += text.length + 1;
    return text;
  };
  /** A new article: what the last one established does not hold in it. */
  const startArticle = () => {
    abbasIsTopic = false;
    groupsBacked.clear();
    lastAt.clear();
  };
  return { tally, write, startArticle };
}

/**
 * Articles of 3–6 paragraphs of 3–6 sentences until `targetBytes`; every 8th article is a "related links" box that
 * carries the lookalikes and no mentions; mentions are spread evenly over the other sentences.
 */
export function generateArticles(spec: PageSpec): GeneratedArticles {
  const r = rng(spec.seed);
  const layout = layOut(spec, r);
  const chosen = chooseSlots(spec, layout);
  const { tally, write, startArticle } = sentenceWriter(r, spec.lookalikeKinds === 'prefix-only' ? PREFIX_LOOKALIKES : LOOKALIKES);
  const articles: string[] = [];
  const perArticle: number[] = [];
  let slot = 0;
  for (const [index, article] of layout.entries()) {
    let inArticle = 0;
    startArticle();
    const parts = [article.lookalikeBox ? `<aside><h3>Related coverage</h3>` : `<article><h2>Dispatch ${index + 1}: regional briefing on Gaza and Lebanon</h2>`];
    for (const n of article.paragraphs) {
      const sentences: string[] = [];
      for (let k = 0; k < n; k++, slot++) {
        const kind = chosen.get(slot);
        if (kind === 'mention') inArticle++;
        sentences.push(write(kind));
      }
      parts.push(`<p>${sentences.join(' ')}</p>`);
    }
    parts.push(article.lookalikeBox ? '</aside>' : '</article>');
    articles.push(parts.join('\n'));
    perArticle.push(inArticle);
  }
  return { articles, counts: tally.counts, forms: tally.forms, lookalikes: tally.lookalikes, perArticle };
}
