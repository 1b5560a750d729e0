// The matcher against the naive combined regex on a few MB of plain news text, in Node: same process, same text,
// runs interleaved so drift hits both alike.
import { BRIEFINGS } from '../../briefings/index.ts';
import { naiveRegex } from './naive.ts';
import { generateArticles } from './pages.ts';
import { summarize, type Summary } from './stats.ts';

/** What the bench needs from core/scan.ts (owned by the matcher; typed here so a missing module cannot break the build). */
interface Matcher {
  scan(text: string, pageContext?: unknown): unknown[];
}
interface ScanModule {
  createMatcher(briefings: typeof BRIEFINGS, options?: object): Matcher;
  createPageContext?: () => unknown;
}

export interface ThroughputResult {
  available: boolean;
  reason?: string;
  megabytes: number;
  /** Mentions found by each over the whole text. */
  naiveMatches: number;
  matcherMatches: number | null;
  naiveMs: Summary | null;
  matcherMs: Summary | null;
}

/** Paragraphs of plain text, as the content script hands the matcher text (one block at a time). */
export function plainText(megabytes: number): string[] {
  const { articles } = generateArticles({ targetBytes: megabytes * 2 ** 20, mentions: Math.round(megabytes * 2000), lookalikes: 150 * megabytes, seed: 4, title: '' });
  return articles.flatMap((a) => a.split('\n')).map((html) => html.replace(/<[^>]+>/g, '')).filter((t) => t.length > 0);
}

function timeIt(fn: () => number): { ms: number; count: number } {
  const t0 = performance.now();
  const count = fn();
  return { ms: performance.now() - t0, count };
}

export async function matcherThroughput(options: { runs: number; megabytes: number }): Promise<ThroughputResult> {
  const paragraphs = plainText(options.megabytes);
  const megabytes = paragraphs.reduce((n, p) => n + p.length, 0) / 2 ** 20;
  const re = naiveRegex();
  const naive = () => {
    let n = 0;
    for (const text of paragraphs) {
      re.lastIndex = 0;
      while (re.exec(text)) n++;
    }
    return n;
  };
  let mod: ScanModule | null = null;
  let reason: string | undefined;
  try {
    // A variable specifier: the module may not exist yet, and the bench must still run.
    const specifier = '../../core/scan.ts';
    mod = (await import(specifier)) as ScanModule;
    if (typeof mod.createMatcher !== 'function') throw new Error('core/scan.ts has no createMatcher');
  } catch (error) {
    reason = `matcher not available yet (${(error as Error).message.split('\n')[0]})`;
    mod = null;
  }
  const matcher = mod?.createMatcher(BRIEFINGS);
  const scan = matcher
    ? () => {
        const context = mod!.createPageContext?.();
        let n = 0;
        for (const text of paragraphs) n += matcher.scan(text, context).length;
        return n;
      }
    : null;
  // Warm-up (JIT, lazy tables), then interleaved timed runs.
  const naiveMatches = naive();
  const matcherMatches = scan ? scan() : null;
  const naiveMs: number[] = [];
  const matcherMs: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    naiveMs.push(timeIt(naive).ms);
    if (scan) matcherMs.push(timeIt(scan).ms);
  }
  return { available: !!scan, reason, megabytes, naiveMatches, matcherMatches, naiveMs: summarize(naiveMs), matcherMs: summarize(matcherMs) };
}
