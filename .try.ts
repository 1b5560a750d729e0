// Throwaway: print scanPage results for texts (one per arg, or lines of stdin separated by ===)
import { BRIEFINGS } from './briefings/index.ts';
import { createMatcher, scanPage } from './core/scan.ts';
import { readFileSync } from 'node:fs';
const m = createMatcher(BRIEFINGS);
const texts = process.argv.length > 2 ? process.argv.slice(2) : readFileSync(0, 'utf8').split(/\n===\n/);
for (const t of texts) {
  const found = scanPage(m, t);
  console.log('» ' + t.replace(/\n/g, ' ¶ ').slice(0, 160));
  console.log('   ' + (found.map((f: any) => `${f.topic}:${t.slice(f.start, f.end)}@${f.confidence}`).join('  ') || '(none)'));
}
