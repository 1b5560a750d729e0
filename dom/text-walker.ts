// Finds the readable text of a subtree as runs: the text nodes of one block, in document order, that read as one
// string — so a name split across inline elements (`<b>Mahmoud</b> Abbas`, a link around "Hamas") is found once.
// The parts: page-elements.ts (what an element is to the walk), walk-skips.ts (subtrees left out, the caller's
// pruning), walk-visibility.ts (rendered or not), run-breaks.ts (where a run ends inside a block). A walk holds no
// listener: nothing to tear down; the caller stops it by no longer reading it.
// Fixtures: tests/fixtures/pages/split-names.html, editables.html.
import { blockOf, DOCUMENT_FRAGMENT_NODE, DOCUMENT_NODE, ELEMENT_NODE, hasLetters, isInlineName, isInSkippedSubtree, isRendered, isSkippedElement, readableShadowRoot } from './page-elements.ts';
import { breakBetween } from './run-breaks.ts';
import { createWalkSkips } from './walk-skips.ts';
import { renderedCache } from './walk-visibility.ts';

export interface TextRun {
  /** The nearest non-inline ancestor: the unit that is rescanned when its text changes. */
  block: Element;
  nodes: Text[];
  /** The nodes' text joined, as read by the walk (each node's data is read once: DOM reads cost, most in Firefox). */
  raw: string;
  /** Where `raw` starts in the nodes' joined text: a piece of a huge run is matched on its own (page-scanner). */
  offset?: number;
}

export interface WalkOptions {
  /** Also read `<code>` and `<pre>` (settings.scanCode). */
  scanCode: boolean;
  /** Told about each element whose text was skipped because it is not rendered (so it can be re-read if shown). */
  onHidden?: (element: Element) => void;
  /** Told about each open shadow root whose text was read (so its changes can be observed and it can be styled). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * What to do with a block before any of its text is read (see walkText): leave it out ('skip'), read it and ask
 * again for its child blocks ('descend'), or just read it ('walk').
 */
export type Prune = 'skip' | 'descend' | 'walk';

/** A subtree walkText left out on the caller's word: nothing in it was read. */
export interface PrunedSubtree {
  pruned: Element;
}

function hostOf(node: Node): Element | null {
  return node.nodeType === DOCUMENT_FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : null;
}

/** A text node's parent, as the walk classifies it once: the block its text joins, or NOT_READ. */
const NOT_READ = null;

/**
 * Yields the text runs under `root`, lazily, so a caller can stop between runs and yield to the page.
 *
 * Why this shape: a TreeWalker with a JavaScript filter calls back into script for every node (several times a
 * plain walk on a 1 MB page). Here the walker shows text nodes only, with no filter, and everything else is decided
 * once per *parent element* and cached (most text nodes share a parent with others): whether an ancestor up to
 * `root` is skipped, whether the parent is rendered (checkVisibility reads style, never layout), and its block.
 * The elements between two text nodes of one block are looked at only when the nodes are not adjacent, to find
 * what ends a run (`<br>`, an image block) the way the old element walk did.
 */
export function walkTextRuns(root: Node, options: WalkOptions): Generator<TextRun, void, undefined> {
  return walkText(root, options) as Generator<TextRun, void, undefined>;
}

/**
 * The block a parent of text belongs to, or NOT_READ (skipped, pruned or not rendered). A skipped or pruned subtree
 * is jumped over at once (a big <svg>, <select> or script): the walker is moved to its last node.
 */
function classifyParent(
  parent: Element,
  walker: TreeWalker,
  skippedAncestor: (element: Element, name?: string) => Element | null,
  rendered: (element: Element, name?: string) => boolean,
  parents: ReadonlyMap<Element, Element | typeof NOT_READ>,
  options: WalkOptions,
): Element | typeof NOT_READ {
  // Read once for the three questions: in a content script every DOM read costs, and a page has thousands of these.
  const name = parent.localName;
  const skip = skippedAncestor(parent, name);
  if (skip) {
    let last: Node = skip;
    // Only down the tree: a DOM that hands out a <template>'s content as its lastChild (happy-dom does) must not
    // send the walker out of the page, where it would end the walk.
    for (let child = last.lastChild; child && child.parentNode === last; child = last.lastChild) last = child;
    walker.currentNode = last;
    return NOT_READ;
  }
  if (!rendered(parent, name)) {
    options.onHidden?.(parent);
    return NOT_READ;
  }
  if (!isInlineName(name)) return parent;
  // An inline element's block is its parent's, which the walk has usually classified already.
  const up = parent.parentElement;
  return (up && parents.get(up)) || (blockOf(parent) ?? parent);
}

/**
 * walkTextRuns, where `prune` is asked about `root` and then, top-down, about each block whose parent it said to
 * 'descend' into, before any of their text is read: the caller can rule out a whole article from its textContent
 * (one call, no per-node work) and is told, in document order, which subtrees were left out.
 */
export function* walkText(
  root: Node,
  options: WalkOptions,
  prune?: (element: Element) => Prune,
): Generator<TextRun | PrunedSubtree, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  if (doc.designMode === 'on') return;
  let descendRoot = false;
  if (prune && root.nodeType === ELEMENT_NODE) {
    const decision = prune(root as Element);
    if (decision === 'skip') {
      // Its textContent holds no shadow text: web components under it are still read.
      yield { pruned: root as Element };
      return yield* walkShadowRoots(root, options, prune);
    }
    descendRoot = decision === 'descend';
  }
  // Subtrees `prune` ruled out since the last text node, in document order: reported before the walk goes on.
  const pruned: Element[] = [];
  // Ancestor → whether its subtree is skipped (up to `root`, which is never itself tested, as before).
  const skipped = new Map<Node, boolean>();
  const skippedAncestor = createWalkSkips(root, options, prune, descendRoot, pruned, skipped);
  const rendered = renderedCache();
  // Parent of text → its block, or NOT_READ (skipped, or not rendered).
  const parents = new Map<Element, Element | typeof NOT_READ>();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);

  let run: TextRun | null = null;
  let readable = false;
  let last: Text | null = null;
  // The parent of `last`: a text node under another parent is never its next sibling, so that is not read.
  let lastReadParent: Element | null = null;
  let lastParent: Element | null = null;
  let block: Element | typeof NOT_READ = NOT_READ;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Text right under a shadow root reads as its host's.
    const parent = node.parentElement ?? (node.parentNode === root ? hostOf(root) : null);
    if (!parent) continue;
    // Consecutive text nodes mostly share a parent (or alternate between a block and its links).
    if (parent !== lastParent) {
      lastParent = parent;
      const known = parents.get(parent);
      if (known === undefined) parents.set(parent, (block = classifyParent(parent, walker, skippedAncestor, rendered, parents, options)));
      else block = known;
    }
    if (pruned.length) {
      if (run && readable) yield run;
      run = null;
      for (const subtree of pruned.splice(0)) yield { pruned: subtree };
      continue;
    }
    if (block === NOT_READ) continue;
    if (run && (run.block !== block || ((lastReadParent !== parent || last!.nextSibling !== node) && breakBetween(last!, node, skipped, options)))) {
      if (readable) yield run;
      run = null;
    }
    const data = node.data;
    if (!run) {
      run = { block, nodes: [], raw: '' };
      readable = false;
    }
    run.nodes.push(node);
    run.raw += data;
    readable ||= hasLetters.test(data);
    last = node;
    lastReadParent = parent;
  }
  if (run && readable) yield run;
  yield* walkShadowRoots(root, options, prune);
}

/**
 * The text of the open shadow roots under `root` (and of `root` itself, if it is a host): a web component's shadow
 * tree is what it shows, so its text is read as its content (text it slots from the light DOM is read where it sits,
 * as before). After the rest of `root`, so runs are not yielded in document order across roots: dom/page-mentions.ts
 * orders mentions by a composed-tree comparison. Hosts are found whatever `prune` said of their light DOM, whose
 * textContent does not include the shadow text. Closed roots are not reachable (element.shadowRoot is null).
 */
function* walkShadowRoots(
  root: Node,
  options: WalkOptions,
  prune?: (element: Element) => Prune,
): Generator<TextRun | PrunedSubtree, void, undefined> {
  if (root.nodeType !== ELEMENT_NODE && root.nodeType !== DOCUMENT_FRAGMENT_NODE && root.nodeType !== DOCUMENT_NODE) {
    return;
  }
  const hosts: Element[] = [];
  if (root.nodeType === ELEMENT_NODE && readableShadowRoot(root as Element)) hosts.push(root as Element);
  // One pass over the elements, reading only shadowRoot: a TreeWalker, not querySelectorAll('*'), whose list of every
  // element costs twice as much to build and step through (measured: 20,000 elements, 3.6 ms against 6.6 ms).
  const doc = root.ownerDocument ?? (root as Document);
  const elements = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let element = elements.nextNode() as Element | null; element; element = elements.nextNode() as Element | null) {
    if (element.shadowRoot) hosts.push(element);
  }
  for (const host of hosts) {
    const shadow = readableShadowRoot(host);
    if (!shadow) continue;
    if (isSkippedElement(host, options) || isInSkippedSubtree(host, options)) continue;
    if (!isRendered(host)) {
      options.onHidden?.(host);
      continue;
    }
    options.onShadowRoot?.(shadow);
    yield* walkText(shadow, options, prune);
  }
}
