// Chromium: every case, interleaved within each run, in three browsers: with Briefings, with IDEAL (the minimal
// reference extension, scripts/bench/ideal/) and with none. Every load is CDP-metered: main-thread time
// (Performance.getMetrics TaskDuration) and the extension's CPU time from a V8 sampling profile, plus JS heap; a
// trace of separate loads gives Briefings' longest task and, on request or on a missed target, a CPU profile says
// where its time goes.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { ChromiumSession } from '../../tests/e2e/harness/chromium.ts';
import { BUILD_DIRS } from '../../tests/e2e/harness/paths.ts';
import { feedLatency, inPage, settle, type FeedLatency } from './in-page.ts';
import { IDEAL_DIR, idealChromiumId } from './ideal.ts';
import { baseline, extensionLoad, extensionSample, hoverCard, idealLoad, MarkWaits, type Method } from './measure.ts';
import { extensionCpuMs, startProfile, stopProfile, takeProfile, type ProfileReport } from './profile.ts';
import { launchExtensionChromium, launchPlainChromium, playwrightTab } from './tabs.ts';
import { extensionTasks, TRACE_CATEGORIES, type TaskFigures } from './trace.ts';

export interface BenchPage {
  key: string;
  url: string;
  /** A feed that appends articles after load (no baselines: there is no single moment to time them from). */
  spa: boolean;
  /** In how many runs mark.js runs on it (the first ones). */
  markRuns: number;
}

/** One page load's figures; null = not measurable (yet). */
export type Sample = Record<string, number | null>;
export type Samples = Record<string, Record<string, Sample[]>>;

export interface ChromiumResult {
  version: string;
  extensionOrigin: string;
  samples: Samples;
  missingMarks: string[];
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/**
 * A fresh tab with Performance metrics and the sampling profiler on before navigation: TaskDuration counts from
 * Performance.enable, and the profile sees the whole load (content scripts included; both survive the tab's
 * navigation to the page's process). Every arm is profiled, so the profiler's own cost is in every arm alike.
 * Two sessions on the tab: `cdp` measures durations in the main thread's CPU time (timeDomain 'threadTicks'), so a
 * thread descheduled by other work on the machine does not count; `wall` in wall time, as context.
 */
async function openMetered(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession; wall: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const wall = await context.newCDPSession(page);
  // 'threadTicks' is in the protocol but not in playwright-core's types.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
  await startProfile(cdp);
  return { page, cdp, wall };
}

/**
 * Once the page is quiet: main-thread busy time since Performance.enable, in thread CPU time (the headline) and in
 * wall time (read first, so stopping the profiler is not in them), the extension's CPU time from the profile
 * (samples with one of its frames on the stack; 0 for an arm without extension) and the JS heap after a full GC.
 */
async function cost({ cdp, wall }: { cdp: CDPSession; wall: CDPSession }, extensionOrigin: string | null): Promise<Sample> {
  const m = await metrics(cdp);
  const taskMs = m.TaskDuration! * 1000;
  // Where main-thread time went, in the same time domain: for "of the time added" (rows.ts).
  const parts = { jsMs: m.ScriptDuration! * 1000, compileMs: m.V8CompileDuration! * 1000, styleMs: m.RecalcStyleDuration! * 1000, layoutMs: m.LayoutDuration! * 1000 };
  const wallTaskMs = (await metrics(wall)).TaskDuration! * 1000;
  const profile = await takeProfile(cdp);
  const cpuMs = extensionOrigin ? extensionCpuMs(profile, extensionOrigin) : 0;
  await cdp.send('HeapProfiler.collectGarbage');
  const heapMB = (await metrics(cdp)).JSHeapUsedSize! / 2 ** 20;
  return { taskMs, ...parts, wallTaskMs, cpuMs, heapMB };
}

const push = (samples: Samples, page: string, kase: string, sample: Sample) => ((samples[page] ??= {})[kase] ??= []).push(sample);

/** The three metered arms of every page and run: the page alone, with IDEAL, with Briefings. */
export const ARMS = ['NOEXT', 'IDEAL', 'EXT'] as const;
type Arm = (typeof ARMS)[number];

type RunOptions = {
  pages: BenchPage[];
  runs: number;
  /** Runs past `runs`, for the pages `settled` says are not settled yet. */
  maxRuns: number;
  settled: (samples: Samples, page: string) => boolean;
  traceRuns: number;
  log: (line: string) => void;
};

/** Each arm's browser context and the origin of its extension's code (null: no extension). */
interface ArmSetup {
  contexts: Record<Arm, BrowserContext>;
  origins: Record<Arm, string | null>;
  waits: MarkWaits;
}

/** One metered load of a page in one arm: the arm's own waits, then its costs (and, for Briefings, the card). */
async function meteredLoad(setup: ArmSetup, p: BenchPage, arm: Arm): Promise<Sample> {
  const origin = setup.origins[arm];
  const metered = await openMetered(setup.contexts[arm]);
  const { page } = metered;
  const tab = playwrightTab(page);
  try {
    if (p.spa) {
      await tab.goto(p.url);
      // The feed starts appending after load. With Briefings, feedLatency follows every append until it is
      // highlighted; elsewhere the same frame loop runs until the last append.
      const feed = await tab.eval<FeedLatency>(inPage(feedLatency, { follow: arm === 'EXT' }));
      await tab.eval(inPage(settle));
      if (arm !== 'EXT') return await cost(metered, origin);
      const sorted = [...feed.latencies].sort((a, b) => a - b);
      return {
        appendMedianMs: sorted[sorted.length >> 1] ?? null,
        appendMaxMs: sorted.at(-1) ?? null,
        missedAppends: feed.missed,
        highlights: feed.highlights,
        ...(await cost(metered, origin)),
      };
    }
    if (arm === 'EXT') {
      const sample = { ...extensionSample(await extensionLoad(tab, p.url, setup.waits)), ...(await cost(metered, origin)) };
      // After the costs are read: the first hover of this page, its card painted.
      if (p.key === 'news1mb') sample.cardMs = await hoverCard(tab, setup.waits);
      return sample;
    }
    await tab.goto(p.url);
    if (arm === 'IDEAL') {
      const figures = await idealLoad(tab, setup.waits);
      return { ...figures, ...(await cost(metered, origin)) };
    }
    await tab.eval(inPage(settle));
    return await cost(metered, null);
  } finally {
    await tab.close();
  }
}

/** The timed runs: baselines in the plain browser, then the three arms of every page, into `samples`. */
async function timedRuns(options: RunOptions, setup: ArmSetup, samples: Samples): Promise<void> {
  for (let run = 0; run < options.maxRuns; run++) {
    // Past the planned runs, only the pages whose Briefings ÷ IDEAL ratios still move.
    const pages = run < options.runs ? options.pages : options.pages.filter((p) => !options.settled(samples, p.key));
    if (!pages.length) break;
    options.log(run < options.runs ? `chromium run ${run + 1}/${options.runs}` : `chromium run ${run + 1} (extra, up to ${options.maxRuns}; not settled: ${pages.map((p) => p.key).join(', ')})`);
    for (const p of pages) {
      // Baselines (context rows) in the planned runs only.
      if (!p.spa && run < options.runs) {
        const methods: Method[] = run < p.markRuns ? ['FLOOR', 'PAINT', 'MARK'] : ['FLOOR', 'PAINT'];
        for (const method of methods) {
          const tab = playwrightTab(await setup.contexts.NOEXT.newPage());
          push(samples, p.key, method, { ...(await baseline(tab, p.url, method)) });
          await tab.close();
        }
      }
      // The arms in a different order every run, so drift and warm-up do not favour one of them; each sample
      // keeps its run so with − without can be taken pairwise.
      for (let k = 0; k < ARMS.length; k++) {
        const arm = ARMS[(run + k) % ARMS.length]!;
        push(samples, p.key, arm, { run, ...(await meteredLoad(setup, p, arm)) });
      }
    }
  }
}

/** Traced loads with Briefings, apart from the timed ones (tracing slows the page down), into `samples`. */
async function tracedRuns(options: RunOptions, setup: ArmSetup, samples: Samples): Promise<void> {
  const context = setup.contexts.EXT;
  const browser = context.browser();
  for (let run = 0; browser && run < options.traceRuns; run++) {
    options.log(`chromium trace ${run + 1}/${options.traceRuns}`);
    for (const p of options.pages) {
      const page = await context.newPage();
      const tab = playwrightTab(page);
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      if (p.spa) {
        await tab.goto(p.url);
        await tab.eval(inPage(feedLatency, { follow: true }));
      } else await extensionLoad(tab, p.url, setup.waits);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      const figures: TaskFigures = extensionTasks(trace, setup.origins.EXT!);
      push(samples, p.key, 'TRACE', { ...figures });
      await tab.close();
    }
  }
}

export async function runChromium(options: RunOptions): Promise<ChromiumResult> {
  const ext = await ChromiumSession.launch();
  const ideal = await launchExtensionChromium(IDEAL_DIR);
  const plain = await launchPlainChromium();
  // Any extension's code in Briefings' own browser is Briefings': its second stage (stage2.js) runs from a
  // per-session URL whose id is not ext.extensionId (use_dynamic_url, docs/performance.md "Two stages").
  const extensionOrigin = 'chrome-extension://';
  const setup: ArmSetup = {
    contexts: { EXT: ext.context, IDEAL: ideal.context, NOEXT: plain.context },
    origins: { EXT: extensionOrigin, IDEAL: `chrome-extension://${idealChromiumId()}/`, NOEXT: null },
    waits: new MarkWaits(),
  };
  const samples: Samples = {};
  try {
    await timedRuns(options, setup, samples);
    await tracedRuns(options, setup, samples);
    const browser = ext.context.browser();
    return { version: browser?.version() ?? 'unknown', extensionOrigin, samples, missingMarks: setup.waits.missing };
  } finally {
    await ext.close();
    await ideal.close();
    await plain.close();
  }
}

/**
 * One CPU profile with the extension: of a page load ('load'), of the feed ('feed'), or of hovering a mention on an
 * already highlighted page until the card is painted ('card').
 */
export async function profileChromium(url: string, kind: 'load' | 'feed' | 'card'): Promise<ProfileReport> {
  const ext = await ChromiumSession.launch();
  try {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const tab = playwrightTab(page);
    const waits = new MarkWaits();
    if (kind === 'card') await extensionLoad(tab, url, waits);
    await startProfile(cdp);
    if (kind === 'feed') {
      await tab.goto(url);
      await tab.eval(inPage(feedLatency, { follow: true }));
    } else if (kind === 'load') await extensionLoad(tab, url, waits);
    else await hoverCard(tab, waits);
    return await stopProfile(cdp, BUILD_DIRS.chromium, 'chrome-extension://');
  } finally {
    await ext.close();
  }
}
