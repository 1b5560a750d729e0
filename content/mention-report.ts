// What the page's mentions look like from outside: the popup's list and the toolbar badge's count.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMentions } from '../dom/page-mentions.ts';
import { sendToBackground, type ListReply } from '../extension/messages.ts';
import { survived } from '../core/debug.ts';

const SNIPPET_MAX = 160;
const SURFACE_MAX = 100;
/** Mentions listed in one reply; the popup says "+N more" for the rest, from the counts. */
export const LIST_MAX = 1000;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

// The reply is clamped here so it always passes the popup's checks (issue 18): a mention's surface can be as long as
// the separators between its words, a page can have thousands of mentions, and a URL any length. The popup needs
// only the page's scheme, site and path from the URL (for "Pause on <site>" and the kind of page), not its query,
// and it has no `tabs` permission to read it itself.
export function listMentions(mentions: PageMentions): ListReply {
  const all = mentions.all();
  const counts: ListReply['counts'] = {};
  for (const { topic } of all) counts[topic] = (counts[topic] ?? 0) + 1;
  return {
    url: clip(`${location.protocol}//${location.host}${location.pathname}`, 2000),
    counts,
    capped: mentions.capped,
    mentions: all.slice(0, LIST_MAX).map(({ id, topic, surface, context }) => ({
      id,
      topic,
      surface: clip(surface, SURFACE_MAX),
      snippet: clip(context, SNIPPET_MAX),
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
    sendToBackground('background/mention-count', { count }).catch((error) => {
      survived('reporting the mention count', error);
      lastSent = undefined;
    });
  };
  const unsubscribe = mentions.subscribe(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(send, delayMs);
  });
  ctx.onInvalidated(unsubscribe);
}
