// The report's rows: every figure beside its baseline from the same run, with the targets.
import type { Size } from './build.ts';
import type { ChromiumResult, Samples } from './chromium-run.ts';
import type { FirefoxResult } from './firefox-run.ts';
import { figure, single, withRatio, withTarget, type Row } from './report.ts';
import { ratio, summarize, type Summary } from './stats.ts';
import type { ThroughputResult } from './throughput.ts';

export interface PageInfo {
  key: string;
  label: string;
  bytes: number;
  mentions: number;
  /** What the naive regex finds in the page's text (lookalikes like "Zaheer Abbas" included). */
  naiveMatches: number;
}

/** Targets from issue 9, in one place. */
export const TARGETS = {
  scriptVsFloor1mb: 2,
  paintedVsPaint1mb: 1.3,
  scriptVsFloor5mb: 1.2,
  fasterThanMark: 15,
  longestTaskMs: 50,
  cardMs: 16,
  contentScriptGzipKB: 35,
} as const;

function absolute(row: Row, limit: number, strict: boolean): Row {
  const v = row.summary?.median;
  return { ...row, target: `${strict ? '<' : '≤'} ${limit} ${row.unit}`, met: v === undefined ? null : strict ? v < limit : v <= limit };
}

const minus = (a: Summary | null, b: Summary | null): Summary | null => (a && b ? single(a.median - b.median) : null);

/** Baselines and the extension's marks: the same rows for both browsers. */
function pageRows(browser: string, samples: Samples, page: PageInfo): Row[] {
  const s = (kase: string, key: string) => figure(samples, page.key, kase, key);
  const base = { browser, page: page.label };
  const rows: Row[] = [];
  const floorJs = s('FLOOR', 'js');
  const paintFrame = s('PAINT', 'frame');
  const markFrame = s('MARK', 'frame');
  rows.push({ ...base, figure: 'FLOOR script', unit: 'ms', summary: floorJs });
  rows.push({ ...base, figure: 'FLOOR to next frame', unit: 'ms', summary: s('FLOOR', 'frame') });
  const isolated = s('FLOOR_ISOLATED', 'js');
  if (isolated) {
    const row: Row = {
      ...base,
      figure: 'FLOOR script, run from an isolated world',
      unit: 'ms',
      summary: isolated,
      note: "the same code where a content script runs: each node touched needs that world's own wrapper",
    };
    rows.push(withRatio(row, ratio(isolated, floorJs), 'FLOOR'));
  }
  rows.push({ ...base, figure: 'PAINT to next frame', unit: 'ms', summary: paintFrame, ratio: ratio(paintFrame, floorJs) });
  if (markFrame) {
    rows.push({ ...base, figure: 'MARK (mark.js) script', unit: 'ms', summary: s('MARK', 'js') });
    rows.push({ ...base, figure: 'MARK to next frame', unit: 'ms', summary: markFrame });
  }
  const script = s('EXT', 'scriptMs');
  const painted = s('EXT', 'paintedMs');
  const is1mb = page.key === 'news1mb';
  const scriptLimit = is1mb ? TARGETS.scriptVsFloor1mb : page.key === 'clean5mb' ? TARGETS.scriptVsFloor5mb : null;
  const scriptRow: Row = { ...base, figure: 'extension script (content-start → scan-done)', unit: 'ms', summary: script };
  rows.push(scriptLimit ? withTarget(scriptRow, ratio(script, floorJs), 'FLOOR', scriptLimit) : scriptRow);
  const work = s('EXT', 'workMs');
  rows.push(withRatio({ ...base, figure: 'of which the scan (scan-start → scan-done)', unit: 'ms', summary: work, note: 'its yields to the page included' }, ratio(work, floorJs), 'FLOOR'));
  rows.push({ ...base, figure: 'of which before the scan (→ scan-start)', unit: 'ms', summary: s('EXT', 'waitMs'), note: 'at once: the idle wait (issue 6), the settings read, building the matcher from its build-time rules' });
  // Split out so the table shows how much of "before the scan" is the page's own work (the idle wait), not ours.
  rows.push({ ...base, figure: '  of those, settings read and matcher built (→ settings-loaded)', unit: 'ms', summary: s('EXT', 'readyMs'), note: 'the rest is the wait for the page to go idle' });
  const paintedRow: Row = { ...base, figure: 'extension content-start → highlights painted', unit: 'ms', summary: painted };
  const paintedRatio = ratio(painted, paintFrame);
  rows.push(is1mb ? withTarget(paintedRow, paintedRatio, 'PAINT', TARGETS.paintedVsPaint1mb) : withRatio(paintedRow, paintedRatio, 'PAINT'));
  if (markFrame && is1mb) {
    const r = ratio(markFrame, painted);
    const row: Row = { ...base, figure: 'times faster than MARK to painted', unit: 'x', summary: single(r), note: 'MARK to next frame ÷ extension to painted' };
    rows.push({ ...withTarget(row, r, '', TARGETS.fasterThanMark, true), ratioText: '', target: `≥ ${TARGETS.fasterThanMark}×` });
  }
  rows.push({
    ...base,
    figure: 'mentions found and highlighted by the extension',
    unit: 'count',
    summary: s('EXT', 'highlights'),
    note: `expected ${page.mentions}; naive regex finds ${page.naiveMatches} (lookalikes included)`,
  });
  rows.push({
    ...base,
    figure: 'of which registered in CSS.highlights at rest',
    unit: 'count',
    summary: s('EXT', 'registered'),
    note: 'page at the top: past 200 mentions, only those within a screen of the viewport are registered',
  });
  return rows;
}

/** Chromium-only figures from CDP: main-thread time and heap with vs without, longest task, card. */
function cdpRows(samples: Samples, page: PageInfo): Row[] {
  const s = (kase: string, key: string) => figure(samples, page.key, kase, key);
  const base = { browser: 'chromium', page: page.label };
  const rows: Row[] = [];
  if (page.key === 'spa') {
    rows.push({ ...base, figure: 'mentions found after the last append', unit: 'count', summary: s('EXT', 'highlights'), note: `expected ${page.mentions}` });
    rows.push({ ...base, figure: 'append → its mentions highlighted, median', unit: 'ms', summary: s('EXT', 'appendMedianMs'), note: 'per article with mentions, to the first frame after they are found and published (rAF)' });
    rows.push({ ...base, figure: 'append → its mentions highlighted, worst', unit: 'ms', summary: s('EXT', 'appendMaxMs'), note: `appends never fully highlighted: ${s('EXT', 'missedAppends')?.max ?? '–'}` });
  }
  const withExt = s('EXT', 'taskMs');
  const without = s('NOEXT', 'taskMs');
  rows.push({ ...base, figure: 'main-thread TaskDuration without extension', unit: 'ms', summary: without });
  rows.push(withRatio({ ...base, figure: 'main-thread TaskDuration with extension', unit: 'ms', summary: withExt }, ratio(withExt, without), 'without'));
  rows.push({ ...base, figure: 'main-thread time added by the extension', unit: 'ms', summary: minus(withExt, without), note: 'median with − median without' });
  rows.push({ ...base, figure: 'JS heap added (after GC)', unit: 'MB', summary: minus(s('EXT', 'heapMB'), s('NOEXT', 'heapMB')), note: 'median with − median without' });
  const longest = s('TRACE', 'extensionLongestMs');
  const longTasks = summarize((samples[page.key]?.TRACE ?? []).map((t) => t.extensionLongTasks));
  const threadLongest = s('TRACE', 'threadLongestMs');
  rows.push({
    ...absolute({ ...base, figure: "extension's longest task (trace)", unit: 'ms', summary: longest }, TARGETS.longestTaskMs, false),
    // Judged on the worst traced load: "no task over 50 ms".
    met: longest ? longest.max <= TARGETS.longestTaskMs : null,
    target: `≤ ${TARGETS.longestTaskMs} ms (max)`,
    note: longest ? `${longTasks?.max ?? 0} task(s) > 50 ms; page's own longest ${threadLongest?.median.toFixed(0)} ms` : '',
  });
  rows.push({
    ...base,
    figure: "extension's tasks, summed (trace)",
    unit: 'ms',
    summary: s('TRACE', 'extensionTotalMs'),
    note: `${s('TRACE', 'extensionTasks')?.median ?? 0} tasks: its own main-thread time, without the gaps it yields`,
  });
  if (page.key === 'news1mb') {
    const card = s('EXT', 'cardMs');
    rows.push({ ...absolute({ ...base, figure: 'hover intent → card painted', unit: 'ms', summary: card }, TARGETS.cardMs, true) });
  }
  return rows;
}

export function buildRows(input: {
  pages: PageInfo[];
  chromium: ChromiumResult | null;
  firefox: FirefoxResult | null;
  throughput: ThroughputResult;
  content: Size;
  popup: Size;
}): Row[] {
  const rows: Row[] = [];
  for (const page of input.pages) {
    if (input.chromium) {
      if (page.key !== 'spa') rows.push(...pageRows('chromium', input.chromium.samples, page));
      rows.push(...cdpRows(input.chromium.samples, page));
    }
  }
  if (input.firefox) for (const page of input.pages.filter((p) => p.key !== 'spa')) rows.push(...pageRows('firefox', input.firefox.samples, page));
  const t = input.throughput;
  const mbps = (ms: Summary | null) => (ms ? { median: t.megabytes / (ms.median / 1000), min: t.megabytes / (ms.max / 1000), max: t.megabytes / (ms.min / 1000), n: ms.n } : null);
  const node = { browser: 'node', page: `${t.megabytes.toFixed(1)} MB text` };
  rows.push({ ...node, figure: 'naive regex throughput', unit: 'MB/s', summary: mbps(t.naiveMs), note: `${t.naiveMatches} matches` });
  const matcherRow: Row = { ...node, figure: 'matcher throughput', unit: 'MB/s', summary: mbps(t.matcherMs), note: `${t.matcherMatches} mentions` };
  rows.push(withRatio(matcherRow, ratio(t.matcherMs, t.naiveMs), 'naive time'));
  const kb = (n: number) => single(n / 1024);
  const build = { browser: 'build', page: 'chrome-mv3' };
  rows.push({ ...build, figure: 'content script, raw', unit: 'KB', summary: kb(input.content.raw), note: input.content.files.join(' ') });
  rows.push(absolute({ ...build, figure: 'content script, gzipped', unit: 'KB', summary: kb(input.content.gzip) }, TARGETS.contentScriptGzipKB, false));
  rows.push({ ...build, figure: 'popup, raw', unit: 'KB', summary: kb(input.popup.raw), note: input.popup.files.join(' ') });
  rows.push({ ...build, figure: 'popup, gzipped', unit: 'KB', summary: kb(input.popup.gzip) });
  return rows;
}
