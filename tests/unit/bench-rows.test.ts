// The bench's headline arithmetic on hand-made samples (no browser, no timing).
import { describe, expect, test } from 'vitest';
import type { Samples } from '../../scripts/bench/chromium-run.ts';
import { addedByRun, settled } from '../../scripts/bench/rows.ts';

/** Runs of one page: the page alone, with IDEAL and with Briefings, TaskDuration and extension CPU per run. */
function samplesOf(runs: { without: number; ideal: number; ext: number; idealCpu: number; extCpu: number }[]): Samples {
  return {
    page: {
      NOEXT: runs.map((r, run) => ({ run, taskMs: r.without, cpuMs: 0 })),
      IDEAL: runs.map((r, run) => ({ run, taskMs: r.ideal, cpuMs: r.idealCpu })),
      EXT: runs.map((r, run) => ({ run, taskMs: r.ext, cpuMs: r.extCpu })),
    },
  };
}

describe('bench headline', () => {
  test('main-thread time added is taken per run, so a slow run does not leak into the other arms', () => {
    // The machine slows down by 100 ms in the last two runs; every arm's load in those runs is slower alike.
    const samples = samplesOf([
      { without: 300, ideal: 320, ext: 330, idealCpu: 10, extCpu: 15 },
      { without: 302, ideal: 322, ext: 332, idealCpu: 10, extCpu: 15 },
      { without: 400, ideal: 420, ext: 430, idealCpu: 10, extCpu: 15 },
      { without: 401, ideal: 421, ext: 431, idealCpu: 10, extCpu: 15 },
    ]);
    expect(addedByRun(samples, 'page', 'IDEAL')!.median).toBe(20);
    expect(addedByRun(samples, 'page', 'EXT')!.median).toBe(30);
    expect(addedByRun(samples, 'page', 'EXT', (run) => run < 2)!.n).toBe(2);
    expect(settled(samples, 'page')).toBe(true);
  });

  test('not settled: too few runs, or the halves disagree', () => {
    const steady = { without: 300, ideal: 320, ext: 330, idealCpu: 10, extCpu: 15 };
    expect(settled(samplesOf([steady, steady, steady]), 'page')).toBe(false);
    // Briefings' CPU doubles in the second half: 1.5× then 3× IDEAL.
    expect(settled(samplesOf([steady, steady, { ...steady, extCpu: 30 }, { ...steady, extCpu: 30 }]), 'page')).toBe(false);
  });
});
