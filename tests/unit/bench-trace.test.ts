// The bench's task attribution on a hand-made trace (no browser, no timing).
import { describe, expect, test } from 'vitest';
import { extensionTasks } from '../../scripts/bench/trace.ts';

const EXT = 'chrome-extension://abc/';
const PAGE = 'http://127.0.0.1:1/feed.html';
const main = { pid: 1, tid: 1 };
const meta = { ...main, ph: 'M', name: 'thread_name', ts: 0, args: { name: 'CrRendererMain' } };
const task = (ts: number, ms: number) => ({ ...main, ph: 'X', name: 'RunTask', ts, dur: ms * 1000 });
const call = (ts: number, ms: number, url: string) => ({ ...main, ph: 'X', name: 'FunctionCall', ts, dur: ms * 1000, args: { data: { url } } });

describe('extensionTasks', () => {
  test("a task the extension starts counts whole; its code inside the page's task counts alone", () => {
    const trace = {
      traceEvents: [
        meta,
        // The extension's own task: 60 ms, its script first.
        task(0, 60),
        call(10, 55, `${EXT}content-scripts/content.js`),
        // The page's 120 ms append task, with the extension's 5 ms MutationObserver callback at its end.
        task(100_000, 120),
        call(100_010, 100, PAGE),
        call(215_000, 5, `${EXT}content-scripts/content.js`),
        // A page task with no extension code.
        task(300_000, 200),
        call(300_010, 190, PAGE),
      ],
    };
    const figures = extensionTasks(trace, EXT);
    expect(figures.extensionTasks).toBe(2);
    expect(figures.extensionLongestMs).toBe(60);
    expect(figures.extensionTotalMs).toBe(65);
    expect(figures.extensionLongTasks).toBe(1);
    expect(figures.threadLongestMs).toBe(200);
  });

  test('no extension code in the trace: nothing to attribute', () => {
    const figures = extensionTasks({ traceEvents: [meta, task(0, 80), call(5, 70, PAGE)] }, EXT);
    expect(figures.extensionLongestMs).toBeNull();
    expect(figures.extensionTasks).toBe(0);
  });
});
