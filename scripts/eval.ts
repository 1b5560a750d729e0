// `npm run eval`: precision, recall and F1 per topic on tests/corpus/, for the matcher and for a naive regex,
// then every error of the matcher. Each passage is scanned as one page (a fresh PageContext).
import { BRIEFINGS } from '../briefings/index.ts';
import { TOPIC_IDS } from '../briefings/types.ts';
import { createMatcher } from '../core/scan.ts';
import { loadCorpus } from './lib/corpus.ts';
import { naiveScan } from './lib/naive.ts';
import { score, type Score } from './lib/score.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function table(title: string, result: Score): string {
  const rows = TOPIC_IDS.map((t) => {
    const s = result.topics[t];
    return `  ${t.padEnd(14)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`;
  });
  return [`${title}`, `  ${'topic'.padEnd(14)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}    tp  fp  fn`, ...rows].join('\n');
}

const passages = loadCorpus();
const matcher = createMatcher(BRIEFINGS);
const ours = score(passages, (p) => matcher.scan(p.text));
const naive = score(passages, (p) => naiveScan(p.text));
const gold = passages.reduce((n, p) => n + p.mentions.length, 0);
const negatives = passages.reduce((n, p) => n + p.negatives.length, 0);

console.log(`Corpus: ${passages.length} passages, ${gold} expected mentions, ${negatives} marked hard negatives\n`);
console.log(table('Matcher (core/scan.ts)', ours));
console.log();
console.log(table('Naive \\b(Abbas|Hamas|Hezbollah|deconfliction)\\b, case-insensitive', naive));
console.log(`\nMatcher errors (${ours.errors.length}):`);
for (const e of ours.errors) console.log(`  ${e.passage}: ${e.kind} ${e.topic} "${e.surface}"  ${e.context}`);
