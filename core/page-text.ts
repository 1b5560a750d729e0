// A block's text as a page shows it to the reader and the matcher: the page's source whitespace ("Mahmoud\n
// Abbas") collapsed to single spaces and invisible format characters (soft hyphens, zero-width spaces) dropped. The
// page reads its blocks so (dom/text-map.ts), and the command line its lines (core/scan.ts scanPage), so the two
// see the same words at the same distances.

/** Whitespace the page shows as one space. */
export const COLLAPSIBLE = /\s/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const NEEDS_NORMALISING = /[\s\u00ad\u200b-\u200d\u2060\ufeff]{2,}|[\t\n\r\f\u00a0\u00ad\u200b-\u200d\u2060\ufeff]/;

/** The text read, and for each of its characters the index in `raw` (null when the text is `raw` itself). */
export interface PageText {
  text: string;
  index: Int32Array | null;
}

/**
 * @example
 * readAsPage('Mahmoud\n   Abbas').text; // "Mahmoud Abbas"
 */
export function readAsPage(raw: string): PageText {
  if (!NEEDS_NORMALISING.test(raw)) return { text: raw, index: null };
  const index = new Int32Array(raw.length);
  let text = '';
  let previousSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (INVISIBLE.test(char)) continue;
    const space = COLLAPSIBLE.test(char);
    if (space && previousSpace) continue;
    index[text.length] = i;
    text += space ? ' ' : char;
    previousSpace = space;
  }
  return { text, index: index.subarray(0, text.length) };
}

/** A span [start, end) of the text read, as a span of `raw`. */
export function spanInRaw(read: PageText, start: number, end: number): [number, number] {
  if (!read.index) return [start, end];
  return [read.index[start]!, read.index[end - 1]! + 1];
}
