// The text of one run as the matcher reads it, and the way back from its offsets to DOM positions.
// The page's source whitespace ("Mahmoud\n      Abbas") is collapsed to single spaces and invisible format
// characters (soft hyphens, zero-width spaces) are dropped (core/page-text.ts), so the matcher sees the words the
// reader sees.
// Fixture: tests/fixtures/pages/split-names.html.

import { COLLAPSIBLE, readAsPage } from '../core/page-text.ts';

export class TextMap {
  /** What the matcher scans. */
  readonly text: string;
  /** Offset of each node's first character in `raw`; worked out for the first range (most runs have none). */
  private nodeStarts: number[] | undefined;
  /** text index → raw index; absent when text === raw. */
  private readonly rawIndex: Int32Array | null;

  /** `raw`: the nodes' text joined, when the caller already has it, or the part of it that starts at `offset`. */
  constructor(
    readonly nodes: readonly Text[],
    raw?: string,
    private readonly offset = 0,
  ) {
    if (raw === undefined) {
      raw = '';
      for (const node of nodes) raw += node.data;
    }
    const read = readAsPage(raw);
    this.text = read.text;
    this.rawIndex = read.index;
  }

  /** A live Range over text[start, end); it spans several text nodes when the mention does. */
  range(start: number, end: number): Range {
    const rawStart = this.toRaw(start) + this.offset;
    const rawEnd = this.toRaw(end - 1) + 1 + this.offset;
    const first = this.nodeAt(rawStart, false);
    const last = this.nodeAt(rawEnd, true);
    const range = this.nodes[0]!.ownerDocument.createRange();
    range.setStart(this.nodes[first]!, rawStart - this.starts[first]!);
    range.setEnd(this.nodes[last]!, rawEnd - this.starts[last]!);
    return range;
  }

  /** The sentence around text[start, end), at most ~`max` characters, for quote ranking and snippets. */
  sentenceAround(start: number, end: number, max = 300): string {
    return sentenceAround(this.text, start, end, max);
  }

  private get starts(): number[] {
    if (!this.nodeStarts) {
      this.nodeStarts = [];
      let length = 0;
      for (const node of this.nodes) {
        this.nodeStarts.push(length);
        // length, not data.length: no string crosses from the DOM.
        length += node.length;
      }
    }
    return this.nodeStarts;
  }

  private toRaw(index: number): number {
    return this.rawIndex ? this.rawIndex[index]! : index;
  }

  /** The node holding raw offset `offset`; an end offset belongs to the node it ends (not the next one). */
  private nodeAt(offset: number, isEnd: boolean): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      const start = this.starts[mid]!;
      if (isEnd ? start < offset : start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/**
 * The sentence around text[start, end) of a text map's text, at most ~`max` characters either side. Apart from the
 * map so a mention can keep just the text (not the map's nodes) until its sentence is asked for.
 */
export function sentenceAround(text: string, start: number, end: number, max = 300): string {
  // Character codes, not a regex per step: a popup lists every mention's sentence.
  let from = start;
  while (from > 0 && start - from < max && !(from >= 2 && isSentenceEnd(text.charCodeAt(from - 2)) && isSpace(text, from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < max && !isSentenceEnd(text.charCodeAt(to - 1))) to++;
  return text.slice(from, to).trim();
}

/** . ! ? … */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x20 || ((code < 0x21 || code > 0x7e) && COLLAPSIBLE.test(text[index]!));
}
