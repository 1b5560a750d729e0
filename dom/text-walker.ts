// Finds the readable text of a subtree as runs: the text nodes of one block, in document order, that read as one
// string — so a name split across inline elements (`<b>Mahmoud</b> Abbas`, a link around "Hamas") is found once.
// Fixtures: tests/fixtures/pages/split-names.html, editables.html.

export interface TextRun {
  /** The nearest non-inline ancestor: the unit that is rescanned when its text changes. */
  block: Element;
  nodes: Text[];
}

export interface WalkOptions {
  /** Also read `<code>` and `<pre>` (settings.scanCode). */
  scanCode: boolean;
  /** Told about each element whose text was skipped because it is not rendered (so it can be re-read if shown). */
  onHidden?: (element: Element) => void;
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
  // The fallback highlighter's own wrapper (dom/highlighter-wrap.ts): its text is still the page's text.
  'briefings-mark',
]);

/** The extension's own elements (the card's shadow host, …) all carry this tag prefix. */
export const OWN_TAG_PREFIX = 'briefings-';

export function isOwnElement(element: Element): boolean {
  return element.localName.startsWith(OWN_TAG_PREFIX) && element.localName !== 'briefings-mark';
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** Cheap, attribute-only test for "never read this subtree" (no style computation). */
export function isSkippedElement(element: Element, options: WalkOptions): boolean {
  const name = element.localName;
  return (
    SKIPPED.has(name) ||
    (!options.scanCode && CODE.has(name)) ||
    isOwnElement(element) ||
    element.hasAttribute('hidden') ||
    isEditable(element)
  );
}

/** The nearest ancestor-or-self that is not inline: the block whose text a text node belongs to. */
export function blockOf(node: Node, stopAt: Node | null = null): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && isInline(element) && element !== stopAt && element.parentElement) element = element.parentElement;
  return element;
}

/** Whether anything between `node` and the document root excludes it (used when a mutation points inside). */
export function isInSkippedSubtree(node: Node, options: WalkOptions): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (isSkippedElement(element, options)) return true;
  }
  return false;
}

const hasLetters = /\p{L}/u;

/** Whether an element is rendered: display, content-visibility and visibility (style only, no layout). */
export function isRendered(element: Element): boolean {
  return element.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

/**
 * Yields the text runs under `root`, lazily, so a caller can stop between runs and yield to the page.
 * Rendering is checked once per parent element (checkVisibility reads style, never layout), not per node.
 */
export function* walkTextRuns(root: Node, options: WalkOptions): Generator<TextRun, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  if (doc.designMode === 'on') return;
  const visible = new Map<Element, boolean>();
  const blocks = new Map<Element, Element>();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (isSkippedElement(element, options)) {
        if (element.hasAttribute('hidden')) options.onHidden?.(element);
        return NodeFilter.FILTER_REJECT;
      }
      // Elements are only interesting as boundaries: a line break or a block between two texts ends a run.
      return isInline(element) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
    },
  });
  let run: TextRun | null = null;
  let readable = false;
  const flush = function* () {
    if (run && readable) yield run;
    run = null;
    readable = false;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      yield* flush();
      continue;
    }
    const parent = node.parentElement;
    if (!parent) continue;
    let shown = visible.get(parent);
    if (shown === undefined) {
      shown = isRendered(parent);
      visible.set(parent, shown);
      if (!shown) options.onHidden?.(parent);
    }
    if (!shown) continue;
    let block = blocks.get(parent);
    if (!block) {
      block = blockOf(parent) ?? parent;
      blocks.set(parent, block);
    }
    if (run && run.block !== block) yield* flush();
    run ??= { block, nodes: [] };
    run.nodes.push(node as Text);
    readable ||= hasLetters.test((node as Text).data);
  }
  yield* flush();
}
