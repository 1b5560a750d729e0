// The page context's catch-up over text the prefilter ruled out. The matcher reads the end of the previous blocks'
// text as context (PageContext.tail); blocks (and whole subtrees) ruled out are not matched, so they are kept here,
// oldest first, and the context is brought up to date from them only when a block is next matched: from as few of
// the last ones as cover the context (twice over: normalization can shorten text). Holds no listener: nothing to
// tear down.
import { normalize } from '../core/normalize.ts';
import { enterScope } from '../core/page-context.ts';
import { readAsPage } from '../core/page-text.ts';
import type { Matcher, PageContext } from '../core/scan.ts';
import { createPagePieces } from './page-pieces.ts';
import { TextMap } from './text-map.ts';
import { walkTextRuns, type TextRun, type WalkOptions } from './text-walker.ts';

/** Past this much text, only the end of a pruned subtree is walked to bring the page context up to date. */
const TAIL_CHARS = 65536;
/** Ruled-out entries kept before the older ones (out of the context's reach) are let go. */
const MAX_PASSED = 256;

export interface ScanContext {
  /** A run or subtree was ruled out: nothing in it is matched, but its text may be the next block's context. */
  pass(entry: TextRun | Element): void;
  /** Before a block is matched: the context's tail moves on over what was passed since the last one. */
  catchUp(): void;
  /** Before a block is matched: the page context is told which pieces of the page it sits in (dom/page-pieces.ts). */
  enter(block: Element): void;
  /** A root is read from its start (the body, or a block the page changed). */
  restart(root: Node): void;
  /** A new view: what was passed belongs to the old one. */
  clear(): void;
}

export function createScanContext(
  matcher: Matcher,
  pageContext: PageContext,
  walk: WalkOptions,
  contextChars: number,
  prunedText?: (element: Element) => string | undefined,
): ScanContext {
  let passed: Array<TextRun | Element> = [];
  const pieces = createPagePieces();
  const enter = (block: Element) => {
    pieces.note(block);
    enterScope(pageContext, pieces.of(block));
  };

  /** The text maps of the last passed blocks that reach into the context, and where in `passed` they start. */
  const lastBlocks = () => {
    const maps: { map: TextMap; block: Element }[] = [];
    let chars = 0;
    let from = passed.length;
    while (from > 0 && chars < 2 * contextChars + 2) {
      const entry = passed[--from]!;
      const runs = 'raw' in entry ? [entry] : [...walkTextRuns(tailOf(entry), walk)];
      for (let i = runs.length - 1; i >= 0 && chars < 2 * contextChars + 2; i--) {
        const map = new TextMap(runs[i]!.nodes, runs[i]!.raw);
        maps.push({ map, block: runs[i]!.block });
        chars += map.text.length + 1;
      }
    }
    return { maps: maps.reverse(), from };
  };

  return {
    pass(entry) {
      passed.push(entry);
      enter('raw' in entry ? entry.block : entry);
      // Read as the command line reads every line: it counts as read (what the page established fades with
      // distance, core/memory.ts), and its words may keep a story alive. A ruled-out subtree's text is the one the
      // prefilter already read.
      const text = 'raw' in entry ? entry.raw : (prunedText?.(entry) ?? entry.textContent ?? '');
      matcher.skip(readAsPage(text).text, pageContext);
      // Bounded: keep only the blocks that still reach into the context.
      if (passed.length > MAX_PASSED) passed = passed.slice(lastBlocks().from);
    },
    catchUp() {
      if (!passed.length) return;
      // No spelling in them (prefiltered), so scanning them finds nothing and only moves the context's tail on; they
      // were counted as read when passed.
      // Each is read again where it stands (a bare form waiting is measured from there), then the count is back.
      const scanned = pageContext.scanned;
      const { maps } = lastBlocks();
      pageContext.scanned -= maps.reduce((chars, { map }) => chars + normalize(map.text).text.length + 1, 0);
      for (const { map, block } of maps) {
        enterScope(pageContext, pieces.of(block));
        matcher.scan(map.text, pageContext);
      }
      pageContext.scanned = scanned;
      passed = [];
    },
    enter,
    restart(root) {
      pieces.restart(root);
    },
    clear() {
      passed = [];
      pieces.clear();
    },
  };
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
