// The one message protocol between the extension's own pages, background and content scripts.
// Every message is `{ type, params }`; names are `<receiver>/<verb>`; payloads are typed per type and validated
// on receipt. Web pages cannot reach runtime messaging (no externally_connectable), and receivers check sender.id.
import { browser } from 'wxt/browser';
import type { TopicId } from '../briefings/types.ts';

/** One mention on a page, as the popup lists it. */
export interface MentionSummary {
  /** Stable for the life of the page's content script. */
  id: string;
  topic: TopicId;
  surface: string;
  /** The sentence around the mention, trimmed to a short snippet. */
  snippet: string;
}

export interface Protocol {
  'background/ping': { params: Record<string, never>; return: { pong: true; version: string } };
  /** Content script → background: the number of mentions of enabled topics on the sender's tab (badge). */
  'background/mention-count': { params: { count: number }; return: void };
  /** Content script → background: open the index on a topic (the popup where possible, else a tab). */
  'background/open-index': { params: { topic?: TopicId }; return: void };
  /** Popup → content script: what this page mentions. */
  'content/list-mentions': { params: Record<string, never>; return: { mentions: MentionSummary[] } };
  /** Popup → content script: scroll to a mention, flash it and open its card. */
  'content/reveal-mention': { params: { id: string }; return: boolean };
  /** Background → content script (keyboard command): move to the next mention and open its card. */
  'content/next-mention': { params: Record<string, never>; return: boolean };
  /** Background → content script (context menu): show a topic's card by the current selection. */
  'content/show-briefing': { params: { topic: TopicId | null; query: string }; return: boolean };
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

export function sendToTab<T extends MessageType>(tabId: number, type: T, params: Params<T>): Promise<Return<T>> {
  return browser.tabs.sendMessage(tabId, { type, params } satisfies Envelope<T>) as Promise<Return<T>>;
}
