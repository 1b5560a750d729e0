// Firefox ESR: the baselines, Briefings' own marks, and Briefings against IDEAL in extension CPU time from the
// Gecko profiler (gecko-profile.ts). WebDriver BiDi has no CDP: no TaskDuration, heap or trace here, so the
// Firefox figure that counts is the extension's CPU time (its main-thread samples' thread CPU), every arm profiled.
import { rmSync } from 'node:fs';
import { FIREFOX_EXTENSION_ORIGIN, FirefoxSession } from '../../tests/e2e/harness/firefox.ts';
import type { BenchPage, Samples } from './chromium-run.ts';
import { startGeckoProfiler, stopGeckoProfiler } from './gecko-profile.ts';
import { IDEAL_FIREFOX_ORIGIN, IDEAL_FIREFOX_UUID, IDEAL_GECKO_ID, stageIdealForFirefox } from './ideal.ts';
import { baseline, extensionLoad, extensionSample, idealLoad, MarkWaits, type Method } from './measure.ts';
import { launchPlainFirefox, puppeteerTab } from './tabs.ts';

export interface FirefoxResult {
  version: string;
  samples: Samples;
  missingMarks: string[];
}

export async function runFirefox(options: { pages: BenchPage[]; runs: number; log: (line: string) => void }): Promise<FirefoxResult> {
  const ext = await FirefoxSession.launch();
  const idealDir = stageIdealForFirefox();
  const ideal = await launchPlainFirefox({ systemAccess: true, prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [IDEAL_GECKO_ID]: IDEAL_FIREFOX_UUID }) } });
  await ideal.installExtension(idealDir);
  const plain = await launchPlainFirefox();
  const samples: Samples = {};
  const push = (page: string, kase: string, sample: Record<string, number | null>) => ((samples[page] ??= {})[kase] ??= []).push(sample);
  const waits = new MarkWaits();
  try {
    for (let run = 0; run < options.runs; run++) {
      options.log(`firefox run ${run + 1}/${options.runs}`);
      for (const p of options.pages.filter((page) => !page.spa)) {
        const methods: Method[] = run < p.markRuns ? ['FLOOR', 'PAINT', 'MARK'] : ['FLOOR', 'PAINT'];
        for (const method of methods) {
          const tab = puppeteerTab(await plain.newPage());
          push(p.key, method, { ...(await baseline(tab, p.url, method)) });
          await tab.close();
        }
        // IDEAL and Briefings, in turn (order alternating by run), each load profiled from before its tab opens.
        for (const arm of run % 2 ? (['EXT', 'IDEAL'] as const) : (['IDEAL', 'EXT'] as const)) {
          const browser = arm === 'EXT' ? ext.puppeteerBrowser : ideal;
          await startGeckoProfiler(browser);
          const tab = puppeteerTab(await browser.newPage());
          let sample: Record<string, number | null>;
          if (arm === 'EXT') sample = extensionSample(await extensionLoad(tab, p.url, waits));
          else {
            await tab.goto(p.url);
            sample = await idealLoad(tab, waits);
          }
          const cpu = await stopGeckoProfiler(browser, arm === 'EXT' ? `${FIREFOX_EXTENSION_ORIGIN}/` : IDEAL_FIREFOX_ORIGIN);
          push(p.key, arm, { run, ...sample, cpuMs: cpu.cpu, sampledMs: cpu.time });
          await tab.close();
        }
      }
    }
    return { version: await plain.version(), samples, missingMarks: waits.missing };
  } finally {
    await ext.close();
    await ideal.close();
    await plain.close();
    rmSync(idealDir, { recursive: true, force: true });
  }
}
