// Text whose line breaks the page shows (`white-space: pre-wrap`, as comment boxes and plain-text pages set it) is
// read line by line, as the command line reads a file's lines (core/scan.ts scanPage): a headline line stands alone,
// and a box of such lines among others like it is a piece of the page (dom/page-pieces.ts).

// A line break between two visible characters; source formatting ("\n    ") around a paragraph has none.
const INNER_BREAK = /\S[^\S\n]*\n\s*\S/;
const KEEPS_BREAKS = /^(?:pre|pre-wrap|pre-line|break-spaces)\b/;

/** Whether `text`, set in `element`, shows more than one line: read only when the text has an inner line break. */
export function showsLines(element: Element | null, text: string): boolean {
  // Most runs have no line break at all: the native search first, the pattern only then.
  if (!element || !text.includes('\n') || !INNER_BREAK.test(text)) return false;
  const view = element.ownerDocument.defaultView;
  return !!view && KEEPS_BREAKS.test(view.getComputedStyle(element).whiteSpace);
}

/** The lines of `raw`, each with where it starts in it. */
export function linesOf(raw: string): { line: string; at: number }[] {
  const lines: { line: string; at: number }[] = [];
  let at = 0;
  for (const line of raw.split('\n')) {
    lines.push({ line, at });
    at += line.length + 1;
  }
  return lines;
}
