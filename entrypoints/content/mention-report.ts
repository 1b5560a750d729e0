// What the page's mentions look like from outside: the popup's list and the toolbar badge's count.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMentions } from '../../dom/page-mentions.ts';
import { sendToBackground, type MentionSummary } from '../../extension/messages.ts';

const SNIPPET_MAX = 160;

// The page's URL rides along because the popup has no `tabs` permission to read it (it needs it for "Pause on
// <site>").
export function listMentions(mentions: PageMentions): { mentions: MentionSummary[]; url: string } {
  return {
    url: location.href,
    mentions: mentions.all().map(({ id, topic, surface, context }) => ({
      id,
      topic,
      surface,
      snippet: context.length > SNIPPET_MAX ? `${context.slice(0, SNIPPET_MAX - 1)}…` : context,
    })),
  };
}

/** Tells the background how many mentions of enabled topics the page has, debounced, whenever it changes. */
export function reportMentionCount(ctx: ContentScriptContext, mentions: PageMentions, delayMs = 300): void {
  let lastSent: number | undefined;
  let timer: number | undefined;
  const send = () => {
    const count = mentions.all().length;
    if (count === lastSent || ctx.isInvalid) return;
    lastSent = count;
    // The background may be asleep or reloading; the next change sends again.
    sendToBackground('background/mention-count', { count }).catch(() => (lastSent = undefined));
  };
  const unsubscribe = mentions.subscribe(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(send, delayMs);
  });
  ctx.onInvalidated(unsubscribe);
}
