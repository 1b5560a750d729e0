// The report's rows: every figure beside its baseline from the same run, with the issue's targets.
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

/** Targets (issue 17; the bundle size from issue 9), in one place. */
export const TARGETS = {
  /** Pages without mentions (5 MB, typical): main-thread time added and extension CPU, each ≤ 1.5× IDEAL's. */
  addedVsIdealClean: 1.5,
  cpuVsIdealClean: 1.5,
  /** The 1 MB page with 2,000 mentions. */
  addedVsIdeal1mb: 1.2,
  cpuVsIdeal1mb: 2,
  /** Firefox, pages without mentions: the extension's work against IDEAL's (see firefoxRows for what is timed). */
  firefoxVsIdealClean: 2,
  longestTaskMs: 50,
  cardMs: 16,
  contentScriptGzipKB: 35,
} as const;

/** Pages the "without mentions" targets apply to. */
export const CLEAN_PAGES = new Set(['clean5mb', 'typical']);

function absolute(row: Row, limit: number, strict: boolean): Row {
  const v = row.summary?.median;
  return { ...row, target: `${strict ? '<' : '≤'} ${limit} ${row.unit}`, met: v === undefined ? null : strict ? v < limit : v <= limit };
}

const minus = (a: Summary | null, b: Summary | null): Summary | null => (a && b ? single(a.median - b.median) : null);

/**
 * Main-thread time an arm adds: per run, its TaskDuration minus the extension-less load's of the same run (the
 * arms of a run are loaded back to back), summarized over runs. Pairing by run takes the machine's drift out.
 */
export function addedByRun(samples: Samples, page: string, arm: string, runs?: (run: number) => boolean, key = 'taskMs'): Summary | null {
  const without = new Map<number, number>();
  for (const s of samples[page]?.NOEXT ?? []) if (typeof s.run === 'number' && typeof s[key] === 'number') without.set(s.run, s[key]);
  const diffs: number[] = [];
  for (const s of samples[page]?.[arm] ?? []) {
    const value = s[key];
    if (typeof s.run !== 'number' || typeof value !== 'number' || (runs && !runs(s.run))) continue;
    const base = without.get(s.run);
    if (base !== undefined) diffs.push(value - base);
  }
  return summarize(diffs);
}

/** How close the two halves' ratios must be (relative) for a page's headline to count as settled. */
export const SETTLED_WITHIN = 0.15;

/** Briefings ÷ IDEAL over the runs before `split` and from it on. */
function halfRatios(samples: Samples, page: string, of: (arm: string, runs: (run: number) => boolean) => Summary | null, split: number): [number | null, number | null] {
  const before = (r: number) => r < split;
  const after = (r: number) => r >= split;
  return [ratio(of('EXT', before), of('IDEAL', before)), ratio(of('EXT', after), of('IDEAL', after))];
}

/**
 * Whether a page's Chromium headline ratios (main-thread time added, extension CPU) have settled: each computed
 * over the first and over the second half of the runs so far, the two agree within SETTLED_WITHIN. The bench keeps
 * loading a page that has not, up to --max-runs.
 */
export function settled(samples: Samples, page: string): boolean {
  const runs = new Set((samples[page]?.NOEXT ?? []).map((s) => s.run).filter((r): r is number => typeof r === 'number'));
  if (runs.size < 4) return false;
  const split = Math.ceil((Math.max(...runs) + 1) / 2);
  const pairs = [
    halfRatios(samples, page, (arm, r) => addedByRun(samples, page, arm, r), split),
    halfRatios(samples, page, (arm, r) => figureIn(samples, page, arm, 'cpuMs', r), split),
  ];
  return pairs.every(([a, b]) => a !== null && b !== null && a > 0 && b > 0 && Math.abs(a / b - 1) <= SETTLED_WITHIN);
}

/** The ratio Briefings ÷ IDEAL over the first and the second half of the runs: does it settle? */
function halves(samples: Samples, page: string, of: (arm: string, runs: (run: number) => boolean) => Summary | null, runsOf = 'NOEXT'): string {
  const runs = (samples[page]?.[runsOf] ?? []).map((s) => s.run).filter((r): r is number => typeof r === 'number');
  if (runs.length < 2) return '';
  const n = Math.max(...runs) + 1;
  const [r1, r2] = halfRatios(samples, page, of, Math.ceil(n / 2));
  const f = (r: number | null) => (r === null ? '–' : `${r.toFixed(2)}×`);
  return `${runs.length} runs; ratio over the first / second half: ${f(r1)} / ${f(r2)}`;
}

/** Summary of one figure over the samples of some runs only. */
function figureIn(samples: Samples, page: string, kase: string, key: string, runs: (run: number) => boolean): Summary | null {
  return summarize((samples[page]?.[kase] ?? []).filter((s) => typeof s.run === 'number' && runs(s.run)).map((s) => s[key]));
}

/**
 * No verdict from a difference lost in noise: when either side's time added is not above zero, the ratio means
 * nothing (the row says so instead of "met").
 */
function judged(row: Row, ext: Summary | null, ideal: Summary | null): Row {
  if (ext && ideal && ext.median > 0 && ideal.median > 0) return row;
  return { ...row, ratio: null, ratioText: '–', met: row.target ? null : row.met, note: `${row.note ? `${row.note}; ` : ''}a difference at or below 0: within noise, more runs needed` };
}

/**
 * The headline (Chromium): main-thread time added and the extension's CPU time, Briefings against IDEAL, with the
 * issue's targets where it sets them.
 */
function headlineRows(samples: Samples, page: PageInfo): Row[] {
  const base = { browser: 'chromium', page: page.label };
  const clean = CLEAN_PAGES.has(page.key);
  const is1mb = page.key === 'news1mb';
  const addedLimit = clean ? TARGETS.addedVsIdealClean : is1mb ? TARGETS.addedVsIdeal1mb : null;
  const cpuLimit = clean ? TARGETS.cpuVsIdealClean : is1mb ? TARGETS.cpuVsIdeal1mb : null;
  const rows: Row[] = [];
  const idealAdded = addedByRun(samples, page.key, 'IDEAL');
  const extAdded = addedByRun(samples, page.key, 'EXT');
  const addedNote = halves(samples, page.key, (arm, runs) => addedByRun(samples, page.key, arm, runs));
  const feedNote = page.key === 'spa' ? 'IDEAL has no observers: it scans the feed’s shell once, none of the appended articles; ' : '';
  rows.push({ ...base, figure: 'IDEAL: main-thread time added', unit: 'ms', summary: idealAdded, note: `${feedNote}TaskDuration (main-thread CPU time) with − without, per run` });
  const addedRow: Row = { ...base, figure: 'Briefings: main-thread time added', unit: 'ms', summary: extAdded, note: addedNote };
  rows.push(judged(addedLimit ? withTarget(addedRow, ratio(extAdded, idealAdded), 'IDEAL', addedLimit) : withRatio(addedRow, ratio(extAdded, idealAdded), 'IDEAL'), extAdded, idealAdded));
  // Where the time added went (Performance.getMetrics, same time domain, paired per run like the total).
  const part = (arm: string, key: string) => addedByRun(samples, page.key, arm, undefined, key)?.median.toFixed(1) ?? '–';
  const split = (arm: string) => `JS ${part(arm, 'jsMs')}, compile ${part(arm, 'compileMs')}, style ${part(arm, 'styleMs')}, layout ${part(arm, 'layoutMs')} ms`;
  rows.push({ ...base, figure: '  of the time added: JS / compile / style / layout', unit: 'ms', summary: null, valueText: '(note)', note: `Briefings: ${split('EXT')}; IDEAL: ${split('IDEAL')} (the rest: paint, GC, task overhead)` });
  const cpu = (arm: string) => figure(samples, page.key, arm, 'cpuMs');
  const cpuNote = halves(samples, page.key, (arm, runs) => figureIn(samples, page.key, arm, 'cpuMs', runs));
  rows.push({ ...base, figure: 'IDEAL: extension CPU (profile)', unit: 'ms', summary: cpu('IDEAL'), note: 'samples with a frame of its code on the stack' });
  const cpuRow: Row = { ...base, figure: 'Briefings: extension CPU (profile)', unit: 'ms', summary: cpu('EXT'), note: cpuNote };
  rows.push(cpuLimit ? withTarget(cpuRow, ratio(cpu('EXT'), cpu('IDEAL')), 'IDEAL', cpuLimit) : withRatio(cpuRow, ratio(cpu('EXT'), cpu('IDEAL')), 'IDEAL'));
  return rows;
}

/**
 * Firefox's headline: the extension's CPU time from the Gecko profiler (main-thread samples with a frame of its code
 * on the stack, weighed by the thread CPU time each stands for), Briefings against IDEAL; sampled wall time beside
 * it. No TaskDuration over WebDriver BiDi, so no "main-thread time added" here.
 */
function firefoxHeadlineRows(samples: Samples, page: PageInfo): Row[] {
  const base = { browser: 'firefox', page: page.label };
  const cpu = (arm: string) => figure(samples, page.key, arm, 'cpuMs');
  const sampled = (arm: string) => figure(samples, page.key, arm, 'sampledMs')?.median.toFixed(1) ?? '–';
  const cpuNote = halves(samples, page.key, (arm, runs) => figureIn(samples, page.key, arm, 'cpuMs', runs), 'IDEAL');
  const row: Row = { ...base, figure: 'Briefings: extension CPU (Gecko profile)', unit: 'ms', summary: cpu('EXT'), note: [`sampled wall time ${sampled('EXT')} ms`, cpuNote].filter(Boolean).join('; ') };
  return [
    { ...base, figure: 'IDEAL: extension CPU (Gecko profile)', unit: 'ms', summary: cpu('IDEAL'), note: `thread CPU of samples with its frames; sampled wall time ${sampled('IDEAL')} ms` },
    CLEAN_PAGES.has(page.key) ? withTarget(row, ratio(cpu('EXT'), cpu('IDEAL')), 'IDEAL', TARGETS.firefoxVsIdealClean) : withRatio(row, ratio(cpu('EXT'), cpu('IDEAL')), 'IDEAL'),
  ];
}

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
  rows.push({ ...base, figure: 'PAINT to next frame', unit: 'ms', summary: paintFrame, ratio: ratio(paintFrame, floorJs) });
  if (markFrame) {
    rows.push({ ...base, figure: 'MARK (mark.js) script', unit: 'ms', summary: s('MARK', 'js') });
    rows.push({ ...base, figure: 'MARK to next frame', unit: 'ms', summary: markFrame });
  }
  const script = s('EXT', 'scriptMs');
  const painted = s('EXT', 'paintedMs');
  const is1mb = page.key === 'news1mb';
  const ideal = s('IDEAL', 'idealMs');
  rows.push({ ...base, figure: 'IDEAL script (content-start → done, one task)', unit: 'ms', summary: ideal, note: `matches highlighted: ${s('IDEAL', 'idealFound')?.median ?? '–'}` });
  const scriptRow: Row = { ...base, figure: 'Briefings script (content-start → scan-done)', unit: 'ms', summary: script, note: 'wall time: the idle wait and yields included' };
  rows.push(withRatio(scriptRow, ratio(script, floorJs), 'FLOOR'));
  const work = s('EXT', 'workMs');
  rows.push(withRatio({ ...base, figure: 'of which the scan (scan-start → scan-done)', unit: 'ms', summary: work, note: 'its yields to the page included' }, ratio(work, floorJs), 'FLOOR'));
  rows.push({ ...base, figure: 'of which before the scan (→ scan-start)', unit: 'ms', summary: s('EXT', 'waitMs'), note: 'at once: the idle wait (issue 6), the settings read, building the matcher from its build-time rules' });
  // Split out so the table shows how much of "before the scan" is the page's own work (the idle wait), not ours.
  rows.push({ ...base, figure: '  of those, settings read and matcher built (→ settings-loaded)', unit: 'ms', summary: s('EXT', 'readyMs'), note: 'the rest is the wait for the page to go idle' });
  const paintedRow: Row = { ...base, figure: 'extension content-start → highlights painted', unit: 'ms', summary: painted };
  const paintedRatio = ratio(painted, paintFrame);
  rows.push(withRatio(paintedRow, paintedRatio, 'PAINT'));
  if (markFrame && is1mb) {
    const r = ratio(markFrame, painted);
    rows.push({ ...base, figure: 'times faster than MARK to painted', unit: 'x', summary: single(r), note: 'MARK to next frame ÷ extension to painted (context, no longer a target)' });
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
  const without = s('NOEXT', 'taskMs');
  rows.push({ ...base, figure: 'main-thread TaskDuration (thread CPU time) without extension', unit: 'ms', summary: without, note: 'every arm profiled: the profiler’s cost is in all three' });
  for (const [arm, name] of [['IDEAL', 'IDEAL'], ['EXT', 'Briefings']] as const) {
    const withArm = s(arm, 'taskMs');
    rows.push(withRatio({ ...base, figure: `main-thread TaskDuration (thread CPU time) with ${name}`, unit: 'ms', summary: withArm }, ratio(withArm, without), 'without'));
  }
  const wallAdded = (arm: string) => minus(s(arm, 'wallTaskMs'), s('NOEXT', 'wallTaskMs'));
  rows.push({
    ...base,
    figure: 'main-thread TaskDuration in wall time, added by Briefings',
    unit: 'ms',
    summary: wallAdded('EXT'),
    note: `by IDEAL ${wallAdded('IDEAL')?.median.toFixed(1) ?? '–'} ms; median − median; wall time also counts the thread descheduled by other work on the machine`,
  });
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
    const cardRow: Row = { ...base, figure: 'hover intent → card painted, first hover of the page', unit: 'ms', summary: card, note: 'one hover per fresh load, after the costs are read' };
    rows.push(absolute(cardRow, TARGETS.cardMs, true));
  }
  return rows;
}

export function buildRows(input: {
  pages: PageInfo[];
  chromium: ChromiumResult | null;
  firefox: FirefoxResult | null;
  throughput: ThroughputResult;
  content: Size;
  /** The second stage, loaded only on pages with a candidate (absent in older inputs). */
  secondStage?: Size;
  /** The card, loaded on a page's first mention (absent in older inputs). */
  card?: Size;
  popup: Size;
}): Row[] {
  const rows: Row[] = [];
  for (const page of input.pages) {
    if (input.chromium) {
      rows.push(...headlineRows(input.chromium.samples, page));
      if (page.key !== 'spa') rows.push(...pageRows('chromium', input.chromium.samples, page));
      rows.push(...cdpRows(input.chromium.samples, page));
    }
  }
  if (input.firefox) {
    for (const page of input.pages.filter((p) => p.key !== 'spa')) {
      rows.push(...firefoxHeadlineRows(input.firefox.samples, page));
      rows.push(...pageRows('firefox', input.firefox.samples, page));
    }
  }
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
  for (const [figure, size] of [['content script second stage, gzipped', input.secondStage], ['content script card, gzipped', input.card]] as const) {
    if (size?.files.length) rows.push({ ...build, figure, unit: 'KB', summary: kb(size.gzip), note: size.files.join(' ') });
  }
  rows.push({ ...build, figure: 'popup, raw', unit: 'KB', summary: kb(input.popup.raw), note: input.popup.files.join(' ') });
  rows.push({ ...build, figure: 'popup, gzipped', unit: 'KB', summary: kb(input.popup.gzip) });
  return rows;
}
