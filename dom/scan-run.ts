// One run's text to mentions: the prefilter's test of the run, the matcher, the mentions it keeps (as live Ranges),
// and bare forms of earlier runs that this one confirmed. Holds no listener: nothing to tear down.
import type { TopicId } from '../briefings/types.ts';
import { CONFIDENCE } from '../core/disambiguate.ts';
import type { Prefilter } from '../core/prefilter.ts';
import type { Matcher, PageContext } from '../core/scan.ts';
import { survived } from '../core/debug.ts';
import { MAX_MENTIONS, newMentionId, type PageMentions, type TrackedMention } from './page-mentions.ts';
import { passStreak } from './prune.ts';
import type { ScanContext } from './scan-context.ts';
import { linesOf, showsLines } from './line-breaks.ts';
import { sentenceAround, TextMap } from './text-map.ts';
import type { TextRun } from './text-walker.ts';

/** A run longer than this (one huge text node) is matched in pieces of about this size, pausing in between. */
const PIECE_CHARS = 32768;

/**
 * Matches `run` and pushes what it finds onto `found`; returns whether it brought back a mention of an earlier run
 * (the batch is then out of document order).
 */
export interface ScanRun {
  (run: TextRun, found: TrackedMention[]): boolean;
  /**
   * At the end of a pass: the runs ruled out since the last match (a closing paragraph with no name) may still show
   * earlier bare forms to be the topic, as the command line's later lines do. Same return as a run's.
   */
  settle(found: TrackedMention[]): boolean;
}

export function createRunScanner(
  matcher: Matcher,
  pageContext: PageContext,
  mentions: PageMentions,
  context: ScanContext,
  prefilter?: Prefilter,
): ScanRun {
  // As for blocks (prune.ts): on a page dense with mentions a run's text would be read twice.
  const tests = passStreak();
  const keep = (found: TrackedMention[], topic: TopicId, surface: string, confidence: number, at: RunPlace, start: number, end: number) => {
    // Past the cap the matcher still runs (it carries the page's context on), but no Range is made.
    if (mentions.tracking().length + found.length >= MAX_MENTIONS) mentions.capped = true;
    else found.push(trackedMention(topic, surface, confidence, at.map.range(start, end), at.block, at.map.text, start, end));
  };
  /** Bare forms of earlier runs that the page has since shown to be the topic (a headline above its story) join now. */
  const joinPromoted = (found: TrackedMention[]) => {
    let joined = false;
    for (const p of pageContext.promoted.splice(0)) {
      const at = p.block as RunPlace | undefined;
      // Every text node of its run, not just the first: the page may have removed the part it was in.
      if (!at?.block.isConnected || !at.map.nodes.every((node) => node.isConnected) || !stillReads(at.map, p.start, p.end, p.surface)) continue;
      keep(found, p.topic, p.surface, CONFIDENCE.confirmedLater, at, p.start, p.end);
      joined = true;
    }
    return joined;
  };
  const scanRun = (run: TextRun, found: TrackedMention[]) => {
    const raw = run.raw;
    // A run left untested goes straight to the matcher, which finds nothing in it and moves the context on, as
    // catchUp would.
    if (prefilter && tests.worthTesting() && !tests.record(prefilter.mightMatch(raw))) {
      context.pass(run);
      return false;
    }
    context.catchUp();
    context.enter(run.block);
    // Lines the page shows as lines are read one by one (line-breaks.ts); most runs are one.
    const lines = showsLines(run.nodes[0]?.parentElement ?? null, raw) ? linesOf(raw) : [{ line: raw, at: 0 }];
    let joined = false;
    for (const { line, at } of lines) {
      const map = new TextMap(run.nodes, line, (run.offset ?? 0) + at);
      const place: RunPlace = { map, block: run.block };
      for (const m of matcher.scan(map.text, pageContext, place)) keep(found, m.topic, m.surface, m.confidence, place, m.start, m.end);
      // Bare forms of earlier runs that this one confirmed join where they are, if the page still has them.
      joined = joinPromoted(found) || joined;
    }
    return joined;
  };
  return Object.assign(scanRun, {
    settle(found: TrackedMention[]) {
      // (A passed block's words may already have confirmed some: core/scan.ts skip.)
      if (!pageContext.pending.length && !pageContext.promoted.length) return false;
      context.catchUp();
      return joinPromoted(found);
    },
  });
}

/**
 * A huge run (a 10 MB text node) in pieces, each cut after a sentence, to be matched with pauses between; a run of
 * ordinary size whole. The pieces' text is sliced from the run's, not copied.
 */
export function piecesOf(run: TextRun): TextRun[] {
  const raw = run.raw;
  if (raw.length <= PIECE_CHARS) return [run];
  const pieces: TextRun[] = [];
  for (let from = 0; from < raw.length; ) {
    let to = from + PIECE_CHARS;
    if (to < raw.length) {
      // After a sentence if one ends nearby, else after a space, so a name is not cut in two.
      const end = raw.indexOf('. ', to);
      const space = raw.indexOf(' ', to);
      to = end >= 0 && end < to + 4096 ? end + 2 : space >= 0 && space < to + 4096 ? space + 1 : to;
    }
    pieces.push({ ...run, raw: raw.slice(from, to), offset: from });
    from = to;
  }
  return pieces;
}

/** Whether a run's text still reads `surface` at [start, end) (the page may have edited it since). */
function stillReads(map: TextMap, start: number, end: number, surface: string): boolean {
  try {
    return map.range(start, end).toString().replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ') === surface;
  } catch (error) {
    survived('re-reading a confirmed mention', error);
    return false;
  }
}

/** Where a run's mentions are: its text map and block, kept with a bare form the page may name later. */
interface RunPlace {
  map: TextMap;
  block: Element;
}

/**
 * A found mention, tracked from now on. Its sentence (for the card's quotes and the popup's snippet) is read for a
 * few mentions, not by the scan: it is worked out when first asked for, from the run's text, all a mention keeps.
 */
function trackedMention(
  topic: TopicId,
  surface: string,
  confidence: number,
  range: Range,
  block: Element,
  text: string,
  start: number,
  end: number,
): TrackedMention {
  let sentence: string | undefined;
  return {
    id: newMentionId(),
    topic,
    surface,
    confidence,
    range,
    block,
    get context() {
      return (sentence ??= sentenceAround(text, start, end));
    },
  };
}
