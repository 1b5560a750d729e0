// Text with some spans marked (<mark>), for search matches: built from [start, end) offsets as text nodes, never
// as HTML, so briefing text or a page snippet can't inject markup.
export interface MarkedTextProps {
  text: string;
  spans: ReadonlyArray<readonly [number, number]>;
}

export function MarkedText({ text, spans }: MarkedTextProps) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Shortens long text to a window around the first span, keeping the spans' offsets right. */
export function excerpt(
  text: string,
  spans: ReadonlyArray<readonly [number, number]>,
  max = 110,
): { text: string; spans: Array<[number, number]> } {
  if (text.length <= max) return { text, spans: spans.map(([s, e]) => [s, e]) };
  const first = spans[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - 30, text.length - max));
  const prefix = start > 0 ? '…' : '';
  const end = start + max;
  const body = text.slice(start, end) + (end < text.length ? '…' : '');
  const shift = prefix.length - start;
  const kept = spans
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s + shift, e + shift]);
  return { text: prefix + body, spans: kept };
}
