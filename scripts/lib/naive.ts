// The baseline `npm run eval` compares against: a case-insensitive word-boundary regex on the four names.
import type { TopicId } from '../../briefings/types.ts';
import type { Found } from './score.ts';

const NAIVE = /\b(abbas|hamas|hezbollah|deconfliction)\b/gi;

/** Mentions as a plain `\b(Abbas|Hamas|Hezbollah|deconfliction)\b` regex finds them. */
export function naiveScan(text: string): Found[] {
  return [...text.matchAll(NAIVE)].map((m) => ({
    topic: (m[1] ?? '').toLowerCase() as TopicId,
    start: m.index,
    end: m.index + m[0].length,
    surface: m[0],
  }));
}
