// Validation of every message on receipt: a small checker per message type for its params and for its reply.
// Anything that isn't exactly `{ type, params }` with a known type and well-formed params is refused.
import type { TopicId } from '../briefings/types.ts';
import { isTopicId as isTopic, TOPIC_IDS } from './topics.ts';
import type { Envelope, MessageType, Protocol, Return } from './messages.ts';

type Check = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (max: number) => (v: unknown) => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1_000_000;

/** An object with exactly these keys (optional ones may be absent), each passing its check. */
function shape(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (value) => {
    if (!isObject(value)) return false;
    const known = { ...required, ...optional };
    if (Object.keys(value).some((key) => !(key in known))) return false;
    if (Object.keys(required).some((key) => !(key in value))) return false;
    return Object.entries(value).every(([key, v]) => (key in optional && v === undefined) || known[key]!(v));
  };
}

const EMPTY = shape({});
const SITES = shape({ sites: (v) => Array.isArray(v) && v.length <= 1000 && v.every(isText(253)) });
const isMention = shape({
  id: (v) => typeof v === 'string' && v.length > 0 && v.length <= 200,
  topic: isTopic,
  surface: isText(200),
  snippet: isText(1000),
});

const PARAMS: { readonly [T in MessageType]: Check } = {
  'background/ping': EMPTY,
  'background/mention-count': shape({ count: isCount }),
  'background/open-index': shape({}, { topic: isTopic }),
  'background/rank-quotes': shape({ topic: isTopic, sentence: isText(1000) }),
  'background/top-site': EMPTY,
  'background/private-paused': EMPTY,
  'content/private-paused': SITES,
  'content/list-mentions': EMPTY,
  'content/reveal-mention': shape({ id: (v) => typeof v === 'string' && v.length > 0 && v.length <= 200 }),
  'content/next-mention': EMPTY,
  'content/show-briefing': shape({ topic: (v) => v === null || isTopic(v), query: isText(1000) }),
};

const RETURNS: { readonly [T in MessageType]: Check } = {
  'background/ping': shape({ pong: (v) => v === true, version: isText(50) }),
  'background/mention-count': (v) => v === undefined || v === null,
  'background/open-index': (v) => v === undefined || v === null,
  'background/rank-quotes': shape({
    order: (v) => Array.isArray(v) && v.length <= 100 && v.every((i) => Number.isInteger(i) && i >= 0 && i < 100),
  }),
  'background/top-site': shape({ site: isText(253) }),
  'background/private-paused': SITES,
  'content/private-paused': (v) => v === undefined || v === null,
  'content/list-mentions': shape(
    { mentions: (v) => Array.isArray(v) && v.length <= 10_000 && v.every(isMention) },
    {
      url: isText(8192),
      counts: shape({}, Object.fromEntries(TOPIC_IDS.map((id) => [id, isCount]))),
      capped: (v) => typeof v === 'boolean',
    },
  ),
  'content/reveal-mention': (v) => typeof v === 'boolean',
  'content/next-mention': (v) => typeof v === 'boolean',
  'content/show-briefing': (v) => typeof v === 'boolean',
};

export const MESSAGE_TYPES = Object.keys(PARAMS) as MessageType[];

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(PARAMS, value);
}

/** The message as a typed envelope, or the reason it is refused. */
export function parseEnvelope(message: unknown): { ok: true; envelope: Envelope } | { ok: false; reason: string } {
  if (!isObject(message)) return { ok: false, reason: 'not an object' };
  if (Object.keys(message).some((key) => key !== 'type' && key !== 'params')) return { ok: false, reason: 'unexpected keys' };
  if (!isMessageType(message.type)) return { ok: false, reason: `unknown type ${JSON.stringify(message.type)}` };
  if (!PARAMS[message.type](message.params)) return { ok: false, reason: `bad params for ${message.type}` };
  return { ok: true, envelope: message as unknown as Envelope };
}

/**
 * The popup's list, checked item by item: a malformed mention is dropped and the rest kept, and an unreadable
 * optional field is left out, so one bad item never blanks the list (issue 18).
 */
export function cleanListReply(reply: unknown): unknown {
  if (!isObject(reply) || !Array.isArray(reply.mentions)) return reply;
  const optional = RETURNS['content/list-mentions'];
  const kept = Object.fromEntries(Object.entries(reply).filter(([key, v]) => key !== 'mentions' && optional({ mentions: [], [key]: v })));
  return { ...kept, mentions: reply.mentions.filter(isMention).slice(0, 10_000) };
}

/** The reply if it has the shape `type` promises; throws otherwise, so a caller never renders a malformed reply. */
export function checkReturn<T extends MessageType>(type: T, reply: unknown): Return<T> {
  if (!RETURNS[type](reply)) throw new TypeError(`Malformed reply to ${type}`);
  return (reply ?? undefined) as Protocol[T]['return'];
}
