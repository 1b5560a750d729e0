// The content script's one runtime.onMessage listener, owned by the first stage. Once the second stage runs, every
// `content/…` message from this extension goes to its receiver (extension/messages.ts: params, sender and reply
// checked there); a refused one is ignored by not answering. Before it runs, the first stage answers for it without
// reading the params: no candidate, so no mention to list, reveal or step to, and the sites paused from a private
// window will be read by a second stage that loads later. The popup's list and the card speak for the whole tab:
// only the top frame answers them; the context menu's "Brief me" needs the card whatever the page holds, so it
// loads it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
// Types only: the message table and its checks (valibot) come with the second stage.
import type { Received } from '../extension/messages.ts';
import { loadStage2, type Stage2Slot } from './stage2-handoff.ts';

// The browser's own runtime (Firefox has `chrome` too): wxt/browser's polyfill would triple the first stage's size.
// Chromium before 146 ignores a promise returned by a message listener, so answers go through sendResponse (and
// `true` keeps the channel open), which both browsers support.
type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => true | undefined;
declare const chrome: {
  runtime: { id?: string; onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void } };
};

/** Listens for the `content/…` messages for as long as `ctx` is valid, loading the second stage into `slot` if needed. */
export function listenForContentMessages(ctx: ContentScriptContext, slot: Stage2Slot): void {
  const isTop = window === window.top;
  const withoutStage2: Record<string, (() => unknown) | undefined> = isTop
    ? {
        'content/private-paused': () => undefined,
        'content/list-mentions': () => ({ mentions: [], url: location.href }),
        'content/reveal-mention': () => false,
        'content/next-mention': () => false,
      }
    : { 'content/private-paused': () => undefined };
  const reply = (received: Received): Promise<unknown> => {
    if (!received || 'refused' in received) throw new Error('Refused message');
    return received.reply;
  };
  const runtime = chrome.runtime;
  const listener: Listener = (message, sender, sendResponse) => {
    if (ctx.isInvalid || sender.id !== runtime.id) return undefined;
    const type = (message as { type?: unknown } | null | undefined)?.type;
    if (typeof type !== 'string') return undefined;
    const nothingYet = Object.hasOwn(withoutStage2, type) ? withoutStage2[type] : undefined;
    const needsStage2 = isTop && type === 'content/show-briefing';
    if (!nothingYet && !needsStage2) return undefined;
    const ready = slot.ready;
    let answer: Promise<unknown>;
    if (ready) {
      const received = ready.receive(message, sender);
      if (!received || 'refused' in received) return undefined;
      answer = received.reply;
    } else if (slot.loading || needsStage2) {
      answer = loadStage2(ctx, slot).then((s) => reply(s.receive(message, sender)));
    } else {
      answer = Promise.resolve(nothingYet!());
    }
    // A handler that fails answers nothing, as before (the sender's promise rejects on the malformed reply).
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => runtime.onMessage.removeListener(listener));
}
