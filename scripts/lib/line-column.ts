// Turns UTF-16 offsets into 1-based line and column numbers for grep-like output.

/** Line (1-based) and column (1-based, counted in Unicode code points, as editors count characters). */
export function lineColumn(text: string, offset: number, lineStarts: readonly number[]): [number, number] {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const start = lineStarts[lo] ?? 0;
  return [lo + 1, [...text.slice(start, offset)].length + 1];
}

/** Offsets where each line starts ("\n", "\r\n" and "\r" end a line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}
