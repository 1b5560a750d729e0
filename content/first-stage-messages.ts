// The content script's one runtime.onMessage listener. The first stage sets it up only together with the second
// stage, when the page has a candidate (at first or in text added later): on a page with nothing to find
// the content script never touches the extension's APIs, whose first use costs Firefox about 10 ms of CPU, as much
// as IDEAL's whole script (docs/performance.md "No listener where nothing is found"). Every `content/…` message from
// this extension goes to the second stage's receiver (extension/messages.ts: params, sender and reply checked
// there), waiting for it while it loads; a refused one is ignored by not answering. The popup's list and the card
// speak for the whole tab: only the top frame answers them.
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

const TOP_FRAME_TYPES = new Set(['content/private-paused', 'content/list-mentions', 'content/reveal-mention', 'content/next-mention', 'content/show-briefing']);
const OTHER_FRAME_TYPES = new Set(['content/private-paused']);

/** Listens for the `content/…` messages for as long as `ctx` is valid, handing them to the second stage in `slot`. */
export function listenForContentMessages(ctx: ContentScriptContext, slot: Stage2Slot): void {
  const handled = window === window.top ? TOP_FRAME_TYPES : OTHER_FRAME_TYPES;
  const reply = (received: Received): Promise<unknown> => {
    if (!received || 'refused' in received) throw new Error('Refused message');
    return received.reply;
  };
  const runtime = chrome.runtime;
  const listener: Listener = (message, sender, sendResponse) => {
    if (ctx.isInvalid || sender.id !== runtime.id) return undefined;
    const type = (message as { type?: unknown } | null | undefined)?.type;
    if (typeof type !== 'string' || !handled.has(type)) return undefined;
    const ready = slot.ready;
    let answer: Promise<unknown>;
    if (ready) {
      const received = ready.receive(message, sender);
      if (!received || 'refused' in received) return undefined;
      answer = received.reply;
    } else answer = loadStage2(ctx, slot).then((s) => reply(s.receive(message, sender)));
    // A handler that fails answers nothing, as before (the sender's promise rejects on the malformed reply).
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => runtime.onMessage.removeListener(listener));
}
