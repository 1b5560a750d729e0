// Cooperative scheduling for page work: start when the page is idle, then run in short slices and give the main
// thread back in between, so no task of the extension's comes near 50 ms even on a 5 MB page.

interface SchedulerGlobal {
  scheduler?: { postTask?: (task: () => void, options?: { priority?: string }) => Promise<void> };
}

/** Resolves when the browser is idle (or after `timeoutMs`), or never if `signal` aborts first. */
export function whenIdle(view: Window, signal: AbortSignal, timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    const done = () => {
      signal.removeEventListener('abort', cancel);
      resolve();
    };
    const id =
      typeof view.requestIdleCallback === 'function'
        ? view.requestIdleCallback(done, { timeout: timeoutMs })
        : view.setTimeout(done, 1);
    const cancel = () =>
      typeof view.cancelIdleCallback === 'function' ? view.cancelIdleCallback(id) : view.clearTimeout(id);
    signal.addEventListener('abort', cancel, { once: true });
  });
}

/** Resolves after `ms`, or never if `signal` aborts first. */
export function delay(view: Window, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    const id = view.setTimeout(() => {
      signal.removeEventListener('abort', cancel);
      resolve();
    }, ms);
    const cancel = () => view.clearTimeout(id);
    signal.addEventListener('abort', cancel, { once: true });
  });
}

/** Resolves after the next frame has been produced (rAF, then a task): the highlights are on screen. */
export function afterNextPaint(view: Window): Promise<void> {
  return new Promise((resolve) => view.requestAnimationFrame(() => view.setTimeout(resolve, 0)));
}

export interface Slicer {
  /** True once the current slice has used its budget (the clock is read every 8th call). */
  shouldYield(): boolean;
  /** The same, reading the clock now: for steps that are each large (pieces of a huge text node). */
  overBudget(): boolean;
  /** Gives the main thread back until the next task. */
  yield(): Promise<void>;
}

// 25 ms, not less: every pause costs a task hop and whatever the page runs meanwhile, and at 8 ms a scan took several
// times its work (bench, 1 MB page); 25 ms of work plus the last block's stays well under the 50 ms long-task line.
export function createSlicer(view: Window, budgetMs = 25): Slicer {
  let sliceStart = performance.now();
  // Reading the clock from a content script costs about a microsecond: look at it every few blocks, not every one.
  let calls = 0;
  const scheduler = (view as unknown as SchedulerGlobal).scheduler;
  // A normal-priority task, not scheduler.yield(): a yield() continuation runs ahead of rendering, so a long scan
  // would hold frames back (measured: 100 ms frames on a 5 MB page); a posted task lets frames and input through.
  const nextTask = scheduler?.postTask
    ? () => scheduler.postTask!(() => undefined, { priority: 'user-visible' })
    : () => new Promise<void>((resolve) => view.setTimeout(resolve, 0));
  return {
    shouldYield: () => (++calls & 7) === 0 && performance.now() - sliceStart > budgetMs,
    overBudget: () => performance.now() - sliceStart > budgetMs,
    async yield() {
      await nextTask();
      calls = 0;
      sliceStart = performance.now();
    },
  };
}
