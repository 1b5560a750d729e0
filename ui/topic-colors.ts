// The topics' colours on extension pages, from the briefings (each briefing's `color`; the page highlights' CSS is
// generated from the same values at build time, scripts/build/highlights-css.ts), so a reader learns "amber is
// Hezbollah" once.
import type { TopicColor, TopicId } from '../briefings/types.ts';
import { BRIEFINGS } from '../extension/briefings.ts';

/** Each topic's colour, in display order. */
export const TOPIC_COLORS: Readonly<Record<TopicId, TopicColor>> = Object.fromEntries(BRIEFINGS.map((b) => [b.id, b.color])) as Record<TopicId, TopicColor>;

/** CSS custom properties `--topic-<id>` (light, then a dark override), for extension pages that theme by topic. */
export function topicColorProperties(selector: string): string {
  const vars = (mode: 'light' | 'dark') =>
    Object.entries(TOPIC_COLORS)
      .map(([id, color]) => `--topic-${id}:rgb(${color[mode]});`)
      .join('');
  return `${selector}{${vars('light')}}@media (prefers-color-scheme: dark){${selector}{${vars('dark')}}}`;
}
