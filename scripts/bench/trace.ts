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

export function extensionTasks(trace: unknown, extensionOrigin: string): TaskFigures {
  const events: TraceEvent[] = Array.isArray(trace) ? trace : (trace as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's renderer main thread is the one where the extension's code ran (other renderers are idle tabs).
  const extensionEvents = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`) && urlOf(e)?.startsWith(extensionOrigin));
  const thread = extensionEvents[0] ? `${extensionEvents[0].pid}:${extensionEvents[0].tid}` : null;
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && typeof e.dur === 'number' && `${e.pid}:${e.tid}` === thread)
    .sort((a, b) => a.ts - b.ts);
  const mine = new Set<TraceEvent>();
  for (const e of extensionEvents) {
    // Innermost enclosing task: the last one starting at or before the event that also ends after it.
    let lo = 0;
    let hi = tasks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid]!.ts <= e.ts) (found = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    for (let i = found; i >= 0 && i >= found - 3; i--) {
      const t = tasks[i]!;
      if (t.ts + t.dur! >= e.ts) {
        mine.add(t);
        break;
      }
    }
  }
  const durations = [...mine].map((t) => t.dur! / 1000);
  return {
    extensionLongestMs: durations.length ? Math.max(...durations) : null,
    extensionTotalMs: durations.reduce((a, b) => a + b, 0),
    extensionTasks: durations.length,
    extensionLongTasks: durations.filter((d) => d > 50).length,
    threadLongestMs: tasks.reduce((m, t) => Math.max(m, t.dur! / 1000), 0),
  };
}
