// Finds and paints every mention on a page, then keeps them in step with the page: an idle-started, sliced
// initial scan, then batched rescans of only the blocks that changed. This file puts the parts together; each takes
// the signal and removes what it added. Teardown: abort `signal`.
//   scan-root.ts       the sliced scan of one root, publishing as it goes
//   scan-run.ts        one run's text to mentions (and bare forms confirmed later)
//   scan-context.ts    the page context's catch-up over text the prefilter ruled out
//   prune.ts           what the prefilter rules out: whole blocks, single runs
//   mention-drops.ts   mentions taken back off the page
//   hidden-text.ts     text shown later (a "read more", a tab), and text hidden again
//   page-changes.ts    mutation rescans
//   late-components.ts web components that render after the first scan
// Fixtures: tests/fixtures/pages/article.html, lookalikes.html, split-names.html, spa.html, editables.html.
import type { Prefilter } from '../core/prefilter.ts';
import type { Matcher, PageContext } from '../core/scan.ts';
import { resetPageContext } from '../core/page-context.ts';
import type { Highlighter } from './highlighter.ts';
import type { PageMentions } from './page-mentions.ts';
import { createSlicer, whenIdle } from './scheduler.ts';
import type { WalkOptions } from './text-walker.ts';
import { createScanContext } from './scan-context.ts';
import { createRunScanner } from './scan-run.ts';
import { createPrune } from './prune.ts';
import { createRootScan } from './scan-root.ts';
import { createMentionDrops } from './mention-drops.ts';
import { createHiddenText } from './hidden-text.ts';
import { watchPageChanges } from './page-changes.ts';
import { watchLateComponents } from './late-components.ts';

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
  const { doc, matcher, pageContext, mentions, prefilter, signal } = options;
  const view = doc.defaultView!;
  const highlighter = options.createHighlighter();
  signal.addEventListener('abort', () => highlighter.dispose(), { once: true });
  // Open shadow roots read so far: each is observed (and announced) once, for the life of the scanner.
  const shadowRoots = new WeakSet<ShadowRoot>();
  const isRead = (root: ShadowRoot) => shadowRoots.has(root);
  const drops = createMentionDrops(doc, mentions, highlighter, isRead);
  const hidden = createHiddenText(drops);
  // Observing from now: what the page changes during the first scan is rescanned after it.
  const changes = watchPageChanges(doc, options.walk, drops, hidden, (root) => roots.scan(root), signal);
  const walk: WalkOptions = {
    ...options.walk,
    onHidden: hidden.note,
    onShadowRoot(root) {
      if (shadowRoots.has(root) || signal.aborted) return;
      shadowRoots.add(root);
      changes.observe(root);
      options.onShadowRoot?.(root);
    },
  };
  const prune = prefilter && createPrune(doc, prefilter);
  const context = createScanContext(matcher, pageContext, walk, prefilter?.contextChars ?? 0, prune?.takeText);
  const scanRun = createRunScanner(matcher, pageContext, mentions, context, prefilter);
  const roots = createRootScan(createSlicer(view), walk, prune, context, scanRun, mentions, highlighter, drops, signal);

  const initialScan = (async () => {
    await (options.idle ?? whenIdle(view, signal));
    if (signal.aborted) return;
    // For the bench (docs/performance.md): how much of content-start → scan-done was waiting for the page.
    if (import.meta.env.BRIEFINGS_MARKS) performance.mark('briefings:scan-start');
    await roots.scan(doc.body ?? doc.documentElement);
    if (signal.aborted) return;
    changes.start();
    void watchLateComponents(doc, walk, isRead, (host) => changes.queue(() => roots.rescan(host), 'reading a late web component'), signal);
  })();

  return {
    highlighter,
    initialScan,
    newView() {
      context.clear();
      resetPageContext(pageContext);
    },
  };
}
