// Accuracy on the annotated corpus of real passages (tests/corpus/passages): the same numbers `npm run eval` prints.
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../briefings/index.ts';
import { TOPIC_IDS } from '../../briefings/types.ts';
import { createMatcher } from '../../core/scan.ts';
import { loadCorpus } from '../../scripts/lib/corpus.ts';
import { score } from '../../scripts/lib/score.ts';

const passages = loadCorpus();
const result = score(passages, (p) => createMatcher(BRIEFINGS).scan(p.text));

describe('corpus accuracy', () => {
  it('has a few dozen passages with every topic and hard negatives', () => {
    expect(passages.length).toBeGreaterThanOrEqual(30);
    for (const t of TOPIC_IDS) expect(passages.some((p) => p.mentions.some((m) => m.topic === t))).toBe(true);
    expect(passages.reduce((n, p) => n + p.negatives.length, 0)).toBeGreaterThanOrEqual(30);
  });

  it.each(TOPIC_IDS)('%s: precision and recall ≥ 0.95', (topic) => {
    const s = result.topics[topic];
    const errors = JSON.stringify(result.errors.filter((e) => e.topic === topic), null, 1);
    expect(s.precision, errors).toBeGreaterThanOrEqual(0.95);
    expect(s.recall, errors).toBeGreaterThanOrEqual(0.95);
  });
});
