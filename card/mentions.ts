// What the card reads of the page's mentions (dom/page-mentions.ts PageMentions provides it), and the briefing
// each one opens: the briefings without their match rules, since the matcher comes compiled
// (scripts/build/rules-plugin.ts).
import type { BriefingContent, TopicId } from '../briefings/types.ts';
import type { TrackedMention } from '../dom/page-mentions.ts';
import BRIEFING_CONTENT from 'virtual:briefing-content';

/** A mention shown in the card: what the card reads of a tracked mention (stages: core/scan.ts FoundMention). */
export type CardMention = Pick<TrackedMention, 'id' | 'topic' | 'surface' | 'range' | 'context'>;

/** The page's mentions as the card reads them: the visible side of PageMentions, not the scanner's. */
export interface CardMentions {
  all(): readonly CardMention[];
  get(id: string): CardMention | undefined;
  subscribe(listener: () => void): () => void;
}

export const BRIEFINGS_BY_ID = Object.fromEntries(BRIEFING_CONTENT.map((b) => [b.id, b])) as Record<TopicId, BriefingContent>;

/** A mention by id and its briefing, or undefined if the mention is gone (or its topic has no briefing). */
export function mentionWithBriefing(mentions: CardMentions, id: string): { mention: CardMention; briefing: BriefingContent } | undefined {
  const mention = mentions.get(id);
  const briefing = mention && BRIEFINGS_BY_ID[mention.topic];
  return mention && briefing ? { mention, briefing } : undefined;
}
