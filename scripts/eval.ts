// `npm run eval`: precision, recall and F1 per topic on both halves of tests/corpus/ (tune/ and test/), for the
// matcher and for a naive regex, false positives on hard-negative passages, precision per confidence band, then
// the matcher's errors on the tune half only (rules are changed by looking at tune/, never at test/). Each passage
// is scanned as one page, line by line as the browser scans blocks (core/scan.ts scanPage). `--half tune|test` prints one half.
import { BRIEFINGS, TOPIC_IDS } from '../briefings/index.ts';
import type { TopicId } from '../briefings/types.ts';
import { MIN_CONFIDENCE } from '../core/disambiguate.ts';
import { createMatcher, scanPage, type FoundMention, type Matcher } from '../core/scan.ts';
import { HALVES, isHardNegative, loadCorpus, type Half, type Passage } from './lib/corpus.ts';
import { NAIVE, naiveScan } from './lib/naive.ts';
import { foundOnOnePage } from './lib/one-page.ts';
import { score, type Score } from './lib/score.ts';
import { swapNames } from './lib/swap-names.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function table(title: string, result: Score): string {
  const rows = TOPIC_IDS.map((t) => {
    const s = result.topics[t];
    return `  ${t.padEnd(14)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`;
  });
  const macro = TOPIC_IDS.reduce((sum, t) => sum + result.topics[t].f1, 0) / TOPIC_IDS.length;
  return [title, `  ${'topic'.padEnd(14)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}    tp  fp  fn`, ...rows, `  macro-F1 ${pct(macro)}`].join('\n');
}

/** Precision of every hit the matcher judges, by its confidence, before the MIN_CONFIDENCE cut. */
function bands(passages: readonly Passage[]): string {
  const all = createMatcher(BRIEFINGS, { minConfidence: 0 });
  const byBand = new Map<number, { tp: number; fp: number }>();
  for (const p of passages) {
    const gold = [...p.mentions];
    for (const m of scanPage(all, p.text) as FoundMention[]) {
      const i = gold.findIndex((g) => g.topic === m.topic && g.start < m.end && m.start < g.end);
      const band = byBand.get(m.confidence) ?? { tp: 0, fp: 0 };
      if (i >= 0) {
        gold.splice(i, 1);
        band.tp++;
      } else band.fp++;
      byBand.set(m.confidence, band);
    }
  }
  const rows = [...byBand].sort(([a], [b]) => b - a).map(([c, { tp, fp }]) => {
    const cut = c < MIN_CONFIDENCE ? '  (not reported)' : '';
    return `  ${c.toFixed(2)}   ${pct(tp / (tp + fp))}   ${String(tp).padStart(4)} ${String(fp).padStart(4)}${cut}`;
  });
  return ['Precision per confidence band (every hit judged)', '  conf      prec     tp   fp', ...rows].join('\n');
}

/** The seeds of the name-swapped copies eval scores (scripts/lib/swap-names.ts). */
const SWAP_SEEDS = [1, 2, 3];

/** F1 per topic on copies of the half whose lookalikes have invented names: a rule that leans on a list drops here. */
function swapped(half: Half, matcher: Matcher, ours: Score): string {
  const rows = SWAP_SEEDS.map((seed) => score(loadCorpus(half, undefined, (id, raw) => swapNames(id, raw, seed)), (p) => scanPage(matcher, p.text)));
  const line = (topic: TopicId) => `  ${topic.padEnd(15)} ${pct(ours.topics[topic].f1)}   ${rows.map((r) => pct(r.topics[topic].f1)).join(' ')}`;
  return [`Lookalikes renamed (seeds ${SWAP_SEEDS.join(', ')}): F1 as is, then renamed`, ...TOPIC_IDS.map(line), ''].join('\n');
}

function report(half: Half): void {
  const passages = loadCorpus(half);
  const matcher = createMatcher(BRIEFINGS);
  const ours = score(passages, (p) => scanPage(matcher, p.text));
  const naive = score(passages, (p) => naiveScan(p.text));
  const hard = passages.filter(isHardNegative);
  const hardIds = new Set(hard.map((p) => p.id));
  const hardFp = ours.errors.filter((e) => e.kind === 'false positive' && hardIds.has(e.passage)).length;
  const gold = passages.reduce((n, p) => n + p.mentions.length, 0);
  console.log(`== ${half} half: ${passages.length} passages (${hard.length} hard negatives), ${gold} expected mentions\n`);
  console.log(table('Matcher (core/scan.ts)', ours));
  console.log(`  false positives on hard-negative passages: ${hardFp}\n`);
  const onePage = foundOnOnePage(matcher, passages);
  const together = score(passages, (p) => onePage.get(p.id) ?? []);
  const togetherHardFp = together.errors.filter((e) => e.kind === 'false positive' && hardIds.has(e.passage)).length;
  console.log(table('All passages on one page, no markup between them (scripts/lib/one-page.ts)', together));
  console.log(`  false positives on hard-negative passages: ${togetherHardFp}\n`);
  console.log(swapped(half, matcher, ours));
  console.log(table(`Naive ${NAIVE.source}, case-insensitive`, naive));
  console.log();
  console.log(bands(passages));
  if (half === 'tune') {
    console.log(`\nMatcher errors on the tune half (${ours.errors.length}):`);
    for (const e of ours.errors) console.log(`  ${e.passage}: ${e.kind} ${e.topic} "${e.surface}"  ${e.context}`);
  } else {
    console.log(`\nMatcher errors on the test half: ${ours.errors.length} (not listed: rules are tuned on tune/ only)`);
  }
  console.log();
}

const at = process.argv.indexOf('--half');
const only = at >= 0 ? process.argv[at + 1] : undefined;
if (only !== undefined && !(HALVES as readonly string[]).includes(only)) {
  console.error(`eval: --half must be one of ${HALVES.join(', ')}`);
  process.exitCode = 2;
} else {
  for (const half of only ? [only as Half] : HALVES) report(half);
}
