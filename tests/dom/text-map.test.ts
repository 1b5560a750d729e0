import { expect, test } from 'vitest';
import { TextMap } from '../../dom/text-map.ts';

const textNodes = (html: string) => {
  document.body.innerHTML = html;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
};

test('offsets in the joined text map back to a Range across text nodes', () => {
  const map = new TextMap(textNodes('<p>President <b>Mahmoud</b> Abbas spoke</p>'));
  expect(map.text).toBe('President Mahmoud Abbas spoke');
  const start = map.text.indexOf('Mahmoud');
  const range = map.range(start, start + 'Mahmoud Abbas'.length);
  expect(range.toString()).toBe('Mahmoud Abbas');
  expect(range.startContainer.textContent).toBe('Mahmoud');
  expect((range.endContainer as Text).data).toBe(' Abbas spoke');
});

test('a mention ending exactly at a node boundary ends in that node', () => {
  const map = new TextMap(textNodes('<p><a>Hamas</a> said</p>'));
  const range = map.range(0, 5);
  expect(range.toString()).toBe('Hamas');
  expect(range.endContainer.textContent).toBe('Hamas');
});

test('source whitespace is collapsed and invisible characters dropped, yet ranges cover the raw text', () => {
  const map = new TextMap(textNodes('<p>said Mahmoud\n      Abbas and Hez\u00adbollah</p>'));
  expect(map.text).toBe('said Mahmoud Abbas and Hezbollah');
  const abbas = map.text.indexOf('Mahmoud');
  expect(map.range(abbas, abbas + 13).toString()).toBe('Mahmoud\n      Abbas');
  const hez = map.text.indexOf('Hezbollah');
  expect(map.range(hez, hez + 9).toString()).toBe('Hez\u00adbollah');
});

test('the sentence around a mention', () => {
  const map = new TextMap(textNodes('<p>First one. Then Hamas replied to the offer. Last one.</p>'));
  const at = map.text.indexOf('Hamas');
  expect(map.sentenceAround(at, at + 5)).toBe('Then Hamas replied to the offer.');
});
