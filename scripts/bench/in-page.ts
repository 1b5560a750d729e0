// Code that runs inside the measured page's main world (serialized by the driver, so each function is
// self-contained: no imports, no outer variables). Times come from the page's own performance.now().
//
// `inPage(fn, arg)` turns a function into an expression string: tsx (esbuild keepNames) wraps nested functions in
// `__name(...)`, which does not exist in the page, so the wrapper defines it. Strings also work for both drivers.

export function inPage<A>(fn: (arg: A) => unknown, arg?: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`;
}

/** One pattern for every baseline: see naive.ts. */
export interface PatternArg {
  source: string;
  flags: string;
}

export interface BaselineResult {
  matches: number;
  /** Synchronous work until done (ms). */
  js: number;
  /** js plus the wait until after the next rendered frame: style, layout and paint included (ms). */
  frame: number;
}

/** Before timing: the page's own first layout and paint must not be billed to the method. */
export function settle(): Promise<void> {
  return new Promise((resolve) => {
    void document.body.offsetHeight;
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)));
  });
}

/** FLOOR: one TreeWalker pass and one combined regex; collects (node, index, length), changes nothing. */
export async function floor(pattern: PatternArg): Promise<BaselineResult> {
  const t0 = performance.now();
  const re = new RegExp(pattern.source, pattern.flags);
  const hits: unknown[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const text = n.data;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push(n, m.index, m[0].length);
  }
  const js = performance.now() - t0;
  // Next rendered frame: rAF callback, then a task after it (the frame has been produced by then).
  await new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  }));
  (window as unknown as { __benchKeep: unknown }).__benchKeep = hits;
  return { matches: hits.length / 3, js, frame: performance.now() - t0 };
}

export const PAINT_STYLE = '::highlight(bench-paint){background-color:#fff3a0;color:inherit}';

/**
 * PAINT: FLOOR's matches as one Range each in one CSS highlight, its ::highlight rule loaded before timing (what a
 * manifest content_scripts[].css gives an extension), timed to the next rendered frame: the least painting costs.
 */
export async function paint(pattern: PatternArg): Promise<BaselineResult> {
  const t0 = performance.now();
  const re = new RegExp(pattern.source, pattern.flags);
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const text = n.data;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const range = new Range();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      highlight.add(range);
    }
  }
  CSS.highlights.set('bench-paint', highlight);
  const js = performance.now() - t0;
  await new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  }));
  return { matches: highlight.size, js, frame: performance.now() - t0 };
}

/** MARK: mark.js (injected before timing) highlighting the same names with <mark> elements. */
export async function markjs(terms: string[]): Promise<BaselineResult> {
  type MarkJs = new (el: Element) => { mark(t: string[], o: object): void };
  const Mark = (window as unknown as { Mark: MarkJs }).Mark;
  const t0 = performance.now();
  const matches = await new Promise<number>((resolve) =>
    new Mark(document.body).mark(terms, { separateWordSearch: false, accuracy: 'exactly', done: resolve }),
  );
  const js = performance.now() - t0;
  await new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  }));
  return { matches, js, frame: performance.now() - t0 };
}

/** Resolves when a mark or measure of that name exists (buffered observer: no polling), or false on timeout. */
export function waitForEntry(arg: { name: string; timeoutMs: number }): Promise<boolean> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName(arg.name).length) return resolve(true);
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, arg.timeoutMs);
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName(arg.name).length) return;
      clearTimeout(timer);
      observer.disconnect();
      resolve(true);
    });
    observer.observe({ entryTypes: ['mark', 'measure'] });
  });
}

export interface EntryTimes {
  /** name → [startTime, duration] of every entry with that name, in order. */
  [name: string]: [number, number][];
}

/** Every mark and measure whose name starts with one of the prefixes. */
export function readEntries(prefixes: string[]): EntryTimes {
  const out: EntryTimes = {};
  for (const e of [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')]) {
    if (!prefixes.some((p) => e.name.startsWith(p))) continue;
    (out[e.name] ??= []).push([e.startTime, e.duration]);
  }
  return out;
}

/** Ranges in every registered CSS highlight (the registry is per document, so the main world sees the extension's). */
export function highlightCount(): number {
  let n = 0;
  for (const [, highlight] of CSS.highlights) n += highlight.size;
  return n;
}

/**
 * Mentions the extension has found (all topics): the detail of its 'briefings:mentions' mark. The highlights hold
 * only the ranges near the viewport once a page has many (dom/viewport-window.ts), so they no longer count them.
 */
export function mentionCount(): number {
  const entry = performance.getEntriesByName('briefings:mentions').at(-1) as PerformanceMark | undefined;
  return typeof entry?.detail === 'number' ? entry.detail : 0;
}

/**
 * Scrolls the first highlighted range into the middle of the viewport and returns its centre in viewport
 * coordinates, or null when nothing is highlighted.
 */
export function firstHighlightCentre(): { x: number; y: number; text: string } | null {
  for (const [, highlight] of CSS.highlights) {
    for (const range of highlight) {
      if (!(range instanceof Range)) continue;
      const node = range.startContainer.parentElement;
      node?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (!rect || rect.width === 0) continue;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
    }
  }
  return null;
}

export interface FeedLatency {
  /** Per appended article that brought mentions: ms from its append to the first frame showing them all. */
  latencies: number[];
  highlights: number;
  /** Articles whose mentions were never all highlighted (within 3 s of the last append). */
  missed: number;
}

/**
 * Watches the feed page (pages.ts generateSpaPage) frame by frame: for every append that brought mentions, the time
 * until the highlight count first reaches the page's running total. Resolves when all are highlighted or 3 s after
 * the last append.
 */
export function feedLatency(arg: { follow: boolean } | null): Promise<FeedLatency> {
  // follow false (no Briefings in this browser): the same frame loop, until the frame after the last append.
  const follow = arg?.follow ?? true;
  type Feed = { appendedAt: number[]; mentionsAfter: number[] };
  const feed = (window as unknown as { __feed: Feed }).__feed;
  // Found and published (painted where near the viewport; the feed grows below it): the extension's mark.
  const count = () => {
    const entry = performance.getEntriesByName('briefings:mentions').at(-1) as PerformanceMark | undefined;
    return typeof entry?.detail === 'number' ? entry.detail : 0;
  };
  const total = feed.mentionsAfter.length;
  const reachedAt: (number | undefined)[] = [];
  return new Promise((resolve) => {
    const tick = (now: number) => {
      const n = count();
      for (let i = 0; i < feed.appendedAt.length; i++) if (reachedAt[i] === undefined && n >= feed.mentionsAfter[i]!) reachedAt[i] = now;
      const last = feed.appendedAt[total - 1];
      const allDone = feed.appendedAt.length === total && reachedAt.filter((t) => t !== undefined).length === total;
      if (!follow && last !== undefined) resolve({ latencies: [], highlights: n, missed: 0 });
      else if (allDone || (last !== undefined && now - last > 3000)) {
        const latencies: number[] = [];
        let missed = 0;
        for (let i = 0; i < total; i++) {
          const brought = feed.mentionsAfter[i]! - (feed.mentionsAfter[i - 1] ?? 0);
          if (!brought) continue;
          const at = reachedAt[i];
          if (at === undefined) missed++;
          else latencies.push(Math.max(0, at - feed.appendedAt[i]!));
        }
        resolve({ latencies, highlights: n, missed });
      } else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
