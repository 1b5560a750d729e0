// Finds and paints every mention on a page, then keeps them in step with the page: an idle-started, sliced
// initial scan, then batched rescans of only the blocks that changed. Teardown: abort `signal`.
// Fixtures: tests/fixtures/pages/article.html, lookalikes.html, split-names.html, spa.html, editables.html.
import type { TopicId } from '../briefings/types.ts';
import { CONFIDENCE } from '../core/disambiguate.ts';
import type { Prefilter } from '../core/prefilter.ts';
import type { Matcher, PageContext } from '../core/scan.ts';
import type { Highlighter } from './highlighter.ts';
import { batchMutations } from './mutation-batcher.ts';
import { DirtySet, outermost, type DirtyBlocks } from './dirty-blocks.ts';
import { MAX_MENTIONS, newMentionId, type PageMentions, type TrackedMention } from './page-mentions.ts';
import { createSlicer, delay, whenIdle } from './scheduler.ts';
import { sentenceAround, TextMap } from './text-map.ts';
import {
  blockOf,
  composedParent,
  isRendered,
  readableShadowRoot,
  walkText,
  walkTextRuns,
  type Prune,
  type TextRun,
  type WalkOptions,
} from './text-walker.ts';
import { survived, surviving } from '../core/debug.ts';

const PUBLISH_EVERY_MS = 300;
/** When undefined custom elements are looked at again after the first scan (ms after the previous look). */
const LATE_COMPONENT_CHECKS_MS = [500, 2000, 8000];
/** Bounded: a page with thousands of undefined elements has the first ones looked at again. */
const LATE_COMPONENTS_MAX = 500;
/** Blocks with more text than this are tested block by block below them (see `prune`). */
const DESCEND_CHARS = 8192;
/** Past this much text, only the end of a pruned subtree is walked to bring the page context up to date. */
const TAIL_CHARS = 65536;
/** A run longer than this (one huge text node) is matched in pieces of about this size, pausing in between. */
const PIECE_CHARS = 32768;

export interface PageScannerOptions {
  doc: Document;
  matcher: Matcher;
  pageContext: PageContext;
  mentions: PageMentions;
  createHighlighter: () => Highlighter;
  walk: WalkOptions;
  /** Rules out blocks that cannot hold a mention before their text is mapped and normalized (core/prefilter.ts). */
  prefilter?: Prefilter;
  /**
   * Called once for each open shadow root whose text is read (e.g. to give it the highlight styles where the
   * browser does not carry document `::highlight` rules into shadow trees). Its changes are observed regardless.
   */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** When the page is idle enough to start; by default, the next idle period after the scanner starts. */
  idle?: Promise<void>;
  signal: AbortSignal;
}

export interface PageScanner {
  readonly highlighter: Highlighter;
  /** Resolves when the first full scan has finished (never, if aborted first). */
  readonly initialScan: Promise<void>;
  /** A single-page app moved to another view: forget what the page context learned from the previous one. */
  newView(): void;
}

export function startPageScanner(options: PageScannerOptions): PageScanner {
  const { doc, matcher, pageContext, mentions, signal } = options;
  const view = doc.defaultView!;
  const slicer = createSlicer(view);
  let initialDone = false;
  // The page's changes since the last rescan, folded as they come (also while the first scan runs).
  const dirty = new DirtySet();
  let busy: Promise<void> = Promise.resolve();
  // Elements whose text was skipped as not rendered; re-read when an ancestor's hidden/class/style/open changes.
  // Bounded: on a page with thousands of hidden menus, the rest stay unread until their block changes.
  const hidden = new Set<Element>();
  // Open shadow roots read so far: each is observed (and announced) once, for the life of the scanner.
  const shadowRoots = new WeakSet<ShadowRoot>();
  // Whether the current scanRoot has gone on into shadow trees, whose runs come after the rest (out of document order).
  let inShadowTrees = false;
  const walk: WalkOptions = {
    ...options.walk,
    onHidden: (element) => void (hidden.size < 2000 && hidden.add(element)),
    onShadowRoot: (root) => {
      inShadowTrees = true;
      if (shadowRoots.has(root) || signal.aborted) return;
      shadowRoots.add(root);
      batcher.observe(root);
      options.onShadowRoot?.(root);
    },
  };

  // One batch at a time, in order; a failure must not stop later batches (and must not reach the page console).
  const rescanDirty = () => void (busy = busy.then(() => applyMutations(dirty.take(walk, doc.body))).catch(surviving('rescanning changed text')));
  const batcher = batchMutations(doc, (records) => dirty.add(records), () => initialDone && rescanDirty(), { signal });
  const highlighter = options.createHighlighter();
  signal.addEventListener('abort', () => highlighter.dispose(), { once: true });

  // Blocks (and whole subtrees) the prefilter ruled out since the last block scanned, oldest first. The matcher
  // reads the end of the previous blocks' text as context (PageContext.tail); it is brought up to date from these
  // only when a block is scanned, from as few of the last ones as cover the context (twice over: normalization can
  // shorten text).
  let passed: Array<TextRun | Element> = [];
  const prefilter = options.prefilter;
  const contextChars = prefilter?.contextChars ?? 0;
  /** The text maps of the last passed blocks that reach into the context, and where in `passed` they start. */
  const lastBlocks = () => {
    const maps: TextMap[] = [];
    let chars = 0;
    let from = passed.length;
    while (from > 0 && chars < 2 * contextChars + 2) {
      const entry = passed[--from]!;
      const runs = entry instanceof view.Element ? [...walkTextRuns(tailOf(entry), walk)] : [entry];
      for (let i = runs.length - 1; i >= 0 && chars < 2 * contextChars + 2; i--) {
        const map = new TextMap(runs[i]!.nodes, runs[i]!.raw);
        maps.push(map);
        chars += map.text.length + 1;
      }
    }
    return { maps: maps.reverse(), from };
  };
  const catchUp = () => {
    if (!passed.length) return;
    // No spelling in them (prefiltered), so scanning them finds nothing and only moves the context's tail on.
    for (const map of lastBlocks().maps) matcher.scan(map.text, pageContext);
    passed = [];
  };
  const pass = (entry: TextRun | Element) => {
    passed.push(entry);
    // Bounded: keep only the blocks that still reach into the context.
    if (passed.length > 256) passed = passed.slice(lastBlocks().from);
  };

  // On a page dense with mentions nearly every block passes, and testing it first only copies its text once more
  // (textContent); the same for runs, whose text would be read twice. See passStreak.
  const blockTests = passStreak();
  const runTests = passStreak();
  /** A whole block (an article, a sidebar) is ruled out at once from its textContent, before any walking. */
  const prune = (element: Element): Prune => {
    // The body's textContent is the whole page copied into one string (on the bench's 5 MB page, slower than
    // reading its blocks' one by one, and wasted where it passes): its blocks are tested instead.
    if (element === doc.body) return 'descend';
    if (!blockTests.worthTesting()) return 'walk';
    const text = element.textContent ?? '';
    if (!blockTests.record(prefilter!.mightMatch(text))) return 'skip';
    // A small block is cheaper to walk than to test again piece by piece.
    return text.length > DESCEND_CHARS ? 'descend' : 'walk';
  };

  // Set when a run brought back a mention of an earlier run: the batch is then not in document order.
  let outOfOrder = false;
  const scanRun = (run: TextRun, found: TrackedMention[]) => {
    const raw = run.raw;
    // A run left untested goes straight to the matcher, which finds nothing in it and moves the context on, as
    // catchUp would.
    if (prefilter && runTests.worthTesting() && !runTests.record(prefilter.mightMatch(raw))) return pass(run);
    catchUp();
    const map = new TextMap(run.nodes, raw, run.offset);
    const text = map.text;
    const place: RunPlace = { map, block: run.block };
    const keep = (topic: TopicId, surface: string, confidence: number, at: RunPlace, start: number, end: number) => {
      // Past the cap the matcher still runs (it carries the page's context on), but no Range is made.
      if (mentions.tracking().length + found.length >= MAX_MENTIONS) mentions.capped = true;
      else found.push(new FoundMention(topic, surface, confidence, at.map.range(start, end), at.block, at.map.text, start, end));
    };
    for (const m of matcher.scan(text, pageContext, place)) keep(m.topic, m.surface, m.confidence, place, m.start, m.end);
    // A bare form of an earlier run that this one showed to be the topic (a headline above its story) joins now,
    // where it is, if the page still has it.
    for (const p of pageContext.promoted.splice(0)) {
      const at = p.block as RunPlace | undefined;
      // Every text node of its run, not just the first: the page may have removed the part it was in.
      if (!at?.block.isConnected || !at.map.nodes.every((node) => node.isConnected) || !stillReads(at.map, p.start, p.end, p.surface)) continue;
      keep(p.topic, p.surface, CONFIDENCE.confirmedLater, at, p.start, p.end);
      outOfOrder = true;
    }
  };

  /** Scans `root` in slices; mentions are published at every pause so the page fills in progressively. */
  const scanRoot = async (root: Node) => {
    let found: TrackedMention[] = [];
    inShadowTrees = false;
    const publish = () => {
      for (const mention of found) highlighter.add(mention.topic, mention.range, mention.block);
      mentions.add(found, { ordered: !inShadowTrees && !outOfOrder });
      found = [];
      outOfOrder = false;
    };
    let lastNode: Node = root;
    let lastPublish = performance.now();
    for (const item of walkText(root, walk, prefilter && prune)) {
      if ('pruned' in item) {
        pass(item.pruned);
        lastNode = item.pruned;
      } else {
        lastNode = item.nodes.at(-1)!;
        // A huge run (a 10 MB text node) in pieces, each cut after a sentence, with the slice's pauses between.
        for (let from = 0; from < item.raw.length; ) {
          let to = from + PIECE_CHARS;
          if (to < item.raw.length) {
            // After a sentence if one ends nearby, else after a space, so a name is not cut in two.
            const end = item.raw.indexOf('. ', to);
            const space = item.raw.indexOf(' ', to);
            to = end >= 0 && end < to + 4096 ? end + 2 : space >= 0 && space < to + 4096 ? space + 1 : to;
          }
          scanRun(from || to < item.raw.length ? { ...item, raw: item.raw.slice(from, to), offset: from } : item, found);
          from = to;
          if (from < item.raw.length && slicer.overBudget()) {
            await slicer.yield();
            if (signal.aborted) return;
            if (!lastNode.isConnected && root.isConnected) return restart(root);
          }
        }
      }
      if (!slicer.shouldYield()) continue;
      // Each change to a highlight makes the next frame revalidate all of its ranges: on a page with thousands of
      // mentions, publishing every slice would repaint them again and again. A few times a second is enough.
      if (performance.now() - lastPublish > PUBLISH_EVERY_MS) {
        publish();
        lastPublish = performance.now();
      }
      await slicer.yield();
      if (signal.aborted) return;
      // The page removed what we were reading: the walker cannot go on from there; start this root over.
      if (!lastNode.isConnected && root.isConnected) return restart(root);
    }
    publish();
  };

  const drop = (shouldDrop: (m: TrackedMention) => boolean) => {
    for (const mention of mentions.removeWhere(shouldDrop)) highlighter.remove(mention.topic, mention.range);
  };

  const within = (node: Node, set: ReadonlySet<Node>) => {
    // Across shadow roots: a block in a web component's shadow tree is within its host's ancestors.
    for (let up: Node | null = node; up; up = composedParent(up)) if (set.has(up)) return true;
    return false;
  };

  /**
   * Drops the mentions whose block is within one of `roots` (across shadow roots), before they are rescanned. The
   * blocks under the roots are looked up, not every mention on the page: on an infinite-scroll page each append
   * would otherwise climb from every mention found so far (measured: the largest part of the extension's time on
   * the bench's feed). A root holding a shadow tree already read falls back to that climb.
   */
  const dropWithin = (roots: readonly Node[]) => {
    const doomed = new Set<TrackedMention>();
    for (const root of roots) {
      const elements = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      for (let node: Node | null = root; node; node = elements.nextNode()) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const shadow = (node as Element).shadowRoot;
        if (shadow && shadowRoots.has(shadow)) {
          const rootSet = new Set(roots);
          return drop((m) => within(m.block, rootSet));
        }
        for (const mention of mentions.inBlock(node as Element)) doomed.add(mention);
      }
    }
    if (doomed.size) drop((m) => doomed.has(m));
  };

  const restart = async (root: Node) => {
    dropWithin([root]);
    await scanRoot(root);
  };

  /** Text shown or hidden by an attribute change: shown text becomes a block to read, hidden text is dropped. */
  const visibilityChanges = (restyled: ReadonlySet<Element>, roots: Set<Element>) => {
    if (!restyled.size) return;
    for (const element of hidden) {
      if (!element.isConnected) hidden.delete(element);
      else if (within(element, restyled) && isRendered(element)) {
        hidden.delete(element);
        roots.add(blockOf(element) ?? element);
      }
    }
    drop((m) => {
      const parent = m.range.startContainer.parentElement;
      if (!parent || !within(parent, restyled) || isRendered(parent)) return false;
      // The block, not the parent: shown again, the whole block is read again.
      hidden.add(m.block);
      return true;
    });
  };

  const applyMutations = async (dirty: DirtyBlocks) => {
    if (signal.aborted) return;
    const candidates = new Set(dirty.roots);
    visibilityChanges(dirty.restyled, candidates);
    const roots = outermost(candidates, walk);
    const rootSet = new Set<Node>(roots);
    // A mention whose text was removed or rewritten is gone, wherever its block is.
    const lost = (m: TrackedMention) => !m.range.startContainer.isConnected || m.range.collapsed || !m.block.isConnected;
    // Text went: every mention is checked. Otherwise only those in the blocks about to be rescanned are dropped.
    if (dirty.textLost) drop((m) => within(m.block, rootSet) || lost(m));
    else dropWithin(roots);
    for (const root of roots) {
      if (signal.aborted) return;
      await scanRoot(root);
    }
  };

  /**
   * Custom elements not yet defined at the first scan usually attach their shadow root, and render into it, when
   * their definition loads later; nothing in the light DOM changes, so no mutation announces it. They are looked at
   * again a few times while the page is idle, and those that gained an open root are read (and then observed).
   */
  const watchLateComponents = async () => {
    let waiting = [...doc.querySelectorAll(':not(:defined)')].slice(0, LATE_COMPONENTS_MAX);
    for (const ms of LATE_COMPONENT_CHECKS_MS) {
      if (!waiting.length) return;
      await delay(view, ms, signal);
      await whenIdle(view, signal);
      const rendered = new Set<Element>();
      waiting = waiting.filter((host) => {
        if (!host.isConnected) return false;
        const root = readableShadowRoot(host);
        if (root && !shadowRoots.has(root)) rendered.add(host);
        return !root;
      });
      for (const host of outermost(rendered, walk)) {
        // Its light DOM was read already: read it again with its shadow tree, its old mentions replaced.
        busy = busy.then(() => restart(host)).catch(surviving('reading a late web component'));
      }
    }
  };

  const initialScan = (async () => {
    await (options.idle ?? whenIdle(view, signal));
    if (signal.aborted) return;
    // For the bench (docs/performance.md): how much of content-start → scan-done was waiting for the page.
    if (import.meta.env.BRIEFINGS_MARKS) performance.mark('briefings:scan-start');
    await scanRoot(doc.body ?? doc.documentElement);
    if (signal.aborted) return;
    initialDone = true;
    rescanDirty();
    void watchLateComponents();
  })();

  return {
    highlighter,
    initialScan,
    newView() {
      passed = [];
      pageContext.referents.clear();
      pageContext.tail = '';
      pageContext.named.clear();
      pageContext.words.clear();
      pageContext.supported.clear();
      pageContext.spellings.topic.clear();
      pageContext.spellings.other.clear();
      pageContext.pending.length = 0;
      pageContext.promoted.length = 0;
    },
  };
}

/**
 * Whether the prefilter is worth asking: after a few passes in a row (a page dense with mentions), only every 8th
 * piece is tested, until one is ruled out again. `record` takes the test's result and returns it.
 */
function passStreak(): { worthTesting(): boolean; record(passed: boolean): boolean } {
  let passes = 0;
  let untested = 0;
  return {
    worthTesting: () => passes < 4 || ++untested % 8 === 0,
    record(passed) {
      passes = passed ? passes + 1 : 0;
      return passed;
    },
  };
}

/**
 * A mention the scan found. Its sentence (for the card's quotes and the popup's snippet) is read for a few mentions,
 * not by the scan: it is worked out when first asked for, from the run's text, which is all a mention keeps.
 */
/** Whether a run's text still reads `surface` at [start, end) (the page may have edited it since). */
function stillReads(map: TextMap, start: number, end: number, surface: string): boolean {
  try {
    return map.range(start, end).toString().replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ') === surface;
  } catch (error) {
    survived('re-reading a confirmed mention', error);
    return false;
  }
}

/** Where a run's mentions are: its text map and block, kept with a bare form the page may name later. */
interface RunPlace {
  map: TextMap;
  block: Element;
}

class FoundMention implements TrackedMention {
  readonly id = newMentionId();
  private sentence: string | undefined;

  constructor(
    readonly topic: TopicId,
    readonly surface: string,
    readonly confidence: number,
    readonly range: Range,
    readonly block: Element,
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get context(): string {
    return (this.sentence ??= sentenceAround(this.text, this.start, this.end));
  }
}

/**
 * The part of a pruned subtree whose text is the context for what follows: the subtree itself, or for a very long
 * one (a whole page with no mention, then a mention added later) its last descendants, so catching up stays cheap.
 * Approximate only there: the tail may then start with a shorter stretch of text than the matcher would have seen.
 */
function tailOf(subtree: Element): Element {
  let element = subtree;
  while (element.lastElementChild && (element.textContent?.length ?? 0) > TAIL_CHARS) element = element.lastElementChild;
  return element;
}
