// Which subtrees one walk leaves out, decided once per element above text and cached: skipped elements (scripts,
// form fields, editors, hidden ones; page-elements.ts) and the blocks the caller's `prune` rules out before their
// text is read (text-walker.ts walkText).
import { COMMENT_NODE, ELEMENT_NODE, hasLetters, isInlineName, isSkippedElement, TEXT_NODE } from './page-elements.ts';
import type { Prune, WalkOptions } from './text-walker.ts';

/**
 * The outermost skipped or pruned element at or above an element (below the walk's `root`), or null. `descendRoot`:
 * `prune` said to descend into `root`, so its child blocks are asked about in turn. Fills the walk's `pruned` (the
 * subtrees `prune` ruled out, in document order, for the walk to report) and `skipped` (element → whether its subtree
 * is skipped, for each element looked at; run-breaks.ts reads it).
 */
export function createWalkSkips(
  root: Node,
  options: WalkOptions,
  prune: ((element: Element) => Prune) | undefined,
  descendRoot: boolean,
  pruned: Element[],
  skipped: Map<Node, boolean>,
): (element: Element, name?: string) => Element | null {
  // Blocks `prune` said to descend into: their child blocks are asked about in turn.
  const descend = new Set<Node>(descendRoot ? [root] : []);
  // Decisions `prune` made for blocks the walk has not reached yet (see pruneFollowing), so none is asked twice.
  const decided = new Map<Element, Prune>();

  /**
   * The outermost skipped element at or above `element` (below `root`), or null; caches every element seen.
   * `elementName`: its localName, when the caller has read it.
   */
  const skippedAncestor = (element: Element, elementName?: string): Element | null => {
    const chain: Element[] = [];
    let known = false;
    // Where the climb stopped: the parent of the chain's top element (a cached ancestor, `root`, or none).
    let above: Node | null = null;
    for (let up: Element | null = element; up; up = up.parentElement) {
      if (up === root) {
        above = up;
        break;
      }
      const cached = skipped.get(up);
      if (cached !== undefined) {
        known = cached;
        above = up;
        break;
      }
      chain.push(up);
    }
    // Top-down, so the outermost skipped element is the one reported (the old walk never entered it).
    let outer: Element | null = null;
    for (let i = chain.length - 1; i >= 0; i--) {
      const up = chain[i]!;
      const name = (i === 0 ? elementName : undefined) ?? up.localName;
      if (!known && isSkippedElement(up, options, name)) {
        known = true;
        outer = up;
        if (up.hasAttribute('hidden')) options.onHidden?.(up);
      }
      // Its parent is the next element up the chain (read already), or where the climb stopped.
      const parent = i + 1 < chain.length ? chain[i + 1]! : (above ?? up.parentNode);
      if (!known && prune && parent && descend.has(parent) && !isInlineName(name)) {
        const decision = decided.get(up) ?? prune(up);
        if (decision === 'skip') {
          // Not marked skipped: it still ends a run, like any block. The walk jumps past it, and past the blocks
          // right after it that are ruled out too.
          pruned.push(up);
          return pruneFollowing(up, prune, options, decided, pruned);
        }
        if (decision === 'descend') descend.add(up);
      }
      skipped.set(up, known);
    }
    return known ? (outer ?? element) : null;
  };

  return skippedAncestor;
}

/**
 * After `first` was ruled out, the blocks right after it are asked about at once, top-down, while they are ruled
 * out too (with only text without letters between them): a page with no mention is then passed article by article
 * from their parent, instead of reaching each through its first text node (a climb and a jump per article; on
 * the bench's 5 MB page, most of the walk). Returns the last one ruled out, for the walk to jump past. Fills
 * `pruned` and remembers in `decided` the decision for the block that stopped it.
 */
function pruneFollowing(
  first: Element,
  prune: (element: Element) => Prune,
  options: WalkOptions,
  decided: Map<Element, Prune>,
  pruned: Element[],
): Element {
  let lastPruned = first;
  for (let next = first.nextSibling; next; next = next.nextSibling) {
    const type = next.nodeType;
    if (type === COMMENT_NODE) continue;
    // Text between two blocks is a run of its own: without letters it would be passed over anyway.
    if (type === TEXT_NODE) {
      if (hasLetters.test((next as Text).data)) break;
      continue;
    }
    if (type !== ELEMENT_NODE) break;
    const element = next as Element;
    const name = element.localName;
    // Whatever the walk would treat otherwise (a skipped element, inline content) is left to it.
    if (isInlineName(name) || isSkippedElement(element, options, name)) break;
    const decision = prune(element);
    if (decision !== 'skip') {
      decided.set(element, decision);
      break;
    }
    pruned.push(element);
    lastPruned = element;
  }
  return lastPruned;
}
