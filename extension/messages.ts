// The one message protocol between the extension's own pages, background and content scripts, as one table:
// MESSAGES below holds, per message, a valibot schema for its params and one for its reply. The types follow from
// the schemas, and so do the checks: a message is `{ type, params }`, its name `<receiver>/<verb>` says who answers
// it, and anything else (unknown types, missing, extra or ill-typed params, foreign senders) is refused on receipt.
// Replies are checked twice: by the receiver before it answers and by the sender before it believes them (a content
// script runs in a web page's renderer process; the popup does not take its word).
// Web pages cannot reach runtime messaging: no externally_connectable, and nothing listens to window messages.
import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import { nativeBrowser as browser } from './native-browser.ts';
import type { TopicId } from '../briefings/types.ts';
import { TOPIC_IDS } from './topics.ts';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const topic = v.picklist(TOPIC_IDS);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const mentionId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** No params. */
const EMPTY = v.strictObject({});
/** No reply: undefined, or null (how Chromium hands over an undefined answer). */
const NONE = v.pipe(
  v.nullish(v.never()),
  v.transform((): void => undefined),
);
const SITES = v.strictObject({ sites: v.pipe(v.array(text(253)), v.maxLength(1000)) });

/** A tracked mention as the popup lists it: plain data, to cross a message (stages: core/scan.ts FoundMention). */
const LISTED_MENTION = v.strictObject({
  /** Stable for the life of the page's content script. */
  id: mentionId,
  topic,
  surface: text(200),
  /** The sentence around the mention, trimmed to a short snippet. */
  snippet: text(1000),
});
const isMention = (item: unknown): item is ListedMention => v.is(LISTED_MENTION, item);

/**
 * What a page's top frame reports to the popup: at most LIST_MAX mentions, with counts of all it tracks. Read item
 * by item: a malformed mention is dropped and the rest kept, an unreadable optional field (or an unknown one) is
 * left out, so one bad item never blanks the list (issue 18).
 */
const LIST_REPLY = v.object({
  mentions: v.pipe(
    v.array(v.unknown()),
    v.transform((items) => items.filter(isMention).slice(0, 10_000)),
  ),
  /** The page's scheme, host and path (no query or fragment), at most 2,000 characters. */
  url: v.fallback(v.optional(text(8192)), undefined),
  /** Mentions per topic shown on the page, listed or not. */
  counts: v.fallback(v.optional(v.strictObject(Object.fromEntries(TOPIC_IDS.map((id) => [id, v.optional(count)])) as Counts)), undefined),
  /** The page has more mentions than the extension tracks (5,000). */
  capped: v.fallback(v.optional(v.boolean()), undefined),
});
type Counts = { [K in TopicId]: v.OptionalSchema<typeof count, undefined> };

interface MessageSpec {
  params: v.GenericSchema;
  reply: v.GenericSchema;
  /** 'top-frame': only a content script in a tab's top frame may send it (it acts on the sender's own tab). */
  sender?: 'top-frame';
}

/**
 * Every message, by name. The name's prefix is the receiver: `background/…` is answered by the background,
 * `content/…` by a tab's content script. Adding an entry is all it takes to define a message (docs/architecture.md
 * "How to add a message"); the receivers' handler tables are typed from it.
 */
export const MESSAGES = {
  'background/ping': { params: EMPTY, reply: v.strictObject({ pong: v.literal(true), version: text(50) }) },
  /** Content script → background: the number of mentions of enabled topics on the sender's tab (badge). */
  'background/mention-count': { params: v.strictObject({ count }), reply: NONE, sender: 'top-frame' },
  /** Content script → background: open the index on a topic (the popup where possible, else a tab). */
  'background/open-index': { params: v.strictObject({ topic: v.optional(topic) }), reply: NONE, sender: 'top-frame' },
  /**
   * Content script → background: the briefing's quotes (indexes into `quotes`) most relevant to the sentence around
   * a mention first. Ranked with fuse.js in the background so the content script does not ship it.
   */
  'background/rank-quotes': {
    params: v.strictObject({ topic, sentence: text(1000) }),
    reply: v.strictObject({ order: v.pipe(v.array(v.pipe(v.number(), v.check((i) => Number.isInteger(i) && i >= 0 && i < 100))), v.check((a) => a.length <= 100)) }),
  },
  /**
   * Content script of a frame → background: the site (hostname) of the sender's tab, i.e. of its top-level page,
   * which a cross-origin frame cannot read itself; "Pause on this site" is decided by it.
   */
  'background/top-site': { params: EMPTY, reply: v.strictObject({ site: text(253) }) },
  /** Content script of a private tab → background: the sites paused from private windows (none for other tabs). */
  'background/private-paused': { params: EMPTY, reply: SITES },
  /**
   * Popup → content script: what this page mentions, and the page's URL (location.href of the top frame): without
   * the "tabs" permission the popup can't read a tab's URL, and it needs the site for "Pause on this site".
   */
  'content/list-mentions': { params: EMPTY, reply: LIST_REPLY },
  /** Background → every frame of a private tab: the sites paused from private windows changed. */
  'content/private-paused': { params: SITES, reply: NONE },
  /** Popup → content script: scroll to a mention, flash it and open its card. */
  'content/reveal-mention': { params: v.strictObject({ id: mentionId }), reply: v.boolean() },
  /** Background → content script (keyboard command): move to the next mention and open its card. */
  'content/next-mention': { params: EMPTY, reply: v.boolean() },
  /** Background → content script (context menu): show a topic's card by the current selection. */
  'content/show-briefing': { params: v.strictObject({ topic: v.nullable(topic), query: text(1000) }), reply: v.boolean() },
} as const satisfies Record<`${'background' | 'content'}/${string}`, MessageSpec>;

type Table = typeof MESSAGES;
export type MessageType = keyof Table;
export type Params<T extends MessageType> = v.InferOutput<Table[T]['params']>;
export type Return<T extends MessageType> = v.InferOutput<Table[T]['reply']>;
export type ListedMention = v.InferOutput<typeof LISTED_MENTION>;
export type ListReply = Return<'content/list-mentions'>;

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  params: Params<T>;
}

export const MESSAGE_TYPES = Object.keys(MESSAGES) as MessageType[];

/** The message as a typed envelope, or the reason it is refused. */
export function parseEnvelope(message: unknown): { ok: true; envelope: Envelope } | { ok: false; reason: string } {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return { ok: false, reason: 'not an object' };
  const { type, params, ...rest } = message as { type?: unknown; params?: unknown };
  if (Object.keys(rest).length > 0) return { ok: false, reason: 'unexpected keys' };
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) return { ok: false, reason: `unknown type ${JSON.stringify(type)}` };
  const parsed = v.safeParse(MESSAGES[type as MessageType].params, params);
  // valibot's objects take arrays too; params never are one.
  if (!parsed.success || Array.isArray(params)) return { ok: false, reason: `bad params for ${type}` };
  return { ok: true, envelope: { type: type as MessageType, params: parsed.output } };
}

/** The reply as `type` promises it; throws otherwise, so a caller never renders a malformed reply. */
export function checkReturn<T extends MessageType>(type: T, reply: unknown): Return<T> {
  const parsed = v.safeParse(MESSAGES[type].reply, reply);
  if (!parsed.success) throw new TypeError(`Malformed reply to ${type}`);
  return parsed.output as Return<T>;
}

/** Sends to the background (or an open extension page); the reply is validated before it is returned. */
export async function sendToBackground<T extends MessageType>(type: T, params: Params<T>): Promise<Return<T>> {
  return checkReturn(type, await browser.runtime.sendMessage({ type, params } satisfies Envelope<T>));
}

/** Sends to a tab's top-frame content script; rejects when none answers (e.g. the page predates the install). */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, params: Params<T>): Promise<Return<T>> {
  return checkReturn(type, await browser.tabs.sendMessage(tabId, { type, params } satisfies Envelope<T>, { frameId: 0 }));
}

// Receiving.

export type Sender = Browser.runtime.MessageSender;
export type Receiver = 'background' | 'content';
/** The handlers of one receiver, by message type; a type without one is refused there. */
export type Handlers<R extends Receiver> = {
  [T in MessageType as T extends `${R}/${string}` ? T : never]?: (params: Params<T>, sender: Sender) => Return<T> | Promise<Return<T>>;
};
/**
 * What a receiver makes of a message: undefined when it is for another receiver (not ours to answer), a refusal
 * with its reason, or the reply to come (rejected when the handler fails or answers something malformed).
 */
export type Received = undefined | { refused: string } | { reply: Promise<unknown> };
export type Receive = (message: unknown, sender: Sender) => Received;
type MessageEvent = {
  addListener(listener: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void;
  removeListener(listener: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void;
};

/** Why `sender` may not send `type`, or undefined when it may. */
export function senderProblem(type: MessageType, sender: Sender, runtimeId: string | undefined): string | undefined {
  // Only this extension's own contexts: runtime messaging can't be reached by web pages (no externally_connectable),
  // and other extensions would need onMessageExternal, which we don't listen to. Checked anyway.
  if (runtimeId === undefined || sender.id !== runtimeId) return 'sender is not this extension';
  if ((MESSAGES[type] as MessageSpec).sender === 'top-frame') {
    if (typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return `${type} needs a sender tab`;
    if (sender.frameId !== undefined && sender.frameId !== 0) return `${type} only from the top frame`;
  }
  return undefined;
}

/**
 * The one receiver, for the background and for the content script's second stage: a message for `receiver`
 * (`background/…` or `content/…`) is answered only after its envelope, its params and its sender pass the checks
 * above, and its reply is checked against the table before it goes out.
 */
export function createReceiver<R extends Receiver>(receiver: R, handlers: Handlers<R>): Receive {
  return (message, sender) => {
    const type = (message as { type?: unknown } | null | undefined)?.type;
    if (typeof type !== 'string' || !type.startsWith(`${receiver}/`)) return undefined;
    const parsed = parseEnvelope(message);
    if (!parsed.ok) return { refused: parsed.reason };
    const { envelope } = parsed;
    const handler = (handlers as Record<string, ((params: unknown, sender: Sender) => unknown) | undefined>)[envelope.type];
    if (!handler) return { refused: `${envelope.type} is not handled here` };
    const problem = senderProblem(envelope.type, sender, browser.runtime.id);
    if (problem) return { refused: problem };
    return {
      reply: Promise.resolve()
        .then(() => handler(envelope.params, sender))
        .then((reply) => checkReturn(envelope.type, reply)),
    };
  };
}

/**
 * The background's runtime.onMessage listener around `createReceiver`: a refusal is an error reply. Pass it
 * wxt/browser's (polyfilled) `runtime.onMessage`: Chromium before 146 ignores a promise a listener returns, and the
 * polyfill turns it into sendResponse. Returns the function that stops listening. (The content script's one
 * listener is its first stage's, content/first-stage-messages.ts, which hands messages to the second stage's receiver.)
 */
export function handleMessages<R extends Receiver>(onMessage: MessageEvent, receiver: R, handlers: Handlers<R>): () => void {
  const receive = createReceiver(receiver, handlers);
  const listener = (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    const received = receive(message, sender);
    if (!received) return undefined;
    return 'refused' in received ? Promise.reject(new Error(`Refused message: ${received.refused}`)) : received.reply;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
