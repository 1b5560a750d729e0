// The content script's one runtime.onMessage listener. Highlights and the card each contribute handlers; the
// router checks the envelope (a known `content/*` type from this extension, with valid params) and ignores
// everything else by not answering.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Params, Protocol, Return } from '../../extension/messages.ts';

type ContentType = Extract<keyof Protocol, `content/${string}`>;
export type ContentHandlers = {
  [T in ContentType]?: (params: Params<T>) => Return<T> | Promise<Return<T>>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const VALID_PARAMS: { [T in ContentType]: (params: Record<string, unknown>) => boolean } = {
  'content/list-mentions': () => true,
  'content/next-mention': () => true,
  'content/reveal-mention': (p) => typeof p.id === 'string',
  'content/show-briefing': (p) => (p.topic === null || typeof p.topic === 'string') && typeof p.query === 'string',
};

export function routeMessages(ctx: ContentScriptContext, handlers: ContentHandlers): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (ctx.isInvalid || sender.id !== browser.runtime.id || !isRecord(message)) return undefined;
    const { type, params } = message;
    if (typeof type !== 'string' || !Object.hasOwn(VALID_PARAMS, type) || !isRecord(params)) return undefined;
    const handler = handlers[type as ContentType] as ((p: unknown) => unknown) | undefined;
    if (!handler || !VALID_PARAMS[type as ContentType](params)) return undefined;
    return Promise.resolve(handler(params));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
