// The one message protocol between the extension's own pages, background and content scripts.
// Every message is `{ type, params }`; payloads are typed per type and validated on receipt.
import { browser } from 'wxt/browser';

export interface Protocol {
  'background/ping': { params: Record<string, never>; return: { pong: true; version: string } };
}

export type MessageType = keyof Protocol;
export type Params<T extends MessageType> = Protocol[T]['params'];
export type Return<T extends MessageType> = Protocol[T]['return'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  params: Params<T>;
}

export function sendToBackground<T extends MessageType>(type: T, params: Params<T>): Promise<Return<T>> {
  return browser.runtime.sendMessage({ type, params } satisfies Envelope<T>) as Promise<Return<T>>;
}
