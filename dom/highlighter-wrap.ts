// Fallback where the CSS Custom Highlight API is missing: each mention's text nodes are wrapped in
// <briefings-mark data-topic data-style>. Only text nodes are split and wrapped, so the page's textContent stays
// identical. Not shipped: every browser the extension installs on has the API (entrypoints/content/index.ts), so
// this serves DOMs without it — the unit tests' happy-dom runs the page layer through it.
// TODO [2027-06-01]: replace with the API painter in tests too once happy-dom implements CSS.highlights.
import type { TopicId } from '../briefings/types.ts';
import type { Highlighter, HighlightStyle } from './highlighter.ts';

export const MARK_TAG = 'briefings-mark';

/** Runs DOM writes so the page's mutation observer can tell them apart from the page's own changes. */
export type DomWriter = (write: () => void) => void;

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) return [root as Text];
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node as Text);
  }
  return nodes;
}

export function createWrapHighlighter(doc: Document, writeDom: DomWriter): Highlighter {
  const marks = new Map<Range, { topic: TopicId; elements: Element[] }>();
  let shown = new Set<TopicId>();
  let style: HighlightStyle = 'underline';

  const paint = (element: Element, topic: TopicId) => {
    element.setAttribute('data-style', style);
    element.toggleAttribute('data-off', !shown.has(topic));
  };

  const unwrap = (elements: Element[]) => {
    for (const element of elements) element.replaceWith(...element.childNodes);
  };

  return {
    kind: 'wrap',
    add(topic, range) {
      writeDom(() => {
        const pieces: Text[] = [];
        for (let node of textNodesIn(range)) {
          const start = node === range.startContainer ? range.startOffset : 0;
          const end = node === range.endContainer ? range.endOffset : node.length;
          if (start >= end) continue;
          if (end < node.length) node.splitText(end);
          if (start > 0) node = node.splitText(start);
          pieces.push(node);
        }
        const elements = pieces.map((piece) => {
          const mark = doc.createElement(MARK_TAG);
          mark.setAttribute('data-topic', topic);
          paint(mark, topic);
          piece.replaceWith(mark);
          mark.append(piece);
          return mark;
        });
        if (!pieces.length) return;
        range.setStart(pieces[0]!, 0);
        range.setEnd(pieces.at(-1)!, pieces.at(-1)!.length);
        marks.set(range, { topic, elements });
      });
    },
    remove(_topic, range) {
      const entry = marks.get(range);
      if (!entry) return;
      marks.delete(range);
      writeDom(() => unwrap(entry.elements));
    },
    show(topics, newStyle) {
      shown = new Set(topics);
      style = newStyle;
      writeDom(() => {
        for (const { topic, elements } of marks.values()) for (const element of elements) paint(element, topic);
      });
    },
    dispose() {
      writeDom(() => {
        for (const { elements } of marks.values()) unwrap(elements);
      });
      marks.clear();
    },
  };
}
