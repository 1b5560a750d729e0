// The content script's one runtime.onMessage listener. Highlights and the card each contribute handlers; the
// envelope is checked by the protocol's own validators (extension/message-validation.ts) and the sender must be
// this extension. Anything else is ignored by not answering.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseEnvelope } from '../../extension/message-validation.ts';
import type { Params, Protocol, Return } from '../../extension/messages.ts';

type ContentType = Extract<keyof Protocol, `content/${string}`>;
export type ContentHandlers = {
  [T in ContentType]?: (params: Params<T>) => Return<T> | Promise<Return<T>>;
};

export function routeMessages(ctx: ContentScriptContext, handlers: ContentHandlers): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (ctx.isInvalid || sender.id !== browser.runtime.id) return undefined;
    const parsed = parseEnvelope(message);
    if (!parsed.ok || !parsed.envelope.type.startsWith('content/')) return undefined;
    const handler = handlers[parsed.envelope.type as ContentType] as ((p: unknown) => unknown) | undefined;
    return handler ? Promise.resolve(handler(parsed.envelope.params)) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
