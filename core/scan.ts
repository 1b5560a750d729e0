// The matcher: one precompiled combined regex over normalized text, then a cheap judgement per hit.
// Shared by the content script (per text block, with a PageContext), the popup and `npm run scan` (per file).
import type { Briefing, TopicId } from '../briefings/types.ts';
import { CONFIDENCE, judge, MIN_CONFIDENCE } from './disambiguate.ts';
import { normalize } from './normalize.ts';
import { readAsPage, spanInRaw, type PageText } from './page-text.ts';
import { isInsideWord } from './phrase.ts';
import { afterProclitic } from './proclitic.ts';
import { createPageContext, PAGE_REACH, renewTopic, type PageContext } from './page-context.ts';
import { compileRules, type CompiledRules } from './rules.ts';

export { createPageContext, type PageContext, type Referent } from './page-context.ts';

/**
 * A mention found by the matcher, the first of a mention's life: `text.slice(start, end) === surface`, offsets in
 * UTF-16 code units of the scanned text. On a page it becomes a TrackedMention (dom/page-mentions.ts: its offsets
 * become a live Range), which the card reads as a CardMention (card/mentions.ts) and the popup lists as a
 * ListedMention (extension/messages.ts: plain data, to cross a message). GoldMention (scripts/lib/corpus.ts) is no
 * stage of it: the eval's hand annotation of what the matcher should find.
 */
export interface FoundMention {
  topic: TopicId;
  start: number;
  end: number;
  surface: string;
  /** 0..1: 0.98 for a listed full name, lower for typo spellings and bare ambiguous forms (see CONFIDENCE). */
  confidence: number;
}

/** The longest stretch of original text one mention may cover (the longest name is about 30 characters). */
export const MAX_SURFACE = 120;

export interface Matcher {
  /**
   * Mentions in `text`, sorted and non-overlapping. Pass one `context` for all the blocks of a page, in order, with
   * a tag for each block: a bare form an earlier block could not decide ends up in `context.promoted` with its tag
   * once the page names the topic.
   */
  scan(text: string, context?: PageContext, block?: unknown): FoundMention[];
  /**
   * A block the page ruled out (no name in it: dom/prune.ts), read as `scan` would read it without its matches: it
   * counts as read, its words keep an established topic's story alive and may confirm a bare form waiting before it.
   * The command line scans every line.
   */
  skip(text: string, context: PageContext): void;
}

const HAS_LETTER = /\p{L}/u;

/** How far (in characters of the page) a bare form waits for the page to say who it is: a headline and its lead. */
export const PENDING_REACH = 1500;
const MAX_PENDING = 16;

// A scholar's ayn and hamza, written before a name's first letter ("ʿAbbās").
const AYN = 'ʿʾ';

/**
 * Builds a matcher for `briefings` (optionally only `options.topics`). All compilation happens here, once.
 *
 * @example
 * const matcher = createMatcher(BRIEFINGS);
 * matcher.scan('HAMAS’s leaders met Hizbollah.');
 * // [{ topic: 'hamas', start: 0, end: 5, surface: 'HAMAS', confidence: 0.98 },
 * //  { topic: 'hezbollah', start: 20, end: 29, surface: 'Hizbollah', confidence: 0.98 }]
 */
export function createMatcher(briefings: readonly Briefing[], options: { topics?: readonly TopicId[]; minConfidence?: number } = {}): Matcher {
  const wanted = options.topics ? new Set(options.topics) : null;
  return createMatcherFromRules(compileRules(briefings.filter((b) => !wanted || wanted.has(b.id))), options);
}

/**
 * A matcher over rules compiled elsewhere: the content script's come from the build (core/compiled-rules.ts).
 *
 * @example
 * const matcher = createMatcherFromRules(rulesFromSerialized(data));
 */
export function createMatcherFromRules(rules: CompiledRules, { minConfidence = MIN_CONFIDENCE }: { minConfidence?: number } = {}): Matcher {
  const { regex, aliases, otherAlias, topics, maxWindow } = rules;
  return {
    scan(text, context, block) {
      const page = context ?? createPageContext();
      const norm = normalize(text);
      // The shape rules read the text as written (its capitals), with its spacing made plain, offsets unchanged.
      let shapeText: string | undefined;
      const mentions: FoundMention[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(norm.text); m; m = regex.exec(norm.text)) {
        // The regex has no leading lookbehind (it would defeat V8's first-character scan), so the word start is checked here.
        if (isInsideWord(norm.text, m.index) && !afterProclitic(norm.text, m.index)) {
          // Inside a word ("xhamas"): try again from the next character, as a lookbehind would have.
          regex.lastIndex = m.index + 1;
          continue;
        }
        const surface = m[0];
        const key = /[' _-]/.test(surface) ? surface.replace(/'/g, '').replace(/[ _-]+/g, ' ') : surface;
        // Every match's key is an alias; rules compiled at build time leave their biggest group's keys out.
        const alias = aliases.get(key) ?? otherAlias;
        const topic = alias && topics.get(alias.topic);
        if (!alias || !topic) continue;
        const hit = { start: m.index, end: m.index + surface.length, alias };
        const [at, end] = norm.toOriginal(hit.start, hit.end);
        // A scholar's ayn or hamza is the name's first letter ("ʿAbbās"): the words before it are before the name.
        const start = at > 0 && AYN.includes(text[at - 1]!) ? at - 1 : at;
        // A name padded with hundreds of invisible characters is no name a reader sees, and would bloat every reply.
        if (end - start > MAX_SURFACE) continue;
        const before = page.referents.get(alias.topic);
        const verdict = judge(hit, topic, norm.text, page, { text: shapeText ??= plainSpacing(text), start, end });
        const after = page.referents.get(alias.topic);
        // Another group named later by its full name leaves the topic's waiting forms waiting: its own words decide them.
        // A full name still waiting for the story (core/full-name.ts) says nothing yet of the forms waiting with it.
        if (after !== before && !after?.otherGroup && !(after?.isTopic && after.weak)) settlePending(page, alias.topic, after?.isTopic === true, page.scanned + hit.start);
        // Another of that name read again keeps the page's memory of him (or it) as a mention keeps the topic's.
        if (!verdict.accept) {
          if (after && !after.isTopic) renewTopic(page, alias.topic);
          continue;
        }
        if (verdict.confidence >= minConfidence) {
          mentions.push({ topic: alias.topic, start, end, surface: text.slice(start, end), confidence: verdict.confidence });
          renewTopic(page, alias.topic);
        } else if (verdict.confidence === CONFIDENCE.ambiguous && (!after || after.weak) && page.pending.length < MAX_PENDING) {
          page.pending.push({ topic: alias.topic, start, end, surface: text.slice(start, end), at: page.scanned + hit.start, block, scope: page.scope, full: alias.kind !== 'ambiguous' && topic.shape?.kind === 'person' });
        }
      }
      if (page.pending.length > 0) backLater(page, topics, norm.text);
      keepStory(page, topics, norm.text);
      const t = norm.text;
      page.scanned += t.length + 1;
      if (t.trim() !== '') page.previous = t;
      page.tail = t.length >= maxWindow ? t.slice(t.length - maxWindow) : `${page.tail}\uFFFC${t}`.slice(-maxWindow);
      return mentions;
    },
    skip(text, page) {
      // A block without a letter is no block the page reads (dom/text-walker.ts), nor a line the command line reads.
      if (!HAS_LETTER.test(text)) return;
      const t = normalize(text).text;
      // Its words may still show a waiting bare form to be the topic, as the command line's line would.
      if (page.pending.length > 0) backLater(page, topics, t);
      keepStory(page, topics, t);
      page.scanned += t.length + 1;
    },
  };
}

/** No-break spaces as spaces and no-break hyphens as hyphens, one code unit for one: "Mr\u00A0Abbas" reads as "Mr Abbas". */
function plainSpacing(text: string): string {
  // Five searches for one character each run far faster than a class over the block, and most blocks have none.
  const any = text.includes('\u00A0') || text.includes('\u2007') || text.includes('\u202F') || text.includes('\u2010') || text.includes('\u2011');
  return any ? text.replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/[\u2010\u2011]/g, '-') : text;
}

/**
 * Bare forms still waiting: those too far back go; a block that uses a waiting topic's own words (Gaza, Lebanon,
 * Palestinian…) says the page is about it, and they join.
 */
function backLater(page: PageContext, topics: CompiledRules['topics'], text: string): void {
  for (let i = page.pending.length - 1; i >= 0; i--) {
    if (page.scanned - (page.pending[i]?.at ?? 0) > PENDING_REACH) page.pending.splice(i, 1);
  }
  for (const topicId of new Set(page.pending.map((p) => p.topic))) {
    const topic = topics.get(topicId);
    if (!topic?.supportNearby?.test(text)) continue;
    page.supported.add(topicId);
    // For a group, these words are what establishes it on the page; a person still needs a name for that, which
    // may be waiting for them.
    const named = page.referents.get(topicId);
    if (topic.shape?.kind === 'organisation') page.referents.set(topicId, { isTopic: true, label: '' });
    else if (named?.isTopic && named.weak) page.referents.set(topicId, { isTopic: true, label: named.label });
    settlePending(page, topicId, true, page.scanned);
  }
}

/**
 * A block that uses an established topic's own words (Lebanon, Ramallah, Gaza…) keeps the page on its story, so what
 * the page established about it does not fade there (a long article names its subject in full once). Asked only once
 * the memory is half way to fading, so most blocks test nothing.
 */
function keepStory(page: PageContext, topics: CompiledRules['topics'], text: string): void {
  for (const [id, referent] of page.referents) {
    if (referent.isTopic && page.referents.age(id) > PAGE_REACH / 2 && topics.get(id)?.supportNearby?.test(text)) renewTopic(page, id);
  }
}

/** The page has just said who the topic's bare form is: waiting forms close enough before it follow, the rest go. */
function settlePending(page: PageContext, topic: TopicId, isTopic: boolean, at: number): void {
  for (let i = page.pending.length - 1; i >= 0; i--) {
    const waiting = page.pending[i];
    if (!waiting || waiting.topic !== topic) continue;
    // Someone else named by a name the topic shares says nothing of a full name waiting ("Mahmoud Abbas … chef Abbas Dehghan").
    if (!isTopic && waiting.full) continue;
    page.pending.splice(i, 1);
    if (!isTopic || at - waiting.at > PENDING_REACH) continue;
    page.promoted.push(waiting);
    // His full name, now backed by the story, names him on this page as one backed at once would have.
    if (waiting.full) page.named.add(topic);
  }
}

/**
 * Scans a whole text as one page, line by line, the way the content script scans a page block by block: one page
 * context carried through, context words of earlier lines still nearby, nothing read ahead of the line. A line is
 * what a page sets as its own block (a headline, a byline, a paragraph), so the command line and the browser agree.
 * Offsets are into `text`.
 *
 * @example
 * scanPage(matcher, 'Nadia Abbas runs the clinic.\nAbbas said it needs power.'); // [] — this page's Abbas is Nadia
 */
export function scanPage(matcher: Matcher, text: string, context: PageContext = createPageContext()): FoundMention[] {
  const mentions: FoundMention[] = [];
  // Each line read as the page reads a block (whitespace runs as one space): the same distances, the same verdicts.
  const lines = new Map<number, PageText>();
  const found = (offset: number, m: { start: number; end: number }) => {
    const [start, end] = spanInRaw(lines.get(offset)!, m.start, m.end);
    return { start: start + offset, end: end + offset, surface: text.slice(start + offset, end + offset) };
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    // The page reads no block without a letter (dom/text-walker.ts): a blank line or a rule of dashes is no distance.
    if (!HAS_LETTER.test(line)) {
      offset += line.length + 1;
      continue;
    }
    const read = readAsPage(line);
    lines.set(offset, read);
    for (const m of matcher.scan(read.text, context, offset)) mentions.push({ ...m, ...found(offset, m) });
    // Bare forms of earlier lines the page has since named: they join at their place.
    for (const p of context.promoted.splice(0)) {
      mentions.push({ topic: p.topic, ...found(p.block as number, p), confidence: CONFIDENCE.confirmedLater });
    }
    offset += line.length + 1;
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * Display names by topic id, e.g. for the popup's "on this page" list.
 *
 * @example
 * topicNames(BRIEFINGS).abbas; // "Mahmoud Abbas"
 */
export function topicNames(briefings: readonly Briefing[]): Record<TopicId, string> {
  return Object.fromEntries(briefings.map((b) => [b.id, b.name])) as Record<TopicId, string>;
}
