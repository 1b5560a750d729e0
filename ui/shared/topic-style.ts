// Topic colours for extension pages, from the briefings (ui/topic-colors.ts): every element with
// data-topic="<id>" gets --topic set to its topic's colour (light or dark scheme).
import { TOPIC_COLORS, topicColorProperties } from '../topic-colors.ts';

export function topicStyleSheet(): string {
  const perTopic = Object.keys(TOPIC_COLORS)
    .map((id) => `[data-topic="${id}"]{--topic:var(--topic-${id});}`)
    .join('');
  return topicColorProperties(':root') + perTopic;
}

/** Adds the topic colours to an extension page (text via textContent; the page CSP limits scripts, not styles). */
export function installTopicStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = topicStyleSheet();
  doc.head.append(style);
}
