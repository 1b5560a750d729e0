// Finds and paints every mention on a page, then keeps them in step with the page: an idle-started, sliced
// initial scan, then batched rescans of only the blocks that changed. Teardown: abort `signal`.
// Fixtures: tests/fixtures/pages/article.html, lookalikes.html, split-names.html, spa.html, editables.html.
import type { Matcher, PageContext } from '../core/scan.ts';
import type { Highlighter } from './highlighter.ts';
import { batchMutations, type MutationBatcher } from './mutation-batcher.ts';
import { dirtyBlocks } from './dirty-blocks.ts';
import { newMentionId, type PageMentions, type TrackedMention } from './page-mentions.ts';
import { createSlicer, whenIdle } from './scheduler.ts';
import { TextMap } from './text-map.ts';
import { walkTextRuns, type TextRun, type WalkOptions } from './text-walker.ts';

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

  const batcher = batchMutations(doc, (records) => {
    if (!initialDone) return void queued.push(...records);
    busy = busy.then(() => applyMutations(records));
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
    for (const run of walkTextRuns(root, options.walk)) {
      scanRun(run, found);
      lastRun = run;
      if (!slicer.shouldYield()) continue;
      publish();
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

  const applyMutations = async (records: MutationRecord[]) => {
    if (signal.aborted) return;
    const { roots, textLost } = dirtyBlocks(records, options.walk);
    const rootSet = new Set<Node>(roots);
    const inRoot = (m: TrackedMention) => {
      for (let node: Node | null = m.block; node; node = node.parentNode) if (rootSet.has(node)) return true;
      return false;
    };
    // A mention whose text was removed or rewritten is gone, wherever its block is.
    const lost = (m: TrackedMention) => !m.range.startContainer.isConnected || m.range.collapsed || !m.block.isConnected;
    drop((m) => inRoot(m) || (textLost && lost(m)));
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
    if (early.length) busy = busy.then(() => applyMutations(early));
  })();

  return { highlighter, initialScan };
}
