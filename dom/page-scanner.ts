// Finds and paints every mention on a page, then keeps them in step with the page: an idle-started, sliced
// initial scan, then batched rescans of only the blocks that changed. Teardown: abort `signal`.
// Fixtures: tests/fixtures/pages/article.html, lookalikes.html, split-names.html, spa.html, editables.html.
import type { Matcher, PageContext } from '../core/scan.ts';
import type { Highlighter } from './highlighter.ts';
import { batchMutations, type MutationBatcher } from './mutation-batcher.ts';
import { dirtyBlocks, outermost } from './dirty-blocks.ts';
import { newMentionId, type PageMentions, type TrackedMention } from './page-mentions.ts';
import { createSlicer, whenIdle } from './scheduler.ts';
import { TextMap } from './text-map.ts';
import { blockOf, isRendered, walkTextRuns, type TextRun, type WalkOptions } from './text-walker.ts';

const PUBLISH_EVERY_MS = 300;

export interface PageScannerOptions {
  doc: Document;
  matcher: Matcher;
  pageContext: PageContext;
  mentions: PageMentions;
  /** Built from the scanner's `writeDom`, so wrap-fallback writes are not seen as page changes. */
  createHighlighter: (writeDom: MutationBatcher['writeDom']) => Highlighter;
  walk: WalkOptions;
  signal: AbortSignal;
}

export interface PageScanner {
  readonly highlighter: Highlighter;
  /** Resolves when the first full scan has finished (never, if aborted first). */
  readonly initialScan: Promise<void>;
}

export function startPageScanner(options: PageScannerOptions): PageScanner {
  const { doc, matcher, pageContext, mentions, signal } = options;
  const view = doc.defaultView!;
  const slicer = createSlicer(view);
  let initialDone = false;
  let queued: MutationRecord[] = [];
  let busy: Promise<void> = Promise.resolve();
  // Elements whose text was skipped as not rendered; re-read when an ancestor's hidden/class/style/open changes.
  // Bounded: on a page with thousands of hidden menus, the rest stay unread until their block changes.
  const hidden = new Set<Element>();
  const walk: WalkOptions = { ...options.walk, onHidden: (element) => void (hidden.size < 2000 && hidden.add(element)) };

  const batcher = batchMutations(doc, (records) => {
    if (!initialDone) return void queued.push(...records);
    // One batch at a time, in order; a failure must not stop later batches (and must not reach the page console).
    busy = busy.then(() => applyMutations(records)).catch(() => undefined);
  }, { signal });
  const highlighter = options.createHighlighter(batcher.writeDom);
  signal.addEventListener('abort', () => highlighter.dispose(), { once: true });

  const scanRun = (run: TextRun, found: TrackedMention[]) => {
    const map = new TextMap(run.nodes);
    for (const m of matcher.scan(map.text, pageContext)) {
      const range = map.range(m.start, m.end);
      const context = map.sentenceAround(m.start, m.end);
      found.push({ id: newMentionId(), topic: m.topic, surface: m.surface, confidence: m.confidence, range, context, block: run.block });
    }
  };

  /** Scans `root` in slices; mentions are published at every pause so the page fills in progressively. */
  const scanRoot = async (root: Node) => {
    let found: TrackedMention[] = [];
    const publish = () => {
      // Last first: the wrap fallback splits text nodes, and splitting after a mention leaves its offsets valid.
      for (let i = found.length - 1; i >= 0; i--) highlighter.add(found[i]!.topic, found[i]!.range);
      mentions.add(found);
      found = [];
    };
    let lastRun: TextRun | null = null;
    let lastPublish = performance.now();
    for (const run of walkTextRuns(root, walk)) {
      scanRun(run, found);
      lastRun = run;
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
      if (!lastRun.nodes.at(-1)!.isConnected && root.isConnected) return restart(root);
    }
    publish();
  };

  const drop = (shouldDrop: (m: TrackedMention) => boolean) => {
    for (const mention of mentions.removeWhere(shouldDrop)) highlighter.remove(mention.topic, mention.range);
  };

  const restart = async (root: Node) => {
    drop((m) => root.contains(m.block));
    await scanRoot(root);
  };

  const within = (node: Node, set: ReadonlySet<Node>) => {
    for (let up: Node | null = node; up; up = up.parentNode) if (set.has(up)) return true;
    return false;
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
      // Remember the block, not the parent: the parent may be the wrap fallback's mark, unwrapped on drop.
      hidden.add(m.block);
      return true;
    });
  };

  const applyMutations = async (records: MutationRecord[]) => {
    if (signal.aborted) return;
    const dirty = dirtyBlocks(records, walk);
    const candidates = new Set(dirty.roots);
    visibilityChanges(dirty.restyled, candidates);
    const roots = outermost(candidates, walk);
    const rootSet = new Set<Node>(roots);
    // A mention whose text was removed or rewritten is gone, wherever its block is.
    const lost = (m: TrackedMention) => !m.range.startContainer.isConnected || m.range.collapsed || !m.block.isConnected;
    drop((m) => within(m.block, rootSet) || (dirty.textLost && lost(m)));
    for (const root of roots) {
      if (signal.aborted) return;
      await scanRoot(root);
    }
  };

  const initialScan = (async () => {
    await whenIdle(view, signal);
    await scanRoot(doc.body ?? doc.documentElement);
    if (signal.aborted) return;
    initialDone = true;
    const early = queued;
    queued = [];
    if (early.length) busy = busy.then(() => applyMutations(early)).catch(() => undefined);
  })();

  return { highlighter, initialScan };
}
