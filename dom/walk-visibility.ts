// Whether the parent of a text node is rendered, asked once per element during one walk. checkVisibility reads
// style, not layout, yet costs about as much as reading the text itself, so it is asked once per block and once per
// inline element that carries its own styling hooks (class, id, style). An inline element without them shows exactly
// when its parent does (visibility and display:none are inherited by what is inside), unless the browser's own styles
// hide it (<rp>, a popover) or its parent may not render it (a custom element that may not slot it, a closed
// <details>). Blocks are always asked: pages hide a plain <p> through its container's class (`.collapsed p`), which
// no attribute of its own gives away (tests/fixtures/pages/hidden-text.html).
import { isInlineName, isRendered } from './page-elements.ts';

/** Attributes through which a page's CSS usually hides an inline element on its own. */
function hasOwnStyling(element: Element, name: string): boolean {
  return element.hasAttribute('class') || element.hasAttribute('style') || element.hasAttribute('id') || name === 'rp';
}

/**
 * A custom element is usually a shadow host, which shows only the children it slots (its root may be closed); a
 * closed <details> shows only its <summary>.
 */
function mayHideChildren(name: string): boolean {
  return name.includes('-') || name === 'details';
}

/** Elements the browser's own styles hide until something happens (a dialog opens); a [popover] is checked apart. */
function hiddenByDefault(name: string): boolean {
  return name === 'dialog' || name === 'rp';
}

/** isRendered, cached for the length of one walk; `known`: the element's localName, when the caller has read it. */
export function renderedCache(): (element: Element, known?: string) => boolean {
  const shown = new Map<Element, boolean>();
  const rendered = (element: Element, known?: string): boolean => {
    let visible = shown.get(element);
    if (visible === undefined) {
      // Each name read once: in a content script every DOM read costs, and a walk asks this of thousands.
      const name = known ?? element.localName;
      // Most inline elements (<em>, <b>) have no attributes at all: one read answers every attribute question.
      const plain = isInlineName(name) && !hiddenByDefault(name) && (!element.hasAttributes() || (!hasOwnStyling(element, name) && !element.hasAttribute('popover')));
      const parent = plain ? element.parentElement : null;
      visible = parent && !mayHideChildren(parent.localName) ? rendered(parent) : isRendered(element);
      shown.set(element, visible);
    }
    return visible;
  };
  return rendered;
}
