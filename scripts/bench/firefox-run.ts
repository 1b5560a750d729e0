// Firefox ESR: the baselines and the extension's own marks (no CDP over WebDriver BiDi, so no main-thread time,
// heap or trace here).
import { FirefoxSession } from '../../tests/e2e/harness/firefox.ts';
import type { BenchPage, Samples } from './chromium-run.ts';
import { baseline, extensionLoad, extensionSample, MarkWaits, type Method } from './measure.ts';
import { launchPlainFirefox, puppeteerTab } from './tabs.ts';

export interface FirefoxResult {
  version: string;
  samples: Samples;
  missingMarks: string[];
}

export async function runFirefox(options: { pages: BenchPage[]; runs: number; log: (line: string) => void }): Promise<FirefoxResult> {
  const ext = await FirefoxSession.launch();
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
        const tab = puppeteerTab(await ext.puppeteerBrowser.newPage());
        const figures = await extensionLoad(tab, p.url, waits);
        push(p.key, 'EXT', extensionSample(figures));
        await tab.close();
      }
    }
    return { version: await plain.version(), samples, missingMarks: waits.missing };
  } finally {
    await ext.close();
    await plain.close();
  }
}
