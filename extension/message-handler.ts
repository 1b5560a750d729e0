// Receiving messages: one handler object per context (background, content script), keyed by message type.
// A message is answered only after its envelope, its params and its sender pass the checks below.
import { browser, type Browser } from 'wxt/browser';
import { parseEnvelope } from './message-validation.ts';
import type { MessageType, Params, Return } from './messages.ts';

type Sender = Browser.runtime.MessageSender;

export type Handlers<T extends MessageType> = {
  [K in T]: (params: Params<K>, sender: Sender) => Return<K> | Promise<Return<K>>;
};

/** Messages only a content script sends: the badge and "open in index" act on the sender's own tab. */
const FROM_CONTENT_SCRIPT: ReadonlySet<MessageType> = new Set(['background/mention-count', 'background/open-index']);

/** Why `sender` may not send `type`, or undefined when it may. */
export function senderProblem(type: MessageType, sender: Sender, runtimeId: string): string | undefined {
  // Only this extension's own contexts: runtime messaging can't be reached by web pages (no externally_connectable),
  // and other extensions would need onMessageExternal, which we don't listen to. Checked anyway.
  if (sender.id !== runtimeId) return 'sender is not this extension';
  if (FROM_CONTENT_SCRIPT.has(type)) {
    if (typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return `${type} needs a sender tab`;
    if (sender.frameId !== undefined && sender.frameId !== 0) return `${type} only from the top frame`;
  }
  return undefined;
}

/**
 * Listens on runtime.onMessage for the message types in `handlers` (which must all be addressed to `receiver`,
 * e.g. 'background/'). Messages for other receivers are left alone (undefined: not ours to answer); messages for
 * this receiver with an unknown type, bad params or a foreign sender are refused with an error reply.
 * Promise replies work in both browsers through webextension-polyfill. Returns the function that stops listening.
 */
export function handleMessages<T extends MessageType>(receiver: `${string}/`, handlers: Handlers<T>): () => void {
  const listener = (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !type.startsWith(receiver)) return undefined;
    const parsed = parseEnvelope(message);
    if (!parsed.ok) return Promise.reject(new Error(`Refused message: ${parsed.reason}`));
    const { envelope } = parsed;
    const handler = (handlers as Record<string, ((p: unknown, s: Sender) => unknown) | undefined>)[envelope.type];
    if (!handler) return Promise.reject(new Error(`Refused message: ${envelope.type} is not handled here`));
    const problem = senderProblem(envelope.type, sender, browser.runtime.id);
    if (problem) return Promise.reject(new Error(`Refused message: ${problem}`));
    return Promise.resolve().then(() => handler(envelope.params, sender));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
