// Chromium: every case, interleaved within each run, in one browser with the extension and one without; CDP adds
// main-thread time (Performance.getMetrics TaskDuration), JS heap, a trace for the extension's longest task and,
// on request, a CPU profile.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { ChromiumSession } from '../../tests/e2e/harness/chromium.ts';
import { BUILD_DIRS } from '../../tests/e2e/harness/paths.ts';
import { feedLatency, inPage, settle, type FeedLatency } from './in-page.ts';
import { baseline, extensionLoad, extensionSample, hoverCard, isolatedFloor, MarkWaits, type Method } from './measure.ts';
import { startProfile, stopProfile, type ProfileReport } from './profile.ts';
import { launchPlainChromium, playwrightTab } from './tabs.ts';
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

/** A fresh tab with Performance metrics on before navigation: TaskDuration counts from Performance.enable. */
async function openMetered(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/** Main-thread busy time since Performance.enable and the JS heap after a full GC, once the page is quiet. */
async function cost(cdp: CDPSession): Promise<Sample> {
  const taskMs = (await metrics(cdp)).TaskDuration! * 1000;
  await cdp.send('HeapProfiler.collectGarbage');
  const heapMB = (await metrics(cdp)).JSHeapUsedSize! / 2 ** 20;
  return { taskMs, heapMB };
}

const push = (samples: Samples, page: string, kase: string, sample: Sample) => ((samples[page] ??= {})[kase] ??= []).push(sample);

export async function runChromium(options: {
  pages: BenchPage[];
  runs: number;
  traceRuns: number;
  log: (line: string) => void;
}): Promise<ChromiumResult> {
  const ext = await ChromiumSession.launch();
  const plain = await launchPlainChromium();
  const extensionOrigin = `chrome-extension://${ext.extensionId}/`;
  const samples: Samples = {};
  const waits = new MarkWaits();
  try {
    for (let run = 0; run < options.runs; run++) {
      options.log(`chromium run ${run + 1}/${options.runs}`);
      for (const p of options.pages) {
        if (!p.spa) {
          const methods: Method[] = run < p.markRuns ? ['FLOOR', 'PAINT', 'MARK'] : ['FLOOR', 'PAINT'];
          for (const method of methods) {
            const tab = playwrightTab(await plain.context.newPage());
            push(samples, p.key, method, { ...(await baseline(tab, p.url, method)) });
            await tab.close();
          }
          {
            const page = await plain.context.newPage();
            const cdp = await plain.context.newCDPSession(page);
            push(samples, p.key, 'FLOOR_ISOLATED', { ...(await isolatedFloor(playwrightTab(page), p.url, cdp)) });
            await page.close();
          }
        }
        // With the extension: its marks, then (page quiet) main-thread time and heap, then the card on hover.
        {
          const { page, cdp } = await openMetered(ext.context);
          const tab = playwrightTab(page);
          let sample: Sample;
          if (p.spa) {
            await tab.goto(p.url);
            // The feed starts appending after load; feedLatency follows every append until it is highlighted.
            const feed = await tab.eval<FeedLatency>(inPage(feedLatency));
            const sorted = [...feed.latencies].sort((a, b) => a - b);
            sample = {
              appendMedianMs: sorted[sorted.length >> 1] ?? null,
              appendMaxMs: sorted.at(-1) ?? null,
              missedAppends: feed.missed,
              highlights: feed.highlights,
              ...(await cost(cdp)),
            };
          } else {
            const figures = await extensionLoad(tab, p.url, waits);
            sample = { ...extensionSample(figures), ...(await cost(cdp)) };
            if (p.key === 'news1mb') sample.cardMs = await hoverCard(tab, waits);
          }
          push(samples, p.key, 'EXT', sample);
          await tab.close();
        }
        // Without: the same page and the same waits, in the browser that has no extension.
        {
          const { page, cdp } = await openMetered(plain.context);
          const tab = playwrightTab(page);
          if (p.spa) {
            await tab.goto(p.url);
            await tab.eval(inPage(feedLatency));
          } else {
            await tab.goto(p.url);
            await tab.eval(inPage(settle));
          }
          push(samples, p.key, 'NOEXT', await cost(cdp));
          await tab.close();
        }
      }
    }
    // Traced loads apart from the timed ones: tracing slows the page down.
    const browser = ext.context.browser();
    for (let run = 0; browser && run < options.traceRuns; run++) {
      options.log(`chromium trace ${run + 1}/${options.traceRuns}`);
      for (const p of options.pages) {
        const page = await ext.context.newPage();
        const tab = playwrightTab(page);
        await browser.startTracing(page, { categories: TRACE_CATEGORIES });
        if (p.spa) {
          await tab.goto(p.url);
          await tab.eval(inPage(feedLatency));
        } else await extensionLoad(tab, p.url, waits);
        const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
        const figures: TaskFigures = extensionTasks(trace, extensionOrigin);
        push(samples, p.key, 'TRACE', { ...figures });
        await tab.close();
      }
    }
    return { version: browser?.version() ?? 'unknown', extensionOrigin, samples, missingMarks: waits.missing };
  } finally {
    await ext.close();
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
      await tab.eval(inPage(feedLatency));
    } else if (kind === 'load') await extensionLoad(tab, url, waits);
    else await hoverCard(tab, waits);
    return await stopProfile(cdp, BUILD_DIRS.chromium, `chrome-extension://${ext.extensionId}/`);
  } finally {
    await ext.close();
  }
}
