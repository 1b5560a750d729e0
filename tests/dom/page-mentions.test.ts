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
