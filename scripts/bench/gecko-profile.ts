// Firefox's counterpart of profile.ts: the extension's CPU time from the Gecko profiler. WebDriver BiDi has no
// profiler, but the bench's Firefox runs with --remote-allow-system-access (tests/e2e/harness/firefox.ts), so the
// driver can run privileged script in the browser's chrome window, where `Services.profiler` starts and stops the
// Gecko profiler for every process and returns the profile. The attribution runs there too (the profile of every
// process is large; only the figure comes back): `geckoExtensionCpuMs` is serialized, so it is self-contained.
import type { Browser } from 'puppeteer-core';
import { evaluateInChrome } from '../../tests/e2e/harness/firefox.ts';

/** Sampling interval of the Gecko profiler (ms), the same in every arm. */
export const GECKO_INTERVAL_MS = 0.25;

interface Table {
  schema: Record<string, number>;
  data: (number | null)[][];
}
/** The raw ("gecko") profile format Services.profiler.getProfileDataAsync returns: one entry per thread. */
export interface GeckoThread {
  name: string;
  samples: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable: string[];
}
export interface GeckoProfile {
  meta?: { interval?: number; sampleUnits?: { threadCPUDelta?: string } };
  threads: GeckoThread[];
  /** Child processes' profiles (content processes): objects, or JSON strings in some versions. */
  processes?: (GeckoProfile | string)[];
}

/**
 * The extension's CPU time (ms) in a Gecko profile of every process: over the main threads ("GeckoMain"), every
 * sample whose stack holds a frame whose location names the extension's origin (a JS frame's location reads
 * "fn (moz-extension://…/content.js:1:2)"), so the DOM and regex calls made from its code (label frames under
 * it) count. A sample weighs the CPU its thread used since the previous sample (threadCPUDelta, in the unit
 * meta.sampleUnits gives) or, where the profile has no CPU figures, the time since the previous sample.
 */
export function geckoExtensionCpuMs(profile: GeckoProfile, extensionOrigin: string, weight: 'cpu' | 'time' = 'cpu'): number {
  let ms = 0;
  const visit = (p: GeckoProfile) => {
    const unit = p.meta?.sampleUnits?.threadCPUDelta;
    const cpuScale = weight === 'time' ? null : unit === 'ns' ? 1e-6 : unit === 'µs' ? 1e-3 : null;
    for (const thread of p.threads ?? []) {
      if (thread.name !== 'GeckoMain') continue;
      const strings = thread.stringTable;
      const frameLocation = thread.frameTable.schema.location!;
      const frameIsOurs = thread.frameTable.data.map((row) => strings[row[frameLocation] as number]?.includes(extensionOrigin) ?? false);
      const prefixCol = thread.stackTable.schema.prefix!;
      const frameCol = thread.stackTable.schema.frame!;
      // A stack's prefix always comes before it in the table, so one pass in order settles every stack.
      const stackIsOurs: boolean[] = [];
      thread.stackTable.data.forEach((row, i) => {
        const prefix = row[prefixCol];
        stackIsOurs[i] = frameIsOurs[row[frameCol] as number]! || (prefix !== null && prefix !== undefined && stackIsOurs[prefix]!);
      });
      const stackCol = thread.samples.schema.stack!;
      const timeCol = thread.samples.schema.time;
      const cpuCol = thread.samples.schema.threadCPUDelta;
      const rows = thread.samples.data;
      rows.forEach((row, i) => {
        const stack = row[stackCol];
        if (stack === null || stack === undefined || !stackIsOurs[stack]) return;
        const cpu = cpuCol === undefined ? null : row[cpuCol];
        if (cpuScale !== null && typeof cpu === 'number') ms += cpu * cpuScale;
        else if (timeCol !== undefined && i > 0) ms += (row[timeCol] as number) - (rows[i - 1]![timeCol] as number);
      });
    }
    for (const child of p.processes ?? []) visit(typeof child === 'string' ? (JSON.parse(child) as GeckoProfile) : child);
  };
  visit(profile);
  return ms;
}

/** Runs `source` (a function expression of one argument) in the chrome window; no tsx `__name` helper there. */
function inChrome<R>(browser: Browser, source: string, arg: unknown): Promise<R> {
  // A Function object's own text is what evaluateInChrome serializes, so the source goes in verbatim.
  const fn = new Function('arg', `const __name = (f) => f; return (${source})(arg);`) as (arg: unknown) => Promise<R>;
  return evaluateInChrome(browser, fn, arg);
}

/** Starts the Gecko profiler (JS stacks, CPU use, main threads of every process); restarts it if it was running. */
export async function startGeckoProfiler(browser: Browser): Promise<void> {
  await inChrome(
    browser,
    String((interval: number) => {
      const { Services } = globalThis as never as { Services: { profiler: { StartProfiler(...a: unknown[]): void } } };
      Services.profiler.StartProfiler(1 << 24, interval, ['js', 'cpu', 'stackwalk'], ['GeckoMain']);
    }),
    GECKO_INTERVAL_MS,
  );
}

/** Stops the profiler and returns the extension's CPU time (ms) in what it recorded. */
export async function stopGeckoProfiler(browser: Browser, extensionOrigin: string): Promise<{ cpu: number; time: number; unit: string | null }> {
  return inChrome(
    browser,
    `async ({ origin }) => {
      const profiler = globalThis.Services.profiler;
      const profile = await profiler.getProfileDataAsync();
      profiler.StopProfiler();
      const f = ${geckoExtensionCpuMs.toString()};
      return { cpu: f(profile, origin, 'cpu'), time: f(profile, origin, 'time'), unit: profile.meta?.sampleUnits?.threadCPUDelta ?? null };
    }`,
    { origin: extensionOrigin },
  );
}
