// Applies the page's settings to the scanner: starts it when the extension is active here, stops it (all
// highlights gone) when it is switched off or paused, and switches topics and highlight style live without a
// rescan — mentions of every topic are kept, only the enabled ones are shown.
import type { Prefilter } from '../core/prefilter.ts';
import { createPageContext, type Matcher } from '../core/scan.ts';
import type { TopicId } from '../briefings/types.ts';
import type { Highlighter, HighlightStyle } from './highlighter.ts';
import type { PageMentions } from './page-mentions.ts';
import { startPageScanner, type PageScanner } from './page-scanner.ts';
import { afterNextPaint } from './scheduler.ts';
import { createShadowStyles } from './shadow-styles.ts';

const MENTIONS_MARK = 'briefings:mentions';

/** The part of the page settings (extension/page-settings.ts) that highlighting depends on. */
export interface HighlightSettings {
  active: boolean;
  topics: readonly TopicId[];
  highlightStyle: HighlightStyle;
  scanCode: boolean;
}

export interface PageHighlights {
  apply(settings: HighlightSettings): void;
  /** Resolves when the current session's first full scan is done (at once while off). */
  scanned(): Promise<void>;
  /**
   * A single-page app moved to another view: what the previous view established (e.g. that its "Abbas" was
   * Abbas Araghchi) no longer decides how the new view's text is read.
   */
  newView(): void;
}

/** Marks the first scan done and, after the next paint, its highlights painted (bench and test builds). */
function markFirstPaint(doc: Document, scanner: PageScanner, signal: AbortSignal): void {
  void scanner.initialScan.then(async () => {
    performance.mark('briefings:scan-done');
    await afterNextPaint(doc.defaultView!);
    if (signal.aborted) return;
    performance.mark('briefings:highlights-painted');
    if (performance.getEntriesByName('briefings:content-start').length) {
      performance.measure('briefings:time-to-painted', 'briefings:content-start', 'briefings:highlights-painted');
    }
  });
}

/**
 * For the bench (docs/performance.md): how many mentions are found, readable from the page's own world — the
 * highlights hold only those near the viewport once there are many. One entry, replaced on each change. Once per
 * task: a rescan drops and adds mentions in one go, and each mark costs (a copy of its detail).
 */
function markMentionCount(mentions: PageMentions, signal: AbortSignal): void {
  let markPending = false;
  const unsubscribe = mentions.subscribe(() => {
    if (markPending) return;
    markPending = true;
    queueMicrotask(() => {
      markPending = false;
      performance.clearMarks(MENTIONS_MARK);
      performance.mark(MENTIONS_MARK, { detail: mentions.tracking().length });
    });
  });
  signal.addEventListener('abort', unsubscribe, { once: true });
}

export function startPageHighlights(
  doc: Document,
  matcher: Matcher,
  mentions: PageMentions,
  settings: HighlightSettings,
  signal: AbortSignal,
  options: {
    /** How mentions are painted: the content script passes the Highlight API painter (dom/highlighter-api.ts). */
    createHighlighter: () => Highlighter;
    prefilter?: Prefilter;
    idle?: Promise<void>;
    /**
     * The `::highlight()` rules to add to each open shadow root read, where the browser does not apply the
     * document's to shadow trees (Firefox); none where it does (Chromium). See dom/shadow-styles.ts.
     */
    shadowHighlightCss?: string;
  },
): PageHighlights {
  let session: { scanner: PageScanner; abort: AbortController; scanCode: boolean } | null = null;
  let measured = false;

  const stop = () => {
    session?.abort.abort();
    session = null;
    mentions.removeWhere(() => true);
  };

  const start = (scanCode: boolean) => {
    const abort = new AbortController();
    const context = createPageContext();
    signal.addEventListener('abort', () => abort.abort(), { once: true, signal: abort.signal });
    const css = options.shadowHighlightCss;
    const shadowStyles = css ? createShadowStyles(doc, css, abort.signal) : null;
    const scanner = startPageScanner({
      doc,
      matcher,
      pageContext: context,
      mentions,
      createHighlighter: options.createHighlighter,
      walk: { scanCode },
      prefilter: options.prefilter,
      idle: options.idle,
      onShadowRoot: shadowStyles ? (root) => shadowStyles.adopt(root) : undefined,
      signal: abort.signal,
    });
    session = { scanner, abort, scanCode };
    // Bench and test builds only (scripts/build/build-flags.ts): a page can read every mark.
    if (import.meta.env.BRIEFINGS_MARKS && !measured) {
      measured = true;
      markFirstPaint(doc, scanner, signal);
    }
  };

  const apply = (next: HighlightSettings) => {
    if (signal.aborted) return;
    if (!next.active) return stop();
    if (session && session.scanCode !== next.scanCode) stop();
    if (!session) start(next.scanCode);
    mentions.setTopics(next.topics);
    session!.scanner.highlighter.show(next.topics, next.highlightStyle);
  };

  signal.addEventListener('abort', stop, { once: true });
  if (import.meta.env.BRIEFINGS_MARKS) markMentionCount(mentions, signal);
  apply(settings);
  return {
    apply,
    scanned: () => session?.scanner.initialScan ?? Promise.resolve(),
    newView() {
      session?.scanner.newView();
    },
  };
}
