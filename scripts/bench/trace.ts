// Finds the extension's longest main-thread task in a Chromium trace. Long Tasks / long-animation-frame entries
// cannot say whose a task is (Chromium leaves extension scripts out of LoAF `scripts` for privacy), but the trace
// can: a task is the extension's when any script event inside it (EvaluateScript, FunctionCall, v8.compile…) comes
// from the extension's origin.

/** Categories that give RunTask boundaries and script URLs on the renderer main thread. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline', 'v8.execute'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; stackTrace?: { url?: string }[] } };
}

export interface TaskFigures {
  /** Longest task running the extension's code (ms), null when its code never ran in this trace. */
  extensionLongestMs: number | null;
  /** Sum of those tasks (ms). */
  extensionTotalMs: number;
  /** Number of tasks running the extension's code, and how many of them were over 50 ms. */
  extensionTasks: number;
  extensionLongTasks: number;
  /** Longest task on the same thread, whoever ran it (page parsing included), for scale. */
  threadLongestMs: number;
}

function urlOf(e: TraceEvent): string | undefined {
  return e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url;
}

/** Events that run script; the first one inside a task says whose task it is. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire', 'EventDispatch', 'FireAnimationFrame']);

/**
 * A task is the extension's when the first script it runs is the extension's (the content script's injection, its
 * timers, its message or idle callbacks). When the extension's code runs inside someone else's task (a
 * MutationObserver callback at the end of the page's own append task), only that code's time counts for it.
 */
export function extensionTasks(trace: unknown, extensionOrigin: string): TaskFigures {
  const events: TraceEvent[] = Array.isArray(trace) ? trace : (trace as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const isExtension = (e: TraceEvent) => urlOf(e)?.startsWith(extensionOrigin) ?? false;
  // The page's renderer main thread is the one where the extension's code ran (other renderers are idle tabs).
  const firstExtension = events.find((e) => mainThreads.has(`${e.pid}:${e.tid}`) && isExtension(e));
  const thread = firstExtension ? `${firstExtension.pid}:${firstExtension.tid}` : null;
  const onThread = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && `${e.pid}:${e.tid}` === thread).sort((a, b) => a.ts - b.ts);
  const tasks = onThread.filter((e) => e.name === 'RunTask');
  const scripts = onThread.filter((e) => SCRIPT_EVENTS.has(e.name) && urlOf(e));
  const durations: number[] = [];
  let threadLongestMs = 0;
  let k = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    threadLongestMs = Math.max(threadLongestMs, task.dur! / 1000);
    while (k < scripts.length && scripts[k]!.ts < task.ts) k++;
    const inside: TraceEvent[] = [];
    for (let j = k; j < scripts.length && scripts[j]!.ts <= end; j++) inside.push(scripts[j]!);
    if (!inside.some(isExtension)) continue;
    if (isExtension(inside[0]!)) {
      durations.push(task.dur! / 1000);
      continue;
    }
    // Someone else's task: the extension's outermost script events inside it.
    let own = 0;
    let coveredUntil = -1;
    for (const e of inside) {
      if (!isExtension(e) || e.ts < coveredUntil) continue;
      own += e.dur!;
      coveredUntil = e.ts + e.dur!;
    }
    durations.push(own / 1000);
  }
  return {
    extensionLongestMs: durations.length ? Math.max(...durations) : null,
    extensionTotalMs: durations.reduce((a, b) => a + b, 0),
    extensionTasks: durations.length,
    extensionLongTasks: durations.filter((d) => d > 50).length,
    threadLongestMs,
  };
}
