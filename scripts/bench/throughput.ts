// The matcher against the naive combined regex on a few MB of plain news text, in Node: same process, same text,
// runs interleaved so drift hits both alike.
import { BRIEFINGS } from '../../briefings/index.ts';
import { createMatcher, createPageContext } from '../../core/scan.ts';
import { naiveRegex } from './naive.ts';
import { generateArticles } from './news-articles.ts';
import { summarize, type Summary } from './stats.ts';

export interface ThroughputResult {
  megabytes: number;
  /** Mentions found by each over the whole text. */
  naiveMatches: number;
  matcherMatches: number;
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
  const matcher = createMatcher(BRIEFINGS);
  const scan = () => {
    // One page context for all blocks, in order, as the content script does.
    const context = createPageContext();
    let n = 0;
    for (const text of paragraphs) n += matcher.scan(text, context).length;
    return n;
  };
  // Warm-up (JIT, lazy tables), then interleaved timed runs.
  const naiveMatches = naive();
  const matcherMatches = scan();
  const naiveMs: number[] = [];
  const matcherMs: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    naiveMs.push(timeIt(naive).ms);
    matcherMs.push(timeIt(scan).ms);
  }
  return { megabytes, naiveMatches, matcherMatches, naiveMs: summarize(naiveMs), matcherMs: summarize(matcherMs) };
}
