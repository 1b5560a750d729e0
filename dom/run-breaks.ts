// Where a run ends between two text nodes of one block: at an element that breaks the line, not at inline markup.
import { ELEMENT_NODE, isInline, isRendered, isSkippedElement, type ElementOptions } from './page-elements.ts';

/** Skipped elements the reader never sees: between two words they join them, as if absent. */
const NEVER_SHOWN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/**
 * Whether something that ends a run sits between two text nodes of one block: a non-inline element that is not
 * skipped (`<br>`, an empty `<div>`, an image block), or a skipped one that shows something (a button, an input,
 * `<code>` left unscanned): "H<code>AMAS</code>Hezbollah" must not read as "HHezbollah", a name whose range would
 * take in the code. Skipped elements that show nothing (a script, a [hidden] one) are passed over. Both nodes share
 * the block, so only inline elements and what they contain lie between.
 */
export function breakBetween(from: Node, to: Node, skipped: ReadonlyMap<Node, boolean>, options: ElementOptions): boolean {
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
    while (node !== to && node.nodeType === ELEMENT_NODE) {
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
