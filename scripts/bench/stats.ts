// Summaries of repeated measurements. Every ratio in the report is median over median, both taken in the same run.

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** null when there is nothing to summarize (a mark the extension does not set yet). */
export function summarize(values: readonly (number | null | undefined)[]): Summary | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  return { median, min: xs[0]!, max: xs[xs.length - 1]!, n: xs.length };
}

export function ratio(a: Summary | null, b: Summary | null): number | null {
  if (!a || !b || b.median <= 0) return null;
  return a.median / b.median;
}
