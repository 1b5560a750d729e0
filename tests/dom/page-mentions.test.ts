import { afterEach, expect, test } from 'vitest';
import { PageMentions, type TrackedMention } from '../../dom/page-mentions.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

const mention = (id: string, text: Text): TrackedMention => {
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, text.data.length);
  return { id, topic: 'hamas', surface: text.data, confidence: 1, range, context: text.data, block: text.parentElement! };
};

test('mentions in a shadow root and in the document are kept in composed-tree order, in any order added', () => {
  document.body.innerHTML = '<p>Before</p><news-card><p>Slotted</p></news-card><p>After</p>';
  const host = document.querySelector('news-card')!;
  host.attachShadow({ mode: 'open' }).innerHTML = '<p>Inside</p>';
  const [before, slotted, after] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
  const inside = host.shadowRoot!.querySelector('p')!.firstChild as Text;
  const mentions = new PageMentions(['hamas']);
  mentions.add([mention('after', after!), mention('inside', inside)]);
  mentions.add([mention('slotted', slotted!), mention('before', before!)]);
  expect(mentions.all().map((m) => m.id)).toEqual(['before', 'inside', 'slotted', 'after']);
});

test('mentions are found by their block, and stay so as mentions come and go', () => {
  document.body.innerHTML = '<p>One</p><p>Two <b>three</b></p>';
  const [one, two] = [...document.querySelectorAll('p')];
  const texts = [one!.firstChild, two!.firstChild, two!.querySelector('b')!.firstChild] as Text[];
  const [a, b, c] = texts.map((text, i) => ({ ...mention(`m${i}`, text), block: text.parentElement!.closest('p')! }));
  const mentions = new PageMentions(['hamas']);
  mentions.add([a!, b!, c!]);
  expect(mentions.inBlock(one!)).toEqual([a]);
  expect(mentions.inBlock(two!)).toEqual([b, c]);
  mentions.removeWhere((m) => m === b);
  expect(mentions.inBlock(two!)).toEqual([c]);
  mentions.removeWhere((m) => m === c);
  expect(mentions.inBlock(two!)).toEqual([]);
  mentions.removeWhere(() => true);
  expect(mentions.inBlock(one!)).toEqual([]);
  expect(mentions.tracking()).toEqual([]);
});
