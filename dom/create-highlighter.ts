// Picks how to paint: the CSS Custom Highlight API or, where it is missing, wrapping. The extension's content script
// does not use this: every browser it installs on has the API (manifest minimums: Chrome 105, Firefox 140), so it
// ships the API painter alone; this is for DOMs without it (the happy-dom test environment, old engines).
import type { Highlighter } from './highlighter.ts';
import { createApiHighlighter } from './highlighter-api.ts';
import { createWrapHighlighter, type DomWriter } from './highlighter-wrap.ts';

export function createHighlighter(doc: Document, writeDom: DomWriter): Highlighter {
  const view = doc.defaultView;
  const api = view && 'CSS' in view && 'highlights' in view.CSS && typeof view.Highlight === 'function';
  return api ? createApiHighlighter(view) : createWrapHighlighter(doc, writeDom);
}
