// The baseline `npm run eval` compares against: a case-insensitive word-boundary regex on the topic ids (each one
// a word: abbas, hamas, hezbollah, deconfliction).
import { TOPIC_IDS } from '../../briefings/index.ts';
import type { TopicId } from '../../briefings/types.ts';
import type { Found } from './score.ts';

/** `\b(abbas|hamas|hezbollah|deconfliction)\b`, case-insensitive: the ids from briefings/index.ts. */
export const NAIVE = new RegExp(`\\b(${TOPIC_IDS.join('|')})\\b`, 'gi');

/** Mentions as a plain `\b(<topic id>|…)\b` regex finds them. */
export function naiveScan(text: string): Found[] {
  return [...text.matchAll(NAIVE)].map((m) => ({
    topic: (m[1] ?? '').toLowerCase() as TopicId,
    start: m.index,
    end: m.index + m[0].length,
    surface: m[0],
  }));
}
