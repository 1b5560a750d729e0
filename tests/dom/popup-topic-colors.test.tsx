import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { TOPIC_IDS } from '../../briefings/types.ts';
import { TOPIC_COLORS } from '../../ui/topic-colors.ts';
import { topicStyleSheet } from '../../ui/shared/topic-style.ts';

// The page highlights are static manifest CSS; the popup's swatches come from ui/topic-colors.ts. Same colours.
// (happy-dom gives import.meta.url an http scheme, so the path is taken from the working directory: the repo root.)
const pageCss = readFileSync(path.resolve('entrypoints/content/highlights.css'), 'utf8');

test.each(TOPIC_IDS)('%s: the popup swatch has the colour of its page highlight', (topic) => {
  const underline = new RegExp(`::highlight\\(briefings-${topic}-underline\\)[^}]*rgb\\(([\\d ]+)\\)`).exec(pageCss);
  expect(underline?.[1]).toBe(TOPIC_COLORS[topic].light);
});

test('every topic gets a --topic colour on extension pages', () => {
  const sheet = topicStyleSheet();
  for (const topic of TOPIC_IDS) expect(sheet).toContain(`[data-topic="${topic}"]{--topic:var(--topic-${topic});}`);
});
