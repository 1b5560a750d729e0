// What an element is to the text walk, decided from its name and attributes (no style computation), except
// isRendered: skipped subtrees, inline elements and blocks, the extension's own elements, shadow roots read as their
// host's content. Shared by the walk (text-walker.ts), the mutation folding (dirty-blocks.ts) and the scanner's parts.

/** What the element tests need of the walk's options (WalkOptions). */
export interface ElementOptions {
  /** Also read `<code>` and `<pre>` (settings.scanCode). */
  scanCode: boolean;
}

// Node types as literals: in Firefox each read of `Node.ELEMENT_NODE` from a content script crosses an Xray wrapper,
// and the walk compares types for thousands of nodes.
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;

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

export function isInlineName(name: string): boolean {
  return INLINE.has(name);
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/**
 * Cheap, attribute-only test for "never read this subtree" (no style computation). Called for every element above
 * text, so it reads as little of the DOM as it can: most elements have no attributes at all.
 */
export function isSkippedElement(element: Element, options: ElementOptions, name = element.localName): boolean {
  if (SKIPPED.has(name) || (!options.scanCode && CODE.has(name)) || isOwnName(name)) return true;
  return element.hasAttributes() && (element.hasAttribute('hidden') || isEditable(element));
}

/** The nearest ancestor-or-self that is not inline: the block whose text a text node belongs to. */
export function blockOf(node: Node, stopAt: Node | null = null): Element | null {
  let element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && isInline(element) && element !== stopAt) {
    const up: Element | null = element.parentElement;
    if (!up) break;
    element = up;
  }
  return element;
}

/** The parent of `node` in the composed tree: out of a shadow root, its host. */
export function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node.nodeType === DOCUMENT_FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : null);
}

/**
 * Whether anything between `node` and the document root excludes it (used when a mutation points inside), across
 * the shadow roots `node` sits in (a skipped host's shadow text is skipped too).
 */
export function isInSkippedSubtree(node: Node, options: ElementOptions): boolean {
  for (let up = composedParent(node); up; up = composedParent(up)) {
    if (up.nodeType === ELEMENT_NODE && isSkippedElement(up as Element, options)) return true;
  }
  return false;
}

/** An open shadow root of a page element whose text is read as the element's content (never the extension's own). */
export function readableShadowRoot(element: Element): ShadowRoot | null {
  const root = element.shadowRoot;
  return root && root.mode === 'open' && !isOwnElement(element) ? root : null;
}

/** Text with a letter in it: the walk reads nothing else as a run of its own. */
export const hasLetters = /\p{L}/u;

/** Whether an element is rendered: display, content-visibility and visibility (style only, no layout). */
export function isRendered(element: Element): boolean {
  return element.checkVisibility?.({ visibilityProperty: true }) ?? true;
}
