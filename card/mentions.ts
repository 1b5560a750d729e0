// What the card reads of the page's mentions (dom/page-mentions.ts PageMentions provides it), and the briefing
// each one opens: the briefings without their match rules, since the matcher comes compiled
// (scripts/build/rules-plugin.ts).
import type { BriefingContent, TopicId } from '../briefings/types.ts';
import BRIEFING_CONTENT from 'virtual:briefing-content';

export interface CardMentions {
  all(): readonly CardMention[];
  get(id: string): CardMention | undefined;
  subscribe(listener: () => void): () => void;
}

export interface CardMention {
  id: string;
  topic: TopicId;
  surface: string;
  range: Range;
  context: string;
}

export const BRIEFINGS_BY_ID = Object.fromEntries(BRIEFING_CONTENT.map((b) => [b.id, b])) as Record<TopicId, BriefingContent>;

/** A mention by id and its briefing, or undefined if the mention is gone (or its topic has no briefing). */
export function mentionWithBriefing(mentions: CardMentions, id: string): { mention: CardMention; briefing: BriefingContent } | undefined {
  const mention = mentions.get(id);
  const briefing = mention && BRIEFINGS_BY_ID[mention.topic];
  return mention && briefing ? { mention, briefing } : undefined;
}
