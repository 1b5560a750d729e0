// Finds the readable text of a subtree as runs: the text nodes of one block, in document order, that read as one
// string — so a name split across inline elements (`<b>Mahmoud</b> Abbas`, a link around "Hamas") is found once.
// Fixtures: tests/fixtures/pages/split-names.html, editables.html.

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

/** Elements whose text is not prose the reader sees, or that belong to the reader (form fields, editors). */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title',
]);
const CODE = new Set(['code', 'pre', 'kbd', 'samp']);

/** Elements that flow inside a line; anything else (including unknown custom elements) ends a run. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label',
  'mark', 'nobr', 'q', 'ruby', 'rb', 'rp', 'rt', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time',
  'tt', 'u', 'var', 'wbr', 'acronym', 'code', 'kbd', 'samp',
]);

/** The extension's own elements (the card's shadow host, …) all carry this tag prefix. */
export const OWN_TAG_PREFIX = 'briefings-';

export function isOwnElement(element: Element): boolean {
  // The card's host is a plain <div> (a page cannot define it), marked by this attribute.
  return isOwnName(element.localName) || element.hasAttribute('data-briefings-card');
}

function isOwnName(name: string): boolean {
  return name.startsWith(OWN_TAG_PREFIX);
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/**
 * Cheap, attribute-only test for "never read this subtree" (no style computation). Called for every element above
 * text, so it reads as little of the DOM as it can: most elements have no attributes at all.
 */
export function isSkippedElement(element: Element, options: WalkOptions, name = element.localName): boolean {
  if (SKIPPED.has(name) || (!options.scanCode && CODE.has(name)) || isOwnName(name)) return true;
  return element.hasAttributes() && (element.hasAttribute('hidden') || isEditable(element));
}

/** The nearest ancestor-or-self that is not inline: the block whose text a text node belongs to. */
export function blockOf(node: Node, stopAt: Node | null = null): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && isInline(element) && element !== stopAt) {
    const up: Element | null = element.parentElement;
    if (!up) break;
    element = up;
  }
  return element;
}

/** The parent of `node` in the composed tree: out of a shadow root, its host. */
export function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : null);
}

/**
 * Whether anything between `node` and the document root excludes it (used when a mutation points inside), across
 * the shadow roots `node` sits in (a skipped host's shadow text is skipped too).
 */
export function isInSkippedSubtree(node: Node, options: WalkOptions): boolean {
  for (let up = composedParent(node); up; up = composedParent(up)) {
    if (up.nodeType === Node.ELEMENT_NODE && isSkippedElement(up as Element, options)) return true;
  }
  return false;
}

function hostOf(node: Node): Element | null {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : null;
}

/** An open shadow root of a page element whose text is read as the element's content (never the extension's own). */
export function readableShadowRoot(element: Element): ShadowRoot | null {
  const root = element.shadowRoot;
  return root && root.mode === 'open' && !isOwnElement(element) ? root : null;
}

const hasLetters = /\p{L}/u;

/** Whether an element is rendered: display, content-visibility and visibility (style only, no layout). */
export function isRendered(element: Element): boolean {
  return element.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

/** Attributes through which a page's CSS usually hides an inline element on its own. */
function hasOwnStyling(element: Element): boolean {
  return element.hasAttribute('class') || element.hasAttribute('style') || element.hasAttribute('id') || element.localName === 'rp';
}

/**
 * A custom element is usually a shadow host, which shows only the children it slots (its root may be closed); a
 * closed <details> shows only its <summary>.
 */
function mayHideChildren(element: Element): boolean {
  return element.localName.includes('-') || element.localName === 'details';
}

/** Elements the browser's own styles hide until something happens (a dialog opens); a [popover] is checked apart. */
function hiddenByDefault(element: Element): boolean {
  const name = element.localName;
  return name === 'dialog' || name === 'rp';
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
  // Blocks `prune` said to descend into: their child blocks are asked about in turn.
  const descend = new Set<Node>();
  if (prune && root.nodeType === Node.ELEMENT_NODE) {
    const decision = prune(root as Element);
    if (decision === 'skip') {
      // Its textContent holds no shadow text: web components under it are still read.
      yield { pruned: root as Element };
      return yield* walkShadowRoots(root, options, prune);
    }
    if (decision === 'descend') descend.add(root);
  }
  // Subtrees `prune` ruled out since the last text node, in document order: reported before the walk goes on.
  const pruned: Element[] = [];
  // Decisions `prune` made for blocks the walk has not reached yet (see pruneFollowing), so none is asked twice.
  const decided = new Map<Element, Prune>();
  // Ancestor → whether its subtree is skipped (up to `root`, which is never itself tested, as before).
  const skipped = new Map<Node, boolean>();
  // Parent of text → its block, or NOT_READ (skipped, or not rendered).
  const parents = new Map<Element, Element | typeof NOT_READ>();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);

  /** The outermost skipped element at or above `element` (below `root`), or null; caches every element seen. */
  const skippedAncestor = (element: Element): Element | null => {
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
      const name = up.localName;
      if (!known && isSkippedElement(up, options, name)) {
        known = true;
        outer = up;
        if (up.hasAttribute('hidden')) options.onHidden?.(up);
      }
      // Its parent is the next element up the chain (read already), or where the climb stopped.
      const parent = i + 1 < chain.length ? chain[i + 1]! : (above ?? up.parentNode);
      if (!known && prune && parent && descend.has(parent) && !INLINE.has(name)) {
        const decision = decided.get(up) ?? prune(up);
        if (decision === 'skip') {
          // Not marked skipped: it still ends a run, like any block. The walk jumps past it, and past the blocks
          // right after it that are ruled out too.
          pruned.push(up);
          return pruneFollowing(up, prune);
        }
        if (decision === 'descend') descend.add(up);
      }
      skipped.set(up, known);
    }
    return known ? (outer ?? element) : null;
  };

  /**
   * After `first` was ruled out, the blocks right after it are asked about at once, top-down, while they are ruled
   * out too (with only text without letters between them): a page with no mention is then passed article by article
   * from their parent, instead of reaching each through its first text node (a climb and a jump per article; on
   * the bench's 5 MB page, most of the walk). Returns the last one ruled out, for the walk to jump past.
   */
  const pruneFollowing = (first: Element, prune: (element: Element) => Prune): Element => {
    let lastPruned = first;
    for (let next = first.nextSibling; next; next = next.nextSibling) {
      const type = next.nodeType;
      if (type === Node.COMMENT_NODE) continue;
      // Text between two blocks is a run of its own: without letters it would be passed over anyway.
      if (type === Node.TEXT_NODE) {
        if (hasLetters.test((next as Text).data)) break;
        continue;
      }
      if (type !== Node.ELEMENT_NODE) break;
      const element = next as Element;
      const name = element.localName;
      // Whatever the walk would treat otherwise (a skipped element, inline content) is left to it.
      if (INLINE.has(name) || isSkippedElement(element, options, name)) break;
      const decision = prune(element);
      if (decision !== 'skip') {
        decided.set(element, decision);
        break;
      }
      pruned.push(element);
      lastPruned = element;
    }
    return lastPruned;
  };

  // checkVisibility reads style, not layout, yet costs about as much as reading the text itself, so it is asked
  // once per block and once per inline element that carries its own styling hooks (class, id, style). An inline
  // element without them shows exactly when its parent does (visibility and display:none are inherited by what is
  // inside), unless the browser's own styles hide it (<rp>, a popover) or its parent may not render it (a custom
  // element that may not slot it, a closed <details>). Blocks are always asked: pages hide a plain <p> through its
  // container's class (`.collapsed p`), which no attribute of its own gives away (tests/fixtures/pages/hidden-text.html).
  const shown = new Map<Element, boolean>();
  const rendered = (element: Element): boolean => {
    let visible = shown.get(element);
    if (visible === undefined) {
      const parent = element.parentElement;
      // Most inline elements (<em>, <b>) have no attributes at all: one read answers every attribute question.
      const plain = isInline(element) && (!element.hasAttributes() || (!hasOwnStyling(element) && !element.hasAttribute('popover')));
      const inherits = parent && plain && !hiddenByDefault(element) && !mayHideChildren(parent);
      visible = inherits ? rendered(parent) : isRendered(element);
      shown.set(element, visible);
    }
    return visible;
  };

  const classify = (parent: Element): Element | typeof NOT_READ => {
    const skip = skippedAncestor(parent);
    if (skip) {
      // Jump over the whole skipped (or pruned) subtree (a big <svg>, <select> or script): its text is never read.
      let last: Node = skip;
      // Only down the tree: a DOM that hands out a <template>'s content as its lastChild (happy-dom does) must not
      // send the walker out of the page, where it would end the walk.
      for (let child = last.lastChild; child && child.parentNode === last; child = last.lastChild) last = child;
      walker.currentNode = last;
      return NOT_READ;
    }
    if (!rendered(parent)) {
      options.onHidden?.(parent);
      return NOT_READ;
    }
    return blockOf(parent) ?? parent;
  };

  let run: TextRun | null = null;
  let readable = false;
  let last: Text | null = null;
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
      if (known === undefined) parents.set(parent, (block = classify(parent)));
      else block = known;
    }
    if (pruned.length) {
      if (run && readable) yield run;
      run = null;
      const subtrees = pruned.splice(0);
      for (const subtree of subtrees) yield { pruned: subtree };
      continue;
    }
    if (block === NOT_READ) continue;
    if (run && (run.block !== block || (last!.nextSibling !== node && breakBetween(last!, node, skipped, options)))) {
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
  if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE && root.nodeType !== Node.DOCUMENT_NODE) {
    return;
  }
  const hosts: Element[] = [];
  if (root.nodeType === Node.ELEMENT_NODE && readableShadowRoot(root as Element)) hosts.push(root as Element);
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

/** Skipped elements the reader never sees: between two words they join them, as if absent. */
const NEVER_SHOWN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/**
 * Whether something that ends a run sits between two text nodes of one block: a non-inline element that is not
 * skipped (`<br>`, an empty `<div>`, an image block), or a skipped one that shows something (a button, an input,
 * `<code>` left unscanned): "H<code>AMAS</code>Hezbollah" must not read as "HHezbollah", a name whose range would
 * take in the code. Skipped elements that show nothing (a script, a [hidden] one) are passed over. Both nodes share
 * the block, so only inline elements and what they contain lie between.
 */
function breakBetween(from: Node, to: Node, skipped: ReadonlyMap<Node, boolean>, options: WalkOptions): boolean {
  let node: Node = from;
  for (;;) {
    let next = node.nextSibling;
    while (!next) {
      const up = node.parentNode;
      if (!up) return false;
      node = up;
      next = node.nextSibling;
    }
    node = next;
    // Descend into inline elements until a text node, `to`, or a line-ending element.
    while (node !== to && node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      // The walk has usually classified it already (it is the parent of a text node): inside a read block, its
      // cached "skipped" is its own.
      if (skipped.get(element) ?? isSkippedElement(element, options)) {
        if (!NEVER_SHOWN.has(element.localName) && !element.hasAttribute('hidden') && isRendered(element)) return true;
        break;
      }
      if (!isInline(element)) return true;
      if (!element.firstChild) break;
      node = element.firstChild;
    }
    if (node === to) return false;
  }
}
