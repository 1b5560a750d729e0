// The first stage's cheaper read of a page with scripts and styles (docs/performance.md "Script text left in until
// it matters"): their text is cut out of the page's text only when the uncut text has some spelling's word. Where it
// has none, the cut text has none either, unless a cut joins two words into one ("Ham<script>…</script>as"): each
// cut's two sides are looked at for that, a few nodes each.
import { isWordChar } from '../core/prefilter.ts';

/** Elements whose text is never prose (the full scanner skips them too, dom/page-elements.ts SKIPPED). */
export const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'script', 'style', 'noscript', 'template', 'textarea']);
const NOT_TEXT_SELECTOR = 'script,style,noscript,template,textarea';

// Node types as literals: in Firefox every read of `Node.TEXT_NODE` from a content script crosses an Xray wrapper.
export const TEXT = 3;
export const ELEMENT = 1;
const DOCUMENT = 9;

/** A light tree's `textContent` as it is, script and style text included, and the elements whose text is not prose. */
export interface RawText {
  /** The node whose `textContent` it is (a document's root element), or null. */
  top: Node | null;
  text: string;
  skipped: ArrayLike<Element> & Iterable<Element>;
}

const NONE: Element[] = [];

/** One `textContent` read of `root`'s light tree, and its script, style and like elements. */
export function rawText(root: Node): RawText {
  if (root.nodeType === TEXT) return { top: root, text: NOT_TEXT.has(root.parentNode?.nodeName ?? '') ? '' : (root as Text).data, skipped: NONE };
  const top = root.nodeType === DOCUMENT ? (root as Document).documentElement : root;
  if (!top || (top.nodeType === ELEMENT && NOT_TEXT.has(top.nodeName))) return { top: null, text: '', skipped: NONE };
  return { top, text: top.textContent ?? '', skipped: (top as ParentNode).querySelectorAll?.(NOT_TEXT_SELECTOR) ?? NONE };
}

/** How far each side of a cut is looked for its first character before the answer is "may join". */
const MAX_STEPS = 24;

/**
 * The character of the text next to `element` once script text is cut out: the last one before it (`back`) or the
 * first after; '' at the edge of `top`; null when it is not found within a few nodes.
 */
function besideCut(element: Node, top: Node, back: boolean): string | null {
  let node: Node = element;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    let next = back ? node.previousSibling : node.nextSibling;
    while (!next) {
      const up = node.parentNode;
      if (!up || up === top) return '';
      node = up;
      next = back ? node.previousSibling : node.nextSibling;
    }
    node = next;
    // Into an element, to its last (or first) text; a comment, an empty element or another cut element has none.
    for (;;) {
      if (node.nodeType === TEXT) {
        const data = (node as Text).data;
        if (data) return back ? data[data.length - 1]! : data[0]!;
        break;
      }
      const child = node.nodeType === ELEMENT && !NOT_TEXT.has(node.nodeName) ? (back ? node.lastChild : node.firstChild) : null;
      if (!child || ++steps >= MAX_STEPS) break;
      node = child;
    }
  }
  return null;
}

/** Whether a character may go on a word: a letter or digit, or half of a pair of surrogates (read as one could be). */
const mayBeWord = (char: string) => (char.charCodeAt(0) & 0xf800) === 0xd800 || isWordChar(char, 0);

/** Whether cutting out some skipped element could join the text on its two sides into one word. */
export function cutsMayJoin(raw: RawText): boolean {
  if (!raw.top) return false;
  let last: Element | undefined;
  for (const element of raw.skipped) {
    if (last?.contains(element)) continue;
    last = element;
    if (!element.firstChild) continue;
    const before = besideCut(element, raw.top, true);
    if (before === '') continue;
    const after = besideCut(element, raw.top, false);
    if (after === '') continue;
    if (before === null || after === null || (mayBeWord(before) && mayBeWord(after))) return true;
  }
  return false;
}
