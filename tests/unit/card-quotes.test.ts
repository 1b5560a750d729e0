// The content script's side of quote ranking (card/quotes.ts): asks the background once per
// sentence, shows the ranked quotes once the answer is in and the briefing's first ones until then or without it.
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BRIEFINGS_BY_ID } from '../../briefings/index.ts';
import { createCardQuotes } from '../../card/quotes.ts';

const hamas = BRIEFINGS_BY_ID.hamas;
const sentence = 'Moscow talked to Hamas to get Russian hostages out of Gaza.';
beforeEach(() => fakeBrowser.reset());

test('first quotes until the ranking is in, then the ranked ones; one request per sentence', async () => {
  const asked: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    asked.push(message);
    return Promise.resolve({ order: [2, 0, 1] });
  });
  const quotes = createCardQuotes({ limit: 1 });
  expect(quotes.now(hamas, sentence)).toEqual([hamas.quotes[0]]);
  const done = quotes.request(hamas, sentence);
  void quotes.request(hamas, sentence);
  await done;
  expect(quotes.now(hamas, sentence)).toEqual([hamas.quotes[2]]);
  expect(asked).toEqual([{ type: 'background/rank-quotes', params: { topic: 'hamas', sentence } }]);
});

test('no answer (background gone, malformed reply, too slow): the first quote stands', async () => {
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ order: 'best' }));
  const quotes = createCardQuotes({ limit: 2, maxChars: 10_000 });
  await quotes.request(hamas, sentence);
  expect(quotes.now(hamas, sentence)).toEqual(hamas.quotes.slice(0, 2));

  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener(() => new Promise(() => {})); // never answers
  expect(await quotes.settle(hamas, 'Hamas and Israel', 5)).toEqual(hamas.quotes.slice(0, 2));
});

test('an index the briefing does not have is ignored', async () => {
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ order: [99, 1] }));
  const quotes = createCardQuotes({ limit: 1 });
  await quotes.request(hamas, sentence);
  expect(quotes.now(hamas, sentence)).toEqual([hamas.quotes[1]]);
});
