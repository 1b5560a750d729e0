import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkReturn, createReceiver, handleMessages, MESSAGE_TYPES, parseEnvelope, type Received } from '../../extension/messages.ts';

const ours = () => ({ id: fakeBrowser.runtime.id });
const contentScript = (tabId = 7) => ({ ...ours(), tab: { id: tabId } as never, frameId: 0, url: 'https://news.example/a' });

describe('parseEnvelope: every message type, valid and invalid', () => {
  test.each([
    { type: 'background/ping', params: {} },
    { type: 'background/mention-count', params: { count: 0 } },
    { type: 'background/mention-count', params: { count: 42 } },
    { type: 'background/open-index', params: {} },
    { type: 'background/open-index', params: { topic: 'hezbollah' } },
    { type: 'background/rank-quotes', params: { topic: 'hamas', sentence: 'Moscow talked to Hamas about hostages.' } },
    { type: 'content/list-mentions', params: {} },
    { type: 'content/reveal-mention', params: { id: 'm-3' } },
    { type: 'content/next-mention', params: {} },
    { type: 'content/show-briefing', params: { topic: 'hamas', query: 'Hamas' } },
    { type: 'content/show-briefing', params: { topic: null, query: 'nothing' } },
  ])('accepts %j', (message) => {
    expect(parseEnvelope(message)).toEqual({ ok: true, envelope: message });
  });

  test.each([
    [null, 'not an object'],
    ['background/ping', 'not an object'],
    [[], 'not an object'],
    [{ type: 'background/ping' }, 'bad params'],
    [{ type: 'background/ping', params: { extra: 1 } }, 'bad params'],
    [{ type: 'background/ping', params: [] }, 'bad params'],
    [{ type: 'background/ping', params: {}, sender: 'me' }, 'unexpected keys'],
    [{ type: 'background/nuke', params: {} }, 'unknown type'],
    [{ type: 'toString', params: {} }, 'unknown type'],
    [{ type: '__proto__', params: {} }, 'unknown type'],
    [{ type: 'background/mention-count', params: { count: -1 } }, 'bad params'],
    [{ type: 'background/mention-count', params: { count: 1.5 } }, 'bad params'],
    [{ type: 'background/mention-count', params: { count: '3' } }, 'bad params'],
    [{ type: 'background/mention-count', params: {} }, 'bad params'],
    [{ type: 'background/open-index', params: { topic: 'putin' } }, 'bad params'],
    [{ type: 'background/rank-quotes', params: { topic: 'putin', sentence: 'x' } }, 'bad params'],
    [{ type: 'background/rank-quotes', params: { topic: 'hamas' } }, 'bad params'],
    [{ type: 'background/rank-quotes', params: { topic: 'hamas', sentence: 'x'.repeat(1001) } }, 'bad params'],
    [{ type: 'content/reveal-mention', params: { id: '' } }, 'bad params'],
    [{ type: 'content/reveal-mention', params: { id: 3 } }, 'bad params'],
    [{ type: 'content/show-briefing', params: { query: 'x' } }, 'bad params'],
    [{ type: 'content/show-briefing', params: { topic: null, query: 'x'.repeat(1001) } }, 'bad params'],
  ])('refuses %j (%s)', (message, reason) => {
    const parsed = parseEnvelope(message);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });

  test('every protocol type has a validator', () => {
    expect(MESSAGE_TYPES.sort()).toEqual([
      'background/mention-count',
      'background/open-index',
      'background/ping',
      'background/private-paused',
      'background/rank-quotes',
      'background/top-site',
      'content/list-mentions',
      'content/next-mention',
      'content/private-paused',
      'content/reveal-mention',
      'content/show-briefing',
    ]);
  });
});

describe('checkReturn: replies are validated before the UI sees them', () => {
  test('a well-formed mention list passes', () => {
    const reply = { mentions: [{ id: 'm1', topic: 'hamas', surface: 'Hamas', snippet: 'Moscow brought Hamas…' }] };
    expect(checkReturn('content/list-mentions', reply)).toEqual(reply);
  });

  test.each([undefined, null, 'mentions', { mentions: 'none' }, { url: 'https://example.org/' }])('a reply that is no mention list throws: %j', (reply) => {
    expect(() => checkReturn('content/list-mentions', reply)).toThrow(/Malformed/);
  });
});

describe('the list reply: the popup keeps every well-formed mention (issue 18)', () => {
  const good = { id: 'm1', topic: 'hamas', surface: 'Hamas', snippet: 'Moscow brought Hamas…' };
  test('bad items and unreadable optional fields are dropped, the rest kept', () => {
    const reply = {
      url: `https://example.org/${'x'.repeat(9000)}`,
      counts: { hamas: 2, putin: 1 },
      capped: true,
      mentions: [good, { ...good, id: 'm2', surface: 'H'.repeat(5000) }, { ...good, id: 'm3', topic: 'putin' }, null],
    };
    expect(checkReturn('content/list-mentions', reply)).toEqual({ capped: true, mentions: [good] });
  });
  test.each([
    { id: 'm1', topic: 'putin', surface: 'Putin', snippet: '' },
    { id: 'm1', topic: 'hamas', surface: 'Hamas', snippet: '', html: '<b>' },
    { id: '', topic: 'hamas', surface: 'Hamas', snippet: '' },
    'm1',
  ])('a malformed mention is dropped, not the list: %j', (bad) => {
    expect(checkReturn('content/list-mentions', { mentions: [bad, good], extra: 1 })).toEqual({ mentions: [good] });
  });
  test('more than 10,000 mentions: the first 10,000 are kept', () => {
    const mentions = Array.from({ length: 12_000 }, (_, i) => ({ ...good, id: `m${i}` }));
    expect(checkReturn('content/list-mentions', { mentions }).mentions).toHaveLength(10_000);
  });
});

describe('checkReturn: rank-quotes replies are indexes', () => {
  test('a ranked order passes', () => {
    expect(checkReturn('background/rank-quotes', { order: [2, 0, 1] })).toEqual({ order: [2, 0, 1] });
  });

  test.each([undefined, { order: 'first' }, { order: [-1] }, { order: [0.5] }, { order: [0], quotes: [] }])('a malformed order throws: %j', (reply) => {
    expect(() => checkReturn('background/rank-quotes', reply)).toThrow(/Malformed/);
  });
});

describe('handleMessages: receiver, sender and params checks', () => {
  beforeEach(() => fakeBrowser.reset());

  const start = () => {
    const counts: Array<[number | undefined, number]> = [];
    const stop = handleMessages(fakeBrowser.runtime.onMessage as never, 'background', {
      'background/ping': () => ({ pong: true as const, version: '0.1.0' }),
      'background/mention-count': ({ count }, sender) => void counts.push([sender.tab?.id, count]),
    });
    const send = async (message: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(message, sender))[0];
    return { counts, stop, send };
  };

  test('answers a valid message from our own page', async () => {
    const { send } = start();
    await expect(send({ type: 'background/ping', params: {} }, ours())).resolves.toEqual({ pong: true, version: '0.1.0' });
  });

  test('a content-script message acts on the sender tab', async () => {
    const { send, counts } = start();
    await send({ type: 'background/mention-count', params: { count: 5 } }, contentScript(7));
    expect(counts).toEqual([[7, 5]]);
  });

  test.each([
    ['another extension', { id: 'other-extension-id', tab: { id: 7 }, frameId: 0 }, /not this extension/],
    ['no sender id (web page)', { url: 'https://evil.example' }, /not this extension/],
    ['our page without a tab', ours(), /needs a sender tab/],
    ['a subframe', { ...contentScript(), frameId: 3 }, /top frame/],
  ])('refuses a mention count from %s', async (_name, sender, reason) => {
    const { send, counts } = start();
    await expect(send({ type: 'background/mention-count', params: { count: 5 } }, sender)).rejects.toThrow(reason);
    expect(counts).toEqual([]);
  });

  test('refuses bad params and unhandled types for this receiver, ignores other receivers', async () => {
    const { send } = start();
    await expect(send({ type: 'background/ping', params: { x: 1 } }, ours())).rejects.toThrow(/bad params/);
    await expect(send({ type: 'background/open-index', params: {} }, contentScript())).rejects.toThrow(/not handled here/);
    await expect(send({ type: 'background/bogus', params: {} }, ours())).rejects.toThrow(/unknown type/);
    expect(await send({ type: 'content/list-mentions', params: {} }, ours())).toBeUndefined();
    expect(await send('hello', ours())).toBeUndefined();
  });

  test('stops listening when told to', async () => {
    const { send, stop } = start();
    stop();
    expect(await send({ type: 'background/ping', params: {} }, ours())).toBeUndefined();
  });
});

describe('createReceiver: the content script second stage\'s receiver', () => {
  beforeEach(() => fakeBrowser.reset());

  const receive = createReceiver('content', {
    'content/reveal-mention': ({ id }) => id === 'm-1',
    'content/next-mention': () => 'yes' as never,
  });
  const reply = (received: Received) => (received && 'reply' in received ? received.reply : Promise.reject(new Error(JSON.stringify(received))));

  test('answers a valid message from this extension, with the checked reply', async () => {
    await expect(reply(receive({ type: 'content/reveal-mention', params: { id: 'm-1' } }, ours()))).resolves.toBe(true);
  });

  test.each([
    ['a web page (no sender id)', { type: 'content/reveal-mention', params: { id: 'm-1' } }, { url: 'https://evil.example' }, /not this extension/],
    ['another extension', { type: 'content/reveal-mention', params: { id: 'm-1' } }, { id: 'other-extension-id' }, /not this extension/],
    ['bad params', { type: 'content/reveal-mention', params: { id: '' } }, ours(), /bad params/],
    ['extra params', { type: 'content/reveal-mention', params: { id: 'm-1', html: '<b>' } }, ours(), /bad params/],
    ['a type not handled here', { type: 'content/list-mentions', params: {} }, ours(), /not handled here/],
    ['an unknown type', { type: 'content/nuke', params: {} }, ours(), /unknown type/],
  ])('refuses %s', (_name, message, sender, reason) => {
    const received = receive(message, sender);
    expect(received && 'refused' in received && received.refused).toMatch(reason);
  });

  test('leaves other receivers\' messages and non-messages alone', () => {
    expect(receive({ type: 'background/ping', params: {} }, ours())).toBeUndefined();
    expect(receive('content/next-mention', ours())).toBeUndefined();
    expect(receive(null, ours())).toBeUndefined();
  });

  test('a malformed reply from its own handler is not sent', async () => {
    await expect(reply(receive({ type: 'content/next-mention', params: {} }, ours()))).rejects.toThrow(/Malformed reply/);
  });
});
