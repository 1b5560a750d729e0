// Whether the parent of a text node is rendered, asked once per element during one walk. checkVisibility reads
// style, not layout, yet costs about as much as reading the text itself, so it is asked once per block and once per
// inline element that carries its own styling hooks (class, id, style). An inline element without them shows exactly
// when its parent does (visibility and display:none are inherited by what is inside), unless the browser's own styles
// hide it (<rp>, a popover) or its parent may not render it (a custom element that may not slot it, a closed
// <details>). Blocks are always asked: pages hide a plain <p> through its container's class (`.collapsed p`), which
// no attribute of its own gives away (tests/fixtures/pages/hidden-text.html).
import { isInline, isRendered } from './page-elements.ts';

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

/** isRendered, cached for the length of one walk. */
export function renderedCache(): (element: Element) => boolean {
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
  return rendered;
}
