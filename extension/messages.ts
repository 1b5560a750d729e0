// The one message protocol between the extension's own pages, background and content scripts.
// Every message is `{ type, params }`; names are `<receiver>/<verb>`; payloads are typed per type here and checked
// on receipt by message-validation.ts (unknown types, extra or ill-typed params and foreign senders are refused).
// Web pages cannot reach runtime messaging: no externally_connectable, and nothing listens to window messages.
import { browser } from 'wxt/browser';
import type { TopicId } from '../briefings/types.ts';
import { checkReturn, cleanListReply } from './message-validation.ts';

/** One mention on a page, as the popup lists it. */
export interface MentionSummary {
  /** Stable for the life of the page's content script. */
  id: string;
  topic: TopicId;
  surface: string;
  /** The sentence around the mention, trimmed to a short snippet. */
  snippet: string;
}

/** What a page's top frame reports to the popup: at most LIST_MAX mentions, with counts of all it tracks. */
export interface ListReply {
  mentions: MentionSummary[];
  /** The page's scheme, host and path (no query or fragment), at most 2,000 characters. */
  url?: string;
  /** Mentions per topic shown on the page, listed or not. */
  counts?: Partial<Record<TopicId, number>>;
  /** The page has more mentions than the extension tracks (5,000). */
  capped?: boolean;
}

export interface Protocol {
  'background/ping': { params: Record<string, never>; return: { pong: true; version: string } };
  /** Content script → background: the number of mentions of enabled topics on the sender's tab (badge). */
  'background/mention-count': { params: { count: number }; return: void };
  /** Content script → background: open the index on a topic (the popup where possible, else a tab). */
  'background/open-index': { params: { topic?: TopicId }; return: void };
  /**
   * Content script → background: the briefing's quotes (indexes into `quotes`) most relevant to the sentence around
   * a mention first. Ranked with fuse.js in the background so the content script does not ship it.
   */
  'background/rank-quotes': { params: { topic: TopicId; sentence: string }; return: { order: number[] } };
  /**
   * Content script of a frame → background: the site (hostname) of the sender's tab, i.e. of its top-level page,
   * which a cross-origin frame cannot read itself; "Pause on this site" is decided by it.
   */
  'background/top-site': { params: Record<string, never>; return: { site: string } };
  /** Content script of a private tab → background: the sites paused from private windows (none for other tabs). */
  'background/private-paused': { params: Record<string, never>; return: { sites: string[] } };
  /**
   * Popup → content script: what this page mentions, and the page's URL (location.href of the top frame): without
   * the "tabs" permission the popup can't read a tab's URL, and it needs the site for "Pause on this site".
   */
  'content/list-mentions': { params: Record<string, never>; return: ListReply };
  /** Background → every frame of a private tab: the sites paused from private windows changed. */
  'content/private-paused': { params: { sites: string[] }; return: void };
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

/** Sends to the background (or an open extension page); the reply is validated before it is returned. */
export async function sendToBackground<T extends MessageType>(type: T, params: Params<T>): Promise<Return<T>> {
  return checkReturn(type, await browser.runtime.sendMessage({ type, params } satisfies Envelope<T>));
}

/** Sends to a tab's top-frame content script; rejects when none answers (e.g. the page predates the install). */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, params: Params<T>): Promise<Return<T>> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type, params } satisfies Envelope<T>, { frameId: 0 });
  // Here, not in checkReturn: only extension pages read the list, and the content script's bundle stays smaller.
  return checkReturn(type, type === 'content/list-mentions' ? cleanListReply(reply) : reply);
}

export { handleMessages, type Handlers } from './message-handler.ts';
