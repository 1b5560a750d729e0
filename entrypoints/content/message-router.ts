// The content script's one runtime.onMessage listener. Highlights and the card each contribute handlers; the
// envelope is checked by the protocol's own validators (extension/message-validation.ts) and the sender must be
// this extension. Anything else is ignored by not answering.
// The browser's own chrome.runtime, not wxt/browser's polyfill: this runs in the first stage, which must stay tiny
// (docs/performance.md "Two stages"). Chromium before 146 ignores a promise returned by a listener, so the answer
// goes through sendResponse (and `true` keeps the channel open), which both browsers support.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseEnvelope } from '../../extension/message-validation.ts';
import type { Params, Protocol, Return } from '../../extension/messages.ts';

type ContentType = Extract<keyof Protocol, `content/${string}`>;
export type ContentHandlers = {
  [T in ContentType]?: (params: Params<T>) => Return<T> | Promise<Return<T>>;
};

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => boolean | undefined;
declare const chrome: { runtime: { id?: string; onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void } } };

export function routeMessages(ctx: ContentScriptContext, handlers: ContentHandlers): void {
  const runtime = chrome.runtime;
  const listener: Listener = (message, sender, sendResponse) => {
    if (ctx.isInvalid || sender.id !== runtime.id) return undefined;
    const parsed = parseEnvelope(message);
    if (!parsed.ok || !parsed.envelope.type.startsWith('content/')) return undefined;
    const handler = handlers[parsed.envelope.type as ContentType] as ((p: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    // A handler that fails answers nothing, as before (the sender's promise rejects when the channel closes).
    Promise.resolve()
      .then(() => handler(parsed.envelope.params))
      .then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => runtime.onMessage.removeListener(listener));
}
