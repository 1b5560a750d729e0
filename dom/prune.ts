// What the prefilter (core/prefilter.ts) rules out before any text is mapped and normalized: whole blocks from
// their textContent (`createPrune`, asked by the walk), and single runs (`passStreak`, asked by scan-run.ts). Holds no
// listener: nothing to tear down.
import type { Prefilter } from '../core/prefilter.ts';
import type { Prune } from './text-walker.ts';

/** Blocks with more text than this are tested block by block below them. */
const DESCEND_CHARS = 8192;

/**
 * Whether the prefilter is worth asking: after a few passes in a row (a page dense with mentions), only every 8th
 * piece is tested, until one is ruled out again. `record` takes the test's result and returns it. On such a page
 * nearly every block passes, and testing it first only copies its text once more.
 */
export function passStreak(): { worthTesting(): boolean; record(passed: boolean): boolean } {
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

export interface BlockPrune {
  (element: Element): Prune;
  /**
   * The text read to rule out `element`, if it was the last block ruled out; handed over once, so the page context
   * can count it as read without copying it from the DOM again (dom/scan-context.ts).
   */
  takeText(element: Element): string | undefined;
}

/** A whole block (an article, a sidebar) is ruled out at once from its textContent, before any walking. */
export function createPrune(doc: Document, prefilter: Prefilter): BlockPrune {
  const tests = passStreak();
  let skipped: { element: Element; text: string } | null = null;
  const prune = (element: Element): Prune => {
    // The body's textContent is the whole page copied into one string (on the bench's 5 MB page, slower than
    // reading its blocks' one by one, and wasted where it passes): its blocks are tested instead.
    if (element === doc.body) return 'descend';
    if (!tests.worthTesting()) return 'walk';
    const text = element.textContent ?? '';
    if (!tests.record(prefilter.mightMatch(text))) {
      skipped = { element, text };
      return 'skip';
    }
    // A small block is cheaper to walk than to test again piece by piece.
    return text.length > DESCEND_CHARS ? 'descend' : 'walk';
  };
  return Object.assign(prune, {
    takeText(element: Element) {
      const text = skipped?.element === element ? skipped.text : undefined;
      skipped = null;
      return text;
    },
  });
}
