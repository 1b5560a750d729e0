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
  /** Shown instead of the median when the row has no single figure (a breakdown in its note). */
  valueText?: string;
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
    row.valueText ?? (s ? `${num(s.median, row.unit)}${unit}` : 'not available yet'),
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

/**
 * The short table for the README: per page, Briefings against IDEAL in the headline figures (Chromium main-thread
 * time added and extension CPU, Firefox extension CPU), each with its ratio and verdict, then the other targets.
 */
export function summaryTable(rows: Row[]): string {
  const find = (browser: string, page: string, figure: string) => rows.find((r) => r.browser === browser && r.page === page && r.figure === figure);
  const ms = (r: Row | undefined) => (r?.summary ? `${num(r.summary.median, 'ms')}` : '–');
  const verdict = (r: Row | undefined) => (r?.target ? `${r.ratioText && r.ratioText !== '–' ? r.ratioText.replace(' IDEAL', '') : '–'} (${r.target.replace(' IDEAL', '')}: ${r.met === null ? 'n/a' : r.met ? 'met' : '**not met**'})` : r?.ratioText?.replace(' IDEAL', '') ?? '–');
  const pages = [...new Set(rows.filter((r) => r.browser === 'chromium' || r.browser === 'firefox').map((r) => r.page))];
  const out = [
    '| Page | Chromium: main-thread time added, Briefings / IDEAL (ms) | ratio (target) | Chromium: extension CPU, Briefings / IDEAL (ms) | ratio (target) | Firefox: extension CPU, Briefings / IDEAL (ms) | ratio (target) |',
    '|---|---:|---|---:|---|---:|---|',
  ];
  for (const page of pages) {
    const added = find('chromium', page, 'Briefings: main-thread time added');
    const cpu = find('chromium', page, 'Briefings: extension CPU (profile)');
    const ff = find('firefox', page, 'Briefings: extension CPU (Gecko profile)');
    out.push(
      `| ${page} | ${ms(added)} / ${ms(find('chromium', page, 'IDEAL: main-thread time added'))} | ${verdict(added)} | ` +
        `${ms(cpu)} / ${ms(find('chromium', page, 'IDEAL: extension CPU (profile)'))} | ${verdict(cpu)} | ` +
        `${ff ? `${ms(ff)} / ${ms(find('firefox', page, 'IDEAL: extension CPU (Gecko profile)'))}` : '–'} | ${ff ? verdict(ff) : '–'} |`,
    );
  }
  const others = rows.filter((r) => r.met !== undefined && !/main-thread time added|extension CPU/.test(r.figure));
  out.push('', '| Other target | page | median (max) | target |', '|---|---|---:|---|');
  for (const r of others) {
    const value = r.summary ? `${num(r.summary.median, r.unit)}${r.summary.n > 1 ? ` (${num(r.summary.max, r.unit)})` : ''} ${r.unit}` : '–';
    out.push(`| ${r.browser}: ${r.figure} | ${r.page} | ${value} | ${r.target}: ${r.met === null ? 'n/a' : r.met ? 'met' : '**not met**'} |`);
  }
  return out.join('\n');
}
