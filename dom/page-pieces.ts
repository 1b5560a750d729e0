// The pieces a page is made of (core/memory.ts): what an article, a teaser card, a post, a list item card or a table row
// establishes about a topic holds inside it, not in the pieces beside it. A front page, a feed, a results list or a
// page of unrelated passages is many pieces; a story is one. A heading opens a piece that runs to the next heading of
// its level or above in the same piece (an outline's section). Holds no listener: nothing to tear down.
import { showsLines } from './line-breaks.ts';
import { isInlineName, TEXT_NODE } from './page-elements.ts';

/** Elements that are a piece of their own: sectioning content, table rows, dialogs. */
const PIECE_NAMES = new Set(['article', 'section', 'aside', 'nav', 'tr', 'dialog', 'details', 'figure']);
const PIECE_ROLES = new Set(['article', 'listitem', 'row', 'region', 'complementary', 'navigation', 'dialog', 'comment']);
const HEADING = /^h([1-6])$/;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
/** Siblings of one kind from which a container is a card among cards (a teaser grid, a feed without markup for it). */
const MIN_REPEATS = 3;

interface OpenHeading {
  heading: Element;
  level: number;
  /** The innermost element piece it is in (null: none, the page itself). */
  piece: Element | null;
}

export interface PagePieces {
  /** The pieces a block sits in, outermost first (a new array only when they change). */
  of(block: Element): readonly object[];
  /** The page's reading passed this block (a heading opens a piece even where it holds no name). */
  note(block: Element): void;
  /**
   * A root is read from its start (the body, or a block the page changed): of the headings open at the end of the
   * last reading, those before it stay open (they still are there); any it has in between are not known.
   */
  restart(root: Node): void;
  /** A new view: no heading of the old one is open. */
  clear(): void;
}

export function createPagePieces(): PagePieces {
  const explicit = new WeakMap<Element, Element[]>();
  const isCard = cardReader();
  let open: OpenHeading[] = [];
  let last: readonly object[] = [];
  let lastPieces: Element[] | null = null;
  let lastOpen: OpenHeading[] | null = null;

  const isPiece = (element: Element) => {
    const name = element.localName;
    if (PIECE_NAMES.has(name)) return true;
    // A list item is a piece when it is a card (a result, a post), or a one-line item among items that mostly are
    // (a list of briefs); a bullet or a tag is read with its neighbours.
    if (name === 'li') return holdsBlocks(element) || isCard(element, name);
    const role = element.getAttribute('role');
    return (role !== null && PIECE_ROLES.has(role)) || isCard(element, name);
  };

  /** The element pieces around a block (itself included), outermost first; cached along the way up. */
  const explicitOf = (element: Element | null): Element[] => {
    if (!element || element.localName === 'body' || element.localName === 'html') return [];
    const known = explicit.get(element);
    if (known) return known;
    // Out of a shadow tree, its host's pieces hold it (a news card component inside an article).
    const outer = explicitOf(element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host ?? null));
    const path = isPiece(element) ? [...outer, element] : outer;
    explicit.set(element, path);
    return path;
  };

  return {
    of(block) {
      const pieces = explicitOf(block);
      // The common case, a block in the same element pieces as the last one with no heading since: the same path.
      if (pieces === lastPieces && open === lastOpen) return last;
      // Headings of pieces the page has left are closed.
      if (open.some((h) => h.piece !== null && !pieces.includes(h.piece))) open = open.filter((h) => h.piece === null || pieces.includes(h.piece));
      const path: object[] = [];
      for (const heading of open) if (heading.piece === null) path.push(heading.heading);
      for (const piece of pieces) {
        path.push(piece);
        for (const heading of open) if (heading.piece === piece) path.push(heading.heading);
      }
      // The same array while the path is the same: the page memory sets an entry again in place then.
      if (path.length !== last.length || path.some((piece, i) => piece !== last[i])) last = path;
      lastPieces = pieces;
      lastOpen = open;
      return last;
    },
    note(block) {
      const level = HEADING.exec(block.localName)?.[1];
      if (!level) return;
      const pieces = explicitOf(block);
      const piece = pieces.at(-1) ?? null;
      open = open.filter((h) => h.piece !== piece || h.level < Number(level));
      open.push({ heading: block, level: Number(level), piece });
    },
    restart(root) {
      const at = inLightTree(root);
      open = open.filter((h) => h.heading !== at && h.heading.compareDocumentPosition(at) & FOLLOWING && (h.piece === null || h.piece.contains(at)));
    },
    clear() {
      open = [];
    },
  };
}

/** Tells a card among cards (a container among three or more like it, holding blocks or lines of its own). */
function cardReader(): (element: Element, name: string) => boolean {
  const kinds = new WeakMap<Element, Map<string, number>>();
  const cardRows = new WeakMap<Element, Map<string, boolean>>();

  /** How many children of each name `parent` has: read once per parent. */
  const repeats = (parent: Element, name: string) => {
    let counts = kinds.get(parent);
    if (!counts) {
      counts = new Map();
      for (const child of parent.children) counts.set(child.localName, (counts.get(child.localName) ?? 0) + 1);
      kinds.set(parent, counts);
    }
    return counts.get(name) ?? 0;
  };

  /** Whether most of a parent's children of one name are cards: then a one-line one among them is a card too. */
  const mostlyCards = (parent: Element, name: string) => {
    let byName = cardRows.get(parent);
    if (!byName) cardRows.set(parent, (byName = new Map()));
    let most = byName.get(name);
    if (most === undefined) {
      let cards = 0;
      for (const child of parent.children) if (child.localName === name && holdsMore(child)) cards++;
      most = cards * 2 >= repeats(parent, name);
      byName.set(name, most);
    }
    return most;
  };

  // A container among several like it, each holding blocks or lines of its own (a card: headline and teaser).
  return (element: Element, name: string) => {
    if (name !== 'div' && name !== 'li' && !name.includes('-')) return false;
    const parent = element.parentElement;
    return !!parent && repeats(parent, name) >= MIN_REPEATS && (holdsMore(element) || mostlyCards(parent, name));
  };
}

/** Whether an element holds two blocks or more of its own (a headline and a teaser), not one line of text. */
function holdsBlocks(element: Element): boolean {
  let blocks = 0;
  for (const child of element.children) if (!isInlineName(child.localName) && ++blocks >= 2) return true;
  return false;
}

/** Whether an element holds more than one line of its own: two blocks, or text that shows its line breaks. */
function holdsMore(element: Element): boolean {
  return holdsBlocks(element) || showsLines(element, ownText(element));
}

/** The text of an element's own text nodes (a box of plain lines has no blocks to count, only its line breaks). */
function ownText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === TEXT_NODE) text += (node as Text).data;
  return text;
}

/** A node in a shadow tree stands where its host does (in the light tree, for document order). */
function inLightTree(node: Node): Node {
  let at = node;
  for (let tree = at.getRootNode(); tree !== at && 'host' in tree && tree.host; tree = at.getRootNode()) at = tree.host as Node;
  return at;
}
