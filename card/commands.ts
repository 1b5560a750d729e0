// The card's commands, each answering a message the content script receives: the popup's list
// ('content/reveal-mention'), the keyboard command ('content/next-mention', extension/commands.ts) and the context
// menu ('content/show-briefing', extension/context-menu.ts). Each scrolls to its mention and opens the card with
// focus moved into it. Fixture: tests/fixtures/pages/article.html (tests/e2e/card.test.ts).
import type { BriefingContent, TopicId } from '../briefings/types.ts';
import { scrollRangeIntoView } from '../dom/scroll-into-view.ts';
import type { PageSettings } from '../extension/page-settings.ts';
import type { CardDisplay } from './display.tsx';
import { BRIEFINGS_BY_ID, type CardMention, type CardMentions } from './mentions.ts';
import type { OpenMention } from './open-mention.ts';
import { RANK_WAIT_MS, type CardQuotes } from './quotes.ts';

/** The card's message handlers; the content script's one runtime.onMessage listener dispatches to these. */
export interface CardCommands {
  /** 'content/reveal-mention' (popup): scroll to the mention, open its card, focus it. */
  revealMention(id: string): Promise<boolean>;
  /** 'content/next-mention' (keyboard command): the same for the mention after the last one walked to. */
  nextMention(): Promise<boolean>;
  /** 'content/show-briefing' (context menu): a topic's card by the selection (or its first mention). */
  showBriefing(topic: TopicId | null, query: string): Promise<boolean>;
}

export interface CardCommandsOptions {
  mentions: CardMentions;
  quotes: CardQuotes;
  display: CardDisplay;
  openMention: OpenMention;
  getSettings: () => PageSettings;
  signal: AbortSignal;
}

export function cardCommands({ mentions, quotes, display, openMention, getSettings, signal }: CardCommandsOptions): CardCommands {
  /** The mention the keyboard command (or the popup) last walked to. */
  let walked: string | null = null;

  const position = (m: CardMention, b: BriefingContent) => {
    const all = mentions.all();
    return `Mention ${all.indexOf(m) + 1} of ${all.length}: “${m.surface}”. Briefing: ${b.name}.`;
  };

  async function walkTo(id: string): Promise<boolean> {
    const mention = mentions.get(id);
    if (!mention) return false;
    walked = id;
    const briefing = BRIEFINGS_BY_ID[mention.topic];
    if (briefing) void quotes.request(briefing, mention.context); // ranked while the page scrolls
    await scrollRangeIntoView(mention.range, signal);
    if (signal.aborted) return false;
    return openMention(id, { line: 0, focus: true, announce: position, ranked: true });
  }

  return {
    revealMention: walkTo,
    async nextMention() {
      const all = getSettings().active ? mentions.all().filter((m) => m.range.getClientRects().length > 0) : [];
      if (!all.length) return false;
      const current = walked ? all.findIndex((m) => m.id === walked) : -1;
      // First use: the first mention from the reader's place on the page, not from the top of the document.
      const next = current >= 0 ? all[(current + 1) % all.length]! : (all.find((m) => m.range.getBoundingClientRect().bottom > 0) ?? all[0]!);
      return walkTo(next.id);
    },
    async showBriefing(topic, query) {
      const selection = document.getSelection();
      const selected = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
      const inSelection = selected ? mentions.all().find((m) => selected.intersectsNode(m.range.startContainer)) : undefined;
      const chosen = topic ?? inSelection?.topic;
      if (!chosen) return false;
      const briefing = BRIEFINGS_BY_ID[chosen];
      const range = selected?.cloneRange() ?? mentions.all().find((m) => m.topic === chosen)?.range;
      if (!range) return false;
      const shownQuotes = await quotes.settle(briefing, query, RANK_WAIT_MS);
      if (signal.aborted) return false;
      await display.show({ briefing, quotes: shownQuotes, range, line: 0, focus: true, announcement: `Briefing: ${briefing.name}` });
      return true;
    },
  };
}
