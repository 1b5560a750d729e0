import { expect, test } from 'vitest';
import { BRIEFINGS, BRIEFINGS_BY_ID, TOPIC_IDS } from '../../briefings/index.ts';
import { highlightsCss } from '../../scripts/build/highlights-css.ts';
import { TOPIC_COLORS } from '../../ui/topic-colors.ts';
import { topicStyleSheet } from '../../ui/shared/topic-style.ts';

// The page highlights' CSS as the build generates it (scripts/build/highlights-css.ts, served by rules-plugin.ts:
// Vitest empties CSS modules, so not imported here).
const pageCss = highlightsCss(BRIEFINGS);
// The page highlights and the popup's swatches both come from the briefings' colours: the same colours.
test.each(TOPIC_IDS)('%s: the popup swatch has the colour of its page highlight', (topic) => {
  const underline = new RegExp(`::highlight\\(briefings-${topic}-underline\\)[^}]*rgb\\(([\\d ]+)\\)`).exec(pageCss);
  expect(underline?.[1]).toBe(TOPIC_COLORS[topic].light);
  const background = new RegExp(`::highlight\\(briefings-${topic}-background\\)[^}]*rgb\\(([\\d ]+) / ([\\d.]+)\\)`).exec(pageCss);
  expect(background?.slice(1)).toEqual([TOPIC_COLORS[topic].light, String(BRIEFINGS_BY_ID[topic].color.backgroundAlpha)]);
});

test('every topic gets a --topic colour on extension pages', () => {
  const sheet = topicStyleSheet();
  for (const topic of TOPIC_IDS) expect(sheet).toContain(`[data-topic="${topic}"]{--topic:var(--topic-${topic});}`);
});
