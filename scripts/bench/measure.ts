// One page load's measurements, the same in both browsers (CDP-only figures are added by chromium-run.ts).
import { createRequire } from 'node:module';
import { firstHighlightCentre, floor, highlightCount, inPage, mentionCount, markjs, paint, PAINT_STYLE, readEntries, settle, waitForEntry, type BaselineResult, type EntryTimes } from './in-page.ts';
import { IDEAL_MARKS } from './ideal.ts';
import { allNames, naivePattern } from './naive.ts';
import type { Tab } from './tabs.ts';

const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

export type Method = 'FLOOR' | 'PAINT' | 'MARK';

/** A baseline on a freshly loaded page: its script or style is loaded and the page settled before timing starts. */
export async function baseline(tab: Tab, url: string, method: Method): Promise<BaselineResult> {
  await tab.goto(url);
  if (method === 'MARK') await tab.addScript(MARK_JS);
  if (method === 'PAINT') await tab.addStyle(PAINT_STYLE);
  await tab.eval(inPage(settle));
  if (method === 'FLOOR') return tab.eval(inPage(floor, naivePattern()));
  if (method === 'PAINT') return tab.eval(inPage(paint, naivePattern()));
  return tab.eval(inPage(markjs, allNames()));
}

/** The extension's marks (the contract: docs/performance.md, "How the bench measured before issue 17"). */
export const MARKS = {
  start: 'briefings:content-start',
  scanStart: 'briefings:scan-start',
  settingsLoaded: 'briefings:settings-loaded',
  scanned: 'briefings:scan-done',
  painted: 'briefings:highlights-painted',
  toPainted: 'briefings:time-to-painted',
  hoverIntent: 'briefings:hover-intent',
  cardPainted: 'briefings:card-painted',
} as const;

/**
 * How long to wait for each mark. A mark the extension does not set yet would cost the full wait on every load, so
 * after one miss it is only checked briefly.
 */
export class MarkWaits {
  private readonly missed = new Set<string>();
  constructor(private readonly firstTimeoutMs = 15_000) {}
  async wait(tab: Tab, name: string): Promise<boolean> {
    const ok = await tab.eval<boolean>(inPage(waitForEntry, { name, timeoutMs: this.missed.has(name) ? 300 : this.firstTimeoutMs }));
    if (!ok) this.missed.add(name);
    return ok;
  }
  get missing(): string[] {
    return [...this.missed];
  }
}

export interface ExtensionFigures {
  /** content-start → scan-done (ms). */
  scriptMs: number | null;
  /** content-start → scan-start (ms): waiting for an idle moment and the settings, before any page work. */
  waitMs: number | null;
  /** content-start → settings-loaded (ms): the settings read and the matcher built; the rest of waitMs is the idle wait. */
  readyMs: number | null;
  /** scan-start → scan-done (ms): the scan itself, its yields to the page included. */
  workMs: number | null;
  /** content-start → highlights painted (ms): the 'briefings:time-to-painted' measure. */
  paintedMs: number | null;
  /** Mentions found (the extension's 'briefings:mentions' mark). */
  highlights: number;
  /** Ranges in the registered highlights: only those near the viewport once there are many. */
  registered: number;
  entries: EntryTimes;
}

const first = (entries: EntryTimes, name: string) => entries[name]?.[0];

/** A load's figures as one bench sample (the raw marks left out): the same fields in both browsers. */
export function extensionSample({ entries: _entries, ...figures }: ExtensionFigures): Record<string, number | null> {
  return figures;
}

/** Loads the page in the browser with the extension and waits for the content script's marks. */
export async function extensionLoad(tab: Tab, url: string, waits: MarkWaits): Promise<ExtensionFigures> {
  await tab.goto(url);
  if (await waits.wait(tab, MARKS.start)) {
    await waits.wait(tab, MARKS.scanned);
    await waits.wait(tab, MARKS.painted);
  }
  await tab.eval(inPage(settle));
  const entries = await tab.eval<EntryTimes>(inPage(readEntries, ['briefings:']));
  const start = first(entries, MARKS.start)?.[0];
  const scanned = first(entries, MARKS.scanned)?.[0];
  const scanStart = first(entries, MARKS.scanStart)?.[0];
  const ready = first(entries, MARKS.settingsLoaded)?.[0];
  const painted = first(entries, MARKS.painted)?.[0];
  const measure = first(entries, MARKS.toPainted)?.[1];
  return {
    scriptMs: start !== undefined && scanned !== undefined ? scanned - start : null,
    waitMs: start !== undefined && scanStart !== undefined ? scanStart - start : null,
    readyMs: start !== undefined && ready !== undefined ? ready - start : null,
    workMs: scanStart !== undefined && scanned !== undefined ? scanned - scanStart : null,
    paintedMs: measure ?? (start !== undefined && painted !== undefined ? painted - start : null),
    highlights: await tab.eval<number>(inPage(mentionCount)),
    registered: await tab.eval<number>(inPage(highlightCount)),
    entries,
  };
}

/** Points at the first highlighted mention and times hover intent → card painted (the card's own marks). */
export async function hoverCard(tab: Tab, waits: MarkWaits): Promise<number | null> {
  const target = await tab.eval<{ x: number; y: number } | null>(inPage(firstHighlightCentre));
  if (!target) return null;
  await tab.eval(inPage(settle));
  await tab.mouseMove(Math.max(0, target.x - 150), Math.max(0, target.y - 120));
  await tab.mouseMove(target.x, target.y, 4);
  if (!(await waits.wait(tab, MARKS.cardPainted))) return null;
  const entries = await tab.eval<EntryTimes>(inPage(readEntries, ['briefings:']));
  const card = entries[MARKS.cardPainted]?.at(-1)?.[0];
  const intent = entries[MARKS.hoverIntent]?.filter(([t]) => card === undefined || t <= card).at(-1)?.[0];
  return card !== undefined && intent !== undefined ? card - intent : null;
}

/**
 * IDEAL on a page already loaded (its tab's goto done): waits for its last mark, lets the page settle (its
 * highlights painted) and reads its own figures: content-start → done (its whole work, one synchronous task) and
 * the matches it highlighted.
 */
export async function idealLoad(tab: Tab, waits: MarkWaits): Promise<{ idealMs: number | null; idealFound: number | null }> {
  await waits.wait(tab, IDEAL_MARKS.done);
  await tab.eval(inPage(settle));
  const entries = await tab.eval<EntryTimes>(inPage(readEntries, ['ideal:']));
  const start = first(entries, IDEAL_MARKS.start)?.[0];
  const done = first(entries, IDEAL_MARKS.done)?.[0];
  const found = await tab.eval<number | null>(`(performance.getEntriesByName(${JSON.stringify(IDEAL_MARKS.done)})[0] || {}).detail ?? null`);
  return { idealMs: start !== undefined && done !== undefined ? done - start : null, idealFound: found };
}
