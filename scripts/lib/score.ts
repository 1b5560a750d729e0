// Precision / recall / F1 per topic: a found mention is right when it overlaps an expected mention of the same
// topic (one to one), so "deconfliction" found inside an annotated "deconfliction mechanism" still counts.
import { TOPIC_IDS } from '../../briefings/index.ts';
import type { TopicId } from '../../briefings/types.ts';
import type { GoldMention, Passage } from './corpus.ts';

export interface Found {
  topic: TopicId;
  start: number;
  end: number;
  surface: string;
}

export interface ScoreError {
  passage: string;
  kind: 'false positive' | 'missed';
  topic: TopicId;
  surface: string;
  context: string;
}

export interface TopicScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  topics: Record<TopicId, TopicScore>;
  errors: ScoreError[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function context(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  return `…${before}[${text.slice(start, end)}]${after}…`.replace(/\s+/g, ' ');
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

/** Scores `find` (a matcher or a baseline) over `passages`. */
export function score(passages: readonly Passage[], find: (p: Passage) => Found[]): Score {
  const counts = Object.fromEntries(TOPIC_IDS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    TopicId,
    { tp: number; fp: number; fn: number }
  >;
  const errors: ScoreError[] = [];
  for (const passage of passages) {
    const unmatched = new Set<GoldMention>(passage.mentions);
    for (const hit of find(passage)) {
      const gold = [...unmatched].find((g) => g.topic === hit.topic && overlaps(g, hit));
      if (gold) {
        unmatched.delete(gold);
        counts[hit.topic].tp++;
      } else {
        counts[hit.topic].fp++;
        errors.push({ passage: passage.id, kind: 'false positive', topic: hit.topic, surface: hit.surface, context: context(passage.text, hit.start, hit.end) });
      }
    }
    for (const gold of unmatched) {
      counts[gold.topic].fn++;
      errors.push({ passage: passage.id, kind: 'missed', topic: gold.topic, surface: gold.surface, context: context(passage.text, gold.start, gold.end) });
    }
  }
  const topics = Object.fromEntries(
    TOPIC_IDS.map((t) => {
      const { tp, fp, fn } = counts[t];
      const precision = ratio(tp, tp + fp);
      const recall = ratio(tp, tp + fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [t, { tp, fp, fn, precision, recall, f1 }];
    }),
  ) as Record<TopicId, TopicScore>;
  return { topics, errors };
}
