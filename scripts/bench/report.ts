// Turns samples into the printed table (median, min, max, ratio to the same run's baseline, target met or not)
// and the same rows as Markdown for the README.
import type { Samples } from './chromium-run.ts';
import { ratio, summarize, type Summary } from './stats.ts';

export interface Row {
  browser: string;
  page: string;
  figure: string;
  unit: 'ms' | 'MB' | 'KB' | 'x' | 'count' | 'MB/s';
  summary: Summary | null;
  /** e.g. "1.42× FLOOR". */
  ratioText?: string;
  ratio?: number | null;
  target?: string;
  /** true / false, or null when the figure is not available yet. */
  met?: boolean | null;
  note?: string;
}

/** Summary of one figure of one case, e.g. ('news1mb', 'EXT', 'scriptMs'). */
export function figure(samples: Samples, page: string, kase: string, key: string): Summary | null {
  return summarize((samples[page]?.[kase] ?? []).map((s) => s[key]));
}

/** A single value as a Summary (bundle sizes, one-off counts). */
export function single(value: number | null): Summary | null {
  return value === null ? null : { median: value, min: value, max: value, n: 1 };
}

/**
 * A ratio row with its target: `higherIsBetter` for "≥ 15× faster than MARK", otherwise ratio must be ≤ limit.
 */
/** The row with its ratio to a baseline, printed as "1.23× vs" ("–" when either figure is missing). */
export function withRatio(row: Row, r: number | null, vs: string): Row {
  return { ...row, ratio: r, ratioText: r === null ? '–' : `${r.toFixed(2)}× ${vs}` };
}

export function withTarget(row: Row, r: number | null, vs: string, limit: number, higherIsBetter = false): Row {
  const target = higherIsBetter ? `≥ ${limit}× (${vs})` : `≤ ${limit}× ${vs}`;
  return {
    ...withRatio(row, r, vs),
    target,
    met: r === null ? null : higherIsBetter ? r >= limit : r <= limit,
  };
}

const num = (v: number, unit: Row['unit']) => (unit === 'count' ? String(Math.round(v)) : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function cells(row: Row): string[] {
  const s = row.summary;
  const unit = row.unit === 'count' || row.unit === 'x' ? '' : ` ${row.unit}`;
  const status = row.met === undefined ? '' : row.met === null ? 'n/a' : row.met ? 'met' : 'NOT MET';
  return [
    row.browser,
    row.page,
    row.figure,
    s ? `${num(s.median, row.unit)}${unit}` : 'not available yet',
    s && s.n > 1 ? num(s.min, row.unit) : '',
    s && s.n > 1 ? num(s.max, row.unit) : '',
    row.ratioText ?? '',
    row.target ? `${row.target}: ${status}` : '',
    row.note ?? '',
  ];
}

const HEADER = ['browser', 'page', 'figure', 'median', 'min', 'max', 'ratio', 'target', 'note'];

export function textTable(rows: Row[]): string {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const right = new Set([3, 4, 5]);
  return table
    .map((r) => r.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd())
    .join('\n');
}

export function markdownTable(rows: Row[]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  return [
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map((_, i) => ([3, 4, 5].includes(i) ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}

export { ratio };
