// The one colour per topic, shared by the page highlights, the card and the popup's swatches, so a reader learns
// "purple is Hezbollah" once. Light values are for light pages/UI, dark values for dark ones (prefers-color-scheme).
// Each pair keeps ≥ 4.5:1 contrast against white (light) or #1e1f24 (dark), so underlines and swatches are visible.
import type { TopicId } from '../briefings/types.ts';

export interface TopicColor {
  light: string;
  dark: string;
}

export const TOPIC_COLORS: Readonly<Record<TopicId, TopicColor>> = {
  abbas: { light: '#1a7f37', dark: '#56d364' },
  hamas: { light: '#b35900', dark: '#f0a35e' },
  hezbollah: { light: '#8e3fb0', dark: '#c990f0' },
  deconfliction: { light: '#0b62c4', dark: '#6cb6ff' },
};

/** CSS custom properties `--topic-<id>` (light, then a dark override), for extension pages that theme by topic. */
export function topicColorProperties(selector: string): string {
  const vars = (mode: keyof TopicColor) =>
    Object.entries(TOPIC_COLORS)
      .map(([id, color]) => `--topic-${id}:${color[mode]};`)
      .join('');
  return `${selector}{${vars('light')}}@media (prefers-color-scheme: dark){${selector}{${vars('dark')}}}`;
}
