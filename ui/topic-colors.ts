// The one colour per topic, shared by the page highlights, the card and the popup's and options page's swatches,
// so a reader learns "amber is Hezbollah" once. Mid-tones chosen (with the highlights) to read on light and dark
// pages alike, so light and dark are the same here for now; the page CSS (entrypoints/content/highlights.css,
// static manifest CSS that can't import this file) repeats these values, and tests/dom/popup-topic-colors.test.tsx
// fails if the two drift apart.
import type { TopicId } from '../briefings/types.ts';

export interface TopicColor {
  /** `r g b` for light backgrounds, the form the page CSS uses: rgb(r g b) and rgb(r g b / alpha). */
  light: string;
  dark: string;
}

export const TOPIC_COLORS: Readonly<Record<TopicId, TopicColor>> = {
  abbas: { light: '59 118 222', dark: '59 118 222' },
  hamas: { light: '28 150 90', dark: '28 150 90' },
  hezbollah: { light: '214 135 16', dark: '214 135 16' },
  deconfliction: { light: '150 80 210', dark: '150 80 210' },
};

/** CSS custom properties `--topic-<id>` (light, then a dark override), for extension pages that theme by topic. */
export function topicColorProperties(selector: string): string {
  const vars = (mode: keyof TopicColor) =>
    Object.entries(TOPIC_COLORS)
      .map(([id, color]) => `--topic-${id}:rgb(${color[mode]});`)
      .join('');
  return `${selector}{${vars('light')}}@media (prefers-color-scheme: dark){${selector}{${vars('dark')}}}`;
}
