// Picks how to paint: the CSS Custom Highlight API (Chrome ≥ 105, Firefox ≥ 140) or, where it is missing, wrapping.
import type { Highlighter } from './highlighter.ts';
import { createApiHighlighter } from './highlighter-api.ts';
import { createWrapHighlighter, type DomWriter } from './highlighter-wrap.ts';

export function createHighlighter(doc: Document, writeDom: DomWriter): Highlighter {
  const view = doc.defaultView;
  const api = view && 'CSS' in view && 'highlights' in view.CSS && typeof view.Highlight === 'function';
  return api ? createApiHighlighter(view) : createWrapHighlighter(doc, writeDom);
}
